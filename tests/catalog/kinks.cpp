// Check 4: the kink conventions of CATALOG.md, exactly, in double, both in
// static_asserts and at run time; hand-known values at compile time; and NaN
// in gives NaN out for every catalog entry and every input.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string_view>

#include "common.hpp"

using namespace actdiff;
using namespace actdiff::literals;
namespace hana = boost::hana;

namespace {
constexpr auto x = var<"x">;
constexpr auto alpha = var<"alpha">;
constexpr auto lambda = var<"lambda">;
constexpr auto z0 = var<"z0">;
constexpr auto z1 = var<"z1">;
constexpr auto z2 = var<"z2">;
constexpr auto a = var<"a">;
constexpr auto b = var<"b">;

constexpr double selu_a = 1.6732632423543772848170429916717;
constexpr double selu_l = 1.0507009873554804934193349852946;
}  // namespace

// Both at compile time and at run time (the run-time call is not folded: it
// goes through a volatile input).
#define KINK(expr, var_, at, want)                          \
  do {                                                      \
    static_assert(eval(expr, var_ = (at)) == (want));       \
    volatile double at_rt = (at);                           \
    CHECK(eval(expr, var_ = static_cast<double>(at_rt)) == (want)); \
  } while (0)

TEST_CASE("kink conventions, exactly, in double") {
  KINK(d(relu(x), x), x, 0.0, 0.0);
  KINK(d(relu6(x), x), x, 0.0, 0.0);
  KINK(d(relu6(x), x), x, 6.0, 0.0);
  KINK(d(leaky_relu(x), x), x, 0.0, 0.01);
  KINK(d(prelu(x), x), x, 0.0, 0.25);
  KINK(d(elu(x), x), x, 0.0, 1.0);
  KINK(d(selu(x), x), x, 0.0, selu_l * selu_a);
  KINK(d(celu(x), x), x, 0.0, 1.0);
  KINK(d(hardsigmoid(x), x), x, -3.0, 0.0);
  KINK(d(hardsigmoid(x), x), x, 3.0, 0.0);
  KINK(d(hardswish(x), x), x, -3.0, 0.0);
  KINK(d(hardswish(x), x), x, 3.0, 1.0);
  KINK(d(hardtanh(x), x), x, -1.0, 0.0);
  KINK(d(hardtanh(x), x), x, 1.0, 0.0);
  KINK(d(softshrink(x), x), x, -0.5, 0.0);
  KINK(d(softshrink(x), x), x, 0.5, 0.0);
  KINK(d(hardshrink(x), x), x, -0.5, 0.0);
  KINK(d(hardshrink(x), x), x, 0.5, 0.0);
  for (double p : {-2.0, -0.0, 0.0, 1e-300, 0.5, 7.0}) CHECK(eval(d(step(x), x), x = p) == 0.0);
  static_assert(eval(d(step(x), x), x = 0.0) == 0.0);
  // the values at the kinks are continuous (or, for the step, the left value)
  KINK(relu6(x), x, 6.0, 6.0);
  KINK(hardswish(x), x, 3.0, 3.0);
  KINK(hardswish(x), x, -3.0, 0.0);
  KINK(step(x), x, 0.0, 0.0);
  KINK(hardshrink(x), x, 0.5, 0.0);
}

