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

template <ieee_float T>
constexpr T log1p(T x) noexcept {
  if (isnan(x)) return x;
  if (x == 0) return x;  // keeps the sign of -0
  if (x < -1) return detail::default_nan<T>();
  if (x == -1) return -std::numeric_limits<T>::infinity();
  if (x == std::numeric_limits<T>::infinity()) return x;
  using W = std::conditional_t<std::same_as<T, float>, double, T>;
  if (fabs(x) < T(0x1p-8)) {
    const W w = x;
    if constexpr (std::same_as<T, float>)
      return static_cast<float>(w + w * w * detail::horner2(detail::log_poly_f, w));
    else
      return w + w * w * detail::horner2(detail::log_poly<T>(), w);
  }
  const auto [s, t] = detail::two_sum(W(1), static_cast<W>(x));  // s > 0: x > -1 means s >= 2^-p
  if constexpr (std::same_as<T, long double>) {
    const auto [m, e] = detail::log_reduce_ld(s);
    return detail::log_core(m, t * detail::pow2<T>(-e), e);
  } else {
    const auto [m, e, k] = detail::log_reduce_bits(s);
    const double dm = t * detail::pow2<double>(-e);
    if constexpr (std::same_as<T, float>)
      return static_cast<float>(detail::log_bits_core_f(m, dm, e, k));
    else
      return detail::log_bits_core_d(m, dm, e, k);
  }
}

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_LOG1P_HPP
