// Symbolic differentiation: d(e, x), d<n>(e, x), gradient and jacobian.
// Each primitive supplies its partial derivatives; the chain rule is here.
#ifndef ACTDIFF_DIFF_HPP
#define ACTDIFF_DIFF_HPP

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

#include <boost/hana/tuple.hpp>
#include <boost/hana/transform.hpp>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/constants.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/rational.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/core/where.hpp>

namespace actdiff {

namespace detail {

template <class X, class E>
constexpr auto derive(E e);

// Σ_i ∂f/∂a_i · da_i/dx, skipping arguments that do not depend on x.
template <class X, class Op, class... As, std::size_t... Is>
constexpr auto chain_rule(std::index_sequence<Is...>) {
  return add([] {
    using da = decltype(derive<X>(As{}));
    if constexpr (std::is_same_v<da, rational<0>>)
      return rational<0>{};
    else
      return mul(Op::template partial<Is>(As{}...), da{});
  }()...);
}

template <std::size_t I, std::size_t N>
constexpr std::array<bool, N> all_but = [] {
  std::array<bool, N> m{};
  for (std::size_t k = 0; k < N; ++k) m[k] = k != I;
  return m;
}();

// The product rule: Σ_i (d f_i) · Π_{j≠i} f_j.
template <class X, class... Fs, std::size_t... Is>
constexpr auto product_rule(std::index_sequence<Is...>) {
  return add([] {
    using da = decltype(derive<X>(type_at<Is, Fs...>{}));
    if constexpr (std::is_same_v<da, rational<0>>)
      return rational<0>{};
    else
      return []<class... Os>(type_list<Os...>) {
        return mul(da{}, Os{}...);
      }(typename filter_impl<all_but<Is, sizeof...(Fs)>, type_list<Fs...>>::type{});
  }()...);
}

// The size of e counted as a tree (shared subexpressions counted each time):
// the measure by which the quotient rule below picks the smaller form.
template <class E>
constexpr std::size_t tree_size = 1;
template <class Op, class... As>
constexpr std::size_t tree_size<fn<Op, As...>> = (std::size_t{1} + ... + tree_size<As>);
template <class Op, class A, class B>
constexpr std::size_t tree_size<cmp<Op, A, B>> = 1 + tree_size<A> + tree_size<B>;

// The number of terms of e as a sum (1 when e is not a sum).
template <class E>
constexpr std::size_t term_count = 1;
template <class... As>
constexpr std::size_t term_count<fn<add_op, As...>> = sizeof...(As);

template <class E>
constexpr bool is_reciprocal_power = false;
template <class B, i64 N, i64 D>
constexpr bool is_reciprocal_power<fn<pow_op, B, rational<N, D>>> = (N < 0);

// d(u·v^p) for p < 0 written over v's next power: (u'·v + p·u·v')·v^(p-1).
// The product rule's u'·v^p + p·u·v'·v^(p-1) is the same function, but its two
// terms can cancel where the numerator cancels symbolically (softsign: u = x,
// v = 1 + x gives 1 + x - x = 1, so (1 + x)^-2 instead of a difference that
// loses everything at large x). Taken only where the numerator's terms
// combined (it has fewer terms than its two products) and the whole comes out
// smaller: elsewhere u'·v would only add a chance of overflow.
template <class X, class... Fs>
constexpr auto product_or_quotient_rule() {
  using by_product = decltype(product_rule<X, Fs...>(std::index_sequence_for<Fs...>{}));
  constexpr std::size_t reciprocals = (std::size_t{0} + ... + std::size_t{is_reciprocal_power<Fs>});
  if constexpr (reciprocals != 1) {
    return by_product{};
  } else {
    constexpr bool marks[] = {!is_reciprocal_power<Fs>...};
    constexpr std::size_t at = [&] {
      std::size_t i = 0;
      while (marks[i]) ++i;
      return i;
    }();
    using u = decltype([]<class... Os>(type_list<Os...>) {
      return mul(Os{}...);
    }(typename filter_impl<all_but<at, sizeof...(Fs)>, type_list<Fs...>>::type{}));
    using du = decltype(derive<X>(u{}));
    if constexpr (std::is_same_v<du, rational<0>>) {
      return by_product{};
    } else {
      return []<class V, i64 N, i64 D>(fn<pow_op, V, rational<N, D>>) {
        constexpr q p{N, D, true};
        constexpr q p1 = p - q{1, 1, true};
        using left = decltype(mul(du{}, V{}));
        using right = decltype(mul(rational<p.num, p.den>{}, u{}, derive<X>(V{})));
        using numerator = decltype(add(left{}, right{}));
        using by_quotient = decltype(mul(numerator{}, make_pow<p1.num, p1.den, V>()));
        if constexpr (term_count<numerator> < term_count<left> + term_count<right> &&
                      tree_size<by_quotient> < tree_size<by_product>)
          return by_quotient{};
        else
          return by_product{};
      }(type_at<at, Fs...>{});
    }
  }
}

template <class X, class E>
constexpr auto derive(E) {
  if constexpr (is_rational<E> || is_constant<E>)
    return rational<0>{};
  else if constexpr (is_variable<E>)
    return std::conditional_t<std::is_same_v<E, X>, rational<1>, rational<0>>{};
  else
    return []<class Op, class... As>(fn<Op, As...>) {
      if constexpr (std::is_same_v<Op, add_op>)
        return add(derive<X>(As{})...);
      else if constexpr (std::is_same_v<Op, mul_op>)
        return product_or_quotient_rule<X, As...>();
      else if constexpr (std::is_same_v<Op, pow_op>)
        return []<class B, i64 N, i64 D>(type_list<B, rational<N, D>>) {
          constexpr q e = q{N, D, true} - q{1, 1, true};
          return mul(rational<N, D>{}, make_pow<e.num, e.den, B>(), derive<X>(B{}));
        }(type_list<As...>{});
      else if constexpr (std::is_same_v<Op, where_op>)
        return []<class C, class A, class B>(type_list<C, A, B>) {
          return where(C{}, derive<X>(A{}), derive<X>(B{}));
        }(type_list<As...>{});
      else
        return chain_rule<X, Op, As...>(std::index_sequence_for<As...>{});
    }(E{});
}

}  // namespace detail

// The derivative of e with respect to the variable x, as a new expression.
template <expression E, class X>
constexpr auto d(E e, X) {
  static_assert(detail::is_variable<X>,
                "actdiff::d(e, x): differentiate with respect to a variable such as var<\"x\">, "
                "not an expression or a number");
  // (the type only: no derivation is compiled into a program that calls d at
  // run time; see core/operators.hpp)
  return decltype(detail::derive<X>(e)){};
}

// The n-th derivative.
template <std::size_t N, expression E, class X>
constexpr auto d(E e, X x) {
  if constexpr (N == 0)
    return e;
  else
    return decltype(d<N - 1>(d(e, x), x)){};
}

// (∂e/∂x, ∂e/∂y, ...) as a hana::tuple of expressions.
template <expression E, class... Xs>
constexpr auto gradient(E e, Xs... xs) {
  return boost::hana::make_tuple(d(e, xs)...);
}

// The Jacobian of a hana::tuple of expressions: a tuple of gradients (rows).
template <class Tuple, class... Xs>
constexpr auto jacobian(Tuple fs, Xs...) {
  return boost::hana::transform(fs, [](auto f) { return gradient(f, Xs{}...); });
}

}  // namespace actdiff

#endif
