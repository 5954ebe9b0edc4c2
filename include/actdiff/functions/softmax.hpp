// softmax_i(z0, ..., zn-1) and the pieces of its Jacobian, n-ary primitives:
//   softmax_i                 s_i = e^(z_i)/Σ e^(z_j)
//   softmax_complement_i      c_i = 1 - s_i
//   softmax_gap_i             g_i = 1 - 2 s_i
//   softmax_jacobian_i_j      J_ij = ∂s_i/∂z_j = s_i (δ_ij - s_j), i <= j
//
// Why primitives: written as products the Jacobian's own partials come out of
// the product rule as sums that cancel. ∂(s_i c_i)/∂z_i = s_i c_i (c_i - s_i),
// and c_i - s_i is lost where two inputs are equal and the others far below
// (s_i and c_i round to the same value while their difference is 1e-12).
// Here every partial of the family is a product of its members:
//   ∂s_i/∂z_l = J_il            ∂c_i/∂z_l = -J_il          ∂g_i/∂z_l = -2 J_il
//   ∂J_ii/∂z_i = s_i c_i g_i    ∂J_ii/∂z_l = -s_i s_l g_i        (l ≠ i)
//   ∂J_ij/∂z_i = -s_i s_j g_i   ∂J_ij/∂z_j = -s_i s_j g_j   ∂J_ij/∂z_l = 2 s_i s_j s_l
// and each member is evaluated from the inputs with one rounding
// (math/softmax.hpp), g_i without the cancellation.
#ifndef ACTDIFF_FUNCTIONS_SOFTMAX_HPP
#define ACTDIFF_FUNCTIONS_SOFTMAX_HPP

#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/fixed_string.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/rational.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/math/softmax.hpp>
#include <actdiff/math/wide.hpp>

namespace actdiff {

namespace detail {

// "softmax_0", "\\operatorname{softmax}_{0}": the component is part of the name.
template <fixed_string Base, fixed_string Open, fixed_string Close, std::size_t I>
constexpr auto make_indexed_name() {
  constexpr std::size_t digits = I < 10 ? 1 : 2;
  fixed_string<Base.size() + Open.size() + digits + Close.size()> s;
  std::size_t k = 0;
  for (char c : Base.view()) s.data[k++] = c;
  for (char c : Open.view()) s.data[k++] = c;
  if constexpr (I >= 10) s.data[k++] = static_cast<char>('0' + I / 10);
  s.data[k++] = static_cast<char>('0' + I % 10);
  for (char c : Close.view()) s.data[k++] = c;
  return s;
}
template <fixed_string Base, std::size_t I>
inline constexpr auto indexed_name = make_indexed_name<Base, "_", "", I>();
template <fixed_string Base, std::size_t I>
inline constexpr auto indexed_latex = make_indexed_name<Base, "_{", "}", I>();

using math::softmax_part;

// One op for the four members, P says which (math/softmax.hpp); i <= j for
// J_ij, which is symmetric.
template <softmax_part P, std::size_t I, std::size_t J = I>
struct softmax_member_op;

template <std::size_t I>
using softmax_op = softmax_member_op<softmax_part::value, I>;
template <std::size_t I>
using softmax_complement_op = softmax_member_op<softmax_part::complement, I>;
template <std::size_t I>
using softmax_gap_op = softmax_member_op<softmax_part::gap, I>;
template <std::size_t I, std::size_t J>
using softmax_jacobian_op = softmax_member_op<softmax_part::jacobian, I, J>;

template <std::size_t I, class... Zs>
constexpr auto softmax_node(Zs...) {
  return fn<softmax_op<I>, Zs...>{};
}
template <std::size_t I, class... Zs>
constexpr auto softmax_gap_node(Zs...) {
  return fn<softmax_gap_op<I>, Zs...>{};
}
// J_ij = J_ji: one node for both
template <std::size_t I, std::size_t J, class... Zs>
constexpr auto softmax_jacobian_node(Zs...) {
  return fn<softmax_jacobian_op<(I < J ? I : J), (I < J ? J : I)>, Zs...>{};
}

template <std::size_t I, std::size_t J>
inline constexpr auto jacobian_latex =
    make_indexed_name<make_indexed_name<"J^{\\operatorname{softmax}}", "_{", "", I>(), ",", "}", J>();

template <softmax_part P, std::size_t I, std::size_t J>
constexpr std::string_view member_name(bool latex) {
  if constexpr (P == softmax_part::value)
    return latex ? indexed_latex<"\\operatorname{softmax}", I>.view() : indexed_name<"softmax", I>.view();
  else if constexpr (P == softmax_part::complement)
    return latex ? indexed_latex<"\\overline{\\operatorname{softmax}}", I>.view()
                 : indexed_name<"softmax_complement", I>.view();
  else if constexpr (P == softmax_part::gap)
    return latex ? indexed_latex<"\\operatorname{softmax\\_gap}", I>.view() : indexed_name<"softmax_gap", I>.view();
  else
    return latex ? jacobian_latex<I, J>.view() : indexed_name<indexed_name<"softmax_jacobian", I>, J>.view();
}

template <softmax_part P, std::size_t I, std::size_t J>
struct softmax_member_op {
  static_assert(P == softmax_part::jacobian ? I <= J : I == J,
                "actdiff: softmax_jacobian_op<i, j> is kept with i <= j (it is symmetric)");
  static constexpr std::string_view name = member_name<P, I, J>(false);
  static constexpr std::string_view latex = member_name<P, I, J>(true);
  static constexpr int order = 24 + static_cast<int>(P);

