// Rational and algebraic expressions evaluate in constant expressions.
// Expected values are worked out by hand.
#include <limits>

#include "test_types.hpp"

namespace t {
using namespace actdiff::literals;
constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto alpha = var<"alpha">;

static_assert(eval(x * x + 1_c, x = 3.0) == 10.0);
static_assert(eval(d(x / (1_c + x), x), x = 1.0) == 0.25);      // 1/(1+x)^2 at 1
static_assert(eval(d(pow<3>(x), x), x = 2.0) == 12.0);          // 3x^2
static_assert(eval(x * y - alpha, x = 2.0, y = 3.0, alpha = 0.5) == 5.5);
static_assert(eval<float>(x / 4_c, x = 1.0) == 0.25f);
static_assert(eval(where(x > 0_c, x, 0.01_c * x), x = -2.0) == -0.02);
static_assert(eval(where(x > 0_c, x, 0.01_c * x), x = 3.0) == 3.0);
static_assert(eval(d(where(x > 0_c, x, alpha * x), alpha), x = -2.0, alpha = 0.3) == -2.0);
static_assert(eval(max(x, 0_c), x = -1.0) == 0.0);
static_assert(eval(abs(x), x = -1.5) == 1.5);
static_assert(eval(d(abs(x), x), x = 0.0) == 0.0);
static_assert(eval(sqrt(x), x = 2.25) == 1.5);  // sqrt is exact here
static_assert(eval(1_c / 3_c) == 1.0 / 3.0);
static_assert(eval(pow<-2>(x), x = 4.0) == 0.0625);
}  // namespace t

// Transcendental functions are constexpr too (actdiff::math), on both compilers.
namespace t {
static_assert(eval(exp(x), x = 0.0) == 1.0);
static_assert(eval(log(x), x = 1.0) == 0.0);
static_assert(eval(d(x * exp(x), x), x = 0.0) == 1.0);     // e^x (1 + x) at 0
static_assert(eval(expm1(x) - x, x = 0.0) == 0.0);
// e = 2.718281828459045 to double precision; allow one ulp (4.44e-16)
static_assert(eval(exp(x), x = 1.0) - 2.718281828459045 <= 4.5e-16 &&
              2.718281828459045 - eval(exp(x), x = 1.0) <= 4.5e-16);
// IEEE behaviour survives constant evaluation: overflow, 1/0, NaN
static_assert(eval(exp(x), x = 1000.0) == std::numeric_limits<double>::infinity());
static_assert(eval(1_c / x, x = 0.0) == std::numeric_limits<double>::infinity());
static_assert(eval(x * x, x = std::numeric_limits<double>::quiet_NaN()) !=
              eval(x * x, x = std::numeric_limits<double>::quiet_NaN()));
}  // namespace t

// Every primitive evaluates in constant expressions (actdiff::math).
namespace t {
static_assert(eval(tanh(x), x = 0.0) == 0.0);
static_assert(eval(sech2(x), x = 0.0) == 1.0);
static_assert(eval(erf(x), x = 0.0) == 0.0);
static_assert(eval(erfc(x), x = 0.0) == 1.0);
static_assert(eval(sigmoid(x), x = 0.0) == 0.5);
static_assert(eval(d(sigmoid(x), x), x = 0.0) == 0.25);
static_assert(eval(softplus(x), x = -1000.0) == 0.0);
static_assert(eval(tanh(x), x = 30.0) == 1.0);  // tanh(30) rounds to 1 in double
static_assert(eval(d(tanh(x), x), x = 30.0) > 0.0);  // sech² stays positive: no false zero
}  // namespace t
