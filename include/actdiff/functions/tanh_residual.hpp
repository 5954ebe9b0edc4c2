// tanh_residual(a) = a - tanh(a), a primitive: as written it cancels near 0
// (a - tanh(a) ≈ a³/3; at a = 2^-30 the subtraction leaves nothing), and
// its derivative 1 - sech²(a) cancels the same way. Here
//   a - tanh(a) = a·Q/(1 + Q),  tanh(a) = a/(1 + Q),  Q = a²/(3 + a²/(5 + ...))
// (Lambert's continued fraction, every term positive, so no cancellation),
// and the derivative is tanh²(a).
#ifndef ACTDIFF_FUNCTIONS_TANH_RESIDUAL_HPP
#define ACTDIFF_FUNCTIONS_TANH_RESIDUAL_HPP

#include <cmath>
#include <cstddef>
#include <limits>
#include <string_view>
#include <type_traits>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/functions/tanh.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/tanh.hpp>

namespace actdiff {

template <expression A>
constexpr auto tanh_residual(A);

namespace detail {

// a·Q/(1 + Q) with the continued fraction cut at depth n (the first omitted
// term is below a^(2n)/((2n+1)!!)², under 2^-70 for |a| <= 2 and n = 14).
template <class T>
constexpr T tanh_residual_cf(const T& a, int n) {
  const T a2 = a * a;
  T t = T(2 * n + 1);
  for (int k = n - 1; k >= 1; --k) t = T(2 * k + 1) + a2 / t;
  const T q = a2 / t;
  return a * q / (1 + q);
}

struct tanh_residual_op {
  static constexpr std::string_view name = "tanh_residual";
  static constexpr std::string_view latex = "\\operatorname{tanhres}";
  static constexpr int order = 16;

  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>) {
      // beyond 2 the subtraction loses under a bit (tanh(a)/(a - tanh(a)) < 1)
      if constexpr (std::is_same_v<T, float>) {
        return static_cast<float>(apply(static_cast<double>(a)));  // rounded once more: under 0.5001 ulp
      } else {
        // beyond 2 the subtraction loses under a bit (tanh(a)/(a - tanh(a)) < 1)
        if (!(math::fabs(a) <= T(2))) return math::isnan(a) ? a : math::sub(a, math::tanh(a));
        return tanh_residual_cf(a, std::numeric_limits<T>::digits > 53 ? 16 : 14);
      }
    } else {
      using std::abs;
      using std::tanh;
      if (!(abs(a) <= 1)) return T(a - tanh(a));
      // a^(2n)/((2n+1)!!)² < 10^-(digits + 10) for |a| <= 1
      int n = 4;
      double log10_den = 0;  // log10 of ((2n+1)!!)²
      for (int k = 1; k <= n; ++k) log10_den += 2 * std::log10(2.0 * k + 1);
      while (log10_den < std::numeric_limits<T>::digits10 + 10) {
        ++n;
        log10_den += 2 * std::log10(2.0 * n + 1);
      }
      return tanh_residual_cf(a, n);
    }
  }
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return tanh(a) * tanh(a);  // 1 - sech²(a), without the cancellation
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::tanh_residual(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto tanh_residual(A) {
  if constexpr (std::is_same_v<A, rational<0>>)
    return rational<0>{};
  else if constexpr (detail::is_negated<A>)
    return -actdiff::tanh_residual(-A{});
  else
    return fn<detail::tanh_residual_op, A>{};
}

}  // namespace actdiff

#endif
