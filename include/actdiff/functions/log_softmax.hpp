// log_softmax<i>(z0, ..., zn-1) = z_i - logsumexp(z), an n-ary primitive.
//
// Why a primitive: written as z_i - logsumexp(z) it cancels (z = (1000, 0)
// gives 0 for -e^-1000), and e^(z_i - logsumexp(z)) carries logsumexp's
// rounding times |z_i - logsumexp(z)|. With m = max z (the first maximal
// input k) and s = Σ_{j≠k} e^(z_j - m), here
//   log_softmax_i = (z_i - m) - log1p(s),
// two terms of the same sign (z_i - m exact as hi + lo), and its partials are
//   ∂/∂z_i = 1 - softmax_i   (softmax_complement_i, without the cancellation)
//   ∂/∂z_j = -softmax_j      (j ≠ i),
// members of the softmax family (functions/softmax.hpp), whose partials are
// products of its members again.
//
// Infinite inputs: when the largest input is ±inf, the components equal to it
// share the mass equally (log_softmax = -log(count)) and the others get -inf;
// in particular all -inf gives the uniform -log(n), the limit along equal
// inputs, so gradients stay finite. NaN in, NaN out.
#ifndef ACTDIFF_FUNCTIONS_LOG_SOFTMAX_HPP
#define ACTDIFF_FUNCTIONS_LOG_SOFTMAX_HPP

#include <cmath>
#include <cstddef>
#include <limits>
#include <string_view>
#include <utility>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/fixed_string.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/named.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/functions/exp.hpp>
#include <actdiff/functions/softmax.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/logsumexp.hpp>

namespace actdiff {

namespace detail {

// A value as an unevaluated sum hi + lo, for any number type (two<T> is for
// the built-in ones only).
template <class T>
struct hi_lo {
  T hi, lo;
};

using math::shift_and_sum;
using math::shifted_sum;

// softmax_i, a named function (printed by name) whose definition is the
// primitive (functions/softmax.hpp); here because log_softmax's partial
// derivatives are softmax components.
template <std::size_t I>
struct softmax_def {
  static constexpr std::string_view name = indexed_name<"softmax", I>.view();
  static constexpr std::string_view latex = indexed_latex<"\\operatorname{softmax}", I>.view();
  static constexpr auto definition(auto... z) { return softmax_primitive<I>(z...); }
};

template <std::size_t I>
struct log_softmax_op {
  static constexpr std::string_view name = indexed_name<"log_softmax", I>.view();
  static constexpr std::string_view latex = indexed_latex<"\\log\\operatorname{softmax}", I>.view();
  static constexpr int order = 23;

  template <class T, class... Ts>
  static constexpr auto two_value(const T& z0, const Ts&... zs) {
    const T z[] = {z0, zs...};
    static_assert(I < sizeof...(Ts) + 1, "actdiff::log_softmax<i>: i < the number of inputs");
    const shifted_sum<T> p = shift_and_sum(z);
    using kind = typename shifted_sum<T>::kind;
    using result = hi_lo<T>;
    if (p.what == kind::nan) return result{p.m, T(0)};
    if (p.what == kind::infinite) {
      if (z[I] == p.m) return result{T(T(0) - p.log1p_s), T(0)};
      return result{-std::numeric_limits<T>::infinity(), T(0)};
    }
    if constexpr (builtin_float<T>) {
      if (I == p.k) return result{math::sub(T(0), p.log1p_s), -p.log1p_s_lo};
      const T dh = math::sub(z[I], p.m);
      if (!math::isfinite(dh)) return result{dh, T(0)};
      auto [h, l] = math::detail::two_sum(z[I], -p.m);
      auto [h2, l2] = math::detail::two_sum(h, -p.log1p_s);
      auto [h3, l3] = math::detail::fast_two_sum(h2, (l2 + l) - p.log1p_s_lo);
      return result{h3, l3};
    } else {
      return result{T((z[I] - p.m) - p.log1p_s), T(0)};
    }
  }

  template <class T, class... Ts>
  static constexpr T apply(const T& z0, const Ts&... zs) {
    const auto r = two_value(z0, zs...);
    if constexpr (builtin_float<T>)
      return math::add(r.hi, r.lo);
    else
      return r.hi;
  }
  // As hi + lo, for eval's compensated arguments: e^(log_softmax_i) is softmax_i.
  template <class T, class... Ts>
    requires builtin_float<T>
  static constexpr math::detail::two<T> apply_two(const T& z0, const Ts&... zs) {
    const auto r = two_value(z0, zs...);
    return {r.hi, r.lo};
  }

  // ∂/∂z_i = 1 - softmax_i (as its own function, without the cancellation),
  // ∂/∂z_j = -softmax_j
  template <std::size_t J, class... Zs>
  static constexpr auto partial(Zs...) {
    if constexpr (J == I)
      return fn<softmax_complement_op<I>, Zs...>{};
    else
      return -fn<softmax_op<J>, Zs...>{};
  }
  template <class... Zs>
  static constexpr auto make(Zs...) {
    return fn<log_softmax_op<I>, Zs...>{};
  }
};

}  // namespace detail

// The primitive itself; activations/multi_input.hpp names it for the catalog.
template <std::size_t I, expression... Zs>
constexpr auto log_softmax_primitive(Zs...) {
  static_assert(sizeof...(Zs) >= 1, "actdiff::log_softmax needs at least one input");
  static_assert(I < sizeof...(Zs), "actdiff::log_softmax<i>(z...) needs i < the number of inputs");
  return fn<detail::log_softmax_op<I>, Zs...>{};
}

}  // namespace actdiff

#endif
