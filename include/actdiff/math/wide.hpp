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
#include <actdiff/math/sqrt.hpp>

ACTDIFF_MATH_BEGIN

namespace actdiff::math {

template <ieee_float T>
using wide_mantissa = std::conditional_t<std::same_as<T, float>, double, T>;

// m·2^e with 1/2 <= |m| < 1, or m = ±0, ±inf or NaN with e = 0.
template <ieee_float T>
struct wide {
  wide_mantissa<T> m;
  int e;
};

namespace detail {

inline constexpr long long wide_exp_limit = 1 << 24;

template <ieee_float T>
constexpr wide<T> make_wide(wide_mantissa<T> m, long long e) {
  int d = 0;
  const wide_mantissa<T> n = frexp(m, &d);
  if (n == 0 || !isfinite(n)) return {n, 0};
  e += d;
  // beyond the clamp the value is 0 or inf for any product of a few factors
  if (e < -wide_exp_limit) return {n * wide_mantissa<T>(0), 0};
  if (e > wide_exp_limit) return {copysign(std::numeric_limits<wide_mantissa<T>>::infinity(), n), 0};
  return {n, static_cast<int>(e)};
}

}  // namespace detail

template <ieee_float T>
constexpr wide<T> to_wide(wide_mantissa<T> x) {
  return detail::make_wide<T>(x, 0);
}

// a·b: one rounding of the mantissas' product
template <ieee_float T>
constexpr wide<T> operator*(wide<T> a, wide<T> b) {
  return detail::make_wide<T>(mul(a.m, b.m), static_cast<long long>(a.e) + b.e);  // IEEE ∞·0 at compile time too
}

template <ieee_float T>
constexpr wide<T> reciprocal(wide<T> a) {
  return detail::make_wide<T>(div(wide_mantissa<T>(1), a.m), -static_cast<long long>(a.e));
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

// m·2^e rounded once to T (double rounding for float is impossible: the
// double scaling is exact for every exponent float can reach)
template <ieee_float T>
constexpr T to_value(wide<T> a) {
  if constexpr (std::same_as<T, float>)
    return static_cast<float>(scalbn(a.m, a.e < -1100 ? -1100 : a.e));
  else
    return scalbn(a.m, a.e);
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
  for (const auto& w : t) {
    if (w.m == 0) continue;
    const auto s = detail::two_sum(hi, scalbn(w.m, static_cast<int>(w.e - top)));
    hi = s.hi;
    lo += s.lo;
  }
  return detail::make_wide<T>(hi + lo, top);
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

// erfc(a + b) for a >= 26 (double): e^-(a+b)² g(a) from the table below 28,
// the asymptotic series e^-x²/(x√π) Σ (-1)^n (2n-1)!!/(2x²)^n above (seven
// terms: the eighth is below 2^-56 of the sum from x = 28).
constexpr wide<double> erfc_wide_tail(double a, double b) {
  auto [sh, sl] = two_prod(a, a);
  const double cross = -2 * a * b;  // -(a + b)² = -a² - 2ab, b² below an ulp
  if (a < erf_limits<double>::zero_at) {
    const auto g = erfc_g_table(a);
    const auto r = dd::exp_dd(-sh, -sl + cross);
    const auto [ph, pl] = two_prod(r.hi, g.hi);
    return make_wide<double>(ph + (pl + (r.hi * g.lo + r.lo * g.hi)), r.k);
  }
  const double v = 1 / (2 * sh);
  double s = 1;
  for (int n = 7; n >= 1; --n) s = 1 - (2 * n - 1) * v * s;
  constexpr double sqrt_pi = 1.7724538509055160273;
  return exp_wide_impl(-sh, -sl + cross) * make_wide<double>(s / (a * sqrt_pi), 0);
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
  if (isnormal(plain) || !(a < 0)) return to_wide<T>(plain);
  return exp_wide(a, b, T(0));
}

// sech²(a + b) = 4e^(-2|x|)/(1 + e^(-2|x|))² = 4e^(-2|x|) where it is not normal
template <ieee_float T>
constexpr wide<T> sech2_wide(T a, T b, T plain) {
  if (isnormal(plain) || isnan(a)) return to_wide<T>(plain);
  const bool neg = a < 0;
  const wide<T> w = exp_wide(-2 * fabs(a), neg ? 2 * b : -2 * b, T(0));
  return detail::make_wide<T>(w.m, static_cast<long long>(w.e) + 2);
}

// erfc(a + b) where it is not normal (x > 26.5 in double, 9.2 in float; float
// from double). Long double and float beyond the double table: 0 stays 0
// (float: erfc(28) = 1e-342, which no product of floats brings back).
template <ieee_float T>
constexpr wide<T> erfc_wide(T a, T b, T plain) {
  if (isnormal(plain) || isnan(a) || !(a > 0)) return to_wide<T>(plain);
  if constexpr (std::same_as<T, long double>) {
    return to_wide<T>(plain);
  } else {
    if (std::same_as<T, float> && !(a < detail::erf_limits<double>::zero_at)) return to_wide<T>(plain);
    if (!(a < 40)) return {T(0), 0};  // erfc(40) = 1.5e-697: beyond any product of a few doubles
    const wide<double> w = detail::erfc_wide_tail(a, b);
    return {w.m, w.e};
  }
}

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_WIDE_HPP
