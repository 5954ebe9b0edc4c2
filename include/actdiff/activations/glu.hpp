// The GLU family, element-wise: a·gate(b) with a, b the two projections.
#ifndef ACTDIFF_ACTIVATIONS_GLU_HPP
#define ACTDIFF_ACTIVATIONS_GLU_HPP

#include <actdiff/activations/common.hpp>
#include <actdiff/activations/relu_family.hpp>
#include <actdiff/activations/smooth_gates.hpp>

namespace actdiff {

namespace detail {
struct glu_def {
  static constexpr std::string_view name = "glu", latex = "\\operatorname{GLU}";
  static constexpr auto definition(auto a, auto b) { return a * sigmoid(b); }
};
struct reglu_def {
  static constexpr std::string_view name = "reglu", latex = "\\operatorname{ReGLU}";
  static constexpr auto definition(auto a, auto b) { return relu(a) * b; }
};
struct swiglu_def {
  static constexpr std::string_view name = "swiglu", latex = "\\operatorname{SwiGLU}";
  static constexpr auto definition(auto a, auto b) { return silu(a) * b; }
};
struct geglu_def {
  static constexpr std::string_view name = "geglu", latex = "\\operatorname{GEGLU}";
  static constexpr auto definition(auto a, auto b) { return gelu(a) * b; }
};
}  // namespace detail

template <expression A, expression B>
constexpr auto glu(A a, B b) {
  return named<detail::glu_def>(a, b);
}
template <expression A, expression B>
constexpr auto reglu(A a, B b) {
  return named<detail::reglu_def>(a, b);
}
template <expression A, expression B>
constexpr auto swiglu(A a, B b) {
  return named<detail::swiglu_def>(a, b);
}
template <expression A, expression B>
constexpr auto geglu(A a, B b) {
  return named<detail::geglu_def>(a, b);
}

}  // namespace actdiff

#endif
