// examples/tutorial_3_derivative.cpp
#include <iostream>

#include <actdiff/verify/check_derivative.hpp>

#include "tutorial_activation.hpp"

using namespace actdiff;
using namespace actdiff::literals;

int main() {
  constexpr auto x = var<"x">;
  constexpr auto f = penalized_tanh(x);

  // Three backward formulas as one might write them in a kernel:
  constexpr auto mine = where(x > 0_c, sech2(x), sech2(x) / 4_c);
  constexpr auto other_kink = where(x >= 0_c, sech2(x), sech2(x) / 4_c);  // slope 1 at x = 0
  constexpr auto from_output = where(x > 0_c, 1_c - pow<2>(f), 0.25_c - pow<2>(f) / 0.25_c);

  const auto r1 = verify::check_derivative(f, mine, x);
  const auto r2 = verify::check_derivative(f, other_kink, x);
  const auto r3 = verify::check_derivative(f, from_output, x);
  std::cout << "mine:        " << r1 << "\n";
  std::cout << "other kink:  " << r2 << "\n";
  std::cout << "from output: " << r3 << "\n";
  const bool as_expected = r1.proved && r1.agrees && !r2.agrees && r2.first_disagreement == 0 && r3.proved &&
                           r3.in_double.false_zeros > 0;
  return as_expected ? 0 : 1;
}
