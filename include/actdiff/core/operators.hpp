// + - * / and unary minus on expressions, as smart constructors.
#ifndef ACTDIFF_CORE_OPERATORS_HPP
#define ACTDIFF_CORE_OPERATORS_HPP

#include <type_traits>

#include <actdiff/core/canonical.hpp>

namespace actdiff {

// Expressions are empty types, so each operator returns its result's type
// default-constructed: the canonicalising calls happen in decltype only, and
// where a program builds expressions at run time (eval(d(e, x), ...) in a
// function), none of them is compiled into it.
template <expression A, expression B>
constexpr auto operator+(A a, B b) {
  return decltype(add(a, b)){};
}
template <expression A, expression B>
constexpr auto operator*(A a, B b) {
  return decltype(mul(a, b)){};
}
template <expression A>
constexpr auto operator-(A a) {
  return decltype(mul(rational<-1>{}, a)){};
}
template <expression A>
constexpr auto operator+(A a) {
  return a;
}
template <expression A, expression B>
constexpr auto operator-(A a, B b) {
  return decltype(add(a, -b)){};
}
template <expression A, expression B>
constexpr auto operator/(A a, B b) {
  return decltype(mul(a, pow<-1>(b))){};
}

namespace detail {
template <class A, class B>
concept number_with_expression = (expression<A> && std::is_arithmetic_v<B>) || (std::is_arithmetic_v<A> && expression<B>);

template <class A, class B>
constexpr void reject_plain_number() {
  static_assert(always_false<A>,
                "actdiff: write numbers in expressions as _c literals (2_c, 0.5_c; "
                "`using namespace actdiff::literals;`): a plain number has no compile-time value");
}
}  // namespace detail

// Plain numbers cannot become part of a type; say so instead of "no match".
template <class A, class B>
  requires detail::number_with_expression<A, B>
constexpr void operator+(A, B) {
  detail::reject_plain_number<A, B>();
}
template <class A, class B>
  requires detail::number_with_expression<A, B>
constexpr void operator-(A, B) {
  detail::reject_plain_number<A, B>();
}
template <class A, class B>
  requires detail::number_with_expression<A, B>
constexpr void operator*(A, B) {
  detail::reject_plain_number<A, B>();
}
template <class A, class B>
  requires detail::number_with_expression<A, B>
constexpr void operator/(A, B) {
  detail::reject_plain_number<A, B>();
}

}  // namespace actdiff

#endif
