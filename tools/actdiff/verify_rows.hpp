// `actdiff verify`: what one row of the identity table reports. The rows are
// checked in parts (verify_part.cpp, compiled once per range of rows: meson's
// verify_bounds), so no translation unit instantiates the whole table.
#ifndef ACTDIFF_TOOLS_VERIFY_ROWS_HPP
#define ACTDIFF_TOOLS_VERIFY_ROWS_HPP

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace cli {

struct equation_result {
  double max_rel = 0;  // the largest relative difference of the two sides
  std::string at;      // where: "x = 3.5"
  std::size_t points = 0, skipped = 0, nan_mismatches = 0;
  bool pass = false;
};

struct row_result {
  std::string id, text, note;
  bool stated = false;  // S in IDENTITIES.md
  bool proved = false;  // every equation proved symbolically (the row's claim, which tests/verify/proofs_*.cpp assert)
  std::vector<equation_result> equations;
  std::vector<std::string> figures;  // approximation and worked-example rows: "name = value"
  bool pass = false;
};

// Checks rows [Begin, End) of the table (all of them, or only the one called
// id when id is not empty) at `digits` (50 or 100), an equation passing when
// its largest relative difference is at most tol; calls report with each row.
template <std::size_t Begin, std::size_t End>
void check_rows(const std::string& id, int digits, double tol, const std::function<void(const row_result&)>& report);

}  // namespace cli

#endif
