// Sigmoid-like functions: sigmoid and tanh (primitives), logsigmoid, softsign.
#ifndef ACTDIFF_ACTIVATIONS_SIGMOID_LIKE_HPP
#define ACTDIFF_ACTIVATIONS_SIGMOID_LIKE_HPP

#include <actdiff/activations/common.hpp>

namespace actdiff {

// sigmoid(x) and tanh(x) are primitives (functions/sigmoid.hpp, tanh.hpp):
// their derivatives are sech²(x/2)/4 (= σ(x)σ(-x)) and sech²(x).

namespace detail {
struct logsigmoid_def {
  static constexpr std::string_view name = "logsigmoid", latex = "\\log\\sigma";
  // log σ(x) = -softplus(-x); its derivative is σ(-x)
  static constexpr auto definition(auto x) { return -softplus(-x); }
};
struct softsign_def {
  static constexpr std::string_view name = "softsign", latex = "\\operatorname{softsign}";
  // x/(1 + |x|) written per sign, so that each side is a quotient of
  // polynomials whose derivative cancels symbolically: (1 + x)^-2, not
  // (1 + |x|)^-1 - |x|(1 + |x|)^-2 (0 or worse for |x| beyond 1e8). The middle
  // branch keeps ±0 and gives f'' = 0 at the kink, the mean of its two sides.
  static constexpr auto definition(auto x) {
    return where(x < rational<0>{}, x / (rational<1>{} - x), where(x > rational<0>{}, x / (rational<1>{} + x), x));
  }
};
}  // namespace detail

template <expression X>
constexpr auto logsigmoid(X x) {
  return named<detail::logsigmoid_def>(x);
}
template <expression X>
constexpr auto softsign(X x) {
  return named<detail::softsign_def>(x);
}

}  // namespace actdiff

#endif
