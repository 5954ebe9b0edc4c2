// The same expressions in cpp_bin_float_100: a derived derivative evaluated
// to 100 digits, checked against the textbook formula written here with
// Boost.Multiprecision's own erf and exp.
//
//   gelu'(x) = Φ(x) + x·φ(x),  Φ(x) = (1 + erf(x/√2))/2,  φ(x) = e^(-x²/2)/√(2π)
#include <cstdio>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/actdiff.hpp>

int main() {
  using hp = boost::multiprecision::cpp_bin_float_100;
  constexpr auto x = actdiff::var<"x">;
  constexpr auto dgelu = actdiff::d(actdiff::gelu(x), x);

  int failures = 0;
  for (const char* text : {"-3.5", "-1", "0.25", "1", "2.75"}) {
    const hp v(text);
    const hp got = actdiff::eval(dgelu, x = v);
    const hp pi = 4 * atan(hp(1));
    const hp want = (1 + erf(v / sqrt(hp(2)))) / 2 + v * exp(-v * v / 2) / sqrt(2 * pi);
    const hp rel = abs((got - want) / want);
    std::printf("gelu'(%s) = %s\n  relative difference from the textbook formula: %.3g\n", text,
                got.str(60).c_str(), static_cast<double>(rel));
    if (!(rel < hp("1e-95"))) ++failures;
  }
  return failures == 0 ? 0 : 1;
}
