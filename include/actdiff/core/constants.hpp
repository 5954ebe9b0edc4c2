// Named constants (π, e, √2, ln 2, 1/√(2π), 2/√π): atoms of the canonical
// form, evaluated to the precision of the scalar type.
#ifndef ACTDIFF_CORE_CONSTANTS_HPP
#define ACTDIFF_CORE_CONSTANTS_HPP

#include <cmath>
#include <string_view>
#include <type_traits>

#include <actdiff/core/expr.hpp>

namespace actdiff {

template <class Tag>
struct constant : detail::expr_base {
  using tag = Tag;
};

namespace detail {

template <class T>
constexpr bool is_constant = false;
template <class Tag>
constexpr bool is_constant<constant<Tag>> = true;

// Wider types (Boost.Multiprecision) compute each constant once, at their own
// precision, with their own functions; this keeps Boost.Math's constants
// header (the heaviest include by far) out of actdiff.
template <class T, class Tag>
T wide_constant() {
  using std::atan;
  using std::exp;
  using std::log;
  using std::sqrt;
  static const T value = [] {
    const T pi = 4 * atan(T(1));
    switch (Tag::id) {
      case 0: return T(pi);
      case 1: return T(exp(T(1)));
      case 2: return T(sqrt(T(2)));
      case 3: return T(log(T(2)));
      case 4: return T(1 / sqrt(2 * pi));
      case 5: return T(2 / sqrt(pi));
      default: return T(1 / sqrt(T(2)));
    }
  }();
  return value;
}

// Decimal literals of the built-in types are correctly rounded by the
// compiler.
// parts: the constant as an unevaluated sum of three doubles (to 2^-160),
// for the compensated arguments of eval.hpp; made with mpmath at 60 digits.
#define ACTDIFF_DETAIL_CONSTANT(tag_name, id_, text_, latex_, digits, p0, p1, p2)  \
  struct tag_name {                                                                \
    static constexpr int id = id_;                                                 \
    static constexpr double parts[3] = {p0, p1, p2};                               \
    static constexpr std::string_view text = text_;                                \
    static constexpr std::string_view latex = latex_;                              \
    template <class T>                                                             \
    static constexpr T value() {                                                   \
      if constexpr (std::is_same_v<T, float>)                                      \
        return digits##f;                                                          \
      else if constexpr (std::is_same_v<T, double>)                                \
        return digits;                                                             \
      else if constexpr (std::is_same_v<T, long double>)                           \
        return digits##L;                                                          \
      else                                                                         \
        return wide_constant<T, tag_name>();                                       \
    }                                                                              \
  };

ACTDIFF_DETAIL_CONSTANT(pi_tag, 0, "pi", "\\pi", 3.14159265358979323846264338327950288419716939937510,
                        0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53, -0x1.f1976b7ed8fbcp-109)
ACTDIFF_DETAIL_CONSTANT(e_tag, 1, "e", "e", 2.71828182845904523536028747135266249775724709369995,
                        0x1.5bf0a8b145769p+1, 0x1.4d57ee2b1013ap-53, -0x1.618713a31d3e2p-109)
ACTDIFF_DETAIL_CONSTANT(sqrt2_tag, 2, "sqrt(2)", "\\sqrt{2}", 1.41421356237309504880168872420969807856967187537694,
                        0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54, 0x1.57d3e3adec175p-108)
ACTDIFF_DETAIL_CONSTANT(ln2_tag, 3, "ln(2)", "\\ln 2", 0.693147180559945309417232121458176568075500134360255,
                        0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56, 0x1.7b57a079a1934p-111)
ACTDIFF_DETAIL_CONSTANT(inv_sqrt_2pi_tag, 4, "1/sqrt(2*pi)", "\\frac{1}{\\sqrt{2\\pi}}",
                        0.398942280401432677939946059934381868475858631164935,
                        0x1.9884533d43651p-2, -0x1.cbc0d30ebfd15p-56, -0x1.c7402c7d60cfbp-112)
ACTDIFF_DETAIL_CONSTANT(two_over_sqrt_pi_tag, 5, "2/sqrt(pi)", "\\frac{2}{\\sqrt{\\pi}}",
                        1.12837916709551257389615890312154517168810125865800,
                        0x1.20dd750429b6dp+0, 0x1.1ae3a914fed80p-56, -0x1.3cbbebf65f145p-111)
ACTDIFF_DETAIL_CONSTANT(inv_sqrt2_tag, 6, "1/sqrt(2)", "\\frac{1}{\\sqrt{2}}",
                        0.707106781186547524400844362104849039284835937688474,
                        0x1.6a09e667f3bcdp-1, -0x1.bdd3413b26456p-55, 0x1.57d3e3adec175p-109)

#undef ACTDIFF_DETAIL_CONSTANT

}  // namespace detail

inline constexpr constant<detail::pi_tag> pi{};
inline constexpr constant<detail::e_tag> euler_e{};
inline constexpr constant<detail::sqrt2_tag> sqrt2{};
inline constexpr constant<detail::ln2_tag> ln2{};
inline constexpr constant<detail::inv_sqrt_2pi_tag> inv_sqrt_2pi{};
inline constexpr constant<detail::two_over_sqrt_pi_tag> two_over_sqrt_pi{};
inline constexpr constant<detail::inv_sqrt2_tag> inv_sqrt2{};

}  // namespace actdiff

#endif
