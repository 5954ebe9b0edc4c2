// What the catalog says of each entry, as text and LaTeX: read by `actdiff
// table` and `actdiff catalog` (formulas are printed in table_cmd.cpp only).
#ifndef ACTDIFF_TOOLS_FORMULAS_HPP
#define ACTDIFF_TOOLS_FORMULAS_HPP

#include <string>
#include <vector>

namespace cli {

struct entry_text {
  std::string name;
  std::vector<std::string> inputs;
  std::string params;                  // "alpha = 0.01, ..." as CATALOG.md writes the defaults; "" when none
  std::vector<double> param_defaults;  // in the catalog's order
  std::string convention;              // at kinks; "" when none
  std::vector<double> kinks;           // where the convention applies (default parameters)
  bool source = false, smooth = false;
  // LaTeX: the first input, the function by name, its definition, its first
  // and second derivatives by the first input
  std::string latex_var, latex_f, latex_definition, latex_d1, latex_d2;
};

// One per catalog entry, in the catalog's order.
std::vector<entry_text> catalog_text();

}  // namespace cli

#endif
