#!/usr/bin/env python3
"""Coefficients of actdiff::math::erf / erfc (include/actdiff/math/erf.hpp).

    python3 scripts/gen_erf_coeffs.py --write include/actdiff/math/erf.hpp [float]

rewrites the block between "// BEGIN GENERATED" and "// END GENERATED" there,
and the float block between "// BEGIN GENERATED float" and "// END GENERATED
float" (with "float", only that one: the others take minutes). Without
--write it prints the blocks. Approximations, all derived here:

  |x| < 1/2:  erf(x) = x + x*Q(x^2),  Q(s) = erf(sqrt s)/sqrt s - 1, degree dq
  x >= 1/2:   erfc(x) = e^(-x^2) * g(x),  g(x) = erfc(x) e^(x^2) (smooth, ~1/(x sqrt pi))
              on intervals [1/2 + i/4, 3/4 + i/4], centre m_i = 5/8 + i/4,
              g(m_i + t) = c0 + t*(c1 + t*(c2 + ...)), c0 stored as hi + lo
  long double, x >= X_TAIL: g(x) = F(1/x^2)/x, F(v) = c0 + v*(c1 + ...)
  float (in double), 0 <= x < 10.25: erfc(x) = t e^(P(t) - x^2), t = 1/(1 + x/2),
              P(t) = log(g(x)/t): one polynomial and no table, so that the
              kernels' vectorised loops gather nothing but exp's table entry

Each polynomial is the Chebyshev interpolant (near minimax) of the degree that
reaches the target relative error (2^-61 double, 2^-71 long double); the error
of the rounded coefficients is measured and printed in the comments.
"""
import sys
import mpmath as mp
from mathfit import chebfit, hexlit, rnd, split2, horner, log2

mp.mp.dps = 60
X0 = mp.mpf('0.5')         # erf polynomial below, erfc intervals above
W = mp.mpf('0.25')         # interval width
CFG = {  # fmt: (target, number of intervals, tail start or None)
    'double': (mp.mpf(2) ** -61, 112, None),         # up to 28.5: erfc(27.3) < 2^-1075
    'long double': (mp.mpf(2) ** -71, 112, mp.mpf('28.5')),  # tail up to 107
}
X_END_LD = mp.mpf(107)     # erfc(106.6) < 2^-16446


def g(x):
    return mp.erfc(x) * mp.exp(x * x)


def Q(s):
    if s == 0:
        return 2 / mp.sqrt(mp.pi) - 1
    r = mp.sqrt(s)
    return mp.erf(r) / r - 1


def fit_min(f, a, b, target, absolute=None, start=3):
    """Smallest-degree Chebyshev interpolant whose rounded-coefficient error
    (relative, or absolute/absolute) is below target."""
    for d in range(start, 40):
        c, err = chebfit(f, a, b, d)
        yield_d = d
        scale = absolute if absolute is not None else min(abs(f(a)), abs(f(b)))
        if err / scale < target:
            return d, c
    raise ValueError('degree too high')


def err_rounded(f, cr, a, b, absolute=None, n=300):
    worst = mp.mpf(0)
    for k in range(n + 1):
        t = a + (b - a) * k / n
        e = abs(horner(cr, t) - f(t))
        worst = max(worst, e / (absolute if absolute is not None else abs(f(t))))
    return worst


