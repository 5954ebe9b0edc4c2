// expand(e): the polynomial normal form. Products are distributed over sums
// and positive integer powers of sums are multiplied out, everywhere in e, so
// equal polynomial (and polynomial-over-denominator) expressions become the
// same type: expand((x + 1)^2) and expand(x^2 + 2*x + 1) are one type.
// It is not applied automatically: expanded forms cancel in floating point.
#ifndef ACTDIFF_CORE_EXPAND_HPP
#define ACTDIFF_CORE_EXPAND_HPP

#include <type_traits>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/rebuild.hpp>

namespace actdiff {

namespace detail {

// a * b with sums distributed.
template <class A, class B>
constexpr auto distribute(A a, B b) {
  if constexpr (is_add<A>)
    return []<class... Ts>(fn<add_op, Ts...>, B bb) { return add(distribute(Ts{}, bb)...); }(a, b);
  else if constexpr (is_add<B>)
    return []<class... Ts>(A aa, fn<add_op, Ts...>) { return add(distribute(aa, Ts{})...); }(a, b);
  else
    return mul(a, b);
}

template <i64 N, class B>
constexpr auto expand_power(B b) {
  if constexpr (N == 1)
    return b;
  else
    return distribute(b, expand_power<N - 1>(b));
}

template <class P>
constexpr auto distribute_all(P p);
template <class P, class F, class... Fs>
constexpr auto distribute_all(P p, F f, Fs... fs);

template <class E>
constexpr auto expand_impl(E e) {
  if constexpr (is_add<E>)
    return []<class... Ts>(fn<add_op, Ts...>) { return add(expand_impl(Ts{})...); }(e);
  else if constexpr (is_mul<E>)
    return []<class... Fs>(fn<mul_op, Fs...>) { return distribute_all(rational<1>{}, expand_impl(Fs{})...); }(e);
  else if constexpr (is_pow<E>)
    return []<class B, i64 N, i64 D>(fn<pow_op, B, rational<N, D>>) {
      using base = decltype(expand_impl(B{}));
      if constexpr (D == 1 && N > 0 && is_add<base>)
        return expand_power<N>(base{});
      else if constexpr (D == 1 && N < -1 && is_add<base>)  // denominators expand too
        return pow<-1>(expand_power<-N>(base{}));
      else
        return pow<N, D>(base{});
    }(e);
  else if constexpr (is_fn<E>)
    return []<class Op, class... As>(fn<Op, As...>) { return rebuild<Op>(expand_impl(As{})...); }(e);
  else
    return e;
}

template <class P>
constexpr auto distribute_all(P p) {
  return p;
}
template <class P, class F, class... Fs>
constexpr auto distribute_all(P p, F f, Fs... fs) {
  return distribute_all(distribute(p, f), fs...);
}

}  // namespace detail

template <expression E>
constexpr auto expand(E e) {
  return detail::expand_impl(e);
}

}  // namespace actdiff

#endif
