// The approximation and worked-example rows of the identity table (I9, I10,
// I14, I15, I16), each a type with run<T>() computing its figures in T
// (cpp_bin_float_100 by default) through actdiff's expressions.
#ifndef ACTDIFF_VERIFY_EXAMPLES_HPP
#define ACTDIFF_VERIFY_EXAMPLES_HPP

#include <array>
#include <cstddef>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/activations/multi_input.hpp>
#include <actdiff/activations/relu_family.hpp>
#include <actdiff/activations/smooth_gates.hpp>
#include <actdiff/core/literals.hpp>
#include <actdiff/core/named.hpp>
#include <actdiff/core/rebuild.hpp>
#include <actdiff/diff.hpp>
#include <actdiff/eval.hpp>
#include <actdiff/verify/points.hpp>

namespace actdiff::verify::examples {

// A named figure, printed to 20 significant digits.
struct figure {
  std::string name;
  std::string value;
};
struct result {
  bool ok = true;
  std::vector<figure> figures;
  std::string summary() const {
    std::string s;
    for (const auto& f : figures) s += f.name + " = " + f.value + "\n";
    return s;
  }
  template <class T>
  void add(std::string name, const T& v, int digits = 20) {
    std::ostringstream os;
    os.precision(digits);
    os << v;
    figures.push_back({std::move(name), os.str()});
  }
};

// The x in [lo, hi] where |f| is largest: a scan of n points, then golden-
// section search on |f| around the best one until the bracket is below tol.
// f is called with T. Returns {x, f(x)}.
template <class T, class F>
std::array<T, 2> argmax_abs(F f, const T& lo, const T& hi, std::size_t n, const T& tol) {
  using std::abs;
  std::size_t best = 0;
  T best_v = -1;
  const T h = (hi - lo) / T(n - 1);
  for (std::size_t i = 0; i < n; ++i) {
    T v = abs(f(T(lo + h * T(i))));
    if (v > best_v) {
      best_v = v;
      best = i;
    }
  }
  T a = lo + h * T(best == 0 ? 0 : best - 1), b = lo + h * T(best + 1 >= n ? n - 1 : best + 1);
  const T invphi = (sqrt(T(5)) - 1) / 2;
  T c = b - (b - a) * invphi, d = a + (b - a) * invphi;
  T fc = abs(f(c)), fd = abs(f(d));
  while (b - a > tol) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - (b - a) * invphi;
      fc = abs(f(c));
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + (b - a) * invphi;
      fd = abs(f(d));
    }
  }
  T xm = (a + b) / 2;
  return {xm, f(xm)};
}

using float100 = boost::multiprecision::cpp_bin_float_100;

// I9: swish(x; β) - relu(x) = -|x|·σ(-β|x|), whose largest magnitude is
// W(1/e)/β = 0.278464542761074/β (W: Lambert's function).
struct swish_gap {
  static constexpr std::array<int, 4> betas{1, 10, 100, 1000};
  template <class T = float100>
  static result run() {
    result r;
    constexpr auto x = var<"x">;
    constexpr auto beta = var<"beta">;
    constexpr auto gap = swish(x, beta) - relu(x);
    for (int b : betas) {
      auto f = [&](const T& v) { return eval<T>(gap, x = v, beta = T(b)); };
      auto m = argmax_abs<T>(f, T(-40) / b, T(40) / b, 4001, T(1e-45));
      using std::abs;
      r.add("max |swish(x; " + std::to_string(b) + ") - relu(x)|", T(abs(m[1])), 15);
      r.add("  at x", m[0], 15);
    }
    return r;
  }
};

// I10: max |gelu - gelu_tanh| and max |gelu - gelu_sigmoid| over ℝ (both
// differences are odd-symmetric up to sign and vanish beyond |x| = 10).
struct gelu_bounds {
  template <class T = float100>
  static result run() {
    result r;
    constexpr auto x = var<"x">;
    auto f1 = [&](const T& v) { return eval<T>(gelu(x) - gelu_tanh(x), x = v); };
    auto f2 = [&](const T& v) { return eval<T>(gelu(x) - gelu_sigmoid(x), x = v); };
    using std::abs;
    auto m1 = argmax_abs<T>(f1, T(-10), T(10), 4001, T(1e-45));
    auto m2 = argmax_abs<T>(f2, T(-10), T(10), 4001, T(1e-45));
    r.add("max |gelu - gelu_tanh|", T(abs(m1[1])), 15);
    r.add("  at x", m1[0], 15);
    r.add("max |gelu - gelu_sigmoid|", T(abs(m2[1])), 15);
    r.add("  at x", m2[0], 15);
    return r;
  }
};

