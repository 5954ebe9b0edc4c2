// A plain recursive interpreter for the generator's prefix descriptions
// (scripts/gen_property_trees.py), evaluating the unsimplified tree node by
// node with Boost.Multiprecision's functions: no actdiff code involved.
#ifndef ACTDIFF_TESTS_VERIFY_PROPERTY_INTERP_HPP
#define ACTDIFF_TESTS_VERIFY_PROPERTY_INTERP_HPP

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace property {

template <class T>
class interpreter {
 public:
  interpreter(std::string_view text, T x) : s_(text), x_(std::move(x)) {}
  T run() {
    T v = node();
    if (i_ != s_.size()) throw std::runtime_error("trailing text in " + std::string(s_));
    return v;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
  T x_;

  std::string name() {
    std::size_t b = i_;
    while (i_ < s_.size() && ((s_[i_] >= 'a' && s_[i_] <= 'z') || (s_[i_] >= '0' && s_[i_] <= '9'))) ++i_;
    return std::string(s_.substr(b, i_ - b));
  }
  void expect(char c) {
    if (i_ >= s_.size() || s_[i_] != c) throw std::runtime_error("expected " + std::string(1, c));
    ++i_;
  }
  long integer() {
    bool neg = false;
    if (s_[i_] == '-') {
      neg = true;
      ++i_;
    }
    long v = 0;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') v = v * 10 + (s_[i_++] - '0');
    return neg ? -v : v;
  }
  T node() {
    std::string op = name();
    if (op == "x") return x_;
    expect('(');
    if (op == "c") {
      long n = integer();
      expect('/');
      long d = integer();
      expect(')');
      return T(n) / T(d);
    }
    std::vector<T> a;
    a.push_back(node());
    while (i_ < s_.size() && s_[i_] == ',') {
      ++i_;
      a.push_back(node());
    }
    expect(')');
    return apply(op, a);
  }
  static T apply(const std::string& op, const std::vector<T>& a) {
    using std::cosh;
    using std::erf;
    using std::erfc;
    using std::exp;
    using std::expm1;
    using std::log;
    using std::log1p;
    using std::sqrt;
    using std::tanh;
    const T one = 1;
    if (op == "exp") return exp(a[0]);
    if (op == "expm1") return expm1(a[0]);
    if (op == "tanh") return tanh(a[0]);
    if (op == "sech2") return one / (cosh(a[0]) * cosh(a[0]));
    if (op == "erf") return erf(a[0]);
    if (op == "erfc") return erfc(a[0]);
    if (op == "sigmoid") return one / (one + exp(-a[0]));
    if (op == "softplus") return log(one + exp(a[0]));
    if (op == "neg") return -a[0];
    if (op == "sq") return a[0] * a[0];
    if (op == "cube") return a[0] * a[0] * a[0];
    if (op == "logpos") return log(one + a[0] * a[0]);
    if (op == "log1psq") return log1p(a[0] * a[0]);
    if (op == "sqrtpos") return sqrt(one + a[0] * a[0]);
    if (op == "invpos") return one / (one + a[0] * a[0]);
    if (op == "add") return a[0] + a[1];
    if (op == "sub") return a[0] - a[1];
    if (op == "mul") return a[0] * a[1];
    if (op == "divpos") return a[0] / (one + a[1] * a[1]);
    if (op == "tanhres") return a[0] - tanh(a[0]);
    if (op == "lse") return log(exp(a[0]) + exp(a[1]));
    if (op == "lsm0") return a[0] - log(exp(a[0]) + exp(a[1]));
    if (op == "lsm1") return a[1] - log(exp(a[0]) + exp(a[1]));
    if (op == "max") return a[0] >= a[1] ? a[0] : a[1];
    if (op == "min") return a[0] <= a[1] ? a[0] : a[1];
    throw std::runtime_error("unknown op " + op);
  }
};

template <class T>
T interpret(std::string_view text, const T& x) {
  return interpreter<T>(text, x).run();
}

}  // namespace property

#endif
