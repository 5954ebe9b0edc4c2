// actdiff/math/sech2.hpp: constexpr sech^2(x) = 1/cosh^2(x) = tanh'(x) for
// float, double and long double, within 1 ULP (double, float; float is computed
// in double) and 2 ULP (long double).
//
// 1 - tanh^2 is 0 from |x| ~ 19 (double) although sech^2 is representable up to
// |x| ~ 373. Here sech^2(x) = 4E/(1 + E)^2 with E = e^-2|x| as a double word
// (detail/exp_dd.hpp): no cancellation, one rounding in all, and for tiny E
// simply 4E, rounded once into the subnormals.
#ifndef ACTDIFF_MATH_SECH2_HPP
#define ACTDIFF_MATH_SECH2_HPP

#include <concepts>

#include <actdiff/math/detail/exp_dd.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/fp.hpp>

namespace actdiff::math {

namespace detail {

template <class T> constexpr T sech2_impl(T x) {
  if (isnan(x)) return x;
  constexpr bool ld = std::same_as<T, long double>;
  // 4e^-2a < half the least subnormal: a > 373.3 (double), 5700.5 (long double)
  constexpr T zero_at = ld ? T(5701) : T(374);
  const T a = fabs(x);
  if (a >= zero_at) return T(0);
  auto e = dd::exp_dd(-2 * a, T(0));
  if (e.k < fmt<T>::min_exp + 4)  // E < 2^-1018: (1 + E)^2 = 1 to the last bit
    return dd::scale(e.hi, e.lo, e.k + 2);
  const T s = pow2<T>(e.k);
  const T eh = e.hi * s, el = e.lo * s;
  auto [dh, dl] = fast_two_sum(T(1), eh);
  dl += el;
  auto [ph, pl] = two_prod(dh, dh);  // (1 + E)^2
  return dd::div(4 * eh, 4 * el, ph, pl + 2 * dh * dl);
}

// float: the same formula in double with a rounded E (a few ulps of double).
constexpr float sech2_f(float x) {
  if (isnan(x)) return x;
  const double a = fabs(static_cast<double>(x));
  if (a >= 54) return 0.0f;  // 4e^-108 < 2^-151
  const double e = exp(-2 * a);
  return static_cast<float>(4 * e / ((1 + e) * (1 + e)));
}

}  // namespace detail

// sech^2(x) = 1 - tanh^2(x), accurate in the tails: sech2(0) = 1,
// sech2(+-inf) = 0, NaN -> NaN.
template <ieee_float T> constexpr T sech2(T x) noexcept {
  if constexpr (std::same_as<T, float>)
    return detail::sech2_f(x);
  else
    return detail::sech2_impl(x);
}

}  // namespace actdiff::math

#endif  // ACTDIFF_MATH_SECH2_HPP
