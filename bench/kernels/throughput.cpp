// Issue 8, run time: actdiff's kernels (apply, value_and_grad) against a
// hand-written loop over std:: functions (the textbook formulas) and against
// Eigen 3.4 array expressions, in one process, on 2^20 elements in float and
// double, forward (f) and forward + backward (f and f').
//
// Per row: elements per second of each contender (best of the passes,
// contenders alternating), and of a plain loop over eval (the same bits as
// the kernels, element by element: what the kernels' branch-free,
// vectorised blocks gain), the ratios actdiff/std and actdiff/Eigen
// (throughput, so > 1 means actdiff is faster), and the max ULP of each
// contender's results on a subsample of its data against cpp_bin_float_50
// (verify/accuracy.hpp's per-point score, the bounded measure of NUMERICS.md:
// absolute near interior roots; "(N false)": N of the points gave a false 0,
// inf or NaN, which are left out of the max). On f+f' rows the ULP is that
// of f' (f's is on the f row).
//
//   kernels_throughput [--passes N] [--lo A --hi B] [activation...]
//
// Inputs are uniform in [lo, hi] (default [-20, 20]).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/actdiff.hpp>
#include <actdiff/verify/accuracy.hpp>

#ifndef ACTDIFF_HAVE_EIGEN
#define ACTDIFF_HAVE_EIGEN 0
#endif
#if ACTDIFF_HAVE_EIGEN
#include <Eigen/Core>
#include <unsupported/Eigen/SpecialFunctions>
#endif

namespace {

using namespace actdiff;
using namespace actdiff::literals;
using ref_t = boost::multiprecision::cpp_bin_float_50;

constexpr auto x = var<"x">;
constexpr std::size_t n = std::size_t{1} << 20;
constexpr std::size_t ulp_samples = 4096;

int passes = 9;
double lo = -20, hi = 20;

// ---- the textbook formulas, in T, with std:: functions -----------------------
// Each gives f, and f' where asked; shared subexpressions are computed once,
// as a hand-written backward pass would.
template <class T>
struct textbook {
  static constexpr T half = T(0.5), one = T(1);
  static constexpr T inv_sqrt2 = T(0.70710678118654752440), inv_sqrt_2pi = T(0.39894228040143267794);
  static constexpr T k0 = T(0.79788456080286535588), k1 = T(0.044715);  // sqrt(2/pi)

  static T sigmoid(T v, T* d) {
    const T s = one / (one + std::exp(-v));
    if (d) *d = s * (one - s);
    return s;
  }
  static T tanh(T v, T* d) {
    const T t = std::tanh(v);
    if (d) *d = one - t * t;
    return t;
  }
  static T gelu(T v, T* d) {
    const T c = half * (one + std::erf(v * inv_sqrt2));
    if (d) *d = c + v * inv_sqrt_2pi * std::exp(-half * v * v);
    return v * c;
  }
  static T gelu_tanh(T v, T* d) {
    const T t = std::tanh(k0 * (v + k1 * v * v * v));
    if (d) *d = half * (one + t) + half * v * (one - t * t) * k0 * (one + T(3) * k1 * v * v);
    return half * v * (one + t);
  }
  static T silu(T v, T* d) {
    const T s = one / (one + std::exp(-v));
    if (d) *d = s * (one + v * (one - s));
    return v * s;
  }
  static T softplus(T v, T* d) {
    if (d) *d = one / (one + std::exp(-v));
    return std::log1p(std::exp(v));
  }
  static T mish(T v, T* d) {
    const T t = std::tanh(std::log1p(std::exp(v)));
    if (d) *d = t + v * (one - t * t) / (one + std::exp(-v));
    return v * t;
  }
  static T elu(T v, T* d) {
    if (d) *d = v > 0 ? one : std::exp(v);
    return v > 0 ? v : std::expm1(v);
  }
};

#if ACTDIFF_HAVE_EIGEN
// ---- the same with Eigen's array functions (vectorised where Eigen has a
// packet version) -------------------------------------------------------------
template <class T>
struct eigen_forms {
  using A = Eigen::Array<T, Eigen::Dynamic, 1>;
  using in_t = Eigen::Map<const A>;
  using out_t = Eigen::Map<A>;
  static constexpr T half = T(0.5), one = T(1);
  static constexpr T inv_sqrt2 = textbook<T>::inv_sqrt2, inv_sqrt_2pi = textbook<T>::inv_sqrt_2pi;
  static constexpr T k0 = textbook<T>::k0, k1 = textbook<T>::k1;

