// softplus(a) = log(1 + e^a), exact everywhere (no linear cut-off); a
// primitive whose derivative is σ(a).
#ifndef ACTDIFF_FUNCTIONS_SOFTPLUS_HPP
#define ACTDIFF_FUNCTIONS_SOFTPLUS_HPP

#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/functions/sigmoid.hpp>
#include <actdiff/math/sigmoid.hpp>
#include <actdiff/math/softplus.hpp>
#include <actdiff/math/wide.hpp>

namespace actdiff {

template <expression A>
constexpr auto softplus(A);

namespace detail {

struct softplus_op {
  static constexpr std::string_view name = "softplus";
  static constexpr std::string_view latex = "\\operatorname{softplus}";
  static constexpr int order = 21;

  // For eval's compensated arguments (core/compensated.hpp): softplus'(a) = σ(a).
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return math::sigmoid(a);
  }
  // apply's bits without a branch, for the kernels (core/compensated.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T apply_branch_free(const T& a, bool& ok) {
    return math::branch_free::softplus(a, ok);
  }
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T slope_branch_free(const T& a, const T& fa, bool& ok) {
    (void)fa;
    return math::branch_free::sigmoid(a, ok);
  }
  // As hi + lo (math::detail::softplus_two), for eval's compensated
  // arguments and sums: sech²(softplus(x)) in mish'' keeps the digits that
  // rounding softplus(x) would cost (its condition is 2·softplus(x)).
  template <class T>
    requires builtin_float<T>
  static constexpr math::detail::two<T> apply_two(const T& a) {
    return math::detail::softplus_two(a);
  }
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static math::detail::two<T> apply_two_branch_free(const T& a, bool& ok) {
    return math::branch_free::softplus_two(a, ok);
  }
  // log2 of a bound above |f(a)|: log(1 + e^a) < e^a (kernels/branch_free_eval.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T log2_bound(T a) {
    constexpr T log2e = T(1.4426950408889634074);
    return a * log2e;
  }
  // For eval's wide products (math/wide.hpp): where softplus(a) is not
  // normal, a < 0 and softplus(a) = log1p(e^a) = e^a to far below an ulp.
  template <class T>
    requires builtin_float<T>
  static constexpr math::wide<T> apply_wide(math::detail::two<T> a, const T& fa) {
    return math::isnormal(fa) || !(a.hi < 0) ? math::to_wide<T>(fa) : math::exp_wide(a.hi, a.lo, T(0));
  }
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>) {
      return math::softplus(a);
    } else {
      using std::exp;
      using std::log1p;
      return a > 0 ? T(a + log1p(exp(-a))) : T(log1p(exp(a)));
    }
  }
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return sigmoid(a);
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::softplus(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto softplus(A) {
  return fn<detail::softplus_op, A>{};
}

}  // namespace actdiff

#endif
