// Checking hand-written backward formulas against the derived derivative.
//
// Three backward passes for GELU's tanh approximation,
//   f(x) = x/2·(1 + tanh(u)),  u = √(2/π)(x + 0.044715x³),
// as one might write them in a kernel:
//   textbook: (1 + tanh u)/2 + x/2·(1 - tanh²u)·u'   right, but 1 + tanh u and
//             1 - tanh²u lose everything in the tails (false zeros in double)
//   stable:   σ(2u) + x·σ(2u)σ(-2u)·2u'               right and accurate
//   buggy:    (1 + tanh u)/2 + x/2·(1 - tanh²u)        u' forgotten
// verify::check_derivative tells them apart against the derivative of the
// catalog's gelu_tanh (x·σ(2u), derived in a stable form): proved or not,
// agrees at 100 digits or not, and the accuracy of the formula itself in
// double. (The textbook formula cancels even at 100 digits far in the
// tails, so it "disagrees" there although it is proved right.)
#include <cstdio>
#include <sstream>

#include <actdiff/actdiff.hpp>
#include <actdiff/verify/check_derivative.hpp>

int main() {
  using namespace actdiff;
  using namespace actdiff::literals;
  constexpr auto x = var<"x">;
  constexpr auto u = sqrt(2_c / pi) * (x + 0.044715_c * pow<3>(x));
  constexpr auto du = sqrt(2_c / pi) * (1_c + 3_c * 0.044715_c * pow<2>(x));
  constexpr auto f = gelu_tanh(x);

  constexpr auto textbook = (1_c + tanh(u)) / 2_c + x / 2_c * (1_c - pow<2>(tanh(u))) * du;
  constexpr auto stable = sigmoid(2_c * u) + x * sigmoid(2_c * u) * sigmoid(-2_c * u) * 2_c * du;
  constexpr auto buggy = (1_c + tanh(u)) / 2_c + x / 2_c * (1_c - pow<2>(tanh(u)));

  const auto t = verify::check_derivative(f, textbook, x);
  const auto s = verify::check_derivative(f, stable, x);
  const auto b = verify::check_derivative(f, buggy, x);
  std::printf("textbook: %s\n", (std::ostringstream{} << t).str().c_str());
  std::printf("stable:   %s\n", (std::ostringstream{} << s).str().c_str());
  std::printf("buggy:    %s\n", (std::ostringstream{} << b).str().c_str());

  // what the example shows, checked
  int failures = 0;
  auto expect = [&](bool ok, const char* what) {
    if (!ok) {
      std::printf("UNEXPECTED: %s\n", what);
      ++failures;
    }
  };
  expect(t.proved, "the textbook formula is proved right");
  expect(t.in_double.false_zeros > 0, "the textbook formula has false zeros in double");
  expect(s.agrees && s.proved, "the stable formula is right");
  // (its largest ulp errors are where the value is subnormal, x < -21)
  expect(s.in_double.false_results() == 0, "the stable formula has no false zeros in double");
  expect(!b.agrees, "the buggy formula disagrees");
  return failures == 0 ? 0 : 1;
}
