// verify::holds(lhs, rhs, points...): a constexpr check in double, for
// static_assert. The one variable of lhs and rhs is bound to each point in
// turn; the check passes when at every point
//     |l - r| <= 1e-12 * max(|l|, |r|)   or   |l - r| <= 1e-300,
// i.e. agreement to about 12 significant digits (a few thousand ulps:
// enough for sums of a few rounded terms, tight enough to catch a wrong
// formula), with an absolute floor for results that are both about 0.
// NaN on either side fails. Only functions with constexpr double evaluation
// can be used (exp, expm1, log, log1p, sqrt, sigmoid, softplus, rational
// arithmetic, where; see README.md).
#ifndef ACTDIFF_VERIFY_HOLDS_HPP
#define ACTDIFF_VERIFY_HOLDS_HPP

#include <actdiff/core/expr.hpp>
#include <actdiff/eval.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/verify/variables.hpp>

namespace actdiff::verify {

inline constexpr double holds_rel_tolerance = 1e-12;
inline constexpr double holds_abs_tolerance = 1e-300;

namespace detail {
constexpr bool close(double a, double b) {
  if (math::isnan(a) || math::isnan(b)) return false;
  if (a == b) return true;
  if (math::isinf(a) || math::isinf(b)) return false;
  double diff = math::fabs(math::sub(a, b));
  double scale = math::fabs(a) > math::fabs(b) ? math::fabs(a) : math::fabs(b);
  return diff <= math::mul(holds_rel_tolerance, scale) || diff <= holds_abs_tolerance;
}

template <class L, class R, class... Vs>
constexpr bool holds_at(type_list<Vs...>, double p) {
  if constexpr (sizeof...(Vs) == 0)
    return close(actdiff::eval<double>(L{}), actdiff::eval<double>(R{}));
  else
    return close(actdiff::eval<double>(L{}, (Vs{} = p)...), actdiff::eval<double>(R{}, (Vs{} = p)...));
}
}  // namespace detail

template <expression L, expression R, class... Ps>
constexpr bool holds(L, R, Ps... ps) {
  using vars = variables_of<L, R>;
  static_assert(vars::size <= 1,
                "actdiff::verify::holds(lhs, rhs, points...) binds one variable to each point; "
                "use verify::identity(lhs, rhs) for several variables");
  static_assert(sizeof...(Ps) >= 1, "actdiff::verify::holds: give at least one point");
  return (detail::holds_at<L, R>(vars{}, static_cast<double>(ps)) && ...);
}

}  // namespace actdiff::verify

#endif
