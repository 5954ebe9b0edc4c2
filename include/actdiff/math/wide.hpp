// actdiff/math/wide.hpp: a value as m·2^e with an exponent the type does not
// have, and e^x, σ(x), sech²(x) and erfc(x) in that form.
//
// Why: a product can be representable while one of its factors is not.
// x·σ(x) at x = -107 in float is -3.2e-45, but σ(-107) = 3e-47 is below the
// least float subnormal; a·σ(b) in glu at (2.6e273, -1214) is 1e-254 in double
// with σ(b) = e^-1214; x²·e^(-x²/2) at x = 1e200 is 0 where x² overflows and
// the plain product is ∞·0 = NaN. eval (eval.hpp) recomputes such products
// from their factors in this form and rounds once at the end.
//
// The mantissa is a double for float (so a float product is rounded once, from
// double) and the type itself otherwise. Exponents are clamped to ±2^24, far
// beyond anything a product of a few factors can bring back into range.
#ifndef ACTDIFF_MATH_WIDE_HPP
#define ACTDIFF_MATH_WIDE_HPP

#include <concepts>
#include <limits>
#include <type_traits>

#include <actdiff/math/detail/exp_dd.hpp>
#include <actdiff/math/double_word.hpp>
#include <actdiff/math/erf.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/sigmoid.hpp>
#include <actdiff/math/sqrt.hpp>

ACTDIFF_MATH_BEGIN

