// erfc(a) = 1 - erf(a), accurate where erf is close to 1.
#ifndef ACTDIFF_FUNCTIONS_ERFC_HPP
#define ACTDIFF_FUNCTIONS_ERFC_HPP

#include <cmath>
#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/constants.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/erf.hpp>
#include <actdiff/math/wide.hpp>
#include <actdiff/functions/exp.hpp>

namespace actdiff {

template <expression A>
constexpr auto erfc(A);

namespace detail {

struct erfc_op {
  static constexpr std::string_view name = "erfc";
  static constexpr std::string_view latex = "\\operatorname{erfc}";
  static constexpr int order = 17;

  // For eval's compensated arguments (core/compensated.hpp): erfc'(a) = -(2/√π)·e^(-a²).
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return -math::mul(two_over_sqrt_pi_tag::value<T>(), math::exp(-math::mul(a, a)));
  }
  // apply's bits without a branch, for the kernels (core/compensated.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T apply_branch_free(const T& a, bool& ok) {
    return math::branch_free::erfc(a, ok);
  }
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T slope_branch_free(const T& a, const T& fa, bool& ok) {
    (void)fa;
    return -math::mul(two_over_sqrt_pi_tag::value<T>(), math::branch_free::exp(-math::mul(a, a), ok));
  }
  // log2 of a bound above |f(a)|: erfc(a) <= e^(-a²) for a >= 0, and < 2 (kernels/branch_free_eval.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T log2_bound(T a) {
    constexpr T log2e = T(1.4426950408889634074);
    return math::branch_free::select(a >= 0, -(a * a) * log2e, T(1));
  }
  // For eval's products whose plain value leaves the range (math/wide.hpp):
  // erfc(a.hi + a.lo) as m·2^e, given eval's value fa.
  template <class T>
    requires builtin_float<T>
  static constexpr math::wide<T> apply_wide(math::detail::two<T> a, const T& fa) {
    return math::erfc_wide(a.hi, a.lo, fa);
  }
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>)
      return math::erfc(a);
    else {
      using std::erfc;  // Boost.Multiprecision's own, found by ADL
      return erfc(a);
    }
  }
  // d/da erfc(a)
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return -two_over_sqrt_pi * exp(-pow<2>(a));
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::erfc(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto erfc(A) {
  if constexpr (std::is_same_v<A, rational<0>>)
    return rational<1>{};
  else
    return fn<detail::erfc_op, A>{};
}

}  // namespace actdiff

#endif
