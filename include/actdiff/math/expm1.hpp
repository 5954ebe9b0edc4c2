#ifndef ACTDIFF_MATH_EXPM1_HPP
#define ACTDIFF_MATH_EXPM1_HPP

// constexpr e^x - 1 for float, double and long double, <= 1 ulp.
//
// |x| < 1/16: x + x^2/2 + x^3 h(x), h a polynomial.
// Otherwise exp's reduction gives e^x = 2^e (hi + lo)(1 + p), and
// e^x - 1 = (2^e hi - 1) + 2^e (lo + hi p), where 2^e hi - 1 is split exactly
// by a two-sum; the result is then >= 0.06 in size, so the rounding of the
// small second term costs < 0.05 ulp. float is computed in double.

#include <actdiff/math/detail/exp_data.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/fp.hpp>

ACTDIFF_MATH_BEGIN

namespace actdiff::math {

template <ieee_float T>
constexpr T expm1(T x) noexcept {
  if (isnan(x)) return x;
  if (x == 0) return x;  // keeps the sign of -0
  if constexpr (std::same_as<T, float>) {
    if (x > detail::exp_max_f) return std::numeric_limits<float>::infinity();
    if (x < -18.0f) return -1.0f;  // e^x < 2^-25: -1 + e^x rounds to -1
    const double xd = x;
    if (x > -0x1p-4f && x < 0x1p-4f) {
      const double x2 = xd * xd;
      return static_cast<float>(xd + (0.5 * x2 + x2 * xd * detail::horner2(detail::expm1_poly_f, xd)));
    }
    constexpr double shift = 0x1.8p52;
    const double kd = (xd * detail::exp_inv_c_d + shift) - shift;
    const double r = xd - kd * detail::exp_c_d;
    const int k = static_cast<int>(kd);
    const double p = r + r * r * detail::horner(detail::exp_poly_f, r);
    const double t = detail::exp_table_d[2 * static_cast<std::size_t>(k & 127)];
    // relative error ~2^-39 in e^x, at most 2^-34 after the subtraction (|y| > 0.06)
    // no overflow check needed: see exp's float path
    return static_cast<float>((t + t * p) * detail::pow2<double>(k >> detail::exp_bits) - 1.0);
  } else {
    constexpr bool ld = std::same_as<T, long double>;
    // beyond these, e^x - 1 rounds like e^x, or to -1 (e^x < 2^-66, 2^-55)
    if (x > T(ld ? 11000 : 700)) return exp(x);
    if (x < T(ld ? -46 : -38)) return T(-1);
    if (fabs(x) < T(0x1p-4)) {
      const T x2 = x * x;
      T h;
      if constexpr (ld) h = detail::horner2(detail::expm1_poly_ld, x);
      else h = detail::horner2(detail::expm1_poly_d, x);
      return x + (T(0.5) * x2 + x2 * x * h);
    }
    const auto s = detail::exp_split(x);  // e in [-67, 15870]: 2^e is normal
    const T sc = detail::pow2<T>(s.e);
    const auto a = detail::two_sum(sc * s.hi, T(-1));
    return a.hi + (a.lo + sc * (s.lo + s.hi * s.p));
  }
}

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_EXPM1_HPP
