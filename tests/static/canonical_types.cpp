// Canonical form by construction: exact result types of simplifications.
#include "test_types.hpp"

namespace t {
using namespace actdiff::literals;
constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto alpha = var<"alpha">;

// literals fold exactly
static_assert(is_of_type<Q<2>>(2_c));
static_assert(is_of_type<Q<8943, 200000>>(0.044715_c));
static_assert(is_of_type<Q<851, 500>>(1.702_c));
static_assert(is_of_type<Q<1, 1000>>(1e-3_c));
static_assert(is_of_type<Q<1500>>(1.5e3_c));
static_assert(is_of_type<Q<5, 6>>(1_c / 2_c + 1_c / 3_c));
static_assert(is_of_type<Q<-1, 6>>(1_c / 3_c - 1_c / 2_c));
static_assert(is_of_type<Q<1, 8>>(pow<3>(1_c / 2_c)));
static_assert(is_of_type<Q<4>>(pow<-2>(1_c / 2_c)));
// zeros and ones drop
static_assert(is_of_type<X>(x + 0_c));
static_assert(is_of_type<X>(1_c * x));
static_assert(is_of_type<Q<0>>(0_c * x));
static_assert(is_of_type<Q<0>>(0_c * exp(x)));
static_assert(is_of_type<X>(pow<1>(x)));
static_assert(is_of_type<Q<1>>(pow<0>(x)));
// like terms and powers
static_assert(is_of_type<Mul<Q<2>, X>>(x + x));
static_assert(is_of_type<Pow<X, 2>>(x * x));
static_assert(is_of_type<Q<0>>(x - x));
static_assert(is_of_type<Q<1>>(x / x));
static_assert(is_of_type<X>((x + 1_c) - 1_c));
static_assert(is_of_type<Pow<X, 5>>(pow<2>(x) * pow<3>(x)));
static_assert(is_of_type<Pow<X, 6>>(pow<3>(pow<2>(x))));
static_assert(is_of_type<Pow<X, -1>>(1_c / x));
static_assert(is_of_type<Mul<Q<3>, X>>(x + 2_c * x));
static_assert(is_of_type<Mul<Q<1, 2>, X>>(x / 2_c));
static_assert(is_of_type<Mul<Q<-1>, X>>(-x));
static_assert(is_of_type<X>(-(-x)));
// commutativity and flattening: one order for every spelling
static_assert(is_of_type<Mul<X, Y>>(y * x));
static_assert(is_of_type<Mul<X, Y>>(x * y));
static_assert(is_of_type<Add<Q<1>, X, Y>>(y + (1_c + x)));
static_assert(is_of_type<Add<Q<1>, X, Y>>((x + y) + 1_c));
static_assert(is_of_type<Mul<Q<6>, A, X, Y>>((2_c * x) * (3_c * (y * alpha))));
static_assert(is_of_type<Add<X, Pow<X, 2>, Pow<X, 3>>>(pow<3>(x) + x + x * x));
// negation and subtraction
static_assert(is_of_type<Add<Q<1>, Mul<Q<-1>, X>>>(1_c - x));
static_assert(is_of_type<Add<Q<-1>, Mul<Q<-1>, X>>>(-(x + 1_c)));
static_assert(is_of_type<Add<Q<2>, Mul<Q<2>, X>>>(2_c * (x + 1_c)));
static_assert(is_of_type<X>(x - y + y));
// powers distribute over products, not over sums
static_assert(is_of_type<Mul<Q<4>, Pow<X, 2>>>(pow<2>(2_c * x)));
static_assert(is_of_type<Mul<Pow<X, 2>, Pow<Y, -2>>>(pow<2>(x / y)));
static_assert(is_of_type<Pow<Add<Q<1>, X>, 2>>(pow<2>(x + 1_c)));
static_assert(is_of_type<Q<1>>((x + 1_c) / (1_c + x)));
// rational powers: (x^2)^(1/2) is |x|, so it stays; sqrt(x)^2 is x
static_assert(is_of_type<Pow<X, 1, 2>>(sqrt(x)));
static_assert(is_of_type<X>(sqrt(x) * sqrt(x)));
static_assert(is_of_type<Pow<Pow<X, 2>, 1, 2>>(sqrt(x * x)));
static_assert(is_of_type<Pow<X, 1, 4>>(sqrt(sqrt(x))));
static_assert(is_of_type<constant<detail::sqrt2_tag>>(sqrt(2_c)));
// the root of a rational square is rational; of a non-square it stays a power
static_assert(is_of_type<Q<3, 2>>(sqrt(2.25_c)));
static_assert(is_of_type<Q<1>>(sqrt(1_c + 0_c / (x * x))));
static_assert(is_of_type<Q<8, 27>>(pow<-3, 2>(2.25_c)));
static_assert(is_of_type<Q<0>>(sqrt(0_c)));
static_assert(is_of_type<Pow<Q<3>, 1, 2>>(sqrt(3_c)));
static_assert(detail::isqrt(INT64_MAX) == 3037000499 && detail::isqrt(3037000499LL * 3037000499LL) == 3037000499);
static_assert(!detail::exact_sqrt(detail::q{-4, 1, true}).ok && !detail::exact_sqrt(detail::q{8, 9, true}).ok);
// functions
static_assert(is_of_type<Q<1>>(exp(0_c)));
static_assert(is_of_type<Q<0>>(log(1_c)));
static_assert(is_of_type<X>(log(exp(x))));
static_assert(is_of_type<X>(log1p(expm1(x))));
static_assert(is_of_type<Mul<Q<-1>, Tanh<X>>>(tanh(-x)));
static_assert(is_of_type<Sech2<X>>(sech2(-x)));
static_assert(is_of_type<Mul<Q<-1>, Erf<X>>>(erf(-x)));
static_assert(is_of_type<Mul<Exp<X>, Exp<Y>>>(exp(y) * exp(x)));
static_assert(is_of_type<Pow<Exp<X>, 2>>(exp(x) * exp(x)));
// where and comparisons
static_assert(is_of_type<X>(where(1_c > 0_c, x, y)));
static_assert(is_of_type<Y>(where(1_c < 0_c, x, y)));
static_assert(is_of_type<X>(where(x > 0_c, x, x)));
static_assert(is_of_type<Where<Gt<X, Q<0>>, X, Q<0>>>(where(x > 0_c, x, 0_c)));
static_assert(is_of_type<Where<Ge<X, Q<0>>, X, Q<0>>>(max(x, 0_c)));
static_assert(is_of_type<Where<Le<X, Y>, X, Y>>(min(x, y)));
// substitution is canonical again
static_assert(is_of_type<Mul<Q<2>, Y>>(subst(x + y, x, y)));
static_assert(is_of_type<Q<4>>(subst(x * x, x, 2_c)));
static_assert(is_of_type<Mul<Q<2>, Exp<Y>>>(subst(exp(x) + exp(y), x, y)));
// expressions are empty types: free to copy, usable in constant expressions
static_assert(std::is_empty_v<decltype(tanh(x) * exp(x) + x)>);
}  // namespace t

