// Smooth gates x·g(x): silu/swish, mish, gelu and its tanh and sigmoid forms.
#ifndef ACTDIFF_ACTIVATIONS_SMOOTH_GATES_HPP
#define ACTDIFF_ACTIVATIONS_SMOOTH_GATES_HPP

#include <actdiff/activations/common.hpp>

namespace actdiff {

namespace detail {
struct silu_def {
  static constexpr std::string_view name = "silu", latex = "\\operatorname{SiLU}";
  static constexpr auto definition(auto x) { return x * sigmoid(x); }
};
struct swish_def {
  static constexpr std::string_view name = "swish", latex = "\\operatorname{swish}";
  static constexpr auto definition(auto x, auto beta) { return x * sigmoid(beta * x); }
};
struct mish_def {
  static constexpr std::string_view name = "mish", latex = "\\operatorname{mish}";
  static constexpr auto definition(auto x) { return x * tanh(softplus(x)); }
};
struct gelu_def {
  static constexpr std::string_view name = "gelu", latex = "\\operatorname{GELU}";
  // x·Φ(x) = (x/2)·erfc(-x/√2): erfc keeps the left tail (1 + erf cancels)
  static constexpr auto definition(auto x) { return x * erfc(-(x * inv_sqrt2)) / rational<2>{}; }
};
struct gelu_tanh_def {
  static constexpr std::string_view name = "gelu_tanh", latex = "\\operatorname{GELU}_{\\tanh}";
  // (x/2)(1 + tanh(u)) = x·σ(2u), u = √(2/π)(x + 0.044715x³): no 1 + tanh cancellation
  static constexpr auto definition(auto x) {
    using namespace literals;
    return x * sigmoid(2_c * sqrt(2_c / pi) * (x + 0.044715_c * pow<3>(x)));
  }
};
struct gelu_sigmoid_def {
  static constexpr std::string_view name = "gelu_sigmoid", latex = "\\operatorname{GELU}_{\\sigma}";
  static constexpr auto definition(auto x) {
    using namespace literals;
    return x * sigmoid(1.702_c * x);
  }
};
}  // namespace detail

template <expression X>
constexpr auto silu(X x) {
  return named<detail::silu_def>(x);
}
// swish(x) uses β = 1 (then it equals silu); swish(x, var<"beta">) learns β.
template <expression X, expression B = rational<1>>
constexpr auto swish(X x, B beta = {}) {
  return named<detail::swish_def>(x, beta);
}
template <expression X>
constexpr auto mish(X x) {
  return named<detail::mish_def>(x);
}
template <expression X>
constexpr auto gelu(X x) {
  return named<detail::gelu_def>(x);
}
template <expression X>
constexpr auto gelu_tanh(X x) {
  return named<detail::gelu_tanh_def>(x);
}
template <expression X>
constexpr auto gelu_sigmoid(X x) {
  return named<detail::gelu_sigmoid_def>(x);
}

}  // namespace actdiff

#endif
