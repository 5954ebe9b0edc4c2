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
#define ACTDIFF_DETAIL_CONSTANT(tag_name, id_, text_, latex_, digits, boost_name)  \
  struct tag_name {                                                                \
    static constexpr int id = id_;                                                 \
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

ACTDIFF_DETAIL_CONSTANT(pi_tag, 0, "pi", "\\pi", 3.14159265358979323846264338327950288419716939937510, pi)
ACTDIFF_DETAIL_CONSTANT(e_tag, 1, "e", "e", 2.71828182845904523536028747135266249775724709369995, e)
ACTDIFF_DETAIL_CONSTANT(sqrt2_tag, 2, "sqrt(2)", "\\sqrt{2}", 1.41421356237309504880168872420969807856967187537694,
                        root_two)
ACTDIFF_DETAIL_CONSTANT(ln2_tag, 3, "ln(2)", "\\ln 2", 0.693147180559945309417232121458176568075500134360255,
                        ln_two)
ACTDIFF_DETAIL_CONSTANT(inv_sqrt_2pi_tag, 4, "1/sqrt(2*pi)", "\\frac{1}{\\sqrt{2\\pi}}",
                        0.398942280401432677939946059934381868475858631164935, one_div_root_two_pi)
ACTDIFF_DETAIL_CONSTANT(two_over_sqrt_pi_tag, 5, "2/sqrt(pi)", "\\frac{2}{\\sqrt{\\pi}}",
                        1.12837916709551257389615890312154517168810125865800, two_div_root_pi)
ACTDIFF_DETAIL_CONSTANT(inv_sqrt2_tag, 6, "1/sqrt(2)", "\\frac{1}{\\sqrt{2}}",
                        0.707106781186547524400844362104849039284835937688474, one_div_root_two)

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
