// The exponential-linear family: elu, selu, celu, written with expm1 (never
// e^x - 1). At 0 each takes its left derivative (the expm1 branch).
#ifndef ACTDIFF_ACTIVATIONS_EXPONENTIAL_LINEAR_HPP
#define ACTDIFF_ACTIVATIONS_EXPONENTIAL_LINEAR_HPP

#include <string_view>
#include <type_traits>

#include <actdiff/activations/common.hpp>

namespace actdiff {

namespace detail {
struct elu_def {
  static constexpr std::string_view name = "elu", latex = "\\operatorname{ELU}";
  static constexpr auto definition(auto x, auto alpha) { return where(x > rational<0>{}, x, alpha * expm1(x)); }
};
struct selu_def {
  static constexpr std::string_view name = "selu", latex = "\\operatorname{SELU}";
  static constexpr auto definition(auto x, auto alpha, auto lambda) {
    return lambda * where(x > rational<0>{}, x, alpha * expm1(x));
  }
};
struct celu_def {
  static constexpr std::string_view name = "celu", latex = "\\operatorname{CELU}";
  // max(0, x) + min(0, α(e^(x/α) - 1)): the two pieces meet at 0
  static constexpr auto definition(auto x, auto alpha) {
    return where(x > rational<0>{}, x, alpha * expm1(x / alpha));
  }
};
}  // namespace detail

namespace detail {
// SELU's constants (Klambauer et al., as CATALOG.md gives them): named
// constants, so every scalar type gets them to its own precision.
struct selu_alpha_tag {
  static constexpr int id = 100;
  static constexpr std::string_view text = "selu_alpha", latex = "\\alpha_{\\mathrm{SELU}}";
  template <class T>
  static constexpr T value() {
    if constexpr (std::is_same_v<T, float>)
      return 1.6732632423543772848170429916717f;
    else if constexpr (std::is_same_v<T, double>)
      return 1.6732632423543772848170429916717;
    else if constexpr (std::is_same_v<T, long double>)
      return 1.6732632423543772848170429916717L;
    else
      return T("1.6732632423543772848170429916717");
  }
};
struct selu_lambda_tag {
  static constexpr int id = 101;
  static constexpr std::string_view text = "selu_lambda", latex = "\\lambda_{\\mathrm{SELU}}";
  template <class T>
  static constexpr T value() {
    if constexpr (std::is_same_v<T, float>)
      return 1.0507009873554804934193349852946f;
    else if constexpr (std::is_same_v<T, double>)
      return 1.0507009873554804934193349852946;
    else if constexpr (std::is_same_v<T, long double>)
      return 1.0507009873554804934193349852946L;
    else
      return T("1.0507009873554804934193349852946");
  }
};
}  // namespace detail

inline constexpr constant<detail::selu_alpha_tag> selu_alpha{};
inline constexpr constant<detail::selu_lambda_tag> selu_lambda{};

// elu(x) uses α = 1.
template <expression X, expression A = rational<1>>
constexpr auto elu(X x, A alpha = {}) {
  return named<detail::elu_def>(x, alpha);
}
template <expression X, expression A = decltype(selu_alpha), expression L = decltype(selu_lambda)>
constexpr auto selu(X x, A alpha = {}, L lambda = {}) {
  return named<detail::selu_def>(x, alpha, lambda);
}
// celu(x) uses α = 1.
template <expression X, expression A = rational<1>>
constexpr auto celu(X x, A alpha = {}) {
  return named<detail::celu_def>(x, alpha);
}

}  // namespace actdiff

#endif