TEST_CASE("kink conventions with the parameters as variables") {
  static_assert(eval(d(leaky_relu(x, alpha), x), x = 0.0, alpha = 0.2) == 0.2);
  static_assert(eval(d(prelu(x, alpha), x), x = 0.0, alpha = 0.3) == 0.3);
  // prelu: d/dalpha = x for x <= 0, else 0; at 0 that is 0
  static_assert(eval(d(prelu(x, alpha), alpha), x = 0.0, alpha = 0.25) == 0.0);
  CHECK(eval(d(prelu(x, alpha), alpha), x = 0.0, alpha = 0.25) == 0.0);
  CHECK(eval(d(prelu(x, alpha), alpha), x = -2.0, alpha = 0.25) == -2.0);
  CHECK(eval(d(prelu(x, alpha), alpha), x = 2.0, alpha = 0.25) == 0.0);
  CHECK(eval(d(prelu(x, alpha), x), x = 0.0, alpha = 0.3) == 0.3);
  static_assert(eval(d(elu(x, alpha), x), x = 0.0, alpha = 1.5) == 1.5);
  CHECK(eval(d(elu(x, alpha), x), x = 0.0, alpha = 1.5) == 1.5);
  static_assert(eval(d(celu(x, alpha), x), x = 0.0, alpha = 2.0) == 1.0);
  CHECK(eval(d(celu(x, alpha), x), x = 0.0, alpha = 0.5) == 1.0);
  static_assert(eval(d(softshrink(x, lambda), x), x = 1.25, lambda = 1.25) == 0.0);
  static_assert(eval(d(softshrink(x, lambda), x), x = -1.25, lambda = 1.25) == 0.0);
  static_assert(eval(d(hardshrink(x, lambda), x), x = 1.25, lambda = 1.25) == 0.0);
  static_assert(eval(d(hardshrink(x, lambda), x), x = -1.25, lambda = 1.25) == 0.0);
  CHECK(eval(d(hardshrink(x, lambda), x), x = -1.25, lambda = 1.25) == 0.0);
  // reglu: relu'(0) = 0 in a
  static_assert(eval(d(reglu(a, b), a), a = 0.0, b = 3.0) == 0.0);
}

TEST_CASE("maxout at ties: 1 for the first maximal argument, 0 for the others") {
  constexpr auto g = gradient(maxout(z0, z1, z2), z0, z1, z2);
  auto grad_at = [&](double u, double v, double w) {
    return std::array<double, 3>{eval(hana::at_c<0>(g), z0 = u, z1 = v, z2 = w),
                                 eval(hana::at_c<1>(g), z0 = u, z1 = v, z2 = w),
                                 eval(hana::at_c<2>(g), z0 = u, z1 = v, z2 = w)};
  };
  using A = std::array<double, 3>;
  CHECK(grad_at(1, 1, 1) == A{1, 0, 0});
  CHECK(grad_at(0, 2, 2) == A{0, 1, 0});
  CHECK(grad_at(2, 0, 2) == A{1, 0, 0});
  CHECK(grad_at(2, 2, -1) == A{1, 0, 0});
  CHECK(grad_at(-1, 0, 3) == A{0, 0, 1});
  CHECK(grad_at(-0.0, 0.0, -1) == A{1, 0, 0});  // -0 == 0 is a tie
  static_assert(eval(hana::at_c<1>(g), z0 = 0.0, z1 = 2.0, z2 = 2.0) == 1.0);
  static_assert(eval(hana::at_c<2>(g), z0 = 0.0, z1 = 2.0, z2 = 2.0) == 0.0);
  static_assert(eval(hana::at_c<0>(g), z0 = 5.0, z1 = 5.0, z2 = 5.0) == 1.0);
}

