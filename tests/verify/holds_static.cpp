// Compile-only: verify::holds in static_assert (x bound to each point; see
// holds.hpp for the tolerance), including identities of the table that
// evaluate in constant expressions.
#include <actdiff/actdiff.hpp>
#include <actdiff/verify/holds.hpp>

using namespace actdiff;
using namespace actdiff::literals;

namespace {
constexpr auto x = var<"x">;
constexpr auto s = sigmoid(x);
static_assert(verify::holds(d(s, x), s * (1_c - s), -5.0, -1.0, 0.0, 0.5, 2.0, 5.0));  // I1 (at 20, 1 - σ cancels in double)
static_assert(verify::holds(s, exp(x) / (exp(x) + exp(0_c)), -30.0, -1.0, 0.0, 3.0, 30.0));  // I4
static_assert(verify::holds(d(softplus(x), x), s, -3.0, 0.0, 7.0));  // I5
static_assert(verify::holds(sigmoid(-x), 1_c - s, -3.0, 0.0, 7.0));  // I18
static_assert(verify::holds(d(silu(x), x), s * (1_c + x * (1_c - s)), -4.0, -1.0, 0.0, 2.5));  // I22
static_assert(verify::holds(logsigmoid(x), -softplus(-x), -4.0, 0.0, 2.5));  // I20
static_assert(verify::holds(leaky_relu(x), max(x, 0.01_c * x), -4.0, 0.0, 2.5));  // I6
static_assert(verify::holds(hardswish(x), x * hardsigmoid(x), -4.0, -3.0, -1.0, 0.0, 3.0, 5.0));  // I17
static_assert(verify::holds(d(elu(x), x), elu(x) + 1_c, -5.0, -1.0, 0.0));  // I19 (x <= 0; at -10, expm1 + 1 cancels in double)
static_assert(!verify::holds(d(elu(x), x), elu(x) + 1_c, 1.0));  // not for x > 0
static_assert(!verify::holds(sigmoid(x), exp(x), -1.0));
static_assert(verify::holds(rational<1, 4>{}, d(s, x), 0.0));  // I15
}  // namespace
