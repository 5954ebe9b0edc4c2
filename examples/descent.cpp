// The descent example of the source documents (IDENTITIES.md I16): gradient
// descent on σ itself from σ(x) = 0.9 (x = ln 9) with learning rate 0.2,
// x <- x - 0.2·σ'(x). The gradient is 0.09, the first step gives
// σ = 0.898368…, and it takes 67 steps until σ(x) < 0.5. The same descent
// on ReLU from 0.9 takes 2 steps (0.9 -> 0.7 -> 0.5): ReLU's slope is 1 where
// σ's is at most 1/4.
//
// The runs are the library's (verify::examples::descent, through d(sigmoid(x), x)),
// at 100 digits and in double; the program checks them against the same
// descent written here with Boost's exp (σ' = σ(1 - σ)) and against ReLU's
// descent counted in integer tenths.
#include <cstdio>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/verify/examples.hpp>

namespace {

using hp = boost::multiprecision::cpp_bin_float_100;
using descent = actdiff::verify::examples::descent;

struct independent_run {
  hp x1, sigma1, x_last, sigma_last;
  int steps = 0;
};
independent_run sigmoid_by_hand() {
  auto sigma = [](const hp& v) { return hp(1 / (1 + exp(-v))); };
  independent_run r;
  hp v = log(hp(9));
  while (sigma(v) >= hp(0.5) && r.steps < 1000) {
    const hp s = sigma(v);
    v -= hp(2) / 10 * s * (1 - s);
    if (++r.steps == 1) {
      r.x1 = v;
      r.sigma1 = sigma(v);
    }
  }
  r.x_last = v;
  r.sigma_last = sigma(v);
  return r;
}

// ReLU from 0.9 in tenths: the slope is 1 while x > 0, so each step takes 2 tenths.
int relu_steps_in_tenths() {
  int tenths = 9, steps = 0;
  for (; tenths > 5; ++steps) tenths -= 2;
  return steps;
}

}  // namespace

int main() {
  const auto s = descent::sigmoid_descent<hp>();
  const auto sd = descent::sigmoid_descent<double>();
  const independent_run want = sigmoid_by_hand();

  std::printf("sigma'(ln 9)            = %s\n", s.gradient0.str(20).c_str());
  std::printf("first step: x1 = ln 9 - %s, sigma(x1) = %s\n", hp(log(hp(9)) - s.x1).str(20).c_str(),
              s.sigma1.str(20).c_str());
  std::printf("sigmoid: %d steps to sigma < 0.5 (x = %s, sigma = %s)\n", s.steps, s.x_last.str(20).c_str(),
              s.sigma_last.str(20).c_str());
  std::printf("         in double: %d steps (sigma = %.17g)\n", sd.steps, sd.sigma_last);
  std::printf("relu:    %d steps to relu <= 0.5 (%d to < 0.5), in exact rationals\n", descent::relu_steps_le(),
              descent::relu_steps_lt());

  int failures = 0;
  auto close = [](const hp& a, const hp& b) { return abs(a - b) <= hp("1e-90") * abs(b); };
  if (s.steps != want.steps || sd.steps != want.steps) ++failures;
  if (!close(s.x1, want.x1) || !close(s.sigma1, want.sigma1) || !close(s.x_last, want.x_last) ||
      !close(s.sigma_last, want.sigma_last))
    ++failures;
  if (descent::relu_steps_le() != relu_steps_in_tenths()) ++failures;
  std::printf("\nby hand (Boost exp, sigma' = sigma(1 - sigma)): %d steps, sigma(x1) = %s; relu: %d steps\n",
              want.steps, want.sigma1.str(20).c_str(), relu_steps_in_tenths());
  return failures == 0 ? 0 : 1;
}
