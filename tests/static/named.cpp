// Named functions: printed by name, evaluated and differentiated through
// their definition.
#include "test_types.hpp"

namespace t {
using namespace actdiff::literals;
constexpr auto x = var<"x">;
constexpr auto y = var<"y">;

struct gate_def {
  static constexpr std::string_view name = "gate";
  static constexpr std::string_view latex = "\\operatorname{gate}";
  static constexpr auto definition(auto a, auto b) { return a / (1_c + exp(-b)); }
};
constexpr auto gate(expression auto a, expression auto b) { return named<gate_def>(a, b); }

constexpr auto g = gate(x, 2_c * y);
static_assert(to_string(g) == "gate(x, 2*y)");
static_assert(to_latex(g) == "\\operatorname{gate}\\left(x, 2 y\\right)");
static_assert(to_string(definition_of(g)) == "x/(1 + exp(-2*y))");
// ∂/∂a = 1/(1 + e^-b); ∂/∂b = a e^-b/(1 + e^-b)^2, times the inner derivative 2
using E2y = Exp<Mul<Q<-2>, Y>>;
static_assert(is_of_type<Pow<Add<Q<1>, E2y>, -1>>(d(g, x)));
static_assert(is_of_type<Mul<Q<2>, X, Pow<Add<Q<1>, E2y>, -2>, E2y>>(d(g, y)));
// the same node for the same arguments, so it is shared and sorted like any other
static_assert(is_of_type<Mul<Q<2>, std::remove_const_t<decltype(g)>>>(g + g));
static_assert(eval(g, x = 3.0, y = 0.0) == 1.5);
static_assert(eval(d(g, x), x = 3.0, y = 0.0) == 0.5);
}  // namespace t

namespace t {
struct outer_def {
  static constexpr std::string_view name = "outer";
  static constexpr std::string_view latex = "\\operatorname{outer}";
  static constexpr auto definition(auto a) { return gate(a, a) + a; }
};
constexpr auto outer(expression auto a) { return named<outer_def>(a); }
static_assert(to_string(definition_of(outer(x))) == "x + gate(x, x)");
static_assert(to_string(inline_named(outer(x))) == "x + x/(1 + exp(-x))");
}  // namespace t
