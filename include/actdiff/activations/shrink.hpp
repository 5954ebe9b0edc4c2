// Shrink functions: softshrink, hardshrink (derivative 0 at ±λ), tanhshrink.
#ifndef ACTDIFF_ACTIVATIONS_SHRINK_HPP
#define ACTDIFF_ACTIVATIONS_SHRINK_HPP

#include <actdiff/activations/common.hpp>

namespace actdiff {

namespace detail {
struct softshrink_def {
  static constexpr std::string_view name = "softshrink", latex = "\\operatorname{softshrink}";
  static constexpr auto definition(auto x, auto lambda) {
    return where(x > lambda, x - lambda, where(x < -lambda, x + lambda, rational<0>{}));
  }
};
struct hardshrink_def {
  static constexpr std::string_view name = "hardshrink", latex = "\\operatorname{hardshrink}";
  static constexpr auto definition(auto x, auto lambda) {
    return where(x > lambda, x, where(x < -lambda, x, rational<0>{}));
  }
};
struct tanhshrink_def {
  static constexpr std::string_view name = "tanhshrink", latex = "\\operatorname{tanhshrink}";
  // x - tanh(x), as the primitive that does not cancel near 0
  static constexpr auto definition(auto x) { return tanh_residual(x); }
};
}  // namespace detail

// softshrink(x) and hardshrink(x) use λ = 0.5.
template <expression X, expression L = rational<1, 2>>
constexpr auto softshrink(X x, L lambda = {}) {
  return named<detail::softshrink_def>(x, lambda);
}
template <expression X, expression L = rational<1, 2>>
constexpr auto hardshrink(X x, L lambda = {}) {
  return named<detail::hardshrink_def>(x, lambda);
}
template <expression X>
constexpr auto tanhshrink(X x) {
  return named<detail::tanhshrink_def>(x);
}

}  // namespace actdiff

#endif
