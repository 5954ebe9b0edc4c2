// A custom activation with a learnable parameter: a smooth leaky ReLU
//
//   soft_leaky(x; α) = softplus(x) - α·softplus(-x)
//
// (x for x ≫ 0, α·x for x ≪ 0; α = 0 is softplus, α = 1 the identity,
// since softplus(x) - softplus(-x) = x). Written as α·x + (1 - α)·softplus(x)
// it is the same function, but then ∂/∂α = x - softplus(x) cancels for
// large x; in this form ∂/∂α = -softplus(-x) keeps its digits.
//
// The program derives ∂f/∂x and ∂f/∂α, checks both against central
// differences of f at 100 digits, then fits α to data made with α = 0.2 by
// gradient descent in double on a squared loss, whose gradient the library
// derives too (checked the same way at every step).
#include <cstdio>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/actdiff.hpp>

namespace {

using namespace actdiff;
using namespace actdiff::literals;

struct soft_leaky_def {
  static constexpr std::string_view name = "soft_leaky";
  static constexpr std::string_view latex = "\\operatorname{SoftLeaky}";
  static constexpr auto definition(auto x, auto alpha) { return softplus(x) - alpha * softplus(-x); }
};
constexpr auto soft_leaky(expression auto x, expression auto alpha) { return named<soft_leaky_def>(x, alpha); }

constexpr auto x = var<"x">;
constexpr auto alpha = var<"alpha">;
constexpr auto y = var<"y">;
constexpr auto f = soft_leaky(x, alpha);
constexpr auto df_dx = d(f, x);
constexpr auto df_dalpha = d(f, alpha);
// One sample's loss; its gradient by α goes through f by the chain rule.
constexpr auto loss = pow<2>(f - y) / 2_c;
constexpr auto dloss_dalpha = d(loss, alpha);

using hp = boost::multiprecision::cpp_bin_float_100;

// (g(v + h) - g(v - h)) / 2h at 100 digits: error ~h², far below 1e-40.
template <class G>
hp central_difference(G g, const hp& v) {
  const hp h("1e-25");
  return (g(v + h) - g(v - h)) / (2 * h);
}

}  // namespace

int main() {
  std::printf("f(x; alpha)  = %s = %s\n", to_string(f).c_str(), to_string(definition_of(f)).c_str());
  std::printf("df/dx        = %s\n", to_string(df_dx).c_str());
  std::printf("df/dalpha    = %s\n", to_string(df_dalpha).c_str());
  std::printf("dloss/dalpha = %s\n\n", to_string(dloss_dalpha).c_str());

  int failures = 0;

  // 1. The derived partials against central differences of f itself.
  hp worst = 0;
  for (const char* xt : {"-30", "-2.5", "-0.75", "0", "0.3", "4", "30"})
    for (const char* at : {"0.2", "0.9"}) {
      const hp xv(xt), av(at);
      const hp by_x = central_difference([&](const hp& t) { return eval(f, x = t, alpha = av); }, xv);
      const hp by_alpha = central_difference([&](const hp& t) { return eval(f, x = xv, alpha = t); }, av);
      for (hp rel : {abs(eval(df_dx, x = xv, alpha = av) / by_x - 1),
                     abs(eval(df_dalpha, x = xv, alpha = av) / by_alpha - 1)})
        if (rel > worst) worst = rel;
    }
  std::printf("derived partials vs central differences at 100 digits (14 points): max relative difference %.3g\n",
              static_cast<double>(worst));
  if (!(worst < hp("1e-40"))) ++failures;

  // Why the stable form: at x = 40, in double.
  const double x_minus_softplus = eval(x - softplus(x), x = 40.0);
  std::printf("df/dalpha at x = 40 in double: %.6g (x - softplus(x) would give %.6g)\n\n",
              eval(df_dalpha, x = 40.0, alpha = 0.5), x_minus_softplus);

  // 2. Fit α: data from α = 0.2, start at α = 0.8, gradient descent in double.
  constexpr double data[] = {-4, -2.5, -1, -0.25, 0.5, 2};
  constexpr double alpha_true = 0.2, rate = 0.03;
  // Σ of e over the data at α = a, in a's type; the targets y are f at α = 0.2.
  auto total = [&]<class T>(auto e, T a) {
    T s = 0;
    for (double xi : data) s += eval(e, x = T(xi), alpha = a, y = eval(f, x = T(xi), alpha = T(alpha_true)));
    return s;
  };
  double a = 0.8, previous_loss = total(loss, a);
  hp worst_gradient = 0;
  std::printf("step  alpha                 loss          dloss/dalpha\n");
  for (int step = 0; step <= 6; ++step) {
    const double grad = total(dloss_dalpha, a), l = total(loss, a);
    std::printf("%4d  %.17f  %.6e  %+.6e\n", step, a, l, grad);
    if (step > 0 && !(l < previous_loss)) ++failures;  // each step must lower the loss
    previous_loss = l;
    // the derived gradient against a central difference of the loss, both at 100 digits
    const hp want = central_difference([&](const hp& t) { return total(loss, t); }, hp(a));
    const hp rel = abs(total(dloss_dalpha, hp(a)) / want - 1);
    if (rel > worst_gradient) worst_gradient = rel;
    a -= rate * grad;
  }
  std::printf("derived loss gradient vs central differences at 100 digits (7 steps): max relative difference %.3g\n",
              static_cast<double>(worst_gradient));
  if (!(worst_gradient < hp("1e-40"))) ++failures;
  std::printf("alpha after 7 steps: %.6f (data made with %.1f)\n", a, alpha_true);
  if (!(a > alpha_true && a < alpha_true + 1e-3)) ++failures;
  return failures == 0 ? 0 : 1;
}
