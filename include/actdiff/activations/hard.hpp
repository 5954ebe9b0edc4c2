// Piecewise-linear "hard" functions and the step. Conventions at the kinks
// from CATALOG.md: hardsigmoid' = 0 at ±3, hardswish' = 0 at -3 and 1 at +3,
// hardtanh' = 0 at ±1, step' = 0 everywhere.
#ifndef ACTDIFF_ACTIVATIONS_HARD_HPP
#define ACTDIFF_ACTIVATIONS_HARD_HPP

#include <actdiff/activations/common.hpp>

namespace actdiff {

namespace detail {
struct hardsigmoid_def {
  static constexpr std::string_view name = "hardsigmoid", latex = "\\operatorname{hardsigmoid}";
  // relu6(x + 3)/6; both kinks take the constant branches
  static constexpr auto definition(auto x) {
    using namespace literals;
    return where(x > -3_c, where(x < 3_c, x / 6_c + 1_c / 2_c, 1_c), 0_c);
  }
};
struct hardswish_def {
  static constexpr std::string_view name = "hardswish", latex = "\\operatorname{hardswish}";
  // x·relu6(x + 3)/6; at +3 the branch x (derivative 1), at -3 the branch 0
  static constexpr auto definition(auto x) {
    using namespace literals;
    return where(x > -3_c, where(x < 3_c, x * (x + 3_c) / 6_c, x), 0_c);
  }
};
struct hardtanh_def {
  static constexpr std::string_view name = "hardtanh", latex = "\\operatorname{hardtanh}";
  static constexpr auto definition(auto x) {
    using namespace literals;
    return where(x > -1_c, where(x < 1_c, x, 1_c), -1_c);
  }
};
struct step_def {
  static constexpr std::string_view name = "step", latex = "\\operatorname{step}";
  static constexpr auto definition(auto x) {
    using namespace literals;
    return where(x > 0_c, 1_c, 0_c);
  }
};
}  // namespace detail

template <expression X>
constexpr auto hardsigmoid(X x) {
  return named<detail::hardsigmoid_def>(x);
}
template <expression X>
constexpr auto hardswish(X x) {
  return named<detail::hardswish_def>(x);
}
template <expression X>
constexpr auto hardtanh(X x) {
  return named<detail::hardtanh_def>(x);
}
template <expression X>
constexpr auto step(X x) {
  return named<detail::step_def>(x);
}

}  // namespace actdiff

#endif
