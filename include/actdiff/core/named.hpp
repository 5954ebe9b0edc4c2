// Named functions: a function defined by an expression of its arguments,
// printed by its name ("gelu(x)"), evaluated and differentiated through its
// definition. The activations are built this way; nothing here knows any.
//
// A definition is a struct with `name`, `latex`, and a static `definition`
// that takes the arguments as expressions:
//
//   struct my_gate_def {
//     static constexpr std::string_view name = "my_gate";
//     static constexpr std::string_view latex = "\\operatorname{my\\_gate}";
//     static constexpr auto definition(auto a, auto b) { return a * sigmoid(b); }
//   };
//   constexpr auto my_gate(expression auto a, expression auto b) { return named<my_gate_def>(a, b); }
#ifndef ACTDIFF_CORE_NAMED_HPP
#define ACTDIFF_CORE_NAMED_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <actdiff/core/expr.hpp>
#include <actdiff/core/fixed_string.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/rebuild.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/diff.hpp>
#include <actdiff/eval.hpp>

namespace actdiff {

namespace detail {

// The I-th argument of a definition: a variable no user can name ("#0").
template <std::size_t I>
constexpr auto placeholder_name() {
  static_assert(I < 100, "actdiff: a named function takes at most 100 arguments");
  if constexpr (I < 10) {
    fixed_string<2> s;
    s.data[0] = '#';
    s.data[1] = static_cast<char>('0' + I);
    return s;
  } else {
    fixed_string<3> s;
    s.data[0] = '#';
    s.data[1] = static_cast<char>('0' + I / 10);
    s.data[2] = static_cast<char>('0' + I % 10);
    return s;
  }
}
template <std::size_t I>
using placeholder = variable<placeholder_name<I>()>;

template <class Seq>
struct placeholders;
template <std::size_t... Is>
struct placeholders<std::index_sequence<Is...>> {
  using type = type_list<placeholder<Is>...>;
};

template <class Def, std::size_t... Is>
constexpr auto body_of(std::index_sequence<Is...>) {
  return Def::definition(placeholder<Is>{}...);
}

template <class Def, std::size_t N>
struct named_op {
  static constexpr std::string_view name = Def::name;
  static constexpr std::string_view latex = Def::latex;
  // Named functions sort after the elementary ones, among themselves by name.
  static constexpr int order = 40;

  using params = typename placeholders<std::make_index_sequence<N>>::type;
  using body = decltype(body_of<Def>(std::make_index_sequence<N>{}));

  // The definition evaluated at the argument values (the arguments are
  // evaluated once, by the caller).
  template <class T, class... Vs>
  static constexpr T apply(const T& v0, const Vs&... vs) {
    return [&]<std::size_t... Is>(std::index_sequence<Is...>) {
      return evaluate<T>(body{}, environment<binding<placeholder_name<Is>(), T>...>{{{v0}, {vs}...}});
    }(std::make_index_sequence<N>{});
  }

  // The definition's value as m·2^e (math/wide.hpp), for eval's products
  // whose plain value leaves the range (a·gelu(b) in geglu where gelu(b) is
  // below double and a is not). Built-in types only.
  template <class T, class... Vs>
    requires builtin_float<T>
  static constexpr math::wide<T> wide_value(const T& v0, const Vs&... vs) {
    return [&]<std::size_t... Is>(std::index_sequence<Is...>) {
      return evaluate_wide<T>(body{}, environment<binding<placeholder_name<Is>(), T>...>{{{v0}, {vs}...}});
    }(std::make_index_sequence<N>{});
  }

  // ∂f/∂(argument I), derived from the definition, at the given arguments.
  template <std::size_t I, class... As>
  static constexpr auto partial(As...) {
    return substitute<params, type_list<As...>>(derive<placeholder<I>>(body{}));
  }

  template <class... As>
  static constexpr auto make(As...) {
    return fn<named_op, As...>{};
  }
};

template <class T>
constexpr bool is_named = false;
template <class Def, std::size_t N, class... As>
constexpr bool is_named<fn<named_op<Def, N>, As...>> = true;

}  // namespace detail

// Def's function applied to the arguments, as one node named Def::name.
template <class Def, expression... As>
constexpr auto named(As...) {
  return fn<detail::named_op<Def, sizeof...(As)>, As...>{};
}

// The definition of a named function applied to its arguments (one level):
// definition_of(gelu(x)) is x*Phi(x)-style text for documentation.
template <expression E>
constexpr auto definition_of(E e) {
  if constexpr (detail::is_named<E>)
    return []<class Op, class... As>(fn<Op, As...>) {
      return detail::substitute<typename Op::params, detail::type_list<As...>>(typename Op::body{});
    }(e);
  else
    return e;
}

namespace detail {
template <class E>
constexpr auto inline_named_impl(E e) {
  if constexpr (is_named<E>)
    return inline_named_impl(definition_of(e));
  else if constexpr (is_fn<E>)
    return []<class Op, class... As>(fn<Op, As...>) { return rebuild<Op>(inline_named_impl(As{})...); }(e);
  else if constexpr (is_cmp<E>)
    return []<class Op, class A, class B>(cmp<Op, A, B>) {
      return rebuild_cmp<Op>(inline_named_impl(A{}), inline_named_impl(B{}));
    }(e);
  else
    return e;
}
}  // namespace detail

// Every named function in e replaced by its definition, at every depth:
// what is left are primitives only (for proofs and for docs).
template <expression E>
constexpr auto inline_named(E e) {
  return detail::inline_named_impl(e);
}

}  // namespace actdiff

#endif
