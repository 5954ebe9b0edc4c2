// examples/tutorial_2_identity.cpp
#include <iostream>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/verify/verify.hpp>

#include "tutorial_activation.hpp"

using namespace actdiff;
using namespace actdiff::literals;

int main() {
  constexpr auto x = var<"x">;
  constexpr auto f = penalized_tanh(x);

  // tanh' = 1 - tanh², so f' = 1 - f² for x > 0 and a - f²/a otherwise.
  constexpr auto lhs = d(f, x);
  constexpr auto rhs = where(x > 0_c, 1_c - pow<2>(f), 0.25_c - pow<2>(f) / 0.25_c);

  // Symbolically: both sides brought to one canonical form.
  std::cout << "proved symbolically: " << std::boolalpha << verify::proves(lhs, rhs) << "\n";

  // Numerically, at 100 digits. Beyond |x| = 20 the right side cancels (at
  // x = 40 it loses 35 of the 100 digits), so the check stays inside.
  using hp = boost::multiprecision::cpp_bin_float_100;
  const auto report = verify::identity(lhs, rhs).over(x, -20, 20).samples(2001).in<hp>();
  std::cout << "at 100 digits: " << report << "\n";
  return report.holds(1e-80) ? 0 : 1;
}
