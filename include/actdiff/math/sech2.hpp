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

// 4E/(1 + E)^2, E = e^-2|x| = e (e.k >= min_exp + 4)
template <class T> ACTDIFF_MATH_CORE constexpr T sech2_from(dd::exp_result<T> e) {
  const T s = pow2_normal<T>(e.k);
  const T eh = e.hi * s, el = e.lo * s;
  auto [dh, dl] = fast_two_sum(T(1), eh);
  dl += el;
  auto [ph, pl] = two_prod(dh, dh);  // (1 + E)^2
  return dd::div(4 * eh, 4 * el, ph, pl + 2 * dh * dl);
}

// e^-2|x| is above 2^-1018 (so sech2_impl never scales) for |x| < 350
// (double), 5500 (long double)
template <class T> constexpr T sech2_unscaled_below = std::same_as<T, long double> ? T(5500) : T(exp_m2abs_below_d);

// 4e^-2a < half the least subnormal: a > 373.3 (double), 5700.5 (long double)
template <class T> constexpr T sech2_zero_at = std::same_as<T, long double> ? T(5701) : T(374);

// double, |x| < 350, given E = e^-2|x| (exp_pair_d; exp_m2abs_d in the
// branch-free form): dd::quotient, sigmoid's short chains; (1 + E)^2 =
// (d + r)^2 with d its 26 leading bits, so d^2 is exact.
ACTDIFF_MATH_CORE constexpr double sech2_core_d(two<double> e) noexcept {
  const auto [eh, el] = e;
  const auto [dh, dl] = fast_two_sum(1.0, eh);
  const double d = leading_bits<26>(dh), r = (dh - d) + (dl + el);
  return dd::quotient(4 * eh, 4 * el, d * d, r * (2 * d + r));
}

template <class T> constexpr T sech2_impl(T x) {
  const T a = fabs(x);
  if constexpr (std::same_as<T, double>) {  // one test for the common case (NaN fails it)
    if (a < sech2_unscaled_below<T>) [[likely]] return sech2_core_d(exp_pair_d(-2 * a));
  }
  if (isnan(x)) return x;
  if (a >= sech2_zero_at<T>) return T(0);
  auto e = dd::exp_dd(-2 * a, T(0));
  if (e.k < fmt<T>::min_exp + 4)  // E < 2^-1018: (1 + E)^2 = 1 to the last bit
    return dd::scale(e.hi, e.lo, e.k + 2);
  return sech2_from(e);
}

// float: the same formula in double with E = e^-2x (either sign: E up to
// e^108, (1 + E)² up to e^216, both held by double) from float exp's wide
// core (~2^-38; exp_m2_f, shared with σ(2x), in the branch-free form),
// within 2^-14 ulp of correct rounding.
ACTDIFF_MATH_CORE constexpr float sech2_from_f(double e) { return static_cast<float>(4 * e / ((1 + e) * (1 + e))); }

constexpr float sech2_f(float x) {
  if (!(fabs(x) < exp_m2_below_f)) [[unlikely]] {  // one test for the common case (NaN fails it)
    if (isnan(x)) return x;
    return 0.0f;  // 4e^-108 < 2^-151
  }
  return sech2_from_f(exp_core_f_wide<-2>(x));
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

namespace branch_free {

// sech2(x)'s bits without a branch (fp.hpp); ok is cleared for double
// |x| in [350, 374), where sech2 scales its result into the subnormals.
template <float_or_double T>
ACTDIFF_BRANCH_FREE T sech2(T x, bool& ok) noexcept {
  if constexpr (std::same_as<T, float>) {
    (void)ok;  // always exact
    // compared in float: GCC 12 makes no vector mask of a double comparison
    // without SSE4.2 (x86-64's default target)
    const bool zero = fabs(x) >= detail::exp_m2_below_f;
    const float r = detail::sech2_from_f(detail::exp_m2_f(x));  // clamped inside
    return select(isnan(x), x, select(zero, 0.0f, r));
  } else {
    const double a = fabs(x);
    const bool mid = a < detail::sech2_unscaled_below<T>;
    const bool nan = isnan(x);
    ok &= mid | (a >= detail::sech2_zero_at<T>) | nan;
    const double r = detail::sech2_core_d(detail::exp_m2abs_d(x));  // clamped inside
    return select(nan, x, select(mid, r, 0.0));
  }
}

}  // namespace branch_free

}  // namespace actdiff::math

#endif  // ACTDIFF_MATH_SECH2_HPP
