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
#include <actdiff/math/exp.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/log1p.hpp>

namespace actdiff {

template <expression... Zs>
constexpr auto logsumexp(Zs...);

namespace detail {

struct logsumexp_op {
  template <class T, class... Ts>
  static constexpr auto apply_parts(const T& z0, const Ts&... zs) {
    const T z[] = {z0, zs...};
    const shifted_sum<T> p = shift_and_sum(z);
    using kind = typename shifted_sum<T>::kind;
    if (p.what != kind::finite) return hi_lo<T>{p.m, T(0)};  // NaN, or ±inf (logsumexp = the max)
    return hi_lo<T>{p.m, p.log1p_s};
  }

  static constexpr std::string_view name = "logsumexp";
  static constexpr std::string_view latex = "\\operatorname{logsumexp}";
  static constexpr int order = 22;

  // Float from double: m + log1p(s) cancels where the largest input is
  // close to -log1p(s) (at z = (-8.6e27, -3.95e-20, -44.69) float was 16.8
  // ulp off), and the double sum keeps 29 more bits.
  template <class T, class... Ts>
  static constexpr T apply(const T& z0, const Ts&... zs) {
    if constexpr (std::same_as<T, float>) {
      return static_cast<float>(apply(static_cast<double>(z0), static_cast<double>(zs)...));
    } else {
      const auto r = apply_parts(z0, zs...);
      if constexpr (builtin_float<T>)
        return math::add(r.hi, r.lo);
      else
        return r.hi + r.lo;
    }
  }
  // As hi + lo (m + log1p(s), the max m exact), for eval's compensated
  // arguments: e^(z_i - logsumexp(z)) then keeps the digits m would lose.
  template <class T, class... Ts>
    requires builtin_float<T>
  static constexpr math::detail::two<T> apply_two(const T& z0, const Ts&... zs) {
    if constexpr (std::same_as<T, float>) {
      const auto d = apply_two(static_cast<double>(z0), static_cast<double>(zs)...);
      const double v = math::add(d.hi, d.lo);
      const float hi = static_cast<float>(v);
      if (!math::isfinite(hi)) return {hi, 0.0f};
      return {hi, static_cast<float>((v - static_cast<double>(hi)) + (d.hi - v) + d.lo)};
    } else {
      const auto r = apply_parts(z0, zs...);
      if (!math::isfinite(r.hi) || !math::isfinite(r.lo)) return {math::add(r.hi, r.lo), T(0)};
      return math::detail::two_sum(r.hi, r.lo);
    }
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
