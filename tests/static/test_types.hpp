// Spelled-out node types for the static tests, so that expected results are
// written by hand, not produced by the code under test.
#ifndef ACTDIFF_TESTS_STATIC_TEST_TYPES_HPP
#define ACTDIFF_TESTS_STATIC_TEST_TYPES_HPP

#include <type_traits>

#include <actdiff/actdiff.hpp>

namespace t {
using namespace actdiff;
using X = variable<"x">;
using Y = variable<"y">;
using A = variable<"alpha">;
template <class... Ts>
using Add = fn<detail::add_op, Ts...>;
template <class... Ts>
using Mul = fn<detail::mul_op, Ts...>;
template <class B, long N, long D = 1>
using Pow = fn<detail::pow_op, B, rational<N, D>>;
template <long N, long D = 1>
using Q = rational<N, D>;
template <class T>
using Exp = fn<detail::exp_op, T>;
template <class T>
using Expm1 = fn<detail::expm1_op, T>;
template <class T>
using Log = fn<detail::log_op, T>;
template <class T>
using Log1p = fn<detail::log1p_op, T>;
template <class T>
using Tanh = fn<detail::tanh_op, T>;
template <class T>
using Sech2 = fn<detail::sech2_op, T>;
template <class T>
using Erf = fn<detail::erf_op, T>;
template <class T>
using Erfc = fn<detail::erfc_op, T>;
template <class C, class P, class N>
using Where = fn<detail::where_op, C, P, N>;
template <class L, class R>
using Gt = cmp<detail::greater_op, L, R>;
template <class L, class R>
using Lt = cmp<detail::less_op, L, R>;
template <class L, class R>
using Ge = cmp<detail::greater_equal_op, L, R>;
template <class L, class R>
using Le = cmp<detail::less_equal_op, L, R>;

// The habit from mp-units: assert the exact type of a result.
template <class Expected, class Actual>
constexpr bool is_of_type(Actual) {
  return std::is_same_v<Expected, Actual>;
}
}  // namespace t

#endif