def block(fmt):
    target, nint, tail = CFG[fmt]
    T = fmt
    out = []
    # small |x|: Q(s) absolute error relative to 1 + Q ~ 1
    dq, cq = fit_min(Q, mp.mpf(0), X0 * X0, target, absolute=1)
    cqr = [rnd(c, fmt) for c in cq]
    e = err_rounded(Q, cqr, mp.mpf(0), X0 * X0, absolute=1)
    out.append(f'// Q(s), s = x^2 in [0, 1/4], degree {dq}: |error| < 2^{log2(e):.1f}')
    out.append(f'template <> struct erf_coeffs<{T}> {{')
    out.append(f'  static constexpr std::array<{T}, {dq + 1}> small = {{')
    out.append('      ' + ', '.join(hexlit(c, fmt) for c in cqr) + '};')
    # intervals
    fits = []
    for i in range(nint):
        m = X0 + W / 2 + W * i
        f = lambda t, m=m: g(m + t)
        d, c = fit_min(f, -W / 2, W / 2, target)
        fits.append((m, d, c))
    D = max(d for _, d, _ in fits)
    rows, worst = [], mp.mpf(0)
    for m, d, _ in fits:
        f = lambda t, m=m: g(m + t)
        c, _ = chebfit(f, -W / 2, W / 2, D)  # all at degree D: one loop, no branches
        hi, lo = split2(c[0], fmt)
        cr = [hi + lo] + [rnd(ck, fmt) for ck in c[1:]]
        worst = max(worst, err_rounded(f, cr, -W / 2, W / 2, n=60))
        rows.append('      ' + ', '.join([hexlit(hi, fmt), hexlit(lo, fmt)] + [hexlit(rnd(ck, fmt), fmt) for ck in c[1:]]) + ',')
    out.append(f'  // g(5/8 + i/4 + t), |t| <= 1/8, i = 0..{nint - 1}: c0 hi, c0 lo, c1..c{D};')
    out.append(f'  // degree {D} everywhere, max relative error of the rounded coefficients 2^{log2(worst):.1f}')
    out.append(f'  static constexpr int degree = {D};')
    out.append(f'  static constexpr int intervals = {nint};')
    out.append(f'  static constexpr std::array<{T}, {nint * (D + 2)}> g = {{')
    out += rows
    out.append('  };')
    if tail is not None:
        F = lambda v: (1 / mp.sqrt(v)) * g(1 / mp.sqrt(v))
        va, vb = 1 / X_END_LD ** 2, 1 / tail ** 2
        dt, ct = fit_min(F, va, vb, target)
        hi, lo = split2(ct[0], fmt)
        cr = [hi + lo] + [rnd(ck, fmt) for ck in ct[1:]]
        e = err_rounded(F, cr, va, vb)
        out.append(f'  // F(v) = x g(x), v = 1/x^2, x in [{mp.nstr(tail, 5)}, {mp.nstr(X_END_LD, 5)}], degree {dt}:'
                   f' relative error 2^{log2(e):.1f}; c0 hi, c0 lo, c1..')
        out.append(f'  static constexpr std::array<{T}, {dt + 2}> tail = {{')
        out.append('      ' + ', '.join([hexlit(hi, fmt), hexlit(lo, fmt)] + [hexlit(rnd(ck, fmt), fmt) for ck in ct[1:]]) + '};')
    out.append('};')
    return out


X_END_F = mp.mpf('10.25')  # erfc(10.0625) < 2^-150: float's 0 from there
DEG_F = 15                 # 2^-37.7: 2^-13 ulp of float at most, with exp's 2^-39


def float_block():
    """P(t) = log(g(x)/t), t = 1/(1 + x/2), on x in [0, X_END_F], as one
    Chebyshev interpolant in t (P(1) = 0: erfc(0) = 1)."""
    t0 = 1 / (1 + X_END_F / 2)

    def P(t):
        x = (1 / t - 1) * 2
        return mp.mpf(0) if x == 0 else mp.log(g(x) / t)

    c, _ = chebfit(P, t0, mp.mpf(1), DEG_F)
    cr = [rnd(ck, 'double') for ck in c]
    e = err_rounded(P, cr, t0, mp.mpf(1), absolute=1, n=2000)
    return [f'// P(t) = log(erfc(x) e^(x^2) / t), t = 1/(1 + x/2), x in [0, {mp.nstr(X_END_F, 5)}]'
            f' (t in [{mp.nstr(t0, 4)}, 1]), degree {DEG_F}: |error| < 2^{log2(e):.1f}',
            f'inline constexpr std::array<double, {DEG_F + 1}> erfc_t_poly_f = {{',
            '    ' + ', '.join(hexlit(ck, 'double') for ck in cr) + '};']


def replace_block(src, begin, end, text):
    """src with the lines from begin to end (inclusive) replaced by text."""
    a = src.index(begin)
    b = src.index(end) + len(end) + 1
    return src[:a] + text + src[b:]


def main():
    only_float = 'float' in sys.argv[1:]
    blocks = []
    if not only_float:
        lines = ['// BEGIN GENERATED by python3 scripts/gen_erf_coeffs.py --write include/actdiff/math/erf.hpp']
        for fmt in ('double', 'long double'):
            lines += block(fmt)
            lines.append('')
        lines[-1] = '// END GENERATED'
        blocks.append(('// BEGIN GENERATED by', '// END GENERATED', '\n'.join(lines) + '\n'))
    lines = ['// BEGIN GENERATED float by python3 scripts/gen_erf_coeffs.py --write include/actdiff/math/erf.hpp float']
    lines += float_block()
    lines.append('// END GENERATED float')
    blocks.append(('// BEGIN GENERATED float', '// END GENERATED float', '\n'.join(lines) + '\n'))
    if len(sys.argv) > 2 and sys.argv[1] == '--write':
        path = sys.argv[2]
        src = open(path).read()
        for begin, end, text in blocks:
            src = replace_block(src, begin, end, text)  # the double block's end comes first
        open(path, 'w').write(src)
    else:
        for _, _, text in blocks:
            sys.stdout.write(text)


if __name__ == '__main__':
    main()
