// tanh(a), odd: tanh(-a) = -tanh(a). Its derivative is the stable sech².
#ifndef ACTDIFF_FUNCTIONS_TANH_HPP
#define ACTDIFF_FUNCTIONS_TANH_HPP

#include <cmath>
#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/tanh.hpp>
#include <actdiff/functions/sech2.hpp>

namespace actdiff {

template <expression A>
constexpr auto tanh(A);
template <expression A>
constexpr auto sech2(A);

namespace detail {

struct tanh_op {
  static constexpr std::string_view name = "tanh";
  static constexpr std::string_view latex = "\\tanh";
  static constexpr int order = 14;

  // For eval's compensated arguments (core/compensated.hpp): tanh'(a) = 1 - tanh²(a).
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return math::sub(T(1), math::mul(fa, fa));
  }
  // apply's bits without a branch, for the kernels (core/compensated.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T apply_branch_free(const T& a, bool& ok) {
    return math::branch_free::tanh(a, ok);
  }
  // For eval's wide products: tanh(a) = a·(1 - a²/3 + ...) is a to far below
  // an ulp for |a| < 2^-34, so there its wide form is its argument's
  // (tanh(softplus(x)) in mish at x = -107 in float: both underflow).
  static constexpr double identity_below = 0x1p-34;
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>)
      return math::tanh(a);
    else {
      using std::tanh;  // Boost.Multiprecision's own, found by ADL
      return tanh(a);
    }
  }
  // d/da tanh(a)
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return sech2(a);
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::tanh(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto tanh(A a) {
  if constexpr (std::is_same_v<A, rational<0>>)
    return rational<0>{};
  else if constexpr (detail::is_negated<A>)
    return -actdiff::tanh(-a);
  else
    return fn<detail::tanh_op, A>{};
}

}  // namespace actdiff

#endif
