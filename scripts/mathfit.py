"""Shared helpers for the coefficient generators of include/actdiff/math/.

Fits are Chebyshev interpolants computed by mpmath at high precision (close to
minimax, and simple to reproduce); every coefficient is then rounded to the
target format and the error of the *rounded* polynomial is measured again, so
the comment printed next to each table is what the C++ code actually gets.
Numbers are printed as exact hexadecimal floating literals (C++17), so no
decimal-to-binary conversion of the compiler is involved.
"""
import mpmath as mp

mp.mp.dps = 60

# binary formats: name -> (mantissa bits, C++ literal suffix)
FORMATS = {'double': (53, ''), 'long double': (64, 'L'), 'float': (24, 'F')}


def rnd(x, fmt):
    """x rounded to nearest in the format (normal range only)."""
    bits = FORMATS[fmt][0]
    with mp.workprec(bits):
        return +mp.mpf(x)


def hexlit(x, fmt):
    """Exact C++ hexadecimal literal of x, which must be representable."""
    suffix = FORMATS[fmt][1]
    x = mp.mpf(x)
    if x == 0:
        return '0x0p+0' + suffix
    sign = '-' if x < 0 else ''
    man, exp = mp.frexp(abs(x))           # abs(x) = man * 2^exp, man in [0.5, 1)
    bits = FORMATS[fmt][0]
    m = int(mp.ldexp(man, bits))          # integer mantissa with the top bit set
    assert mp.ldexp(m, exp - bits) == abs(x), 'not representable'
    frac = m - (1 << (bits - 1))          # the bits after the leading 1
    nhex = (bits - 1 + 3) // 4
    digits = f'{frac << (4 * nhex - (bits - 1)):0{nhex}x}'.rstrip('0')
    return f"{sign}0x1{'.' + digits if digits else ''}p{exp - 1:+d}{suffix}"


def split2(x, fmt):
    """x as hi + lo, both in the format."""
    hi = rnd(x, fmt)
    lo = rnd(mp.mpf(x) - hi, fmt)
    return hi, lo


def chebfit(f, a, b, deg):
    """Coefficients c[0..deg] (lowest first) of the Chebyshev interpolant of f on [a, b]."""
    poly, err = mp.chebyfit(f, [a, b], deg + 1, error=True)
    return list(reversed(poly)), err


def horner(c, t):
    r = mp.mpf(0)
    for ck in reversed(c):
        r = r * t + ck
    return r


def max_rel_err(f, c, a, b, n=400):
    """max |poly(t) - f(t)| / |f(t)| over n+1 points of [a, b] (and the Chebyshev extrema)."""
    worst = mp.mpf(0)
    pts = [a + (b - a) * k / n for k in range(n + 1)]
    pts += [(a + b) / 2 + (b - a) / 2 * mp.cos(mp.pi * k / n) for k in range(n + 1)]
    for t in pts:
        ft = f(t)
        if ft != 0:
            worst = max(worst, abs(horner(c, t) - ft) / abs(ft))
    return worst


def min_degree(f, a, b, target, start=2, maxdeg=40, scale=None):
    """Smallest degree whose interpolant has error below target (relative to scale or |f|)."""
    for d in range(start, maxdeg):
        c, err = chebfit(f, a, b, d)
        s = scale if scale is not None else min(abs(f(a)), abs(f(b)), abs(f((a + b) / 2)))
        if err / s < target:
            return d
    raise ValueError('no degree below %d reaches the target' % maxdeg)


def log2(x):
    return float(mp.log(x, 2)) if x > 0 else float('-inf')