namespace actdiff::math {

template <ieee_float T>
using wide_mantissa = std::conditional_t<std::same_as<T, float>, double, T>;

// m·2^e with 1/2 <= |m| < 1, or m = ±0, ±inf or NaN with e = 0. sticky is
// the sign of (true value - m·2^e) where that is far below an ulp of m (σ(x)
// = 1/2 + x/4 at x = 2^-149): it decides a rounding that is a tie in m, so
// x·σ(x) there is the least subnormal (the product is just above half of
// it), not 0.
template <ieee_float T>
struct wide {
  wide_mantissa<T> m;
  int e;
  int sticky = 0;
};

namespace detail {

inline constexpr long long wide_exp_limit = 1 << 24;

template <ieee_float T>
constexpr wide<T> make_wide(wide_mantissa<T> m, long long e, int sticky = 0) {
  int d = 0;
  const wide_mantissa<T> n = frexp(m, &d);
  if (n == 0 || !isfinite(n)) return {n, 0, 0};
  e += d;
  // beyond the clamp the value is 0 or inf for any product of a few factors
  if (e < -wide_exp_limit) return {n * wide_mantissa<T>(0), 0, 0};
  if (e > wide_exp_limit) return {copysign(std::numeric_limits<wide_mantissa<T>>::infinity(), n), 0, 0};
  return {n, static_cast<int>(e), sticky};
}

constexpr int sign_of(auto v) { return v > 0 ? 1 : (v < 0 ? -1 : 0); }

// the sticky sign of a result r whose exact value is r + err (err from an
// error-free transformation), or, where r is exact, of the inputs' stickies
// carried through (s, each already signed for the result)
constexpr int sticky_of(auto err, int s1, int s2 = 0) {
  if (err != 0) return sign_of(err);
  return s1 == s2 || s2 == 0 ? s1 : (s1 == 0 ? s2 : 0);
}

}  // namespace detail

template <ieee_float T>
constexpr wide<T> to_wide(wide_mantissa<T> x) {
  return detail::make_wide<T>(x, 0);
}

// a·b: one rounding of the mantissas' product (IEEE ∞·0 at compile time too)
template <ieee_float T>
constexpr wide<T> operator*(wide<T> a, wide<T> b) {
  const auto p = mul(a.m, b.m);
  int s = 0;
  if (isfinite(p) && p != 0) {
    const auto err = detail::two_prod(a.m, b.m).lo;
    s = detail::sticky_of(err, a.sticky * detail::sign_of(b.m), b.sticky * detail::sign_of(a.m));
  }
  return detail::make_wide<T>(p, static_cast<long long>(a.e) + b.e, s);
}

template <ieee_float T>
constexpr wide<T> reciprocal(wide<T> a) {
  using M = wide_mantissa<T>;
  const M q = div(M(1), a.m);
  int s = 0;
  if (isfinite(q) && q != 0) {
    const auto p = detail::two_prod(q, a.m);  // 1 - q·m exactly: the sign of 1/m - q, times sign(m)
    s = detail::sticky_of(((M(1) - p.hi) - p.lo) * detail::sign_of(a.m), -a.sticky);
  }
  return detail::make_wide<T>(q, -static_cast<long long>(a.e), s);
}

// a^n by squaring (n small: the exponents of a derivative's powers)
template <ieee_float T>
constexpr wide<T> pow(wide<T> a, long long n) {
  wide<T> r = to_wide<T>(1), b = n < 0 ? reciprocal(a) : a;
  for (long long k = n < 0 ? -n : n; k > 0; k >>= 1) {
    if (k & 1) r = r * b;
    if (k > 1) b = b * b;
  }
  return r;
}

// √a, one rounding
template <ieee_float T>
constexpr wide<T> sqrt(wide<T> a) {
  if (a.e % 2 == 0) return detail::make_wide<T>(math::sqrt(a.m), a.e / 2);
  return detail::make_wide<T>(math::sqrt(2 * a.m), (static_cast<long long>(a.e) - 1) / 2);
}

// m·2^e rounded once to T (for float: the double scaling is exact for every
// exponent float can reach, and the conversion is the one rounding). Below the
// normal range a tie is broken by the sticky sign.
template <ieee_float T>
constexpr T to_value(wide<T> a) {
  using M = wide_mantissa<T>;
  constexpr T least = std::numeric_limits<T>::denorm_min();
  const M m_scaled = std::same_as<T, float> ? scalbn(a.m, a.e < -1100 ? -1100 : a.e) : M(0);
  const T r = std::same_as<T, float> ? static_cast<T>(m_scaled) : T(scalbn(a.m, a.e));
  if (a.sticky == 0 || !(fabs(r) < std::numeric_limits<T>::min())) return r;
  // a tie: |m·2^e - r| is half the least subnormal, compared where both are
  // exact (float: in double; otherwise on m's scale 2^-e, r being a few
  // subnormal steps)
  const M diff = std::same_as<T, float> ? m_scaled - M(r) : a.m - scalbn(M(r), -a.e);
  const M half = (std::same_as<T, float> ? M(least) : scalbn(M(least), -a.e)) / 2;
  if (fabs(diff) != half) return r;
  const int toward = detail::sign_of(diff);  // the other candidate is r + toward·least
  // the true value is m·2^e + (sticky·tiny): past the midpoint toward the other candidate?
  return toward == a.sticky ? T(r + T(toward) * least) : r;
}

// r with the sign of what it leaves out of hi + lo as the tie breaker, where
// r is hi + lo rounded (eval's value of a sum may come from elsewhere: its
// wide terms, when hi + lo overflowed)
template <ieee_float T>
constexpr wide<T> to_wide(T r, detail::two<T> t) {
  wide<T> w = to_wide<T>(r);
  if (add(t.hi, t.lo) == r) w.sticky = detail::sign_of(add(sub(t.hi, r), t.lo));
  return w;
}

// Σ terms, aligned to the largest exponent and added as hi + lo; plain (eval's
// sum) where a term is inf or NaN; a signed zero where all are zero.
template <ieee_float T, class... Ws>
constexpr wide<T> wide_add(T plain, Ws... terms) {
  using M = wide_mantissa<T>;
  const wide<T> t[] = {terms...};
  long long top = -detail::wide_exp_limit - 1;
  M zero = t[0].m;
  for (const auto& w : t) {
    if (!isfinite(w.m)) return to_wide<T>(plain);
    if (w.m != 0 && w.e > top) top = w.e;
    zero = add(zero, w.m);  // only used when every term is ±0: their IEEE sum
  }
  if (top < -detail::wide_exp_limit) return {zero, 0};
  M hi = 0, lo = 0;
  int below = 0;  // the signs of terms too small to align (below M's range on top's scale)
  for (const auto& w : t) {
    if (w.m == 0) continue;
    const M aligned = scalbn(w.m, static_cast<int>(w.e - top));
    if (aligned == 0) {
      below = detail::sticky_of(M(0), below, detail::sign_of(w.m));
      continue;
    }
    const auto s = detail::two_sum(hi, aligned);
    hi = s.hi;
    lo += s.lo;
  }
  const M r = hi + lo;
  int stick = detail::sticky_of((hi - r) + lo, 0);
  if (stick == 0) stick = below;
  if (stick == 0)
    for (const auto& w : t) stick = detail::sticky_of(M(0), stick, w.sticky);
  return detail::make_wide<T>(r, top, stick);
}

// w (r = m·2^e, exact as far as its double word knew) with the sticky of u,
// the same sum from its terms as m·2^e, where u is r too: a rest below T's
// range (σ(2^-149) = 1/2 + 2^-151 in float) is lost from the double word but
// not from u's stickies. Where u differs from r, it is the terms' own
// roundings that differ (u adds their values), so w stays as it is.
template <ieee_float T>
constexpr wide<T> with_sticky_of(wide<T> w, wide<T> u) {
  if (u.m == w.m && u.e == w.e) w.sticky = u.sticky;
  return w;
}

// the same rounded once to T
template <ieee_float T, class... Ws>
constexpr T wide_sum(T plain, Ws... terms) {
  return to_value(wide_add(plain, terms...));
}

// ---- the functions -----------------------------------------------------------
// Each takes its argument as hi + lo (eval's compensated arguments) and the
// value eval computed; where that value is normal it is used as it is.

namespace detail {

// e^(a + b), |b| <= ulp(a): exp_dd covers -800 < a <= 1 (double), -12000 < a
// <= 1 (long double); below, e^a = (e^(a/2))², above, 1/e^-a.
template <class T>
constexpr wide<T> exp_wide_impl(T a, T b) {
  constexpr T from = std::same_as<T, long double> ? T(-12000) : T(-800);
  if (isnan(a)) return {a, 0};
  if (a < -T(wide_exp_limit)) return {T(0), 0};
  if (a > T(wide_exp_limit)) return {std::numeric_limits<T>::infinity(), 0};
  if (a > 1) return reciprocal(exp_wide_impl(-a, -b));
  if (a <= from) {
    const wide<T> h = exp_wide_impl(a / 2, b / 2);
    return h * h;
  }
  const auto r = dd::exp_dd(a, b);
  return make_wide<T>(r.hi + r.lo, r.k);
}

// erfc(a + b) for 1/2 <= a < erf_limits<T>::zero_at: erf.hpp's e^-a²·g(a) as
// (hi + lo)·2^k, times e^(-2ab) = 1 - 2ab (b² is below an ulp); double only
// beyond the table, to 40: the asymptotic series e^-x²/(x√π) Σ (-1)^n
// (2n-1)!!/(2x²)^n (seven terms: the eighth is below 2^-56 of the sum from 28).
template <class T>
constexpr wide<T> erfc_wide_impl(T a, T b) {
  if (a < erf_limits<T>::zero_at) {
    const scaled<T> r = erfc_scaled(a);
    const T m = r.hi + r.lo;
    return make_wide<T>(m - m * (2 * a * b), r.k);
  }
  if constexpr (std::same_as<T, double>) {
    if (a < 40) {  // erfc(40) = 1.5e-697: beyond any product of a few doubles
      auto [sh, sl] = two_prod(a, a);
      const double v = 1 / (2 * sh);
      double s = 1;
      for (int n = 7; n >= 1; --n) s = 1 - (2 * n - 1) * v * s;
      constexpr double sqrt_pi = 1.7724538509055160273;
      return exp_wide_impl(-sh, -sl - 2 * a * b) * make_wide<double>(s / (a * sqrt_pi), 0);
    }
  }
  return {T(0), 0};
}

}  // namespace detail

template <ieee_float T>
constexpr wide<T> exp_wide(T a, T b, T plain) {
  if (isnormal(plain)) return to_wide<T>(plain);
  if constexpr (std::same_as<T, float>) {
    const wide<double> w = detail::exp_wide_impl<double>(a, b);
    return {w.m, w.e};
  } else {
    return detail::exp_wide_impl(a, b);
  }
}

// σ(a + b): where σ is not normal, x < -87 (float), -708 (double): σ(x) =
// e^x/(1 + e^x) = e^x to far below an ulp.
template <ieee_float T>
constexpr wide<T> sigmoid_wide(T a, T b, T plain) {
  if constexpr (std::same_as<T, float>) {
    // from double: a float product then rounds once (σ(2.3e-9) is 1/2 in float)
    const double x = static_cast<double>(a) + static_cast<double>(b);
    const wide<double> w = sigmoid_wide<double>(x, 0.0, sigmoid(x));
    return {w.m, w.e, w.sticky};
  } else {
    if (isnormal(plain) || !(a < 0)) {
      wide<T> w = to_wide<T>(plain);
      if (plain == T(0.5)) w.sticky = detail::sign_of(a != 0 ? a : b);  // σ(x) = 1/2 + x/4
      return w;
    }
    return exp_wide(a, b, T(0));
  }
}

// sech²(a + b) = 4e^(-2|x|)/(1 + e^(-2|x|))² = 4e^(-2|x|) where it is not normal
template <ieee_float T>
constexpr wide<T> sech2_wide(T a, T b, T plain) {
  if (isnormal(plain) || isnan(a)) return to_wide<T>(plain);
  const bool neg = a < 0;
  const wide<T> w = exp_wide(-2 * fabs(a), neg ? 2 * b : -2 * b, T(0));
  return detail::make_wide<T>(w.m, static_cast<long long>(w.e) + 2);
}

// erfc(a + b) where it is not normal (x > 26.5 in double, 106 in long
// double, 9.2 in float, from double), and its tie breaker erfc(x) = 1 - 2x/√π.
template <ieee_float T>
constexpr wide<T> erfc_wide(T a, T b, T plain) {
  if (plain == T(1)) {
    wide<T> w = to_wide<T>(plain);
    w.sticky = -detail::sign_of(a != 0 ? a : b);
    return w;
  }
  if (isnormal(plain) || isnan(a) || !(a > T(0.5))) return to_wide<T>(plain);
  if constexpr (std::same_as<T, float>) {
    const wide<double> w = detail::erfc_wide_impl<double>(a, b);
    return {w.m, w.e};
  } else {
    return detail::erfc_wide_impl(a, b);
  }
}

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_WIDE_HPP
