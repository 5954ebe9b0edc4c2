// Prints the size (distinct subexpressions) of d^n/dx^n for n = 1..4 of
// tanh(x) and x·σ(x), σ = 1/(1 + e^-x): a figure to keep from growing.
#include <cstddef>
#include <cstdio>
#include <utility>

#include "derivative_tu.hpp"

template <class E, std::size_t... Ns>
void row(const char* name, E e, std::index_sequence<Ns...>) {
  std::printf("%-12s", name);
  ((std::printf(" %8zu", actdiff::node_count(actdiff::d<Ns + 1>(e, bench::x)))), ...);
  std::printf("\n");
}

int main() {
  std::printf("node counts of d^n f/dx^n (distinct subexpressions)\n");
  std::printf("%-12s %8s %8s %8s %8s\n", "f", "n=1", "n=2", "n=3", "n=4");
  row("tanh(x)", bench::tanh_x, std::make_index_sequence<4>{});
  row("x*sigma(x)", bench::silu_x, std::make_index_sequence<4>{});
  std::printf("\nd^4 tanh(x)     = %s\n", actdiff::to_string(actdiff::d<4>(bench::tanh_x, bench::x)).c_str());
  std::printf("d^2 x*sigma(x)  = %s\n", actdiff::to_string(actdiff::d<2>(bench::silu_x, bench::x)).c_str());
}
