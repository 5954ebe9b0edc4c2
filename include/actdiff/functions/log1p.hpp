// log1p(a) = log(1 + a), exact near 0; log1p(expm1(a)) = a.
#ifndef ACTDIFF_FUNCTIONS_LOG1P_HPP
#define ACTDIFF_FUNCTIONS_LOG1P_HPP

#include <cmath>
#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/log1p.hpp>
#include <actdiff/functions/expm1.hpp>

namespace actdiff {

template <expression A>
constexpr auto log1p(A);

namespace detail {

struct log1p_op {
  static constexpr std::string_view name = "log1p";
  static constexpr std::string_view latex = "\\operatorname{log1p}";
  static constexpr int order = 13;

  // For eval's compensated arguments (core/compensated.hpp): f'(a) = 1/(1 + a).
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return math::div(T(1), math::add(T(1), a));
  }
  // apply's bits without a branch, for the kernels (core/compensated.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T apply_branch_free(const T& a, bool& ok) {
    return math::branch_free::log1p(a, ok);
  }
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>)
      return math::log1p(a);
    else {
      using std::log1p;  // Boost.Multiprecision's own, found by ADL
      return log1p(a);
    }
  }
  // d/da log1p(a)
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return pow<-1>(rational<1>{} + a);
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::log1p(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto log1p(A) {
  if constexpr (std::is_same_v<A, rational<0>>)
    return rational<0>{};
  else if constexpr (detail::is_fn_of<A, detail::expm1_op>)
    return []<class X>(fn<detail::expm1_op, X>) { return X{}; }(A{});
  else
    return fn<detail::log1p_op, A>{};
}

}  // namespace actdiff

#endif
