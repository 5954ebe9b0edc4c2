// What a numerical comparison of two sides reports.
#ifndef ACTDIFF_VERIFY_REPORT_HPP
#define ACTDIFF_VERIFY_REPORT_HPP

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace actdiff::verify {

// Where something happened: the value of each variable (names in `names`).
struct location {
  std::vector<std::string_view> names;
  std::vector<double> values;
  friend std::ostream& operator<<(std::ostream& os, const location& l) {
    for (std::size_t i = 0; i < l.values.size(); ++i)
      os << (i ? ", " : "") << (i < l.names.size() ? l.names[i] : "?") << " = " << l.values[i];
    return os;
  }
};

struct identity_report {
  bool same_type = false;      // lhs and rhs are one canonical type: a proof
  std::size_t points = 0;      // points evaluated
  std::size_t skipped = 0;     // points left out (not representable, or needing MPFR)
  double max_rel = 0;          // largest |l - r| / max(|l|, |r|)
  location at_rel;
  double max_abs = 0;          // largest |l - r|
  location at_abs;
  std::size_t nan_mismatches = 0;  // one side NaN, the other not

  bool holds(double rel_tol) const { return same_type || (points > 0 && nan_mismatches == 0 && max_rel <= rel_tol); }
  friend std::ostream& operator<<(std::ostream& os, const identity_report& r) {
    os << (r.same_type ? "proved (same type); " : "") << r.points << " points";
    if (r.skipped) os << " (" << r.skipped << " skipped)";
    os << ", max rel " << r.max_rel << " at " << r.at_rel << ", max abs " << r.max_abs << " at " << r.at_abs;
    if (r.nan_mismatches) os << ", " << r.nan_mismatches << " NaN mismatches";
    return os;
  }
};

}  // namespace actdiff::verify

#endif
