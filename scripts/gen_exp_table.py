#!/usr/bin/env python3
"""Constants of actdiff::math::detail::exp_dd (include/actdiff/math/detail/exp_dd.hpp).

Produces, for double and long double: 64/ln 2; ln2/64 split as L1 + L2 where L1
has few enough bits that n*L1 is exact for every n the kernel sees; the table
2^(j/64) = hi + lo for j = 0..63; the Taylor coefficients 1/k!.

    python3 scripts/gen_exp_table.py > /tmp/exp_table.txt   # pasted into exp_dd.hpp
"""
import mpmath as mp
from mathfit import hexlit, rnd, split2

mp.mp.dps = 60
N = 64
# bits of n = round(a*64/ln2): |a| < 800 in double, < 12000 in long double
spec = {'double': (53, 18, 8), 'long double': (64, 22, 10)}
for fmt, (prec, nbits, taylor) in spec.items():
    c = mp.log(2) / N
    with mp.workprec(prec - nbits):
        l1 = +c
    l2 = rnd(c - l1, fmt)
    print(f'// {fmt}: L1 has {prec - nbits} bits, so n*L1 is exact for |n| < 2^{nbits}')
    print(f'inv_ln2_n = {hexlit(rnd(N / mp.log(2), fmt), fmt)}')
    print(f'ln2_n_hi = {hexlit(l1, fmt)}')
    print(f'ln2_n_lo = {hexlit(l2, fmt)}')
    print('taylor (1/k!, k = 2..%d; exp_dd.hpp keeps k <= 6 (double), 8 (long double)):' % taylor)
    print(', '.join(hexlit(rnd(1 / mp.factorial(k), fmt), fmt) for k in range(2, taylor + 1)))
    print('table 2^(j/64) hi, lo:')
    for j in range(N):
        hi, lo = split2(mp.power(2, mp.mpf(j) / N), fmt)
        print(f'    {hexlit(hi, fmt)}, {hexlit(lo, fmt)},')
