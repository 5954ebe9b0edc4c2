// Rebuilding a node from new arguments through its smart constructor, and
// subst(e, x, e2) on top of it.
#ifndef ACTDIFF_CORE_REBUILD_HPP
#define ACTDIFF_CORE_REBUILD_HPP

#include <cstddef>
#include <type_traits>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/core/where.hpp>

namespace actdiff {

namespace detail {

// fn<Op, ...> with new arguments, canonical again.
template <class Op, class... As>
constexpr auto rebuild(As... as) {
  if constexpr (std::is_same_v<Op, add_op>)
    return add(as...);
  else if constexpr (std::is_same_v<Op, mul_op>)
    return mul(as...);
  else if constexpr (std::is_same_v<Op, pow_op>)
    return []<class B, i64 N, i64 D>(B base, rational<N, D>) { return pow<N, D>(base); }(as...);
  else if constexpr (std::is_same_v<Op, where_op>)
    return where(as...);
  else
    return Op::make(as...);
}

template <class Op, class A, class B>
constexpr auto rebuild_cmp(A a, B b) {
  return make_cmp<Op>(a, b);
}

// e with each variable Xs[i] replaced by Rs[i] (all at once), canonical again.
template <class Xs, class Rs, class E>
constexpr auto substitute(E e) {
  constexpr std::size_t i = []<class... X>(type_list<X...>) { return index_of_v<E, X...>; }(Xs{});
  if constexpr (i < Xs::size)
    return list_at<i, Rs>{};
  else if constexpr (is_fn<E>)
    return []<class Op, class... As>(fn<Op, As...>) { return rebuild<Op>(substitute<Xs, Rs>(As{})...); }(e);
  else if constexpr (is_cmp<E>)
    return []<class Op, class A, class B>(cmp<Op, A, B>) {
      return rebuild_cmp<Op>(substitute<Xs, Rs>(A{}), substitute<Xs, Rs>(B{}));
    }(e);
  else
    return e;
}

template <class X, class R, class E>
constexpr auto subst_impl(E e) {
  return substitute<type_list<X>, type_list<R>>(e);
}

}  // namespace detail

// e with every occurrence of the variable x replaced by r, canonical again.
template <expression E, class X, expression R>
constexpr auto subst(E e, X, R) {
  static_assert(detail::is_variable<X>, "actdiff::subst(e, x, r): x must be a variable such as var<\"x\">");
  return detail::subst_impl<X, R>(e);
}

}  // namespace actdiff

#endif