// Hand-known values, at compile time (no tanh or erf here: Clang cannot
// evaluate those in constant expressions yet).
static_assert(eval(relu(x), x = 2.0) == 2.0);
static_assert(eval(relu(x), x = -2.0) == 0.0);
static_assert(eval(relu6(x), x = 7.0) == 6.0);
static_assert(eval(sigmoid(x), x = 0.0) == 0.5);
static_assert(eval(d(sigmoid(x), x), x = 0.0) == 0.25);
static_assert(eval(d<2>(sigmoid(x), x), x = 0.0) == 0.0);
static_assert(eval(leaky_relu(x), x = -1.0) == -0.01);
static_assert(eval(prelu(x), x = -2.0) == -0.5);
static_assert(eval(elu(x), x = 0.0) == 0.0);
static_assert(eval(silu(x), x = 0.0) == 0.0);
static_assert(eval(d(silu(x), x), x = 0.0) == 0.5);
static_assert(eval(swish(x), x = 2.0) == eval(silu(x), x = 2.0));
static_assert(eval(gelu_sigmoid(x), x = 0.0) == 0.0);
static_assert(eval(d(gelu_tanh(x), x), x = 0.0) == 0.5);
static_assert(eval(hardsigmoid(x), x = 0.0) == 0.5);
static_assert(eval(hardswish(x), x = 3.0) == 3.0);
static_assert(eval(hardswish(x), x = 1.5) == 1.125);
static_assert(eval(hardtanh(x), x = -2.0) == -1.0);
static_assert(eval(softshrink(x), x = 1.0) == 0.5);
static_assert(eval(softshrink(x), x = -1.0) == -0.5);
static_assert(eval(hardshrink(x), x = 0.25) == 0.0);
static_assert(eval(hardshrink(x), x = 0.75) == 0.75);
static_assert(eval(step(x), x = 1.0) == 1.0);
static_assert(eval(softsign(x), x = 1.0) == 0.5);
static_assert(eval(d(softsign(x), x), x = 1.0) == 0.25);
static_assert(eval(squareplus(x), x = 0.0) == 1.0);
static_assert(eval(squareplus(x), x = 1.5) == 2.0);  // (1.5 + 2.5)/2
static_assert(eval(softplus(x), x = 0.0) == 0.69314718055994530942);  // ln 2
static_assert(eval(logsigmoid(x), x = 0.0) == -0.69314718055994530942);
static_assert(eval(maxout(z0, z1, z2), z0 = 1.0, z1 = 3.0, z2 = 2.0) == 3.0);
static_assert(eval(glu(a, b), a = 2.0, b = 0.0) == 1.0);
static_assert(eval(reglu(a, b), a = 2.0, b = 3.0) == 6.0);
static_assert(eval(reglu(a, b), a = -2.0, b = 3.0) == 0.0);
static_assert(eval(swiglu(a, b), a = 0.0, b = 5.0) == 0.0);
// e^(z_i - logsumexp(z)) rounds 1 + ln 2 on the way, so softmax(1, 1) is
// 0.5 only to an ulp (1/sum e^(z_j - z_i) would be exact here)
constexpr bool within_ulps(double got, double want, double ulps) {
  const double diff = got > want ? got - want : want - got;
  return diff <= ulps * 0x1p-52 * (want < 0 ? -want : want);
}
static_assert(within_ulps(eval(softmax<0>(z0, z1), z0 = 1.0, z1 = 1.0), 0.5, 1));
static_assert(within_ulps(eval(softmin<1>(z0, z1), z0 = 1.0, z1 = 1.0), 0.5, 1));
static_assert(within_ulps(eval(log_softmax<0>(z0, z1), z0 = 1.0, z1 = 1.0), -0.69314718055994530942, 1));
static_assert(eval(softmax<0>(z0, z1), z0 = 0.0, z1 = 0.0) == 0.5);

TEST_CASE("NaN in, NaN out: every catalog entry, every input, float and double") {
  std::size_t entries = 0;
  hana::for_each(catalog::activations, [&](auto entry) {
    using E = decltype(entry);
    CAPTURE(E::name);
    ++entries;
    for (std::size_t k = 0; k < cat::arity<E>; ++k) {
      CAPTURE(k);
      for (const auto& base : {std::array<double, 3>{0.75, -1.25, 2.5}, std::array<double, 3>{-3.0, 40.0, -0.5}}) {
        auto v = base;
        v[k] = std::numeric_limits<double>::quiet_NaN();
        CHECK(std::isnan(cat::eval_at<double, E>(E::f, v)));
        CHECK(std::isnan(cat::eval_at<float, E>(E::f, v)));
      }
    }
  });
  CHECK(entries == 35);
}
