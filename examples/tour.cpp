// The tour from README.md: write an activation, differentiate it at compile
// time, evaluate it in constant expressions and at 100 digits, print it, and
// check an identity numerically.
#include <cstdio>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/actdiff.hpp>

using namespace actdiff;
using namespace actdiff::literals;

int main() {
  constexpr auto x = var<"x">;
  constexpr auto alpha = var<"alpha">;  // parameters are variables too

  // σ written from exp; its derivative is a new type, derived by the compiler.
  constexpr auto s = 1_c / (1_c + exp(-x));
  constexpr auto ds = d(s, x);
  static_assert(eval(ds, x = 0.0) == 0.25);  // σ'(0) = 1/4, at compile time
  static_assert(to_string(ds) == "exp(-x)/(1 + exp(-x))^2");
  std::printf("sigma(x)   = %s\n", to_string(s).c_str());
  std::printf("sigma'(x)  = %s\n", to_string(ds).c_str());
  std::printf("LaTeX      : %s\n", to_latex(ds).c_str());

  // A piecewise activation with a learnable parameter, and its gradient.
  constexpr auto elu = where(x > 0_c, x, alpha * expm1(x));
  constexpr auto g = gradient(elu, x, alpha);
  std::printf("\nelu(x)          = %s\n", to_string(elu).c_str());
  std::printf("d elu/dx        = %s\n", to_string(boost::hana::at_c<0>(g)).c_str());
  std::printf("d elu/dalpha    = %s\n", to_string(boost::hana::at_c<1>(g)).c_str());
  constexpr double at_kink = eval(boost::hana::at_c<0>(g), x = 0.0, alpha = 1.5);
  std::printf("d elu/dx at 0   = %g with alpha = 1.5 (the left derivative)\n", at_kink);

  // GELU's tanh form, with the exact rational 0.044715.
  constexpr auto gelu_t = 0.5_c * x * (1_c + tanh(sqrt(2_c / pi) * (x + 0.044715_c * pow<3>(x))));
  std::printf("\ngelu_tanh(x)    = %s\n", to_string(gelu_t).c_str());
  std::printf("gelu_tanh'(x)   = %s\n", to_string(d(gelu_t, x)).c_str());
  std::printf("gelu_tanh'(1.0) = %.17g (double)\n", eval(d(gelu_t, x), x = 1.0));

  // sigma' = sigma (1 - sigma), checked at 100 digits over [-20, 20]. (Further
  // out, 1 - sigma cancels: at x = 40 it loses 17 of the 100 digits.)
  using hp = boost::multiprecision::cpp_bin_float_100;
  constexpr auto rhs = s * (1_c - s);
  hp worst = 0;
  for (int i = -200; i <= 200; ++i) {
    hp v = hp(i) / 10;
    hp a = eval(ds, x = v), b = eval(rhs, x = v);
    hp rel = abs(a - b) / abs(b);
    if (rel > worst) worst = rel;
  }
  std::printf("\nsigma' = sigma*(1 - sigma) at 401 points in [-20, 20], 100 digits: max relative difference %s\n",
              worst.str(3, std::ios_base::scientific).c_str());
  return worst < hp("1e-85") ? 0 : 1;
}
