// logsumexp(z1, ..., zn) = log Σ e^(zj), evaluated with the max shift; an
// n-ary primitive whose partial derivatives are the softmax components.
#ifndef ACTDIFF_FUNCTIONS_LOGSUMEXP_HPP
#define ACTDIFF_FUNCTIONS_LOGSUMEXP_HPP

#include <cstddef>
#include <limits>
#include <concepts>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/functions/exp.hpp>
#include <actdiff/functions/log_softmax.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/logsumexp.hpp>

namespace actdiff {

template <expression... Zs>
constexpr auto logsumexp(Zs...);

namespace detail {

struct logsumexp_op {
  static constexpr std::string_view name = "logsumexp";
  static constexpr std::string_view latex = "\\operatorname{logsumexp}";
  static constexpr int order = 22;

  // m + log1p(s) (math/logsumexp.hpp): for the built-in types rounded once
  // from a double word, since the two cancel near logsumexp's root Σ e^z = 1
  template <class T, class... Ts>
  static constexpr T apply(const T& z0, const Ts&... zs) {
    const T z[] = {z0, zs...};
    if constexpr (builtin_float<T>) {
      return math::logsumexp(z);
    } else {
      const math::shifted_sum<T> p = math::shift_and_sum(z);
      if (p.what != math::shifted_sum<T>::kind::finite) return p.m;  // NaN, or ±inf (logsumexp = the max)
      return T(p.m + p.log1p_s);
    }
  }
  // As hi + lo, for eval's compensated arguments: e^(z_i - logsumexp(z))
  // then keeps the digits m would lose.
  template <class T, class... Ts>
    requires builtin_float<T>
  static constexpr math::detail::two<T> apply_two(const T& z0, const Ts&... zs) {
    const T z[] = {z0, zs...};
    return math::logsumexp_two(z);
  }
  // ∂/∂z_i = softmax_i(z), the primitive (functions/softmax.hpp)
  template <std::size_t I, class... Zs>
  static constexpr auto partial(Zs... zs) {
    return softmax_node<I>(zs...);
  }
  template <class... Zs>
  static constexpr auto make(Zs... zs) {
    return actdiff::logsumexp(zs...);
  }
};

}  // namespace detail

template <expression... Zs>
constexpr auto logsumexp(Zs...) {
  static_assert(sizeof...(Zs) >= 1, "actdiff::logsumexp needs at least one argument");
  return fn<detail::logsumexp_op, Zs...>{};
}

}  // namespace actdiff

#endif
