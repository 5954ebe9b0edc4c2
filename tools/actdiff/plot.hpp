// The figure of `actdiff plot`, also drawn for docs/catalog.md by `actdiff
// catalog` (plot_cmd.cpp).
#ifndef ACTDIFF_TOOLS_PLOT_HPP
#define ACTDIFF_TOOLS_PLOT_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace cli {

// The inputs (named `inputs`, as input_names gives them) at x along the
// first one: the others at 0, except b at 1 (so the GLU family's gate is open).
template <class T>
std::vector<T> slice_point(const std::vector<std::string>& inputs, const T& x) {
  std::vector<T> in{x};
  for (std::size_t i = 1; i < inputs.size(); ++i) in.push_back(inputs[i] == "b" ? T(1) : T(0));
  return in;
}

// f and its derivatives of orders 1..order by the first input over [lo, hi]
// (the other inputs as slice_point sets them), parameters `par`, as an SVG
// figure with axes, ticks, labels and a legend; empty when there is no entry
// called name.
std::string plot_svg(const std::string& name, double lo, double hi, int order, const std::vector<double>& par);

}  // namespace cli

#endif
