// One equation lhs == rhs of the identity table, with what its numerical
// check needs to know:
//   Tail = k: one side cancels like 1 - e^(-k|v|) in the tails (1 - σ(x),
//     1 - tanh²(x)), losing k·|v|·log10(e) digits; those points are
//     evaluated in mpfr_float with that many digits more (points needing
//     more than 150 digits are skipped where MPFR is not installed).
//   NearZero: one side cancels near v = 0 (2σ(2x) - 1, e^x - 1), losing up
//     to 30 digits at |v| = 1e-30; evaluated with 150 digits.
//   Domain: 0 = every point, 1 = only points with v <= 0 (the first variable;
//     then the sweep is 801 points in [-50, 0] and 200 log-spaced to -1e4).
#ifndef ACTDIFF_VERIFY_EQUATION_HPP
#define ACTDIFF_VERIFY_EQUATION_HPP

#include <actdiff/core/expr.hpp>
#include <actdiff/core/literals.hpp>
#include <actdiff/core/where.hpp>
#include <actdiff/verify/normalize.hpp>
#include <actdiff/verify/variables.hpp>

namespace actdiff::verify {

enum class domain : int { all = 0, nonpositive = 1 };

template <class L, class R, int Tail = 0, bool NearZero = false, int Domain = 0>
struct equation {
  using lhs_type = L;
  using rhs_type = R;
  static constexpr L lhs{};
  static constexpr R rhs{};
  static constexpr int tail = Tail;
  static constexpr bool near_zero = NearZero;
  static constexpr domain where_ = static_cast<domain>(Domain);
  using vars = variables_of<L, R>;

  // Proved symbolically (verify::proves); on a restricted domain, the two
  // sides are compared as where(v <= 0, side, 0).
  static constexpr bool proved() {
    if constexpr (Domain == 0)
      return proves(L{}, R{});
    else {
      using X = actdiff::detail::list_at<0, vars>;
      return proves(where(X{} <= rational<0>{}, L{}, rational<0>{}), where(X{} <= rational<0>{}, R{}, rational<0>{}));
    }
  }
};

template <int Tail = 0, bool NearZero = false, int Domain = 0, expression L, expression R>
constexpr equation<L, R, Tail, NearZero, Domain> eq(L, R) {
  return {};
}

}  // namespace actdiff::verify

#endif
