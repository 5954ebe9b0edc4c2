// `actdiff accuracy`: the sweep of <actdiff/verify/sweep.hpp> over catalog
// entries, in parts (accuracy_part.cpp, compiled once per range of entries:
// meson's accuracy_bounds), so no translation unit instantiates the whole
// catalog's derivatives in three precisions.
#ifndef ACTDIFF_TOOLS_ACCURACY_ROWS_HPP
#define ACTDIFF_TOOLS_ACCURACY_ROWS_HPP

#include <cstddef>
#include <string>
#include <vector>

#include <actdiff/verify/sweep.hpp>

namespace cli {

struct accuracy_request {
  std::string name;  // one entry, or all when empty
  bool in_float = true, in_double = true;
  std::size_t samples = 0;
  actdiff::verify::sweep::progress_fn progress;
};

// Appends the rows of entries [Begin, End) that the request names.
template <std::size_t Begin, std::size_t End>
void accuracy_rows(const accuracy_request& req, std::vector<actdiff::verify::sweep::row>& out);

}  // namespace cli

#endif
