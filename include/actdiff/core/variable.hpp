// Variables named by compile-time strings, and the bindings `x = 1.0` that
// give them values for eval.
#ifndef ACTDIFF_CORE_VARIABLE_HPP
#define ACTDIFF_CORE_VARIABLE_HPP

#include <type_traits>

#include <actdiff/core/expr.hpp>
#include <actdiff/core/fixed_string.hpp>

namespace actdiff {

template <fixed_string Name, class T>
struct binding {
  static constexpr auto name = Name;
  T value;
};

template <class T>
concept scalar = !std::is_same_v<std::remove_cvref_t<T>, bool> && std::is_arithmetic_v<std::remove_cvref_t<T>>;

template <fixed_string Name>
struct variable : detail::expr_base {
  static constexpr auto name = Name;

  // `x = 0.5` makes a binding; it assigns nothing, so it works on a constexpr x.
  template <class T>
    requires(!expression<T>)
  constexpr binding<Name, std::remove_cvref_t<T>> operator=(T&& v) const {
    return {static_cast<T&&>(v)};
  }
};

// The variable named Name: `constexpr auto x = var<"x">;`
template <fixed_string Name>
inline constexpr variable<Name> var{};

namespace detail {
template <class T>
constexpr bool is_variable = false;
template <fixed_string N>
constexpr bool is_variable<variable<N>> = true;

template <class T>
constexpr bool is_binding = false;
template <fixed_string N, class T>
constexpr bool is_binding<binding<N, T>> = true;
}  // namespace detail

}  // namespace actdiff

#endif
