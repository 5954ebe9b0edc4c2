// actdiff/math/sigmoid.hpp: constexpr logistic sigmoid 1/(1 + e^-x) for float,
// double and long double, within 1 ULP (double, float; float is computed in
// double) and 2 ULP (long double), with no false 0 or 1.
//
// With E = e^-|x| carried as a double word, sigmoid(x) = 1/(1 + E) for x >= 0
// and E/(1 + E) for x < 0: no cancellation, and one rounding in all. For
// x < 0 the result follows E down into the subnormals (sigmoid(-740) =
// 4.2e-322 in double) and is rounded once there; it is 0 only where the true
// value is below half the least subnormal (x < -745.13 in double).
#ifndef ACTDIFF_MATH_SIGMOID_HPP
#define ACTDIFF_MATH_SIGMOID_HPP

#include <concepts>

#include <actdiff/math/detail/exp_dd.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/fp.hpp>

namespace actdiff::math {

namespace detail {

// 1/(1 + E) or E/(1 + E), E = e^-|x| = e (e.k >= min_exp + 4)
template <class T> ACTDIFF_MATH_CORE constexpr T sigmoid_from(T x, dd::exp_result<T> e) {
  const T s = pow2_normal<T>(e.k);
  const T eh = e.hi * s, el = e.lo * s;
  auto [dh, dl] = fast_two_sum(T(1), eh);
  const bool neg = x < 0;
  return dd::div(neg ? eh : T(1), neg ? el : T(0), dh, dl + el);
}

// double, |x| < 700, given E = e^-|x| from exp_pair_d (relative error
// ~2^-59; the branch-free σ by way of exp_m2abs_d, which sech² shares): the
// quotient by dd::quotient, whose chains are shorter than exp_dd's and
// dd::div's. Max 0.5053 ulp over 10^6 points (bench/math math_sweep).
ACTDIFF_MATH_CORE constexpr double sigmoid_core_d(double x, two<double> e) noexcept {
  const auto [eh, el] = e;
  const auto [dh, dl] = fast_two_sum(1.0, eh);
  const bool neg = x < 0;
  return dd::quotient(branch_free::select(neg, eh, 1.0), branch_free::select(neg, el, 0.0), dh, dl + el);
}

// e^-|x| is above 2^-1018 (so sigmoid_impl never scales) for |x| < 700
// (double), 11000 (long double)
template <class T> constexpr T sigmoid_unscaled_below = std::same_as<T, long double> ? T(11000) : T(700);

// 1 once E < half an ulp of 1; 0 once E < half the least subnormal
template <class T> constexpr T sigmoid_one_at = std::same_as<T, long double> ? T(46) : T(40);  // e^-46 < 2^-65, e^-40 < 2^-54
// e^-11400 < 2^-16446, e^-746 < 2^-1075
template <class T> constexpr T sigmoid_zero_at = std::same_as<T, long double> ? T(11400) : T(746);

template <class T> constexpr T sigmoid_impl(T x) {
  if constexpr (std::same_as<T, double>) {  // the common case first (NaN fails it)
    const double a = fabs(x);
    if (a < sigmoid_unscaled_below<T> && x < sigmoid_one_at<T>) [[likely]] return sigmoid_core_d(x, exp_pair_d(-a));
  }
  if (isnan(x)) return x;
  // 1 once E < half an ulp of 1; 0 once E < half the least subnormal
  if (x >= sigmoid_one_at<T>) return T(1);
  if (x <= -sigmoid_zero_at<T>) return T(0);
  auto e = dd::exp_dd(-fabs(x), T(0));
  if (e.k < fmt<T>::min_exp + 4)  // E < 2^-1018: sigmoid(x) = E (1 - E) = E to the last bit
    return dd::scale(e.hi, e.lo, e.k);
  return sigmoid_from(x, e);
}

// float: in double, 1/(1 + E) with E = e^-x from float exp's core, not
// rounded (relative error about 2^-38, E up to e^160: double holds it), then
// rounded once to float. No |x| and no choice of numerator by sign: exp f's
// cost and a division (σ f 2.91 -> 2.26 ns a call). Beyond exp's core range
// (|x| = 160) σ is 0 or 1 in float, as it is from 104 on.
constexpr float sigmoid_f(float x) {
  if (!(fabs(x) <= exp_core_f_wide_max)) [[unlikely]] {  // one test for the common case (NaN fails it)
    if (isnan(x)) return x;
    return x < 0 ? 0.0f : 1.0f;
  }
  return static_cast<float>(1.0 / (1.0 + exp_core_f_wide<-1>(x)));
}

}  // namespace detail

// The logistic function: sigmoid(-inf) = 0, sigmoid(inf) = 1, NaN -> NaN.
template <ieee_float T> constexpr T sigmoid(T x) noexcept {
  if constexpr (std::same_as<T, float>)
    return detail::sigmoid_f(x);
  else
    return detail::sigmoid_impl(x);
}

namespace branch_free {

// sigmoid(x)'s bits without a branch (fp.hpp); ok is cleared for double
// x in (-746, -700], where sigmoid scales its result into the subnormals.
template <float_or_double T>
ACTDIFF_BRANCH_FREE T sigmoid(T x, bool& ok) noexcept {
  if constexpr (std::same_as<T, float>) {
    // e^-x as sech²(x/2)'s (exp.hpp; x/2 exact but for subnormals, where
    // both E are 1), 1 from |x| = 108 on, where σ is 0 or 1 in float
    const bool in = fabs(x) < 2 * detail::exp_m2_below_f;
    const float r = static_cast<float>(1.0 / (1.0 + detail::exp_m2_f(x * 0.5f)));
    return select(isnan(x), x, select(in, r, select(x < 0, 0.0f, 1.0f)));
  } else {
    const bool mid = fabs(x) < detail::sigmoid_unscaled_below<T>;
    const bool nan = isnan(x);
    const bool one = x >= detail::sigmoid_one_at<T>;
    ok &= mid | one | (x <= -detail::sigmoid_zero_at<T>) | nan;
    const double r = detail::sigmoid_core_d(x, detail::exp_m2abs_d(x * 0.5));  // e^-|x| as sech²(x/2)'s, clamped
    // sigmoid_impl's ends: 1 from 40, 0 from -746
    return select(mid & !one, r, select(nan, x, select(x > 0, 1.0, 0.0)));
  }
}

}  // namespace branch_free

}  // namespace actdiff::math

#endif  // ACTDIFF_MATH_SIGMOID_HPP
