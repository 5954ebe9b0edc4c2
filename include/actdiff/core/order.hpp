// A deterministic total order on expression types, used to sort the operands
// of commutative operations so that equal expressions become the same type.
#ifndef ACTDIFF_CORE_ORDER_HPP
#define ACTDIFF_CORE_ORDER_HPP

#include <string_view>
#include <type_traits>

#include <actdiff/core/constants.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/rational.hpp>
#include <actdiff/core/variable.hpp>

namespace actdiff::detail {

// Rank of a node kind: numbers first, then named constants, variables, and
// applications last (so coefficients lead a product).
template <class T>
constexpr int kind_rank() {
  if constexpr (is_rational<T>)
    return 0;
  else if constexpr (is_constant<T>)
    return 1;
  else if constexpr (is_variable<T>)
    return 2;
  else if constexpr (std::is_base_of_v<cond_base, T>)
    return 4;
  else
    return 3;
}

// Ops are ordered by their `order` key; ties (there should be none) by name.
template <class A, class B>
constexpr int compare_ops() {
  if constexpr (std::is_same_v<A, B>)
    return 0;
  else {
    if (A::order != B::order) return A::order < B::order ? -1 : 1;
    // Ops made from templates (named activations) may share an order key.
    std::string_view a = A::name, b = B::name;
    return a < b ? -1 : 1;
  }
}

template <class A, class B>
constexpr int compare_types();

template <class... As, class... Bs>
constexpr int compare_args(type_list<As...>, type_list<Bs...>) {
  if constexpr (sizeof...(As) != sizeof...(Bs))
    return sizeof...(As) < sizeof...(Bs) ? -1 : 1;
  else {
    int r = 0;
    // The first non-zero comparison decides; || stops the fold there.
    (void)((r = compare_types<As, Bs>(), r != 0) || ...);
    return r;
  }
}

template <class A, class B>
constexpr int compare_types() {
  if constexpr (std::is_same_v<A, B>)
    return 0;
  else if constexpr (kind_rank<A>() != kind_rank<B>())
    return kind_rank<A>() < kind_rank<B>() ? -1 : 1;
  else if constexpr (is_rational<A>)
    return compare(A::value, B::value);
  else if constexpr (is_constant<A>)
    return A::tag::id < B::tag::id ? -1 : 1;
  else if constexpr (is_variable<A>) {
    std::string_view a = A::name, b = B::name;
    return a < b ? -1 : 1;
  } else if constexpr (kind_rank<A>() == 4) {
    return []<template <class...> class NA, class OA, class... XA, template <class...> class NB, class OB,
              class... XB>(NA<OA, XA...>*, NB<OB, XB...>*) {
      int r = compare_ops<OA, OB>();
      return r != 0 ? r : compare_args(type_list<XA...>{}, type_list<XB...>{});
    }(static_cast<A*>(nullptr), static_cast<B*>(nullptr));
  } else {
    return []<class OA, class... XA, class OB, class... XB>(fn<OA, XA...>*, fn<OB, XB...>*) {
      int r = compare_ops<OA, OB>();
      return r != 0 ? r : compare_args(type_list<XA...>{}, type_list<XB...>{});
    }(static_cast<A*>(nullptr), static_cast<B*>(nullptr));
  }
}

template <class A, class B>
constexpr bool type_less = compare_types<A, B>() < 0;

}  // namespace actdiff::detail

#endif
