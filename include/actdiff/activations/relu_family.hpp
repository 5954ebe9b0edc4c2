// The ReLU family: relu, relu6, leaky_relu, prelu, softplus(x; β), squareplus.
// Kinks follow CATALOG.md (PyTorch's conventions): the derivative at a kink
// is the branch the comparison sends the kink to.
#ifndef ACTDIFF_ACTIVATIONS_RELU_FAMILY_HPP
#define ACTDIFF_ACTIVATIONS_RELU_FAMILY_HPP

#include <actdiff/activations/common.hpp>

namespace actdiff {

namespace detail {
struct relu_def {
  static constexpr std::string_view name = "relu", latex = "\\operatorname{ReLU}";
  // relu'(0) = 0: x = 0 takes the constant branch.
  static constexpr auto definition(auto x) { return where(x > rational<0>{}, x, rational<0>{}); }
};
struct relu6_def {
  static constexpr std::string_view name = "relu6", latex = "\\operatorname{ReLU6}";
  // derivative 0 at 0 and at 6
  static constexpr auto definition(auto x) {
    return where(x > rational<0>{}, where(x < rational<6>{}, x, rational<6>{}), rational<0>{});
  }
};
struct leaky_relu_def {
  static constexpr std::string_view name = "leaky_relu", latex = "\\operatorname{LeakyReLU}";
  // α at 0
  static constexpr auto definition(auto x, auto alpha) { return where(x > rational<0>{}, x, alpha * x); }
};
struct prelu_def {
  static constexpr std::string_view name = "prelu", latex = "\\operatorname{PReLU}";
  // α at 0; ∂/∂α = x for x ≤ 0, else 0
  static constexpr auto definition(auto x, auto alpha) { return where(x > rational<0>{}, x, alpha * x); }
};
struct softplus_beta_def {
  static constexpr std::string_view name = "softplus", latex = "\\operatorname{softplus}";
  static constexpr auto definition(auto x, auto beta) { return softplus(beta * x) / beta; }
};
struct squareplus_def {
  static constexpr std::string_view name = "squareplus", latex = "\\operatorname{squareplus}";
  // (x + √(x² + b))/2; for x < 0 the same as b/(2(√(x² + b) - x)), where
  // nothing cancels (the first form loses everything at x = -1e8). Beyond
  // |x| = 2^32, √(x² + b) = |x|·√(1 + b/x²), so that x² never overflows
  // (float from 1.9e19, double from 1.3e154); b/x² < 2^-62 there for the
  // default b, so the derivatives' terms do not cancel either.
  static constexpr auto definition(auto x, auto b) {
    const auto r = sqrt(x * x + b);
    const auto s = sqrt(rational<1>{} + b / (x * x));
    constexpr auto big = rational<4294967296>{};
    return where(x < -big, b / (rational<-2>{} * x * (rational<1>{} + s)),
                 where(x < rational<0>{}, b / (rational<2>{} * (r - x)),
                       where(x > big, x * (rational<1>{} + s) / rational<2>{}, (x + r) / rational<2>{})));
  }
};
}  // namespace detail

template <expression X>
constexpr auto relu(X x) {
  return named<detail::relu_def>(x);
}
template <expression X>
constexpr auto relu6(X x) {
  return named<detail::relu6_def>(x);
}
// leaky_relu(x) uses α = 0.01; pass a variable for a learnable α.
template <expression X, expression A = rational<1, 100>>
constexpr auto leaky_relu(X x, A alpha = {}) {
  return named<detail::leaky_relu_def>(x, alpha);
}
// prelu(x) uses α = 0.25; its α is meant to be learned: prelu(x, var<"alpha">).
template <expression X, expression A = rational<1, 4>>
constexpr auto prelu(X x, A alpha = {}) {
  return named<detail::prelu_def>(x, alpha);
}
// softplus(x, β) = log(1 + e^(βx))/β; softplus(x) is the primitive (β = 1).
template <expression X, expression B>
constexpr auto softplus(X x, B beta) {
  return named<detail::softplus_beta_def>(x, beta);
}
// squareplus(x) uses b = 4.
template <expression X, expression B = rational<4>>
constexpr auto squareplus(X x, B b = {}) {
  return named<detail::squareplus_def>(x, b);
}

}  // namespace actdiff

#endif
