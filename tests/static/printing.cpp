// Printing: exact text and LaTeX, checked at compile time.
#include "test_types.hpp"

namespace t {
using namespace actdiff::literals;
constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto alpha = var<"alpha">;

// text
static_assert(to_string(x) == "x");
static_assert(to_string(2_c) == "2");
static_assert(to_string(-1_c / 3_c) == "-1/3");
static_assert(to_string(0.044715_c) == "0.044715");
static_assert(to_string(x * x + 1_c) == "1 + x^2");
static_assert(to_string(1_c - x) == "1 - x");
static_assert(to_string(-x) == "-x");
static_assert(to_string(x / 2_c) == "x/2");
static_assert(to_string(3_c * x / (2_c * y)) == "3*x/(2*y)");
static_assert(to_string(x / (1_c + x)) == "x/(1 + x)");
static_assert(to_string(d(x / (1_c + x), x)) == "1/(1 + x)^2");
static_assert(to_string(pow<2>(x + 1_c)) == "(1 + x)^2");
static_assert(to_string(-(x + 1_c)) == "-1 - x");
static_assert(to_string(0.044715_c * pow<3>(x)) == "0.044715*x^3");
static_assert(to_string(sqrt(x)) == "sqrt(x)");
static_assert(to_string(1_c / sqrt(x)) == "1/sqrt(x)");
static_assert(to_string(pow<1, 3>(x)) == "x^(1/3)");
static_assert(to_string(exp(-x)) == "exp(-x)");
static_assert(to_string(d(1_c / (1_c + exp(-x)), x)) == "exp(-x)/(1 + exp(-x))^2");
static_assert(to_string(d<3>(tanh(x), x)) == "-2*sech2(x)^2 + 4*tanh(x)^2*sech2(x)");
static_assert(to_string(where(x > 0_c, x, alpha * expm1(x))) == "where(x > 0, x, alpha*expm1(x))");
static_assert(to_string(x * exp(x) - exp(-x) * y) == "x*exp(x) - y*exp(-x)");
static_assert(to_string(sqrt(2_c / pi)) == "sqrt(2/pi)");
static_assert(to_string(x * inv_sqrt_2pi) == "(1/sqrt(2*pi))*x");
static_assert(to_string(x - 2_c) == "-2 + x");
// LaTeX
static_assert(to_latex(x / (1_c + x)) == "\\frac{x}{1 + x}");
static_assert(to_latex(d(x / (1_c + x), x)) == "\\frac{1}{\\left(1 + x\\right)^{2}}");
static_assert(to_latex(alpha * x) == "\\alpha x");
static_assert(to_latex(1_c / 2_c) == "\\frac{1}{2}");
static_assert(to_latex(sqrt(x + 1_c)) == "\\sqrt{1 + x}");
static_assert(to_latex(exp(x) * tanh(x)) == "\\exp\\left(x\\right) \\tanh\\left(x\\right)");
static_assert(to_latex(pow<2>(x)) == "x^{2}");
static_assert(to_latex(where(x > 0_c, x, 0_c)) ==
              "\\begin{cases} x & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}");
static_assert(to_latex(erf(x * inv_sqrt2)) == "\\operatorname{erf}\\left(\\frac{1}{\\sqrt{2}} x\\right)");
// a printed result is a constexpr value too
constexpr auto printed = to_string(x + y);
static_assert(printed.size() == 5 && printed == "x + y");
}  // namespace t