  template <class T, class... Ts>
  static constexpr T apply(const T& z0, const Ts&... zs) {
    const T z[] = {z0, zs...};
    static_assert(I < sizeof...(Ts) + 1 && J < sizeof...(Ts) + 1,
                  "actdiff::softmax: the component is past the number of inputs");
    return math::softmax_member(z, P, I, J);
  }
  // As m·2^e for eval's products whose plain value leaves the range: s_i
  // below the least subnormal (softmin's second partial s_0 s_1 g_1 at z =
  // (-22.9, 76.4, -25.1) in float is 7.3e-46, just above half the least
  // subnormal, while s_1 rounded to float alone took it below).
  template <class T, class... Ts>
    requires builtin_float<T>
  static constexpr math::wide<T> wide_value(const T& z0, const Ts&... zs) {
    const T z[] = {z0, zs...};
    const auto v = math::detail::softmax::evaluate_scaled(z, P, I, J);
    const auto m = v.q.hi + v.q.lo;
    return math::detail::make_wide<T>(m, v.k, math::detail::sign_of((v.q.hi - m) + v.q.lo));
  }

  // ∂/∂z_l: J_il, -J_il, -2 J_il, and for J_ij the products of members above
  template <std::size_t L, class... Zs>
  static constexpr auto partial(Zs... zs) {
    if constexpr (P == softmax_part::value) {
      return softmax_jacobian_node<I, L>(zs...);
    } else if constexpr (P == softmax_part::complement) {
      return -softmax_jacobian_node<I, L>(zs...);
    } else if constexpr (P == softmax_part::gap) {
      return rational<-2>{} * softmax_jacobian_node<I, L>(zs...);
    } else {
      const auto s_i = softmax_node<I>(zs...);
      const auto s_j = softmax_node<J>(zs...);
      if constexpr (I == J) {
        if constexpr (L == I)
          return s_i * fn<softmax_complement_op<I>, Zs...>{} * softmax_gap_node<I>(zs...);
        else
          return -(s_i * softmax_node<L>(zs...) * softmax_gap_node<I>(zs...));
      } else if constexpr (L == I) {
        return -(s_i * s_j * softmax_gap_node<I>(zs...));
      } else if constexpr (L == J) {
        return -(s_i * s_j * softmax_gap_node<J>(zs...));
      } else {
        return rational<2>{} * s_i * s_j * softmax_node<L>(zs...);
      }
    }
  }
  template <class... Zs>
  static constexpr auto make(Zs...) {
    return fn<softmax_member_op, Zs...>{};
  }
};

}  // namespace detail

// The primitive softmax_i; activations/multi_input.hpp names it for the catalog.
template <std::size_t I, expression... Zs>
constexpr auto softmax_primitive(Zs...) {
  static_assert(sizeof...(Zs) >= 1, "actdiff::softmax needs at least one input");
  static_assert(I < sizeof...(Zs), "actdiff::softmax<i>(z...) needs i < the number of inputs");
  return fn<detail::softmax_op<I>, Zs...>{};
}

}  // namespace actdiff

#endif