// expand(): the polynomial normal form, so equal polynomials are one type
namespace t {
static_assert(is_of_type<Add<Q<1>, Mul<Q<2>, X>, Pow<X, 2>>>(expand(pow<2>(x + 1_c))));
static_assert(is_of_type<decltype(expand(x * x + 2_c * x + 1_c))>(expand(pow<2>(x + 1_c))));
static_assert(is_of_type<Add<Q<-1>, Pow<X, 2>>>(expand((x + 1_c) * (x - 1_c))));
static_assert(is_of_type<decltype(expand(pow<3>(x - y)))>(expand((x - y) * (x * x - 2_c * x * y + y * y))));
static_assert(is_of_type<Add<X, Mul<X, Y>>>(expand(x * (1_c + y))));
// under a function and in a denominator too
static_assert(is_of_type<Exp<Add<X, Pow<X, 2>>>>(expand(exp(x * (1_c + x)))));
static_assert(is_of_type<Pow<Add<Q<1>, Mul<Q<2>, X>, Pow<X, 2>>, -1>>(expand(1_c / pow<2>(1_c + x))));
}  // namespace t

// √2 and 1/√2 are powers of 2 to the canonical form
namespace t {
static_assert(is_of_type<Q<2>>(sqrt2 * sqrt2));
static_assert(is_of_type<Q<1>>(sqrt2 * inv_sqrt2));
static_assert(is_of_type<Q<1, 2>>(pow<2>(inv_sqrt2)));
static_assert(is_of_type<Mul<Q<2>, constant<detail::sqrt2_tag>>>(pow<3>(sqrt2)));
static_assert(is_of_type<constant<detail::inv_sqrt2_tag>>(inv_sqrt2 * 1_c));
static_assert(is_of_type<Mul<constant<detail::inv_sqrt2_tag>, X>>(x / sqrt2));
}  // namespace t
