// examples/tutorial_1_define.cpp
#include <cmath>
#include <cstdio>

#include "tutorial_activation.hpp"

using namespace actdiff;

constexpr auto x = var<"x">;
constexpr auto f = penalized_tanh(x);
constexpr auto df = d(f, x);      // derived by the compiler: a new type
constexpr auto d2f = d<2>(f, x);  // any order

// Evaluated by the compiler, with the same bits as at run time.
static_assert(eval(f, x = 0.0) == 0.0);
static_assert(eval(df, x = 0.0) == 0.25);                        // the kink takes the x <= 0 branch
static_assert(eval(f, x = -2.0) == -0.25 * eval(f, x = 2.0));    // a·tanh is odd
static_assert(eval(df, x = -2.0) == 0.25 * eval(df, x = 2.0));   // and its slope even
constexpr double slope_at_one = eval(df, x = 1.0);

int main() {
  std::printf("f       = %s = %s\n", to_string(f).c_str(), to_string(definition_of(f)).c_str());
  std::printf("f'      = %s\n", to_string(df).c_str());
  std::printf("f''     = %s\n", to_string(d2f).c_str());
  std::printf("f'(1)   = %.17g\n", slope_at_one);
  std::printf("LaTeX f': %s\n", to_latex(df).c_str());

  // With a learnable a, the gradient has a partial for it too.
  constexpr auto a = var<"a">;
  constexpr auto g = gradient(penalized_tanh(x, a), x, a);
  std::printf("df/dx   = %s\ndf/da   = %s\n", to_string(boost::hana::at_c<0>(g)).c_str(),
              to_string(boost::hana::at_c<1>(g)).c_str());
  std::printf("df/da at x = -1: %.17g\n", eval(boost::hana::at_c<1>(g), x = -1.0, a = 0.25));

  // f'(1) = sech²(1) = 1/cosh²(1), by <cmath>
  return std::abs(slope_at_one - 1 / (std::cosh(1.0) * std::cosh(1.0))) < 1e-15 ? 0 : 1;
}
