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
#include <actdiff/math/double_word.hpp>
#include <actdiff/math/fp.hpp>

namespace actdiff::detail {

template <class T>
using two = math::detail::two<T>;

// A function op that eval compensates: it has slope(a, f(a)) = f'(a).
template <class Op, class T>
concept has_slope = builtin_float<T> && requires(const T& a) {
  { Op::slope(a, a) } -> std::convertible_to<T>;
};

// An op that can give its own value as hi + lo (logsumexp, log_softmax,
// softplus), applied to arguments of the types Ts (one T per argument).
template <class Op, class T, class... Ts>
concept has_two = builtin_float<T> && requires(const T& a) {
  { Op::apply_two((static_cast<void>(sizeof(Ts)), a)...) } -> std::same_as<two<T>>;
};

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
    return math::detail::dw_normalize(hi, ((n - p) - e) / d);
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

// ---- the same without a branch, for the kernels (kernels/) ----------------

// An op with a branch-free apply (math/fp.hpp, "branch-free versions"):
// apply_branch_free(a, ok) gives apply(a)'s bits wherever it leaves ok set.
// Where the op's slope calls a math function, it has slope_branch_free too.
template <class Op, class T>
concept has_branch_free_apply = builtin_float<T> && requires(const T& a, bool& ok) {
  { Op::apply_branch_free(a, ok) } -> std::convertible_to<T>;
};

template <class Op, class T>
ACTDIFF_BRANCH_FREE T slope_branch_free(const T& a, const T& fa, bool& ok) {
  if constexpr (requires { Op::slope_branch_free(a, fa, ok); })
    return Op::slope_branch_free(a, fa, ok);
  else
    return T(Op::slope(a, fa));
}

// compensated_apply's bits without a branch.
template <class Op, class T>
ACTDIFF_BRANCH_FREE T compensated_apply_branch_free(two<T> a, bool& ok) {
  const T f = Op::apply_branch_free(a.hi, ok);
  bool slope_ok = true;
  const T c = slope_branch_free<Op>(a.hi, f, slope_ok) * a.lo;
  const bool fin_f = math::branch_free::isfinite(f), fin_c = math::branch_free::isfinite(c);
  const bool plain = (a.lo == T(0)) | !fin_f;
  ok &= slope_ok | plain;
  return math::branch_free::select(plain | !fin_c, f, f + c);
}

}  // namespace actdiff::detail

#endif
