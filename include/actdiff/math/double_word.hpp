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

// a/b for b > 0 finite and normal (softmax's sums S and S², log1p's
// e^y0): one division and the exact residual a - y·b (two_prod) for the rest.
template <ieee_float T>
constexpr two<T> dw_div(two<T> a, two<T> b) {
  const T y = a.hi / b.hi;
  const auto [p, e] = two_prod(y, b.hi);
  const T r = (((a.hi - p) - e) + a.lo) - y * b.lo;
  return fast_two_sum(y, r / b.hi);
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
  const auto mul = [](two<T> x, two<T> y) { return dw_mul(x, y); };
  const two<T> r = power_by_squaring(a, k, two<T>{T(1), T(0)}, mul);
  if (!invert) return r;
  // as eval's int_power: (1/a)^k where a^k is not a normal number (a^-2 at
  // a = 1e160 in double: the square overflows, the result does not)
  if (!isnormal(r.hi) && a.hi == a.hi) return power_by_squaring(dw_recip(a), k, two<T>{T(1), T(0)}, mul);
  return dw_recip(r);
}

}  // namespace actdiff::math::detail

namespace actdiff::math::branch_free {

// The double-word operations above without a branch (fp.hpp), for float and
// double: each computes its special cases alongside and selects; exact.
template <class T>
ACTDIFF_BRANCH_FREE constexpr detail::two<T> dw_normalize(T hi, T lo) {
  const auto s = detail::fast_two_sum(hi, lo);
  const bool fin_hi = isfinite(hi), fin_lo = isfinite(lo);
  const bool plain = !fin_hi | !fin_lo | (lo == T(0));
  return {select(plain, hi, s.hi), select(plain, T(0), s.lo)};
}

template <class T>
ACTDIFF_BRANCH_FREE constexpr detail::two<T> dw_add(detail::two<T> a, detail::two<T> b) {
  const auto [h, l] = detail::two_sum(a.hi, b.hi);
  const auto n = branch_free::dw_normalize(h, l + (a.lo + b.lo));
  const bool fin = isfinite(h);
  return {select(fin, n.hi, h), select(fin, n.lo, T(0))};
}

template <class T>
ACTDIFF_BRANCH_FREE constexpr detail::two<T> dw_mul(detail::two<T> a, detail::two<T> b) {
  const auto [h, l] = detail::two_prod(a.hi, b.hi);
  const T cross = a.hi * b.lo + a.lo * b.hi;
  const auto big = branch_free::dw_normalize(h, cross), n = branch_free::dw_normalize(h, l + cross);
  const bool fin = isfinite(h), plain = !fin | (h == T(0));
  const T ma = fabs(a.hi), mb = fabs(b.hi);
  const bool split_overflows = (ma >= detail::dw_split_limit<T>) | (mb >= detail::dw_split_limit<T>);
  return {select(plain, h, select(split_overflows, big.hi, n.hi)), select(plain, T(0), select(split_overflows, big.lo, n.lo))};
}

template <class T>
ACTDIFF_BRANCH_FREE constexpr detail::two<T> dw_recip(detail::two<T> a) {
  const T q = T(1) / a.hi;
  const auto [p, e] = detail::two_prod(q, a.hi);
  const auto n = branch_free::dw_normalize(q, (((T(1) - p) - e) - q * a.lo) * q);
  const bool fin = isfinite(q);
  const T ma = fabs(a.hi), mq = fabs(q);
  const bool plain = !fin | (q == T(0)) | (ma >= detail::dw_split_limit<T>) | (mq >= detail::dw_split_limit<T>);
  return {select(plain, q, n.hi), select(plain, T(0), n.lo)};
}

// a^N, dw_pow's steps unrolled
template <std::int64_t N, class T>
ACTDIFF_BRANCH_FREE constexpr detail::two<T> dw_pow(detail::two<T> a) {
  constexpr unsigned long long k = N < 0 ? 0ull - static_cast<unsigned long long>(N) : static_cast<unsigned long long>(N);
  const auto mul = [](detail::two<T> x, detail::two<T> y) ACTDIFF_BRANCH_FREE_LAMBDA { return branch_free::dw_mul(x, y); };
  const auto r = detail::power_by_squaring_unrolled<k>(a, detail::two<T>{T(1), T(0)}, mul);
  if constexpr (N < 0) {
    const auto plain = branch_free::dw_recip(r);
    const auto via_reciprocal = detail::power_by_squaring_unrolled<k>(branch_free::dw_recip(a), detail::two<T>{T(1), T(0)}, mul);
    const bool normal = isnormal(r.hi) | (a.hi != a.hi);
    return {select(normal, plain.hi, via_reciprocal.hi), select(normal, plain.lo, via_reciprocal.lo)};
  } else {
    return r;
  }
}

}  // namespace actdiff::math::branch_free

#endif
