// Compile-time bench, hand-written side: the catalog's f, f' and f'' as plain
// inline functions over <cmath>, the way a kernel author writes them (stable
// textbook forms, defaults of CATALOG.md, its conventions at kinks), in the
// order of catalog_values.hpp. catalog_tu.cpp derives the same with actdiff;
// bench_catalog_agree checks that both give the same values.
#include <algorithm>
#include <cmath>
#include <cstddef>

#include "catalog_values.hpp"

namespace {

constexpr double sqrt_2 = 1.41421356237309504880;
constexpr double inv_sqrt_2pi = 0.39894228040143267794;  // 1/√(2π)
constexpr double sqrt_2_over_pi = 0.79788456080286535588;  // √(2/π)

// ---- logistic family --------------------------------------------------------
inline double sigmoid(double x) {
  if (x >= 0) return 1 / (1 + std::exp(-x));
  const double e = std::exp(x);  // no overflow of e^-x for x < 0
  return e / (1 + e);
}
inline double sigmoid_d1(double x) { return sigmoid(x) * sigmoid(-x); }
inline double sigmoid_d2(double x) {
  const double s = sigmoid(x);
  return s * sigmoid(-x) * (1 - 2 * s);
}

inline double tanh_d1(double x) {
  const double t = std::tanh(x);
  return 1 - t * t;
}
inline double tanh_d2(double x) {
  const double t = std::tanh(x);
  return -2 * t * (1 - t * t);
}

inline double softplus(double x) { return std::max(x, 0.0) + std::log1p(std::exp(-std::fabs(x))); }
inline double logsigmoid(double x) { return -softplus(-x); }

inline double softsign(double x) { return x / (1 + std::fabs(x)); }
inline double softsign_d1(double x) {
  const double r = 1 / (1 + std::fabs(x));
  return r * r;
}
inline double softsign_d2(double x) {
  const double r = 1 / (1 + std::fabs(x));
  return (x > 0 ? -2 : x < 0 ? 2 : 0) * r * r * r;
}

// swish with slope k: x·σ(kx), and its derivatives
inline double swish(double x, double k) { return x * sigmoid(k * x); }
inline double swish_d1(double x, double k) { return sigmoid(k * x) + k * x * sigmoid_d1(k * x); }
inline double swish_d2(double x, double k) { return 2 * k * sigmoid_d1(k * x) + k * k * x * sigmoid_d2(k * x); }

// mish: x·g(x), g = tanh(softplus(x)), g' = sech²(sp)·σ(x)
inline double mish(double x) { return x * std::tanh(softplus(x)); }
inline double mish_d1(double x) {
  const double t = std::tanh(softplus(x));
  return t + x * (1 - t * t) * sigmoid(x);
}
inline double mish_d2(double x) {
  const double t = std::tanh(softplus(x)), sech2 = 1 - t * t, s = sigmoid(x);
  const double g1 = sech2 * s, g2 = sech2 * s * (1 - s) - 2 * t * sech2 * s * s;
  return 2 * g1 + x * g2;
}

// ---- Gaussian family ------------------------------------------------------------
inline double phi(double x) { return inv_sqrt_2pi * std::exp(-x * x / 2); }
inline double gelu(double x) { return x / 2 * std::erfc(-x / sqrt_2); }
inline double gelu_d1(double x) { return std::erfc(-x / sqrt_2) / 2 + x * phi(x); }
inline double gelu_d2(double x) { return (2 - x * x) * phi(x); }

// (x/2)(1 + tanh u), u = √(2/π)(x + k x³)
constexpr double gelu_k = 0.044715;
inline double gelu_tanh(double x) {
  const double u = sqrt_2_over_pi * (x + gelu_k * x * x * x);
  return x / 2 * (1 + std::tanh(u));
}
inline double gelu_tanh_d1(double x) {
  const double u = sqrt_2_over_pi * (x + gelu_k * x * x * x), t = std::tanh(u);
  const double du = sqrt_2_over_pi * (1 + 3 * gelu_k * x * x);
  return (1 + t) / 2 + x / 2 * (1 - t * t) * du;
}
inline double gelu_tanh_d2(double x) {
  const double u = sqrt_2_over_pi * (x + gelu_k * x * x * x), t = std::tanh(u), sech2 = 1 - t * t;
  const double du = sqrt_2_over_pi * (1 + 3 * gelu_k * x * x), ddu = sqrt_2_over_pi * 6 * gelu_k * x;
  return sech2 * du + x / 2 * (sech2 * ddu - 2 * t * sech2 * du * du);
}

// ---- piecewise ---------------------------------------------------------------------
inline double relu(double x) { return x > 0 ? x : 0; }
inline double relu_d1(double x) { return x > 0 ? 1 : 0; }
inline double relu6(double x) { return x > 0 ? (x < 6 ? x : 6) : 0; }
inline double relu6_d1(double x) { return x > 0 && x < 6 ? 1 : 0; }
inline double leaky(double x, double a) { return x > 0 ? x : a * x; }
inline double leaky_d1(double x, double a) { return x > 0 ? 1 : a; }

constexpr double selu_alpha = 1.6732632423543772848170429916717;
constexpr double selu_lambda = 1.0507009873554804934193349852946;
// α(e^(x/c) - 1) for x ≤ 0: elu (c = 1), celu (c = α)
inline double elu(double x, double a, double c) { return x > 0 ? x : a * std::expm1(x / c); }
inline double elu_d1(double x, double a, double c) { return x > 0 ? 1 : a / c * std::exp(x / c); }
inline double elu_d2(double x, double a, double c) { return x > 0 ? 0 : a / (c * c) * std::exp(x / c); }

inline double hardsigmoid(double x) { return x > -3 ? (x < 3 ? x / 6 + 0.5 : 1) : 0; }
inline double hardsigmoid_d1(double x) { return x > -3 && x < 3 ? 1.0 / 6 : 0; }
inline double hardswish(double x) { return x > -3 ? (x < 3 ? x * (x + 3) / 6 : x) : 0; }
inline double hardswish_d1(double x) { return x > -3 ? (x < 3 ? (2 * x + 3) / 6 : 1) : 0; }
inline double hardswish_d2(double x) { return x > -3 && x < 3 ? 1.0 / 3 : 0; }
inline double hardtanh(double x) { return x > -1 ? (x < 1 ? x : 1) : -1; }
inline double hardtanh_d1(double x) { return x > -1 && x < 1 ? 1 : 0; }

constexpr double shrink_lambda = 0.5;
inline double softshrink(double x) {
  return x > shrink_lambda ? x - shrink_lambda : x < -shrink_lambda ? x + shrink_lambda : 0;
}
inline double hardshrink(double x) { return x > shrink_lambda || x < -shrink_lambda ? x : 0; }
inline double shrink_d1(double x) { return x > shrink_lambda || x < -shrink_lambda ? 1 : 0; }

inline double step(double x) { return x > 0 ? 1 : 0; }

// (x + √(x² + b))/2, for x < 0 as b/(2(√(x² + b) - x)), which does not cancel
constexpr double squareplus_b = 4;
inline double squareplus(double x) {
  const double r = std::sqrt(x * x + squareplus_b);
  return x < 0 ? squareplus_b / (2 * (r - x)) : (x + r) / 2;
}
inline double squareplus_d1(double x) { return (1 + x / std::sqrt(x * x + squareplus_b)) / 2; }
inline double squareplus_d2(double x) {
  const double r = std::sqrt(x * x + squareplus_b);
  return squareplus_b / (2 * r * r * r);
}

// ---- several inputs (n = 3) ----------------------------------------------------------
inline double logsumexp3(const double* z) {
  const double m = std::max(z[0], std::max(z[1], z[2]));
  return m + std::log(std::exp(z[0] - m) + std::exp(z[1] - m) + std::exp(z[2] - m));
}
inline double softmax3(const double* z, int i) { return std::exp(z[i] - logsumexp3(z)); }
inline double delta(int i, int j) { return i == j ? 1 : 0; }
// ∂s_0/∂z_j = s_0(δ_0j - s_j)
inline double softmax0_d1(const double* z, int j) { return softmax3(z, 0) * (delta(0, j) - softmax3(z, j)); }
// ∂²s_0/∂z_j∂z_k = s_0(δ_0k - s_k)(δ_0j - s_j) - s_0 s_j(δ_jk - s_k)
inline double softmax0_d2(const double* z, int j, int k) {
  const double s0 = softmax3(z, 0), sj = softmax3(z, j), sk = softmax3(z, k);
  return s0 * (delta(0, k) - sk) * (delta(0, j) - sj) - s0 * sj * (delta(j, k) - sk);
}
inline void negate3(const double* z, double* m) {
  for (int i = 0; i < 3; ++i) m[i] = -z[i];
}
// index of the first maximal input: maxout's derivative is 1 there
inline int argmax3(const double* z) {
  int k = 0;
  for (int i = 1; i < 3; ++i)
    if (z[i] > z[k]) k = i;
  return k;
}

}  // namespace

