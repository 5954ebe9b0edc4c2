// actdiff/math/double_word.hpp: arithmetic on double words hi + lo (two<T>,
// |lo| <= ulp(hi)/2) for float, double and long double, with about 2^-100
// (double) relative error per operation: what eval's compensated sums and
// arguments compute in (core/compensated.hpp).
//
// Special values: a step whose result is not finite, or whose error term
// could overflow (Veltkamp's split near the top of the range), drops the
// error term (lo = 0), so inf and NaN flow exactly as in plain arithmetic and
// constant evaluation never meets an inf or NaN it did not have before.
// Intermediates that underflow lose their error term too.
#ifndef ACTDIFF_MATH_DOUBLE_WORD_HPP
#define ACTDIFF_MATH_DOUBLE_WORD_HPP

#include <cstdint>
#include <limits>

#include <actdiff/math/fp.hpp>
#include <actdiff/math/sqrt.hpp>

namespace actdiff::math::detail {

template <ieee_float T>
constexpr two<T> dw_normalize(T hi, T lo) {
  // inf, NaN (or an error term that is not finite): the plain value
  if (!isfinite(hi) || !isfinite(lo)) return {hi, T(0)};
  if (lo == T(0)) return {hi, T(0)};  // keeps the sign of a zero hi
  return fast_two_sum(hi, lo);
}

template <ieee_float T>
constexpr two<T> dw_add(two<T> a, two<T> b) {
  const T s = add(a.hi, b.hi);
  if (!isfinite(s)) return {s, T(0)};
  auto [h, l] = two_sum(a.hi, b.hi);
  return dw_normalize(h, l + (a.lo + b.lo));
}

// Below this magnitude Veltkamp's split cannot overflow.
template <ieee_float T>
constexpr T dw_split_limit = pow2<T>(std::numeric_limits<T>::max_exponent - 2 -
                                                (std::numeric_limits<T>::digits + 1) / 2);

template <ieee_float T>
constexpr two<T> dw_mul(two<T> a, two<T> b) {
  const T p = mul(a.hi, b.hi);
  if (!isfinite(p) || p == T(0)) return {p, T(0)};
  if (fabs(a.hi) >= dw_split_limit<T> || fabs(b.hi) >= dw_split_limit<T>)
    return dw_normalize(p, a.hi * b.lo + a.lo * b.hi);
  auto [h, l] = two_prod(a.hi, b.hi);
  return dw_normalize(h, l + (a.hi * b.lo + a.lo * b.hi));
}

template <ieee_float T>
constexpr two<T> dw_recip(two<T> a) {
  const T q = div(T(1), a.hi);
  if (!isfinite(q) || q == T(0) || fabs(a.hi) >= dw_split_limit<T> || fabs(q) >= dw_split_limit<T>)
    return {q, T(0)};
  auto [p, e] = two_prod(q, a.hi);
  // 1 - q·(hi + lo), exact up to the last product
  const T r = ((T(1) - p) - e) - q * a.lo;
  return dw_normalize(q, r * q);
}

template <ieee_float T>
constexpr two<T> dw_sqrt(two<T> a) {
  const T s = sqrt(a.hi);
  if (!(a.hi > T(0)) || !isfinite(s) || s >= dw_split_limit<T>) return {s, T(0)};
  auto [p, e] = two_prod(s, s);
  return dw_normalize(s, (((a.hi - p) - e) + a.lo) / (s + s));
}

template <ieee_float T>
constexpr two<T> dw_pow(two<T> a, std::int64_t n) {
  const bool invert = n < 0;
  const unsigned long long k = invert ? 0ull - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  const two<T> r = power_by_squaring(a, k, two<T>{T(1), T(0)}, [](two<T> x, two<T> y) { return dw_mul(x, y); });
  return invert ? dw_recip(r) : r;
}

}  // namespace actdiff::math::detail

#endif
