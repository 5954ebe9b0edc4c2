// log(a), the natural logarithm; log(1) = 0 and log(exp(a)) = a.
#ifndef ACTDIFF_FUNCTIONS_LOG_HPP
#define ACTDIFF_FUNCTIONS_LOG_HPP

#include <cmath>
#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/log.hpp>
#include <actdiff/functions/exp.hpp>

namespace actdiff {

template <expression A>
constexpr auto log(A);

namespace detail {

struct log_op {
  static constexpr std::string_view name = "log";
  static constexpr std::string_view latex = "\\log";
  static constexpr int order = 12;

  // For eval's compensated arguments (core/compensated.hpp): f'(a) = 1/a.
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return math::div(T(1), a);
  }
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>)
      return math::log(a);
    else {
      using std::log;  // Boost.Multiprecision's own, found by ADL
      return log(a);
    }
  }
  // d/da log(a)
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return pow<-1>(a);
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::log(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto log(A) {
  if constexpr (std::is_same_v<A, rational<1>>)
    return rational<0>{};
  else if constexpr (detail::is_fn_of<A, detail::exp_op>)
    return []<class X>(fn<detail::exp_op, X>) { return X{}; }(A{});
  else
    return fn<detail::log_op, A>{};
}

}  // namespace actdiff

#endif
