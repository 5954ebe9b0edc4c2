// tanh_residual(a) = a - tanh(a), a primitive: as written it cancels near 0
// (a - tanh(a) ≈ a³/3; at a = 2^-30 the subtraction leaves nothing), and
// its derivative 1 - sech²(a) cancels the same way. The value comes from
// math/tanh_residual.hpp (a continued fraction), the derivative is tanh²(a).
#ifndef ACTDIFF_FUNCTIONS_TANH_RESIDUAL_HPP
#define ACTDIFF_FUNCTIONS_TANH_RESIDUAL_HPP

#include <cstddef>
#include <limits>
#include <string_view>
#include <type_traits>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/functions/tanh.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/tanh_residual.hpp>

namespace actdiff {

template <expression A>
constexpr auto tanh_residual(A);

namespace detail {

struct tanh_residual_op {
  static constexpr std::string_view name = "tanh_residual";
  static constexpr std::string_view latex = "\\operatorname{tanhres}";
  static constexpr int order = 16;

  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>) {
      return math::tanh_residual(a);
    } else {
      using std::abs;
      using std::tanh;
      if (!(abs(a) <= 1)) return T(a - tanh(a));  // loses under 2 bits of the type's many
      constexpr int depth = math::detail::tanh_residual_depth(std::numeric_limits<T>::digits10);
      return math::detail::tanh_residual_cf(a, depth);
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