// I14: softmax(3, 1, -3) ≈ (0.88, 0.12, 0.00).
struct softmax_example {
  template <class T = float100>
  static std::array<T, 3> values() {
    constexpr auto z0 = var<"z0">;
    constexpr auto z1 = var<"z1">;
    constexpr auto z2 = var<"z2">;
    auto at = [&](auto e) { return eval<T>(e, z0 = T(3), z1 = T(1), z2 = T(-3)); };
    return {at(softmax<0>(z0, z1, z2)), at(softmax<1>(z0, z1, z2)), at(softmax<2>(z0, z1, z2))};
  }
  template <class T = float100>
  static result run() {
    result r;
    auto v = values<T>();
    const double want[] = {0.88, 0.12, 0.00};
    for (std::size_t i = 0; i < 3; ++i) {
      r.add("softmax_" + std::to_string(i) + "(3, 1, -3)", v[i]);
      using std::abs;
      r.ok = r.ok && abs(v[i] - T(want[i])) < T(0.005);  // rounds to the stated 2 decimals
    }
    return r;
  }
};

// I15: σ'(0) = 1/4 (an exact rational by folding), (1/4)^10 = 1/1048576, and
// σ'(x) <= 1/4 on the sweep.
struct sigmoid_max_slope {
  static constexpr auto x = var<"x">;
  using at_zero = decltype(subst(d(sigmoid(x), x), x, rational<0>{}));
  using tenth_power = decltype(pow<10>(rational<1, 4>{}));
  static constexpr bool exact = std::is_same_v<at_zero, rational<1, 4>> && std::is_same_v<tenth_power, rational<1, 1048576>>;
  template <class T = float100>
  static result run() {
    result r;
    r.ok = exact;
    T worst = 0;
    double at = 0;
    for (double p : points::standard().values) {
      T v = eval<T>(d(sigmoid(x), x), x = T(p));
      if (v > worst) {
        worst = v;
        at = p;
      }
    }
    r.ok = r.ok && worst <= T(1) / 4 && eval<T>(d(sigmoid(x), x), x = T(0)) == T(1) / 4;
    r.add("sigma'(0)", eval<T>(d(sigmoid(x), x), x = T(0)));
    r.add("max sigma' on the sweep", worst);
    r.add("  at x", at);
    r.add("(1/4)^10", T(tenth_power::value.num) / T(tenth_power::value.den));
    return r;
  }
};

// I16: gradient descent on σ from x = ln 9 (σ = 0.9), rate 0.2: x <- x - 0.2·σ'(x),
// counted until σ(x) < 0.5; and on relu from 0.9, in exact rationals.
struct descent {
  static constexpr auto x = var<"x">;
  // relu descent in exact rationals: steps until relu(x) <= 1/2 (Strict: < 1/2)
  template <class X0, bool Strict, int K = 0>
  static constexpr int relu_steps() {
    using value = decltype(subst(inline_named(relu(x)), x, X0{}));
    constexpr int c = actdiff::detail::compare(value::value, actdiff::detail::q{1, 2, true});
    if constexpr (Strict ? c < 0 : c <= 0)
      return K;
    else if constexpr (K >= 20)
      return -1;
    else {
      using g = decltype(subst(inline_named(d(relu(x), x)), x, X0{}));
      return relu_steps<decltype(X0{} - rational<1, 5>{} * g{}), Strict, K + 1>();
    }
  }
  static constexpr int relu_steps_le();
  static constexpr int relu_steps_lt();

  template <class T = float100>
  struct sigmoid_run {
    T gradient0, x1, sigma1, x_last, sigma_last;
    int steps = 0;
  };
  template <class T = float100>
  static sigmoid_run<T> sigmoid_descent() {
    using std::log;
    sigmoid_run<T> s;
    constexpr auto sg = sigmoid(x);
    constexpr auto dsg = d(sg, x);
    T v = log(T(9));
    const T rate = T(2) / 10;
    s.gradient0 = eval<T>(dsg, x = v);
    while (eval<T>(sg, x = v) >= T(1) / 2 && s.steps < 10000) {
      v -= rate * eval<T>(dsg, x = v);
      ++s.steps;
      if (s.steps == 1) {
        s.x1 = v;
        s.sigma1 = eval<T>(sg, x = v);
      }
    }
    s.x_last = v;
    s.sigma_last = eval<T>(sg, x = v);
    return s;
  }
  template <class T = float100>
  static result run() {
    result r;
    auto s = sigmoid_descent<T>();
    using std::log;
    r.add("sigma'(ln 9)", s.gradient0);
    r.add("ln 9 - x1", T(log(T(9)) - s.x1));
    r.add("sigma(x1)", s.sigma1);
    r.add("steps to sigma < 0.5", s.steps);
    r.add("x after them", s.x_last);
    r.add("sigma there", s.sigma_last);
    r.add("relu steps to <= 0.5", relu_steps_le());
    r.add("relu steps to < 0.5", relu_steps_lt());
    using std::abs;
    r.ok = s.steps == 67 && relu_steps_le() == 2 && abs(s.gradient0 - T(9) / 100) < T(1e-90);
    return r;
  }
};

constexpr int descent::relu_steps_le() { return relu_steps<rational<9, 10>, false>(); }
constexpr int descent::relu_steps_lt() { return relu_steps<rational<9, 10>, true>(); }

}  // namespace actdiff::verify::examples

#endif