std::size_t bench::hand_catalog_values(const double* in, double* out) {
  double* const first = out;
  const double x = in[0];
  auto one = [&](double f, double d1, double d2) {
    *out++ = f;
    *out++ = d1;
    *out++ = d2;
  };
  one(sigmoid(x), sigmoid_d1(x), sigmoid_d2(x));
  one(std::tanh(x), tanh_d1(x), tanh_d2(x));
  one(relu(x), relu_d1(x), 0);
  one(relu6(x), relu6_d1(x), 0);
  one(leaky(x, 0.01), leaky_d1(x, 0.01), 0);
  one(leaky(x, 0.25), leaky_d1(x, 0.25), 0);
  one(elu(x, 1, 1), elu_d1(x, 1, 1), elu_d2(x, 1, 1));
  one(selu_lambda * elu(x, selu_alpha, 1), selu_lambda * elu_d1(x, selu_alpha, 1),
      selu_lambda * elu_d2(x, selu_alpha, 1));
  one(elu(x, 1, 1), elu_d1(x, 1, 1), elu_d2(x, 1, 1));  // celu, α = 1
  one(softplus(x), sigmoid(x), sigmoid_d1(x));
  one(softsign(x), softsign_d1(x), softsign_d2(x));
  one(swish(x, 1), swish_d1(x, 1), swish_d2(x, 1));  // silu
  one(swish(x, 1), swish_d1(x, 1), swish_d2(x, 1));  // swish, β = 1
  one(mish(x), mish_d1(x), mish_d2(x));
  one(gelu(x), gelu_d1(x), gelu_d2(x));
  one(gelu_tanh(x), gelu_tanh_d1(x), gelu_tanh_d2(x));
  one(swish(x, 1.702), swish_d1(x, 1.702), swish_d2(x, 1.702));  // gelu_sigmoid
  one(hardsigmoid(x), hardsigmoid_d1(x), 0);
  one(hardswish(x), hardswish_d1(x), hardswish_d2(x));
  one(hardtanh(x), hardtanh_d1(x), 0);
  one(logsigmoid(x), sigmoid(-x), -sigmoid_d1(x));
  one(x - std::tanh(x), std::tanh(x) * std::tanh(x), -tanh_d2(x));  // tanhshrink
  one(softshrink(x), shrink_d1(x), 0);
  one(hardshrink(x), shrink_d1(x), 0);
  one(step(x), 0, 0);
  one(squareplus(x), squareplus_d1(x), squareplus_d2(x));

  // logsumexp, softmax_0, log_softmax_0, softmin_0, maxout of (z0, z1, z2)
  const double* z = in;
  double mz[3];
  negate3(z, mz);
  *out++ = logsumexp3(z);
  for (int j = 0; j < 3; ++j) *out++ = softmax3(z, j);
  for (int j = 0; j < 3; ++j)
    for (int k = 0; k < 3; ++k) *out++ = softmax3(z, j) * (delta(j, k) - softmax3(z, k));
  *out++ = softmax3(z, 0);
  for (int j = 0; j < 3; ++j) *out++ = softmax0_d1(z, j);
  for (int j = 0; j < 3; ++j)
    for (int k = 0; k < 3; ++k) *out++ = softmax0_d2(z, j, k);
  *out++ = z[0] - logsumexp3(z);
  for (int j = 0; j < 3; ++j) *out++ = delta(0, j) - softmax3(z, j);
  for (int j = 0; j < 3; ++j)
    for (int k = 0; k < 3; ++k) *out++ = -softmax3(z, j) * (delta(j, k) - softmax3(z, k));
  // softmin_0(z) = softmax_0(-z): one sign per differentiation
  *out++ = softmax3(mz, 0);
  for (int j = 0; j < 3; ++j) *out++ = -softmax0_d1(mz, j);
  for (int j = 0; j < 3; ++j)
    for (int k = 0; k < 3; ++k) *out++ = softmax0_d2(mz, j, k);
  const int m = argmax3(z);
  *out++ = z[m];
  for (int j = 0; j < 3; ++j) *out++ = j == m ? 1 : 0;
  for (int j = 0; j < 9; ++j) *out++ = 0;

  // glu, reglu, swiglu, geglu of (a, b): a·σ(b), relu(a)·b, silu(a)·b, gelu(a)·b
  const double a = in[0], b = in[1];
  auto two = [&](double f, double fa, double fb, double faa, double fab, double fbb) {
    for (double v : {f, fa, fb, faa, fab, fab, fbb}) *out++ = v;
  };
  two(a * sigmoid(b), sigmoid(b), a * sigmoid_d1(b), 0, sigmoid_d1(b), a * sigmoid_d2(b));
  two(relu(a) * b, relu_d1(a) * b, relu(a), 0, relu_d1(a), 0);
  two(swish(a, 1) * b, swish_d1(a, 1) * b, swish(a, 1), swish_d2(a, 1) * b, swish_d1(a, 1), 0);
  two(gelu(a) * b, gelu_d1(a) * b, gelu(a), gelu_d2(a) * b, gelu_d1(a), 0);
  return static_cast<std::size_t>(out - first);
}
