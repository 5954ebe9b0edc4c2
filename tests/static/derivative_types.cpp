// Symbolic derivatives: exact result types, derived by hand.
#include <boost/hana/at.hpp>

#include "test_types.hpp"

namespace t {
using namespace actdiff::literals;
constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto alpha = var<"alpha">;
using NegX = Mul<Q<-1>, X>;
using OnePlusX = Add<Q<1>, X>;

// polynomials
static_assert(is_of_type<Q<0>>(d(2_c, x)));
static_assert(is_of_type<Q<0>>(d(pi, x)));
static_assert(is_of_type<Q<1>>(d(x, x)));
static_assert(is_of_type<Q<0>>(d(y, x)));
static_assert(is_of_type<Mul<Q<3>, Pow<X, 2>>>(d(pow<3>(x), x)));
static_assert(is_of_type<Mul<Q<6>, X>>(d<2>(pow<3>(x), x)));
static_assert(is_of_type<Q<6>>(d<3>(pow<3>(x), x)));
static_assert(is_of_type<Q<0>>(d<4>(pow<3>(x), x)));
static_assert(is_of_type<Add<Q<1>, Mul<Q<2>, X>>>(d(x * x + x + 1_c, x)));
static_assert(is_of_type<Y>(d(x * y, x)));
static_assert(is_of_type<Pow<X, 2>>(d(alpha * x * x, alpha)));
static_assert(is_of_type<Mul<Q<2>, A, X>>(d(alpha * x * x, x)));
// rational functions
static_assert(is_of_type<Mul<Q<-1>, Pow<X, -2>>>(d(1_c / x, x)));
static_assert(is_of_type<Mul<Q<-1>, Pow<OnePlusX, -2>>>(d(1_c / (1_c + x), x)));
// a quotient whose numerator cancels is written over the next power:
// (1·(1 + x) - x·1)/(1 + x)^2, not 1/(1 + x) - x/(1 + x)^2
static_assert(is_of_type<Pow<OnePlusX, -2>>(d(x / (1_c + x), x)));
static_assert(is_of_type<Mul<Q<1, 2>, Pow<X, -1, 2>>>(d(sqrt(x), x)));
static_assert(is_of_type<Mul<Q<-2>, Pow<X, -3>>>(d(pow<-2>(x), x)));
// x/(1 + x^2): (1 - x^2)/(1 + x^2)^2, smaller than 1/(1 + x^2) - 2x^2/(1 + x^2)^2
using OnePlusX2 = Add<Q<1>, Pow<X, 2>>;
static_assert(is_of_type<Mul<Pow<OnePlusX2, -2>, Add<Q<1>, Mul<Q<-1>, Pow<X, 2>>>>>(d(x / (1_c + x * x), x)));
// x/sqrt(1 + x^2): (sqrt(1 + x^2) - x^2/sqrt(1 + x^2))/(1 + x^2) = (1 + x^2)^(-3/2)
static_assert(is_of_type<Pow<OnePlusX2, -3, 2>>(d(x / sqrt(1_c + x * x), x)));
// and where nothing cancels, the product rule's form stays: e^x/(1 + x)
using E = Exp<X>;
static_assert(is_of_type<Add<Mul<Q<-1>, Pow<OnePlusX, -2>, E>, Mul<Pow<OnePlusX, -1>, E>>>(d(exp(x) / (1_c + x), x)));
// elementary functions and the chain rule
static_assert(is_of_type<Exp<X>>(d(exp(x), x)));
static_assert(is_of_type<Mul<Q<2>, Exp<Mul<Q<2>, X>>>>(d(exp(2_c * x), x)));
static_assert(is_of_type<Exp<X>>(d(expm1(x), x)));
static_assert(is_of_type<Pow<X, -1>>(d(log(x), x)));
static_assert(is_of_type<Pow<OnePlusX, -1>>(d(log1p(x), x)));
static_assert(is_of_type<Sech2<X>>(d(tanh(x), x)));
static_assert(is_of_type<Mul<Q<-2>, Tanh<X>, Sech2<X>>>(d<2>(tanh(x), x)));
static_assert(is_of_type<Mul<constant<detail::two_over_sqrt_pi_tag>, Exp<Mul<Q<-1>, Pow<X, 2>>>>>(d(erf(x), x)));
static_assert(is_of_type<Mul<Q<-1>, constant<detail::two_over_sqrt_pi_tag>, Exp<Mul<Q<-1>, Pow<X, 2>>>>>(d(erfc(x), x)));
static_assert(is_of_type<Add<Mul<X, Exp<X>>, Exp<X>>>(d(x * exp(x), x)));
// σ written from exp: e^(-x)/(1 + e^(-x))^2
using OnePlusExpNegX = Add<Q<1>, Exp<NegX>>;
static_assert(is_of_type<Mul<Pow<OnePlusExpNegX, -2>, Exp<NegX>>>(d(1_c / (1_c + exp(-x)), x)));
// where: derivatives of the pieces
static_assert(is_of_type<Where<Gt<X, Q<0>>, Q<1>, A>>(d(where(x > 0_c, x, alpha * x), x)));
static_assert(is_of_type<Where<Gt<X, Q<0>>, Q<0>, X>>(d(where(x > 0_c, x, alpha * x), alpha)));
static_assert(is_of_type<Where<Gt<X, Q<0>>, Q<1>, Exp<X>>>(d(where(x > 0_c, x, expm1(x)), x)));
// gradient and jacobian
constexpr auto g = gradient(x * y + alpha, x, y, alpha);
static_assert(is_of_type<Y>(boost::hana::at_c<0>(g)));
static_assert(is_of_type<X>(boost::hana::at_c<1>(g)));
static_assert(is_of_type<Q<1>>(boost::hana::at_c<2>(g)));
constexpr auto j = jacobian(boost::hana::make_tuple(x * y, x + y), x, y);
static_assert(is_of_type<Y>(boost::hana::at_c<0>(boost::hana::at_c<0>(j))));
static_assert(is_of_type<Q<1>>(boost::hana::at_c<1>(boost::hana::at_c<1>(j))));
// derivatives by a parameter work like any variable
static_assert(is_of_type<Mul<X, Exp<Mul<A, X>>>>(d(exp(alpha * x), alpha)));
}  // namespace t
