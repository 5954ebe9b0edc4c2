// actdiff/math/softplus.hpp: constexpr softplus(x) = log(1 + e^x) and
// logsigmoid(x) = -softplus(-x) for float, double and long double, within
// 1 ULP (double, float; float is computed in double) and 2 ULP (long double),
// exact everywhere: no linear cut-off, no false 0 or inf.
//
// E = e^-|x| (or e^x for 0 < x <= 2) comes as a double word (detail/exp_dd.hpp)
// and log(1 + E) is taken of the double word 1 + E with log's own kernel
// (log.hpp), so the only rounding that counts is the last one:
//   x <= 0       softplus = log(1 + E)                      (tiny E: E itself,
//                                                            rounded once into the subnormals)
//   0 < x <= 2   softplus = log(1 + e^x)                    (no x + small sum to round twice)
//   x > 2        softplus = x + log(1 + E), log(1 + E) < x/15
//   x >= 40 (double), 46 (long double): x, since log(1 + E) < half an ulp of x.
#ifndef ACTDIFF_MATH_SOFTPLUS_HPP
#define ACTDIFF_MATH_SOFTPLUS_HPP

#include <concepts>
#include <limits>

#include <actdiff/math/detail/exp_dd.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/log.hpp>
#include <actdiff/math/log1p.hpp>

