// examples/tutorial_activation.hpp
// The tutorial's activation: penalized tanh (Xu, Huang and Li, 2016),
// tanh(x) for x > 0 and a·tanh(x) otherwise, with a = 1/4 unless given.
#ifndef ACTDIFF_EXAMPLES_TUTORIAL_ACTIVATION_HPP
#define ACTDIFF_EXAMPLES_TUTORIAL_ACTIVATION_HPP

#include <string_view>

#include <actdiff/actdiff.hpp>

// A definition: its name in text and LaTeX, and the expression of its arguments.
struct penalized_tanh_def {
  static constexpr std::string_view name = "penalized_tanh";
  static constexpr std::string_view latex = "\\operatorname{ptanh}";
  static constexpr auto definition(auto x, auto a) {
    using namespace actdiff::literals;
    return where(x > 0_c, tanh(x), a * tanh(x));  // x = 0 takes the a·tanh branch
  }
};

// penalized_tanh(x) uses a = 1/4; pass a variable, var<"a">, to learn it.
template <actdiff::expression X, actdiff::expression A = actdiff::rational<1, 4>>
constexpr auto penalized_tanh(X x, A a = {}) {
  return actdiff::named<penalized_tanh_def>(x, a);
}

#endif
