// The two translation units the compile-time bench compares, as functions:
// each writes, for every catalog entry in catalog order, f, then every first
// partial, then every second partial (row by row, ∂²f/∂v∂w with v outer), in
// double, at inputs in[0..] (x, or z0 z1 z2, or a b), and returns how many
// values it wrote.
//   catalog_tu.cpp: derived and evaluated by actdiff.
//   hand_tu.cpp:    written by hand as plain functions over <cmath>.
// No actdiff include here, so that the hand-written TU stays free of it.
#ifndef ACTDIFF_BENCH_CORE_CATALOG_VALUES_HPP
#define ACTDIFF_BENCH_CORE_CATALOG_VALUES_HPP

#include <cstddef>

namespace bench {

// 26 one-input entries × (1 + 1 + 1), five 3-input × (1 + 3 + 9), four 2-input × (1 + 2 + 4)
inline constexpr std::size_t catalog_value_count = 26 * 3 + 5 * 13 + 4 * 7;

std::size_t actdiff_catalog_values(const double* in, double* out);
std::size_t hand_catalog_values(const double* in, double* out);

}  // namespace bench

#endif
