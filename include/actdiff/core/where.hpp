// Comparisons, where(cond, a, b), and min/max/abs written with where.
//
// A comparison is a condition, not a number. where(c, a, b) is a when c holds
// and b otherwise; a comparison with NaN makes where NaN, so NaN propagates
// through piecewise functions (relu(NaN) is NaN, as in IEEE max).
// Derivatives of where are where of derivatives: each piece's convention at
// a kink is decided by which side the comparison puts the kink on.
#ifndef ACTDIFF_CORE_WHERE_HPP
#define ACTDIFF_CORE_WHERE_HPP

#include <string_view>
#include <type_traits>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/rational.hpp>

namespace actdiff {

namespace detail {

struct less_op {
  static constexpr std::string_view name = "less";
  static constexpr std::string_view text = "<", latex = "<";
  static constexpr int order = 0;
  template <class T>
  static constexpr bool test(const T& a, const T& b) {
    return a < b;
  }
};
struct less_equal_op {
  static constexpr std::string_view name = "less_equal";
  static constexpr std::string_view text = "<=", latex = "\\le";
  static constexpr int order = 1;
  template <class T>
  static constexpr bool test(const T& a, const T& b) {
    return a <= b;
  }
};
struct greater_op {
  static constexpr std::string_view name = "greater";
  static constexpr std::string_view text = ">", latex = ">";
  static constexpr int order = 2;
  template <class T>
  static constexpr bool test(const T& a, const T& b) {
    return a > b;
  }
};
struct greater_equal_op {
  static constexpr std::string_view name = "greater_equal";
  static constexpr std::string_view text = ">=", latex = "\\ge";
  static constexpr int order = 3;
  template <class T>
  static constexpr bool test(const T& a, const T& b) {
    return a >= b;
  }
};

// fn<where_op, Cond, A, B>
struct where_op {
  static constexpr std::string_view name = "where";
  static constexpr int order = 50;
};

template <class T>
constexpr bool is_bool_condition = false;
template <bool B>
constexpr bool is_bool_condition<boolean<B>> = true;

template <class T>
constexpr bool is_cmp = false;
template <class Op, class A, class B>
constexpr bool is_cmp<cmp<Op, A, B>> = true;

template <class Op, class A, class B>
constexpr auto make_cmp(A, B) {
  if constexpr (is_rational<A> && is_rational<B>) {
    // Both sides known: decide now, exactly.
    constexpr int c = compare(A::value, B::value);
    constexpr bool r = std::is_same_v<Op, less_op>         ? c < 0
                       : std::is_same_v<Op, less_equal_op> ? c <= 0
                       : std::is_same_v<Op, greater_op>    ? c > 0
                                                           : c >= 0;
    return boolean<r>{};
  } else {
    return cmp<Op, A, B>{};
  }
}

}  // namespace detail

template <expression A, expression B>
constexpr auto operator<(A a, B b) {
  return detail::make_cmp<detail::less_op>(a, b);
}
template <expression A, expression B>
constexpr auto operator<=(A a, B b) {
  return detail::make_cmp<detail::less_equal_op>(a, b);
}
template <expression A, expression B>
constexpr auto operator>(A a, B b) {
  return detail::make_cmp<detail::greater_op>(a, b);
}
template <expression A, expression B>
constexpr auto operator>=(A a, B b) {
  return detail::make_cmp<detail::greater_equal_op>(a, b);
}

template <condition C, expression A, expression B>
constexpr auto where(C, A, B) {
  if constexpr (detail::is_bool_condition<C>)
    return std::conditional_t<C::value, A, B>{};
  else if constexpr (std::is_same_v<A, B>)
    return A{};
  else
    return fn<detail::where_op, C, A, B>{};
}

template <class C, class A, class B>
  requires(!condition<C>)
constexpr void where(C, A, B) {
  static_assert(detail::always_false<C>,
                "actdiff: where(cond, a, b) needs a comparison such as x > 0_c as its condition");
}

// max(a, b): a wins ties, so the derivative at a tie is a's (maxout's
// "first maximal argument").
template <expression A, expression B>
constexpr auto max(A a, B b) {
  return where(a >= b, a, b);
}
template <expression A, expression B>
constexpr auto min(A a, B b) {
  return where(a <= b, a, b);
}
// |a| with derivative sign(a), so |x|'(0) = 0 as in PyTorch.
template <expression A>
constexpr auto abs(A a) {
  return where(a < rational<0>{}, -a, where(a > rational<0>{}, a, rational<0>{}));
}

}  // namespace actdiff

#endif