  static void sigmoid(const in_t& v, out_t y, T* d) {
    y = v.logistic();
    if (d) out_t(d, v.size()) = y * (one - y);
  }
  static void tanh(const in_t& v, out_t y, T* d) {
    y = v.tanh();
    if (d) out_t(d, v.size()) = one - y.square();
  }
  static void gelu(const in_t& v, out_t y, T* d) {
    y = half * (one + (v * inv_sqrt2).erf());  // Φ(x), then x·Φ(x)
    if (d) out_t(d, v.size()) = y + v * inv_sqrt_2pi * (-half * v.square()).exp();
    y *= v;
  }
  static void gelu_tanh(const in_t& v, out_t y, T* d) {
    y = (k0 * (v + k1 * v.cube())).tanh();  // t
    if (d) out_t(d, v.size()) = half * (one + y) + half * v * (one - y.square()) * k0 * (one + T(3) * k1 * v.square());
    y = half * v * (one + y);
  }
  static void silu(const in_t& v, out_t y, T* d) {
    y = v.logistic();  // s
    if (d) out_t(d, v.size()) = y * (one + v * (one - y));
    y *= v;
  }
  static void softplus(const in_t& v, out_t y, T* d) {
    y = v.exp().log1p();
    if (d) out_t(d, v.size()) = v.logistic();
  }
  static void mish(const in_t& v, out_t y, T* d) {
    y = v.exp().log1p().tanh();  // t
    if (d) out_t(d, v.size()) = y + v * (one - y.square()) * v.logistic();
    y *= v;
  }
  static void elu(const in_t& v, out_t y, T* d) {
    if (d) out_t(d, v.size()) = (v > T(0)).select(A::Constant(v.size(), one), v.exp());
    y = (v > T(0)).select(v, v.expm1());
  }
};
#endif

// ---- timing ---------------------------------------------------------------------
template <class F>
double seconds(F&& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  const auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double>(t1 - t0).count();
}

// ---- accuracy: max ULP over a subsample, NUMERICS.md's bounded measure ------------
struct ulp_result {
  double max = 0;
  int false_results = 0;
};

template <class T, class E>
ulp_result max_ulp(E e, const std::vector<T>& in, const std::vector<T>& got) {
  using inlined = decltype(inline_named(e));
  ulp_result r;
  for (std::size_t k = 0; k < ulp_samples; ++k) {
    const std::size_t i = k * (n / ulp_samples);
    const ref_t xr = ref_t(in[i]);
    const ref_t ref = eval<ref_t>(e, x = xr);
    if (ref != ref) continue;
    const auto s = verify::detail::score_point(got[i], ref, [&] {
      return verify::detail::largest_term<ref_t>(inlined{}, detail::environment<decltype(x = xr)>{{x = xr}});
    });
    using kind = verify::detail::point_score;
    if (s.kind == kind::false_nan || s.kind == kind::false_inf || s.kind == kind::overflow_missed || s.false_zero)
      ++r.false_results;
    else if (s.kind == kind::measured)
      r.max = std::max(r.max, s.bounded);
  }
  return r;
}

std::string ulp_text(ulp_result u) {
  char b[48];
  const int k = std::snprintf(b, sizeof b, u.max < 10 ? "%.2f" : u.max < 1e4 ? "%.0f" : "%.1e", u.max);
  if (u.false_results) std::snprintf(b + k, sizeof b - static_cast<std::size_t>(k), " (%d false)", u.false_results);
  return b;
}

struct row_result {
  double actdiff = 0, std_loop = 0, eigen = 0, eval_loop = 0;  // elements per second
  ulp_result ulp_actdiff, ulp_std, ulp_eigen;
};

void print_row(const char* name, const char* type, const char* mode, const row_result& r) {
  std::printf("%-10s %-6s %-5s %9.1f %9.1f %9.1f", name, type, mode, r.actdiff / 1e6, r.eval_loop / 1e6,
              r.std_loop / 1e6);
  if (r.eigen > 0)
    std::printf(" %9.1f %7.2f %7.2f", r.eigen / 1e6, r.actdiff / r.std_loop, r.actdiff / r.eigen);
  else
    std::printf(" %9s %7.2f %7s", "-", r.actdiff / r.std_loop, "-");
  std::printf("  %-15s %-15s %-15s\n", ulp_text(r.ulp_actdiff).c_str(), ulp_text(r.ulp_std).c_str(),
              r.eigen > 0 ? ulp_text(r.ulp_eigen).c_str() : "-");
  std::fflush(stdout);
}

// One activation in T: the f row and the f+f' row.
template <class T, class E, class Std, class Eig>
void run(const char* name, E e, Std std_form, [[maybe_unused]] Eig eigen_form) {
  std::mt19937_64 g(42);
  std::uniform_real_distribution<double> u(lo, hi);
  std::vector<T> in(n), out(n), dout(n), ref_f(n);
  for (auto& v : in) v = static_cast<T>(u(g));
  const char* type = sizeof(T) == 4 ? "float" : "double";
  const auto de = d(e, x);

  for (int grad = 0; grad < 2; ++grad) {
    row_result r;
    double best[4] = {1e30, 1e30, 1e30, 1e30};
    for (int p = 0; p < passes; ++p) {
      best[0] = std::min(best[0], seconds([&] {
        if (grad)
          value_and_grad(e, in, out, dout);
        else
          apply(e, in, out);
      }));
      best[1] = std::min(best[1], seconds([&] {
        T* dp = grad ? dout.data() : nullptr;
        for (std::size_t i = 0; i < n; ++i) out[i] = std_form(in[i], dp ? dp + i : nullptr);
      }));
      best[3] = std::min(best[3], seconds([&] {
        if (grad)
          for (std::size_t i = 0; i < n; ++i) {
            out[i] = eval<T>(e, x = in[i]);
            dout[i] = eval<T>(de, x = in[i]);
          }
        else
          for (std::size_t i = 0; i < n; ++i) out[i] = eval<T>(e, x = in[i]);
      }));
#if ACTDIFF_HAVE_EIGEN
      best[2] = std::min(best[2], seconds([&] {
        using F = eigen_forms<T>;
        eigen_form(typename F::in_t(in.data(), n), typename F::out_t(out.data(), n), grad ? dout.data() : nullptr);
      }));
#endif
    }
    r.actdiff = n / best[0];
    r.std_loop = n / best[1];
    r.eigen = ACTDIFF_HAVE_EIGEN ? n / best[2] : 0;
    r.eval_loop = n / best[3];

    // accuracy of each contender's own results (recomputed once each)
    const auto score = [&](auto&& compute) {
      compute();
      return grad ? max_ulp<T>(de, in, dout) : max_ulp<T>(e, in, out);
    };
    r.ulp_actdiff = score([&] {
      if (grad)
        value_and_grad(e, in, out, dout);
      else
        apply(e, in, out);
    });
    r.ulp_std = score([&] {
      for (std::size_t i = 0; i < n; ++i) out[i] = std_form(in[i], grad ? &dout[i] : nullptr);
    });
#if ACTDIFF_HAVE_EIGEN
    r.ulp_eigen = score([&] {
      using F = eigen_forms<T>;
      eigen_form(typename F::in_t(in.data(), n), typename F::out_t(out.data(), n), grad ? dout.data() : nullptr);
    });
#endif
    print_row(name, type, grad ? "f+f'" : "f", r);
  }
}

bool wanted(const std::vector<std::string>& names, const char* name) {
  return names.empty() || std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> names;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--passes") && i + 1 < argc)
      passes = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--lo") && i + 1 < argc)
      lo = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--hi") && i + 1 < argc)
      hi = std::atof(argv[++i]);
    else
      names.emplace_back(argv[i]);
  }
  std::printf("2^20 elements uniform in [%g, %g]; best of %d passes; Me/s = 10^6 elements per second;\n", lo, hi,
              passes);
  std::printf("ratios are throughput actdiff / other (>= 1: actdiff as fast or faster); max ulp on %zu points\n"
              "against cpp_bin_float_50 (f rows: f, f+f' rows: f')%s\n\n",
              ulp_samples, ACTDIFF_HAVE_EIGEN ? "" : "; built without Eigen");
  std::printf("%-10s %-6s %-5s %9s %9s %9s %9s %7s %7s  %-15s %-15s %-15s\n", "function", "type", "mode", "actdiff",
              "eval loop", "std", "Eigen", "a/std", "a/Eigen", "ulp actdiff", "ulp std", "ulp Eigen");
#if ACTDIFF_HAVE_EIGEN
#define ACTDIFF_EIGEN_FORM(T, f) [](auto v, auto y, T* dp) { eigen_forms<T>::f(v, y, dp); }
#else
#define ACTDIFF_EIGEN_FORM(T, f) 0
#endif
#define ACTDIFF_ROW(f)                                                                                   \
  if (wanted(names, #f)) {                                                                               \
    run<float>(#f, f(x), [](float v, float* dp) { return textbook<float>::f(v, dp); },                    \
               ACTDIFF_EIGEN_FORM(float, f));                                                            \
    run<double>(#f, f(x), [](double v, double* dp) { return textbook<double>::f(v, dp); },                \
                ACTDIFF_EIGEN_FORM(double, f));                                                          \
  }
  ACTDIFF_ROW(sigmoid)
  ACTDIFF_ROW(tanh)
  ACTDIFF_ROW(gelu)
  ACTDIFF_ROW(gelu_tanh)
  ACTDIFF_ROW(silu)
  ACTDIFF_ROW(softplus)
  ACTDIFF_ROW(mish)
  ACTDIFF_ROW(elu)
}
