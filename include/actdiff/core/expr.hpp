// The node types. Expressions are empty types: everything is in the type.
#ifndef ACTDIFF_CORE_EXPR_HPP
#define ACTDIFF_CORE_EXPR_HPP

#include <concepts>
#include <type_traits>

namespace actdiff {

namespace detail {
// Every node derives from this; it is how `expression` recognises nodes.
struct expr_base {};
}  // namespace detail

template <class T>
concept expression = std::derived_from<std::remove_cvref_t<T>, detail::expr_base> &&
                     std::is_empty_v<std::remove_cvref_t<T>>;

// An application of a primitive Op (add, mul, pow, exp, where, ...) to
// argument expressions. Op says how to evaluate, differentiate and print.
template <class Op, class... Args>
struct fn : detail::expr_base {
  using op = Op;
};

namespace detail {
struct cond_base {};
}  // namespace detail

// A comparison of two expressions; Op is less_op, greater_equal_op, ...
template <class Op, class A, class B>
struct cmp : detail::cond_base {
  using op = Op;
};
// A condition known at compile time (both sides were numbers).
template <bool B>
struct boolean : detail::cond_base {
  static constexpr bool value = B;
};

template <class T>
concept condition = std::derived_from<std::remove_cvref_t<T>, detail::cond_base>;

namespace detail {
template <class T>
constexpr bool is_fn = false;
template <class Op, class... A>
constexpr bool is_fn<fn<Op, A...>> = true;

template <class T, class Op>
constexpr bool is_fn_of = false;
template <class Op, class... A>
constexpr bool is_fn_of<fn<Op, A...>, Op> = true;
}  // namespace detail

}  // namespace actdiff

#endif