namespace actdiff::math {

namespace detail {

// log(1 + eh + el) for 0 <= eh < 8, |el| <= ulp(eh), with one final rounding:
// log1p's two paths (log.hpp's polynomial near 0, log's kernel of a double
// word s + t elsewhere), fed the low part too.
template <class T> ACTDIFF_MATH_CORE constexpr T log1p_dd_small(T eh, T el) {  // eh < 2^-8
  return eh + (el + eh * eh * horner2(log_poly<T>(), eh));
}
template <class T> ACTDIFF_MATH_CORE constexpr T log1p_dd_main(T eh, T el) {
  auto [s, t] = two_sum(T(1), eh);
  t += el;
  if constexpr (std::same_as<T, long double>) {
    const auto [m, e] = log_reduce_ld(s);
    return log_core(m, t * pow2<T>(-e), e);
  } else {
    const auto [m, e, k] = log_reduce_bits(s);
    return log_bits_core_d(m, t * pow2_normal<double>(-e), e, k);  // 1 <= s < 9
  }
}
template <class T> constexpr T log1p_dd(T eh, T el) {
  if (eh < T(0x1p-8)) return log1p_dd_small(eh, el);
  return log1p_dd_main(eh, el);
}

// e^-|x| (e^x for 0 < x <= 2) is above 2^-1018, so softplus_impl does not
// scale, for x > -700 (double), -11000 (long double)
template <class T> constexpr T softplus_unscaled_above = std::same_as<T, long double> ? T(-11000) : T(-700);

// softplus(x) = x from here: e^-46 < ulp(46)/2^5, e^-40 < ulp(40)/2^10
template <class T> constexpr T softplus_x_at = std::same_as<T, long double> ? T(46) : T(40);
// e^-x < half the least subnormal
template <class T> constexpr T softplus_zero_at = std::same_as<T, long double> ? T(11400) : T(746);

template <class T> constexpr T softplus_impl(T x) {
  if (isnan(x)) return x;
  if (x >= softplus_x_at<T>) return x;  // +inf too
  if (x <= -softplus_zero_at<T>) return T(0);
  const bool mid = x > 0 && x <= 2;
  auto e = dd::exp_dd(mid ? x : -fabs(x), T(0));
  if (e.k < fmt<T>::min_exp + 4)  // E < 2^-1018: log(1 + E) = E to the last bit
    return dd::scale(e.hi, e.lo, e.k);
  const T s = pow2_normal<T>(e.k);
  const T l = log1p_dd(e.hi * s, e.lo * s);
  return x > 2 ? x + l : l;
}

// float: max(x, 0) + log1p(e^-|x|) in double, a few ulps of double; log1p's
// and exp's paths chosen by comparisons of |x| in float (the kernels: GCC 12
// makes no vector mask of a double comparison at x86-64's default target).
// e^-a < 2^-8 (log1p's polynomial) exactly from a = 0x1.62e43p+2, the least
// float above 8 ln 2; from 104 on, e^-a is below half the least float
// subnormal, so that softplus is x or +0, as with the log term taken as 0.
inline constexpr float softplus_small_from_f = 0x1.62e43p+2f;
static_assert(exp_core_d(-static_cast<double>(softplus_small_from_f)) < 0x1p-8 &&
                  exp_core_d(-static_cast<double>(0x1.62e42ep+2f)) > 0x1p-8,
              "softplus_small_from_f is the least float a with e^-a < 2^-8");
inline constexpr float softplus_tail_f = 104.0f;

// log1p(e^-a) in double as log1p(exp(-a)) has it, for a float a = |x| in
// [0, 104), and 0 from 104 on (a not NaN). Not forced inline: eval's mish
// takes both softplus_f and softplus_two of one x, and GCC computes this
// once for both only as a call (mish in float 46.6 -> 34.9 ns).
constexpr double softplus_log_f(float a) noexcept {
  if (a >= softplus_tail_f) return 0;
  const double e = exp_core_d(-static_cast<double>(a));
  return a >= softplus_small_from_f ? log1p_small(e) : log1p_main<double, true>(e);
}
// the same with no branch, for the branch-free versions
ACTDIFF_MATH_CORE constexpr double softplus_log_f_selected(float a) noexcept {
  const bool tail = a >= softplus_tail_f, small = a >= softplus_small_from_f;
  const double e = exp_core_d(-static_cast<double>(branch_free::select(tail, 0.0f, a)));
  const double l = branch_free::select(small, log1p_small(branch_free::select(small, e, 0.0)),
                                       log1p_main<double, true>(branch_free::select(small, 1.0, e)));
  return branch_free::select(tail, 0.0, l);
}

constexpr float softplus_f(float x) {
  if (isnan(x) || x == std::numeric_limits<float>::infinity()) return x;
  const float a = fabs(x);
  const double xd = x, l = softplus_log_f(a);
  return static_cast<float>(branch_free::select_by_sign(x, l, xd + l));  // +0 + l = l
}

}  // namespace detail

// softplus(x) = log(1 + e^x): softplus(-inf) = 0, softplus(inf) = inf,
// softplus(-745) tiny but not 0 (double), NaN -> NaN.
template <ieee_float T> constexpr T softplus(T x) noexcept {
  if constexpr (std::same_as<T, float>)
    return detail::softplus_f(x);
  else
    return detail::softplus_impl(x);
}

namespace detail {
// softplus(x) as hi + lo, for eval's compensated arguments: sech²(softplus(x))
// (mish'') has condition 2·softplus(x), so rounding softplus(x) once cost 33
// ulp at x = 33 in double. For x > 2 the exact sum x + log1p(e^-x) of x and
// the rounded log term (which is below x/15: the error is about an ulp of it);
// float from its double value; elsewhere (x <= 2, inf, NaN) the value, lo = 0.
template <ieee_float T> constexpr two<T> softplus_two(T x) noexcept {
  if constexpr (std::same_as<T, float>) {
    // softplus_f's sum as one two_sum: hi is softplus_f(x)'s bits
    if (isnan(x) || x == std::numeric_limits<float>::infinity()) return {x, 0.0f};
    const float a = fabs(x);
    const double xd = x;
    const auto s = two_sum(branch_free::select_by_sign(x, 0.0, xd), softplus_log_f(a));
    const float hi = static_cast<float>(s.hi);
    return {hi, static_cast<float>((s.hi - static_cast<double>(hi)) + s.lo)};
  } else {
    if (!(x > T(2)) || !isfinite(x)) return {softplus(x), T(0)};
    return two_sum(x, log1p(exp(-x)));
  }
}
}  // namespace detail

// logsigmoid(x) = log(sigmoid(x)) = -softplus(-x): logsigmoid(-inf) = -inf,
// logsigmoid(inf) = -0.
template <ieee_float T> constexpr T logsigmoid(T x) noexcept {
  return -softplus(-x);
}

namespace branch_free {

// softplus(x)'s bits without a branch (fp.hpp); ok is cleared for double
// x in (-746, -700], where softplus scales its result into the subnormals
// (float: never).
template <float_or_double T>
ACTDIFF_BRANCH_FREE T softplus(T x, bool& ok) noexcept {
  constexpr T x_from = std::same_as<T, float> ? std::numeric_limits<float>::infinity() : detail::softplus_x_at<T>;
  const bool keep = isnan(x) | (x >= x_from);
  if constexpr (std::same_as<T, float>) {
    (void)ok;  // always exact
    const float a = fabs(x);
    const double xd = x, l = detail::softplus_log_f_selected(a);
    return select(keep, x, static_cast<float>(select(x > 0, xd + l, l)));
  } else {
    const bool mid = (x > detail::softplus_unscaled_above<T>) & (x < x_from);
    ok &= mid | keep | (x <= -detail::softplus_zero_at<T>);
    const double xm = select(mid, x, 0.0);
    const auto e = detail::dd::exp_dd(select((xm > 0) & (xm <= 2), xm, -fabs(xm)), 0.0);
    const double s = detail::pow2_normal<double>(e.k), eh = e.hi * s, el = e.lo * s;
    const bool small = eh < 0x1p-8;
    const double l = select(small, detail::log1p_dd_small(select(small, eh, 0.0), select(small, el, 0.0)),
                            detail::log1p_dd_main(select(small, 1.0, eh), select(small, 0.0, el)));
    return select(keep, x, select(mid, select(xm > 2, xm + l, l), 0.0));
  }
}

// detail::softplus_two's bits without a branch
template <float_or_double T>
ACTDIFF_BRANCH_FREE detail::two<T> softplus_two(T x, bool& ok) noexcept {
  if constexpr (std::same_as<T, float>) {
    // softplus(x, ok)'s sum as one two_sum, as in detail::softplus_two
    (void)ok;  // always exact
    constexpr float inf = std::numeric_limits<float>::infinity();
    const bool keep = isnan(x) | (x == inf);
    const float xk = select(keep, 0.0f, x), a = fabs(xk);
    const auto s = detail::two_sum(select(xk > 0, static_cast<double>(xk), 0.0),
                                   detail::softplus_log_f_selected(a));
    const float hi = static_cast<float>(s.hi);
    return {select(keep, x, hi), select(keep, 0.0f, static_cast<float>((s.hi - static_cast<double>(hi)) + s.lo))};
  } else {
    const T hi = softplus(x, ok);
    const bool tail = (x > T(2)) & isfinite(x);
    const T xt = select(tail, x, T(3));  // keeps exp and log1p on their plain paths
    const auto s = detail::two_sum(xt, log1p(exp(-xt, ok), ok));
    return {select(tail, s.hi, hi), select(tail, s.lo, T(0))};
  }
}

}  // namespace branch_free

}  // namespace actdiff::math

#endif  // ACTDIFF_MATH_SOFTPLUS_HPP
