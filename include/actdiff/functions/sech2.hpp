// sech²(a) = 1/cosh²(a) = tanh'(a), even; accurate in the tails where 1 - tanh² is 0.
#ifndef ACTDIFF_FUNCTIONS_SECH2_HPP
#define ACTDIFF_FUNCTIONS_SECH2_HPP

#include <cmath>
#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/tanh.hpp>
#include <actdiff/math/sech2.hpp>
#include <actdiff/math/wide.hpp>
#include <actdiff/functions/tanh.hpp>

namespace actdiff {

template <expression A>
constexpr auto sech2(A);
template <expression A>
constexpr auto tanh(A);

namespace detail {

struct sech2_op {
  static constexpr std::string_view name = "sech2";
  static constexpr std::string_view latex = "\\operatorname{sech}^2";
  static constexpr int order = 15;

  // For eval's compensated arguments (core/compensated.hpp): sech²'(a) = -2·tanh(a)·sech²(a).
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return math::mul(T(-2), math::mul(math::tanh(a), fa));
  }
  // apply's bits without a branch, for the kernels (core/compensated.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T apply_branch_free(const T& a, bool& ok) {
    return math::branch_free::sech2(a, ok);
  }
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T slope_branch_free(const T& a, const T& fa, bool& ok) {
    return math::mul(T(-2), math::mul(math::branch_free::tanh(a, ok), fa));
  }
  // log2 of a bound above |f(a)|: sech²(a) < 4e^(-2|a|) (kernels/branch_free_eval.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T log2_bound(T a) {
    constexpr T log2e = T(1.4426950408889634074);
    return 2 - 2 * math::fabs(a) * log2e;
  }
  // and below: sech²(a) >= e^(-2|a|)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T log2_lower_bound(T a) {
    constexpr T log2e = T(1.4426950408889634074);
    return -2 * math::fabs(a) * log2e;
  }
  // For eval's products whose plain value leaves the range (math/wide.hpp):
  // sech2(a.hi + a.lo) as m·2^e, given eval's value fa.
  template <class T>
    requires builtin_float<T>
  static constexpr math::wide<T> apply_wide(math::detail::two<T> a, const T& fa) {
    return math::sech2_wide(a.hi, a.lo, fa);
  }
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>)
      return math::sech2(a);
    else {
      using std::cosh;  // Boost.Multiprecision's own, found by ADL
      T c = cosh(a);
      return T(1) / (c * c);
    }
  }
  // d/da sech2(a)
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return rational<-2>{} * tanh(a) * sech2(a);
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::sech2(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto sech2(A a) {
  if constexpr (std::is_same_v<A, rational<0>>)
    return rational<1>{};
  else if constexpr (detail::is_negated<A>)
    return actdiff::sech2(-a);
  else
    return fn<detail::sech2_op, A>{};
}

}  // namespace actdiff

#endif
