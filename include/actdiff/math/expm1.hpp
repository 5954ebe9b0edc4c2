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

namespace detail {

// float, |x| < 1/16, in double
ACTDIFF_MATH_CORE constexpr float expm1_small_f(float x) noexcept {
  const double xd = x;
  const double x2 = xd * xd;
  return static_cast<float>(xd + (0.5 * x2 + x2 * xd * horner2(expm1_poly_f, xd)));
}

// float, -18 <= x <= exp_max_f, |x| >= 1/16, in double: exp's float core
// (relative error ~2^-38 in e^x, at most 2^-34 after the subtraction, as
// |y| > 0.06); no overflow check needed: see exp's float path
ACTDIFF_MATH_CORE constexpr float expm1_main_f(float x) noexcept {
  return static_cast<float>(exp_core_f_wide(x) - 1.0);
}

// double and long double, |x| < 1/16
template <class T>
ACTDIFF_MATH_CORE constexpr T expm1_small(T x) noexcept {
  const T x2 = x * x;
  T h;
  if constexpr (std::same_as<T, long double>) h = horner2(expm1_poly_ld, x);
  else h = horner2(expm1_poly_d, x);
  return x + (T(0.5) * x2 + x2 * x * h);
}

// double and long double, -38 (-46) <= x <= 700 (11000), |x| >= 1/16
template <class T>
ACTDIFF_MATH_CORE constexpr T expm1_main(T x) noexcept {
  const auto s = exp_split(x);  // e in [-67, 15870]: 2^e is normal
  const T sc = pow2_normal<T>(s.e);
  const auto a = two_sum(sc * s.hi, T(-1));
  return a.hi + (a.lo + sc * (s.lo + s.hi * s.p));
}

// where expm1 leaves its polynomial and table paths (e^x - 1 rounds like -1
// below, like e^x above)
template <class T>
constexpr T expm1_low() noexcept {
  if constexpr (std::same_as<T, float>) return -18.0f;  // e^x < 2^-25
  else if constexpr (std::same_as<T, double>) return -38.0;  // e^x < 2^-55
  else return -46.0L;  // e^x < 2^-66
}
template <class T>
constexpr T expm1_high() noexcept {
  if constexpr (std::same_as<T, float>) return exp_max_f;  // beyond: inf
  else if constexpr (std::same_as<T, double>) return 700.0;
  else return 11000.0L;
}

}  // namespace detail

template <ieee_float T>
constexpr T expm1(T x) noexcept {
  if (isnan(x)) return x;
  if (x == 0) return x;  // keeps the sign of -0
  if constexpr (std::same_as<T, float>) {
    if (x > detail::exp_max_f) return std::numeric_limits<float>::infinity();
    if (x < -18.0f) return -1.0f;
    if (x > -0x1p-4f && x < 0x1p-4f) return detail::expm1_small_f(x);
    return detail::expm1_main_f(x);
  } else {
    if (x > detail::expm1_high<T>()) return exp(x);
    if (x < detail::expm1_low<T>()) return T(-1);
    if (fabs(x) < T(0x1p-4)) return detail::expm1_small(x);
    return detail::expm1_main(x);
  }
}

namespace branch_free {

// expm1(x)'s bits without a branch (fp.hpp), for float and double; ok is
// cleared for double 700 < x <= exp's overflow threshold, where expm1 is e^x
// (not worth an e^x for every element).
template <float_or_double T>
ACTDIFF_BRANCH_FREE T expm1(T x, bool& ok) noexcept {
  (void)ok;  // float: always exact
  const bool high = x > detail::expm1_high<T>(), low = x < detail::expm1_low<T>();
  const bool small = fabs(x) < T(0x1p-4), nan = isnan(x);
  const bool main = !(high | low | small | nan);
  const T xs = select(small, x, T(0)), xm = select(main, x, T(1));
  T r;
  if constexpr (std::same_as<T, float>) {
    r = select(small, detail::expm1_small_f(xs), detail::expm1_main_f(xm));
    r = select(high, std::numeric_limits<float>::infinity(), r);
  } else {
    r = select(small, detail::expm1_small(xs), detail::expm1_main(xm));
    const bool overflow = x > detail::exp_max<T>();
    ok &= overflow | !high;
    r = select(high, std::numeric_limits<T>::infinity(), r);
  }
  r = select(low, T(-1), r);
  return select(nan | (x == 0), x, r);
}

}  // namespace branch_free

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_EXPM1_HPP
