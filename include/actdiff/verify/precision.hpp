// The numerical check of an identity-table equation at 100+ digits (or 50+),
// in the precision each point needs (equation.hpp): cpp_bin_float_100 (or
// _50), or cpp_bin_float<150> where a side cancels, or MPFR with at least as many
// digits as a tail point cancels away (400, 1200, 3000 or 9000 digits; where
// MPFR is installed: ACTDIFF_HAVE_MPFR; otherwise those points are skipped
// and counted in identity_report::skipped).
#ifndef ACTDIFF_VERIFY_PRECISION_HPP
#define ACTDIFF_VERIFY_PRECISION_HPP

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

#include <boost/multiprecision/cpp_bin_float.hpp>
#if defined(ACTDIFF_HAVE_MPFR) && ACTDIFF_HAVE_MPFR
#include <boost/multiprecision/mpfr.hpp>
#endif

#include <actdiff/verify/equation.hpp>
#include <actdiff/verify/identity.hpp>
#include <actdiff/verify/points.hpp>
#include <actdiff/verify/report.hpp>

namespace actdiff::verify {

using float50 = boost::multiprecision::cpp_bin_float_50;
using float100 = boost::multiprecision::cpp_bin_float_100;
using float150 = boost::multiprecision::number<boost::multiprecision::cpp_bin_float<150>>;

inline constexpr bool have_mpfr =
#if defined(ACTDIFF_HAVE_MPFR) && ACTDIFF_HAVE_MPFR
    true;
#else
    false;
#endif

// The sweep an equation is checked on: points::standard() per variable
// (restricted to v <= 0 for domain::nonpositive).
// On domain::nonpositive: 801 uniform points in [-50, 0] and 200 log-spaced
// magnitudes from 1e-30 to 1e4, negative (1001 points).
template <class Eq>
identity_check<typename Eq::lhs_type, typename Eq::rhs_type> sweep_of(Eq) {
  auto c = identity(Eq::lhs, Eq::rhs);
  if constexpr (Eq::where_ == domain::nonpositive) {
    using X = actdiff::detail::list_at<0, typename Eq::vars>;
    c = c.on(X{}, points::range(-50, 0, 801) + points::log_spaced(1e-30, 1e4, 200, true));
  }
  return c;
}

// Decimal digits needed at a point: base (100) + what the equation cancels
// away there + a margin of 40.
template <class Eq, std::size_t N>
int digits_needed(const std::array<double, N>& xd, int base = 100) {
  if constexpr (Eq::tail == 0 && !Eq::near_zero)
    return base;
  else {
    double span = 0;
    for (double v : xd) span = std::max(span, std::fabs(v));
    if (N > 1) span *= 2;  // differences of the inputs
    return base + 40 + static_cast<int>(std::ceil(Eq::tail * span * 0.4342944819032518));
  }
}

// Calls f(static_cast<T*>(nullptr)) with the first type T of the ladder
// cpp_bin_float_100, cpp_bin_float<150>, MPFR 400, 1200, 3000, 9000 digits
// (MPFR where installed) that has at least `digits` decimal digits; false
// when there is none. (actdiff::eval does not accept the variable-precision
// mpfr_float, whose numeric_limits are not specialized, hence fixed tiers.)
template <class F>
bool with_digits(int digits, F&& f) {
  if (digits <= 100)
    f(static_cast<float100*>(nullptr));
  else if (digits <= 150)
    f(static_cast<float150*>(nullptr));
  else {
#if defined(ACTDIFF_HAVE_MPFR) && ACTDIFF_HAVE_MPFR
    using boost::multiprecision::mpfr_float_backend;
    using boost::multiprecision::number;
    if (digits <= 400)
      f(static_cast<number<mpfr_float_backend<400>>*>(nullptr));
    else if (digits <= 1200)
      f(static_cast<number<mpfr_float_backend<1200>>*>(nullptr));
    else if (digits <= 3000)
      f(static_cast<number<mpfr_float_backend<3000>>*>(nullptr));
    else if (digits <= 9000)
      f(static_cast<number<mpfr_float_backend<9000>>*>(nullptr));
    else
      return false;
#else
    return false;
#endif
  }
  return true;
}
// The largest number of digits with_digits can give.
inline constexpr int max_digits = have_mpfr ? 9000 : 150;

// max |l - r|/max(|l|, |r|) over the sweep, each point in the precision it
// needs, starting from `digits`: 100 (cpp_bin_float_100) or 50
// (cpp_bin_float_50, for a quicker check to about 1e-40).
template <class Eq>
identity_report check_equation(Eq e, int digits = 100) {
  using check = identity_check<typename Eq::lhs_type, typename Eq::rhs_type>;
  using vars = typename check::vars;
  constexpr std::size_t n = check::nvars;
  const auto g = sweep_of(e).grid();
  identity_report r;
  r.same_type = check::same_type;
  const std::size_t count = n == 0 ? 1 : g.count();
  for (std::size_t j = 0; j < count; ++j) {
    std::array<double, n> xd{};
    for (std::size_t i = 0; i < n; ++i) xd[i] = g.value(i, j);
    const int need = digits_needed<Eq>(xd, digits);
    auto run = [&]<class T>(T*) {
      std::array<T, n> v;
      for (std::size_t i = 0; i < n; ++i) v[i] = T(xd[i]);
      check::record(r, detail::compare_values(eval_at<T>(Eq::lhs, vars{}, v), eval_at<T>(Eq::rhs, vars{}, v)), xd);
    };
    if (need <= 50)
      run(static_cast<float50*>(nullptr));
    else if (!with_digits(need, run))
      ++r.skipped;
  }
  return r;
}

}  // namespace actdiff::verify

#endif
