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
  const auto [s, t] = detail::two_sum(W(1), static_cast<W>(x));
  const auto [m, e] = detail::log_reduce(s);  // s > 0: x > -1 means s >= 2^-p
  const W dm = t * detail::pow2<W>(-e);
  if constexpr (std::same_as<T, float>)
    // c m - 1 in double is not exact here, but its error (< 2^-53) is far
    // below a float ulp of the result; at c = 1 it is exact.
    return static_cast<float>(detail::log_core_f(m, dm, e));
  else
    return detail::log_core(m, dm, e);
}

}  // namespace actdiff::math

#endif  // ACTDIFF_MATH_LOG1P_HPP
