// expm1(a) = e^a - 1, exact near 0 where e^a - 1 cancels.
#ifndef ACTDIFF_FUNCTIONS_EXPM1_HPP
#define ACTDIFF_FUNCTIONS_EXPM1_HPP

#include <cmath>
#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/expm1.hpp>
#include <actdiff/functions/exp.hpp>

namespace actdiff {

template <expression A>
constexpr auto expm1(A);

namespace detail {

struct expm1_op {
  static constexpr std::string_view name = "expm1";
  static constexpr std::string_view latex = "\\operatorname{expm1}";
  static constexpr int order = 11;

  // For eval's compensated arguments (core/compensated.hpp): f'(a) = e^a = f(a) + 1.
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return math::add(fa, T(1));
  }
  // apply's bits without a branch, for the kernels (core/compensated.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T apply_branch_free(const T& a, bool& ok) {
    return math::branch_free::expm1(a, ok);
  }
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>)
      return math::expm1(a);
    else {
      using std::expm1;  // Boost.Multiprecision's own, found by ADL
      return expm1(a);
    }
  }
  // d/da expm1(a)
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return exp(a);
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::expm1(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto expm1(A) {
  if constexpr (std::is_same_v<A, rational<0>>)
    return rational<0>{};
  else
    return fn<detail::expm1_op, A>{};
}

}  // namespace actdiff

#endif
