// exp(a), with exp(0) = 1.
#ifndef ACTDIFF_FUNCTIONS_EXP_HPP
#define ACTDIFF_FUNCTIONS_EXP_HPP

#include <cmath>
#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/wide.hpp>

namespace actdiff {

template <expression A>
constexpr auto exp(A);

namespace detail {

struct exp_op {
  static constexpr std::string_view name = "exp";
  static constexpr std::string_view latex = "\\exp";
  static constexpr int order = 10;

  // For eval's compensated arguments (core/compensated.hpp): f'(a) = e^a, already computed.
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return fa;
  }
  // apply's bits without a branch, for the kernels (core/compensated.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T apply_branch_free(const T& a, bool& ok) {
    return math::branch_free::exp(a, ok);
  }
  // log2 of a bound above |f(a)|: e^a (kernels/branch_free_eval.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T log2_bound(T a) {
    constexpr T log2e = T(1.4426950408889634074);
    return a * log2e;
  }
  // and below (the same: e^a)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T log2_lower_bound(T a) {
    return log2_bound(a);
  }
  // For eval's products whose plain value leaves the range (math/wide.hpp):
  // exp(a.hi + a.lo) as m·2^e, given eval's value fa.
  template <class T>
    requires builtin_float<T>
  static constexpr math::wide<T> apply_wide(math::detail::two<T> a, const T& fa) {
    return math::exp_wide(a.hi, a.lo, fa);
  }
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>)
      return math::exp(a);
    else {
      using std::exp;  // Boost.Multiprecision's own, found by ADL
      return exp(a);
    }
  }
  // d/da exp(a)
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return actdiff::exp(a);
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::exp(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto exp(A) {
  if constexpr (std::is_same_v<A, rational<0>>)
    return rational<1>{};
  else
    return fn<detail::exp_op, A>{};
}

}  // namespace actdiff

#endif
