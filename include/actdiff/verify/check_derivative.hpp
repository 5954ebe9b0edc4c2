// verify::check_derivative(f, candidate, x): a hand-written derivative
// against the derived one, d(f, x).
//   symbolically:   proved when verify::proves(d(f, x), candidate) (same
//                   canonical type, or equal after normalize()),
//   mathematically: both at 100 digits over the sweep (points sorted
//                   ascending); where they differ by more than rel_tol
//                   (default 1e-80) the point is evaluated again with more
//                   digits (150, then MPFR 400 ... 9000 where installed:
//                   precision.hpp), since a correct formula such as σ(1 - σ)
//                   cancels at 100 digits too. Reported: the first point
//                   where they differ at every precision tried, by how much,
//                   and the largest differences (each point at the precision
//                   that settled it),
//   numerically:    the candidate evaluated in double and in float against
//                   the 100-digit derived derivative (accuracy_report: max
//                   ulp, worst input, false zeros/infinities/NaNs), so a
//                   formula right on paper but inaccurate in double shows.
#ifndef ACTDIFF_VERIFY_CHECK_DERIVATIVE_HPP
#define ACTDIFF_VERIFY_CHECK_DERIVATIVE_HPP

#include <algorithm>
#include <cmath>
#include <ostream>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/diff.hpp>
#include <actdiff/verify/accuracy.hpp>
#include <actdiff/verify/identity.hpp>
#include <actdiff/verify/normalize.hpp>
#include <actdiff/verify/precision.hpp>

namespace actdiff::verify {

struct derivative_report {
  bool same_type = false;  // candidate is d(f, x) exactly
  bool proved = false;     // proved symbolically (see proves())
  bool agrees = false;     // no point beyond the tolerance at 100 digits
  double first_disagreement = 0;  // the first such point (when !agrees)
  double rel_difference = 0;      // the relative difference there
  identity_report math;           // largest differences (see above)
  accuracy_report in_double;      // candidate in double vs the derived one at 100 digits
  accuracy_report in_float;       // the same in float

  friend std::ostream& operator<<(std::ostream& os, const derivative_report& r) {
    os << (r.proved ? "proved symbolically" : "not proved symbolically") << "; ";
    if (r.agrees)
      os << "agrees to the tolerance (" << r.math << ")";
    else
      os << "DISAGREES first at x = " << r.first_disagreement << " by " << r.rel_difference << " (relative)";
    return os << "\n  double: " << r.in_double << "\n  float:  " << r.in_float;
  }
};

template <expression F, expression C, class X>
derivative_report check_derivative(F f, C candidate, X x, double rel_tol = 1e-80) {
  using derived = decltype(d(f, x));
  derivative_report r;
  r.same_type = std::is_same_v<derived, C>;
  r.proved = proves(derived{}, candidate);
  points p = points::standard();
  std::sort(p.values.begin(), p.values.end());
  r.agrees = true;
  using check = identity_check<derived, C>;
  r.math.same_type = r.same_type;
  for (double v : p.values) {
    detail::difference<double> diff;
    for (int digits : {100, 150, 400, 1200, 3000, 9000}) {
      // after the first real disagreement, 150 digits are enough for the report
      if (digits > max_digits || (!r.agrees && digits > 150)) break;
      with_digits(digits, [&]<class T>(T*) {
        auto dd = detail::compare_values(eval<T>(derived{}, x = T(v)), eval<T>(candidate, x = T(v)));
        diff.rel = dd.rel;
        diff.abs = dd.abs;
        diff.nan_mismatch = dd.nan_mismatch;
      });
      if (!diff.nan_mismatch && diff.rel <= rel_tol) break;
    }
    check::record(r.math, diff, {v});
    if (r.agrees && (diff.nan_mismatch || diff.rel > rel_tol)) {
      r.agrees = false;
      r.first_disagreement = v;
      r.rel_difference = diff.rel;
    }
  }
  r.in_double = accuracy<double>(candidate, derived{}).on(x, p).run();
  r.in_float = accuracy<float>(candidate, derived{}).on(x, p).run();
  return r;
}

}  // namespace actdiff::verify

#endif
