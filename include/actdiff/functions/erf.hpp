// erf(a), odd: erf(-a) = -erf(a).
#ifndef ACTDIFF_FUNCTIONS_ERF_HPP
#define ACTDIFF_FUNCTIONS_ERF_HPP

#include <cmath>
#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/constants.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/erf.hpp>
#include <actdiff/functions/exp.hpp>

namespace actdiff {

template <expression A>
constexpr auto erf(A);

namespace detail {

struct erf_op {
  static constexpr std::string_view name = "erf";
  static constexpr std::string_view latex = "\\operatorname{erf}";
  static constexpr int order = 16;

  // For eval's compensated arguments (core/compensated.hpp): erf'(a) = (2/√π)·e^(-a²).
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return math::mul(two_over_sqrt_pi_tag::value<T>(), math::exp(-math::mul(a, a)));
  }
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>)
      return math::erf(a);
    else {
      using std::erf;  // Boost.Multiprecision's own, found by ADL
      return erf(a);
    }
  }
  // d/da erf(a)
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return two_over_sqrt_pi * exp(-pow<2>(a));
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::erf(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto erf(A a) {
  if constexpr (std::is_same_v<A, rational<0>>)
    return rational<0>{};
  else if constexpr (detail::is_negated<A>)
    return -actdiff::erf(-a);
  else
    return fn<detail::erf_op, A>{};
}

}  // namespace actdiff

#endif
