// The derivatives the program shows for a catalog entry: d^n f/dx^n for one
// input; for several, the partials ∂^n f/∂z_i^n with respect to each input.
#ifndef ACTDIFF_TOOLS_DERIVATIVES_HPP
#define ACTDIFF_TOOLS_DERIVATIVES_HPP

#include <cstddef>
#include <string>
#include <utility>

#include "cli.hpp"

namespace cli {

inline constexpr int max_order = 2;

// Calls f(label, expression) for the derivatives of order n (1..max_order).
template <class Entry, class F>
void for_each_derivative(Entry, int n, F&& f) {
  [&]<std::size_t... N>(std::index_sequence<N...>) {
    (
        [&] {
          if (static_cast<int>(N + 1) != n) return;
          hana::for_each(Entry::inputs, [&](auto v) {
            std::string var(decltype(v)::name.view());
            std::string label = N == 0 ? "d/d" + var : "d^" + std::to_string(N + 1) + "/d" + var + "^" + std::to_string(N + 1);
            f(label, actdiff::d<N + 1>(Entry::f_params, v));
          });
        }(),
        ...);
  }(std::make_index_sequence<max_order>{});
}

}  // namespace cli

#endif
