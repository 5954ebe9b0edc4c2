#ifndef ACTDIFF_MATH_LOG1P_HPP
#define ACTDIFF_MATH_LOG1P_HPP

// constexpr log(1 + x) for float, double and long double, <= 1 ulp.
//
// |x| < 2^-8: x + x^2 g(x) with log's own polynomial g (valid to |x| < 0.0057).
// Otherwise s + t = 1 + x exactly (two-sum); log1p(x) = log(s) + log1p(t/s),
// and t/s enters log's reduction as a part of r = c m - 1, which is then
// >= 2^-8 in size, so t's rounding in it does not matter.

#include <actdiff/math/fp.hpp>
#include <actdiff/math/log.hpp>

ACTDIFF_MATH_BEGIN

namespace actdiff::math {

namespace detail {

// |x| < 2^-8
template <ieee_float T>
ACTDIFF_MATH_CORE constexpr T log1p_small(T x) noexcept {
  if constexpr (std::same_as<T, float>) {
    const double w = x;
    return static_cast<float>(w + w * w * horner2(log_poly_f, w));
  } else {
    return x + x * x * horner2(log_poly<T>(), x);
  }
}

// x > -1, finite, |x| >= 2^-8; Normal: x < 2^1021, so that 2^-e is normal
template <ieee_float T, bool Normal = false>
ACTDIFF_MATH_CORE constexpr T log1p_main(T x) noexcept {
  using W = std::conditional_t<std::same_as<T, float>, double, T>;
  const auto [s, t] = two_sum(W(1), static_cast<W>(x));  // s > 0: x > -1 means s >= 2^-p
  if constexpr (std::same_as<T, long double>) {
    const auto [m, e] = log_reduce_ld(s);
    return log_core(m, t * pow2<T>(-e), e);
  } else {
    const auto [m, e, k] = log_reduce_bits(s);
    const double dm = t * (Normal ? pow2_normal<double>(-e) : pow2<double>(-e));
    if constexpr (std::same_as<T, float>)
      return static_cast<float>(log_bits_core_f(m, dm, e, k));
    else
      return log_bits_core_d(m, dm, e, k);
  }
}

}  // namespace detail

template <ieee_float T>
constexpr T log1p(T x) noexcept {
  if (isnan(x)) return x;
  if (x == 0) return x;  // keeps the sign of -0
  if (x < -1) return detail::default_nan<T>();
  if (x == -1) return -std::numeric_limits<T>::infinity();
  if (x == std::numeric_limits<T>::infinity()) return x;
  if (fabs(x) < T(0x1p-8)) return detail::log1p_small(x);
  return detail::log1p_main(x);
}

namespace branch_free {

// log1p(x)'s bits without a branch (fp.hpp), for float and double; ok is
// cleared for x <= -1 and for double x >= 2^1021.
template <float_or_double T>
ACTDIFF_BRANCH_FREE T log1p(T x, bool& ok) noexcept {
  constexpr T inf = std::numeric_limits<T>::infinity();
  const bool small = fabs(x) < T(0x1p-8), keep = isnan(x) | (x == 0) | (x == inf);
  constexpr T big = std::same_as<T, float> ? inf : 0x1p1021;  // beyond: 2^-e subnormal
  ok &= keep | ((x > -1) & (x < big));
  const T r = select(small, detail::log1p_small(select(small, x, T(0))),
                     detail::log1p_main<T, true>(select(small | keep | (x >= big), T(1), x)));
  return select(keep, x, r);
}

}  // namespace branch_free

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_LOG1P_HPP
