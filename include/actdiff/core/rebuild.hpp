// Rebuilding a node from new arguments through its smart constructor, and
// subst(e, x, e2) on top of it.
#ifndef ACTDIFF_CORE_REBUILD_HPP
#define ACTDIFF_CORE_REBUILD_HPP

#include <type_traits>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/expr.hpp>
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

template <class X, class R, class E>
constexpr auto subst_impl(E e) {
  if constexpr (std::is_same_v<E, X>)
    return R{};
  else if constexpr (is_fn<E>)
    return []<class Op, class... As>(fn<Op, As...>) { return rebuild<Op>(subst_impl<X, R>(As{})...); }(e);
  else if constexpr (is_cmp<E>)
    return []<class Op, class A, class B>(cmp<Op, A, B>) {
      return rebuild_cmp<Op>(subst_impl<X, R>(A{}), subst_impl<X, R>(B{}));
    }(e);
  else
    return e;
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
