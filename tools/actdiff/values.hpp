// The values of a catalog entry and of its derivatives at one point. The
// catalog's expressions are evaluated in one translation unit (eval_cmd.cpp,
// for float, double, long double and cpp_bin_float_100); plot and catalog
// call values_at instead of instantiating them again.
#ifndef ACTDIFF_TOOLS_VALUES_HPP
#define ACTDIFF_TOOLS_VALUES_HPP

#include <cstddef>
#include <string>
#include <vector>

#include <boost/multiprecision/cpp_bin_float.hpp>

namespace cli {

using hp = boost::multiprecision::cpp_bin_float_100;

template <class T>
struct value {
  std::string label;      // the entry's name, "d/dx", "d^2/dx^2", ...
  int order;              // 0 for f
  std::size_t input;      // the input a partial is taken by (0 for f)
  T v;
};

// f, then the partials of orders 1..order by each input, at `in` (one value
// per input) with parameters `par` (one per parameter, in the catalog's
// order); empty when there is no entry called name. first_only: only the
// partials by the first input (what plots and zeros are drawn along).
// Defined for float, double, long double and hp.
template <class T>
std::vector<value<T>> values_at(const std::string& name, const std::vector<T>& in, const std::vector<T>& par, int order,
                                bool first_only = false);

}  // namespace cli

#endif
