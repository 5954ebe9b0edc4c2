// Compensated arguments and sums: the double-word arithmetic eval uses for
// sums and for the argument of a function that is sensitive to its
// argument's rounding.
//
// Why: e^t, σ(t), erfc(t), sech²(t) have relative condition numbers |t|, |t|,
// 2t², 2|t|: an argument rounded once (t = 1.702·x, -x/√2, x + 0.044715x³)
// costs |t| ulps in the result however well the function itself is rounded
// (σ(1.702·x) at x = -400 would be off by ~600 ulp). So for a built-in type,
// when such a function's argument is arithmetic on values (sums, products,
// integer and half-integer powers, exact rationals, named constants), eval
// computes the argument as hi + lo with ~2^-100 relative error and applies
//   f(hi + lo) ≈ f(hi) + f'(hi)·lo,
// where f' comes from the function's `slope(a, f(a))`. Sums are evaluated
// the same way (their terms as hi + lo, rounded once at the end), so that
// cancelling rational parts of derivatives (softsign' = r - |x|·r² with
// r = 1/(1 + |x|)) keep their digits. Function values inside are leaves,
// rounded once. Wide types (Boost.Multiprecision) are not touched.
//
// Special values: any step that is not finite, or whose error term could
// overflow, drops the error term (lo = 0), so inf and NaN flow exactly as in
// plain evaluation, and constant evaluation never meets an inf or NaN it
// did not have before.
#ifndef ACTDIFF_CORE_COMPENSATED_HPP
#define ACTDIFF_CORE_COMPENSATED_HPP

#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

#include <actdiff/core/rational.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/sqrt.hpp>

namespace actdiff::detail {

template <class T>
using two = math::detail::two<T>;

// A function op that eval compensates: it has slope(a, f(a)) = f'(a).
template <class Op, class T>
concept has_slope = builtin_float<T> && requires(const T& a) {
  { Op::slope(a, a) } -> std::convertible_to<T>;
};

// An op that can give its own value as hi + lo (logsumexp, log_softmax).
template <class Op, class T, class... Ts>
concept has_two = builtin_float<T> && requires(const T& a) {
  { Op::apply_two(a, (static_cast<void>(sizeof(Ts)), a)...) } -> std::same_as<two<T>>;
};

template <class T>
constexpr two<T> two_finite(T hi, T lo) {
  // inf, NaN (or an error term that is not finite): the plain value
  if (!math::isfinite(hi) || !math::isfinite(lo)) return {hi, T(0)};
  if (lo == T(0)) return {hi, T(0)};  // keeps the sign of a zero hi
  return math::detail::fast_two_sum(hi, lo);
}

template <class T>
constexpr two<T> two_add(two<T> a, two<T> b) {
  const T s = math::add(a.hi, b.hi);
  if (!math::isfinite(s)) return {s, T(0)};
  auto [h, l] = math::detail::two_sum(a.hi, b.hi);
  return two_finite(h, l + (a.lo + b.lo));
}

// Below this magnitude Veltkamp's split cannot overflow.
template <class T>
constexpr T split_limit = math::detail::pow2<T>(std::numeric_limits<T>::max_exponent - 2 -
                                                (std::numeric_limits<T>::digits + 1) / 2);

template <class T>
constexpr two<T> two_mul(two<T> a, two<T> b) {
  const T p = math::mul(a.hi, b.hi);
  if (!math::isfinite(p) || p == T(0)) return {p, T(0)};
  if (math::fabs(a.hi) >= split_limit<T> || math::fabs(b.hi) >= split_limit<T>)
    return two_finite(p, a.hi * b.lo + a.lo * b.hi);
  auto [h, l] = math::detail::two_prod(a.hi, b.hi);
  return two_finite(h, l + (a.hi * b.lo + a.lo * b.hi));
}

template <class T>
constexpr two<T> two_recip(two<T> a) {
  const T q = math::div(T(1), a.hi);
  if (!math::isfinite(q) || q == T(0) || math::fabs(a.hi) >= split_limit<T> || math::fabs(q) >= split_limit<T>)
    return {q, T(0)};
  auto [p, e] = math::detail::two_prod(q, a.hi);
  // 1 - q·(hi + lo), exact up to the last product
  const T r = ((T(1) - p) - e) - q * a.lo;
  return two_finite(q, r * q);
}

template <class T>
constexpr two<T> two_sqrt(two<T> a) {
  const T s = math::sqrt(a.hi);
  if (!(a.hi > T(0)) || !math::isfinite(s) || s >= split_limit<T>) return {s, T(0)};
  auto [p, e] = math::detail::two_prod(s, s);
  return two_finite(s, (((a.hi - p) - e) + a.lo) / (s + s));
}

template <class T>
constexpr two<T> two_pow(two<T> a, std::int64_t n) {
  const bool invert = n < 0;
  std::uint64_t k = invert ? 0ull - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  two<T> r{T(1), T(0)};
  while (k > 0) {
    if (k & 1) r = two_mul(r, a);
    k >>= 1;
    if (k > 0) a = two_mul(a, a);
  }
  return invert ? two_recip(r) : r;
}

// N/D as hi + lo: hi the rounded quotient, lo the exact remainder over D
// (exact when N and D are representable in T; otherwise lo = 0).
template <class T, i64 N, i64 D>
constexpr two<T> rational_two() {
  constexpr T limit = math::detail::pow2<T>(std::numeric_limits<T>::digits);
  constexpr T n = T(N), d = T(D);
  const T hi = d == T(1) ? n : math::div(n, d);
  if constexpr (D == 1) {
    return {hi, T(0)};
  } else {
    if (!(math::fabs(n) < limit && d < limit)) return {hi, T(0)};
    auto [p, e] = math::detail::two_prod(hi, d);
    return two_finite(hi, ((n - p) - e) / d);
  }
}

// A named constant (constants.hpp) as hi + lo: hi is the type's own rounded
// value, lo the rest from the constant's three-double expansion.
template <class T, class Tag>
constexpr two<T> constant_two() {
  using W = std::conditional_t<std::is_same_v<T, long double>, long double, double>;
  const T hi = Tag::template value<T>();
  const W rest = ((W(Tag::parts[0]) - W(hi)) + W(Tag::parts[1])) + W(Tag::parts[2]);
  return {hi, static_cast<T>(rest)};
}

// f(hi + lo) from f(hi) and the slope f'(hi).
template <class Op, class T>
constexpr T compensated_apply(two<T> a) {
  const T f = Op::apply(a.hi);
  if (a.lo == T(0) || !math::isfinite(f)) return f;
  const T c = math::mul(T(Op::slope(a.hi, f)), a.lo);
  if (!math::isfinite(c)) return f;
  return math::add(f, c);
}

}  // namespace actdiff::detail

#endif
