// The catalog's functions as CATALOG.md defines them, written directly with
// Boost.Multiprecision (never with actdiff), for any precision R. These are the
// naive textbook formulas: they cancel where the library must not, so they
// are evaluated with enough digits (see wide below) to stay exact anyway.
#ifndef ACTDIFF_TESTS_CATALOG_TEXTBOOK_HPP
#define ACTDIFF_TESTS_CATALOG_TEXTBOOK_HPP

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <boost/math/constants/constants.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>

namespace textbook {

namespace bmp = boost::multiprecision;
using hp = bmp::cpp_bin_float_100;
// 400 digits: the naive formulas lose at most ~350 digits at the points where
// a double result is still representable (1 + erf(x/√2) at x = -38 loses 314).
using wide = bmp::number<bmp::cpp_bin_float<400>, bmp::et_off>;

template <class R> R c(const char* s) { return R(s); }

template <class R> R sigmoid(const R& x) { return 1 / (1 + exp(-x)); }
template <class R> R tanh_(const R& x) { return (exp(x) - exp(-x)) / (exp(x) + exp(-x)); }
template <class R> R relu(const R& x) { return x > 0 ? x : R(0); }
template <class R> R relu6(const R& x) { return x < 0 ? R(0) : (x > 6 ? R(6) : x); }
template <class R> R leaky_relu(const R& x, const R& a) { return x > 0 ? x : a * x; }
template <class R> R elu(const R& x, const R& a) { return x > 0 ? x : a * (exp(x) - 1); }
template <class R> R selu(const R& x, const R& a, const R& l) { return l * elu(x, a); }
template <class R> R celu(const R& x, const R& a) {
  R m = a * (exp(x / a) - 1);
  return (x > 0 ? x : R(0)) + (m < 0 ? m : R(0));
}
template <class R> R softplus(const R& x, const R& b) { return log(1 + exp(b * x)) / b; }
template <class R> R softsign(const R& x) { return x / (1 + abs(x)); }
template <class R> R swish(const R& x, const R& b) { return x * sigmoid(R(b * x)); }
template <class R> R mish(const R& x) { return x * tanh_(R(log(1 + exp(x)))); }
template <class R> R gelu(const R& x) { return x / 2 * (1 + erf(x / sqrt(R(2)))); }
template <class R> R gelu_tanh(const R& x) {
  using boost::math::constants::pi;
  R u = sqrt(2 / pi<R>()) * (x + c<R>("0.044715") * x * x * x);
  return x / 2 * (1 + tanh_(u));
}
template <class R> R gelu_sigmoid(const R& x) { return x * sigmoid(R(c<R>("1.702") * x)); }
template <class R> R hardsigmoid(const R& x) { return relu6(R(x + 3)) / 6; }
template <class R> R hardswish(const R& x) { return x * relu6(R(x + 3)) / 6; }
template <class R> R hardtanh(const R& x) { return x < -1 ? R(-1) : (x > 1 ? R(1) : x); }
template <class R> R logsigmoid(const R& x) { return log(sigmoid(x)); }
template <class R> R tanhshrink(const R& x) { return x - tanh_(x); }
template <class R> R softshrink(const R& x, const R& l) { return x > l ? R(x - l) : (x < -l ? R(x + l) : R(0)); }
template <class R> R hardshrink(const R& x, const R& l) { return (x > l || x < -l) ? x : R(0); }
template <class R> R step(const R& x) { return x > 0 ? R(1) : R(0); }
template <class R> R squareplus(const R& x, const R& b) { return (x + sqrt(x * x + b)) / 2; }

template <class R, std::size_t N> R logsumexp(const std::array<R, N>& z) {
  R s = 0;
  for (const R& v : z) s += exp(v);
  return log(s);
}
template <class R, std::size_t N> R softmax(std::size_t i, const std::array<R, N>& z) {
  R s = 0;
  for (const R& v : z) s += exp(v);
  return exp(z[i]) / s;
}
template <class R, std::size_t N> R log_softmax(std::size_t i, const std::array<R, N>& z) { return log(softmax(i, z)); }
template <class R, std::size_t N> R softmin(std::size_t i, const std::array<R, N>& z) {
  R s = 0;
  for (const R& v : z) s += exp(-v);
  return exp(-z[i]) / s;
}
template <class R, std::size_t N> R maxout(const std::array<R, N>& z) {
  R m = z[0];
  for (const R& v : z) m = v > m ? v : m;
  return m;
}
template <class R> R glu(const R& a, const R& b) { return a * sigmoid(b); }
template <class R> R reglu(const R& a, const R& b) { return relu(a) * b; }
template <class R> R swiglu(const R& a, const R& b) { return a * sigmoid(a) * b; }
template <class R> R geglu(const R& a, const R& b) { return gelu(a) * b; }

// The catalog entry `name` at its default parameters, inputs in the order of
// the entry's `inputs` (x; or z0, z1, z2; or a, b). Softmax-like entries are
// component 0, as in catalog.hpp.
template <class R>
R at_defaults(std::string_view name, const std::array<R, 3>& v) {
  const R& x = v[0];
  if (name == "sigmoid") return sigmoid(x);
  if (name == "tanh") return tanh_(x);
  if (name == "relu") return relu(x);
  if (name == "relu6") return relu6(x);
  if (name == "leaky_relu") return leaky_relu(x, c<R>("0.01"));
  if (name == "prelu") return leaky_relu(x, c<R>("0.25"));
  if (name == "elu") return elu(x, R(1));
  if (name == "selu")
    return selu(x, c<R>("1.6732632423543772848170429916717"), c<R>("1.0507009873554804934193349852946"));
  if (name == "celu") return celu(x, R(1));
  if (name == "softplus") return softplus(x, R(1));
  if (name == "softsign") return softsign(x);
  if (name == "silu" || name == "swish") return swish(x, R(1));
  if (name == "mish") return mish(x);
  if (name == "gelu") return gelu(x);
  if (name == "gelu_tanh") return gelu_tanh(x);
  if (name == "gelu_sigmoid") return gelu_sigmoid(x);
  if (name == "hardsigmoid") return hardsigmoid(x);
  if (name == "hardswish") return hardswish(x);
  if (name == "hardtanh") return hardtanh(x);
  if (name == "logsigmoid") return logsigmoid(x);
  if (name == "tanhshrink") return tanhshrink(x);
  if (name == "softshrink") return softshrink(x, c<R>("0.5"));
  if (name == "hardshrink") return hardshrink(x, c<R>("0.5"));
  if (name == "step") return step(x);
  if (name == "squareplus") return squareplus(x, R(4));
  if (name == "logsumexp") return logsumexp(v);
  if (name == "softmax") return softmax(0, v);
  if (name == "log_softmax") return log_softmax(0, v);
  if (name == "softmin") return softmin(0, v);
  if (name == "maxout") return maxout(v);
  if (name == "glu") return glu(v[0], v[1]);
  if (name == "reglu") return reglu(v[0], v[1]);
  if (name == "swiglu") return swiglu(v[0], v[1]);
  if (name == "geglu") return geglu(v[0], v[1]);
  throw std::invalid_argument("no textbook definition for " + std::string(name));
}

}  // namespace textbook

#endif
