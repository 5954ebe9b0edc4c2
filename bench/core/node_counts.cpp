// Prints the size (distinct subexpressions, what eval computes) of
//   d^n f/dx^n, n = 1..4, for every smooth one-input catalog entry,
//   every first and second partial of the smooth multi-input entries,
//   d^n/dx^n, n = 1..4, of tanh(x) and of x·σ(x) with σ written from exp:
// figures to keep from growing.
#include <cstddef>
#include <cstdio>
#include <string_view>
#include <utility>

#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>

#include "derivative_tu.hpp"

namespace {

namespace hana = boost::hana;

template <class E, class X, std::size_t... Ns>
void row(std::string_view name, E e, X x, std::index_sequence<Ns...>) {
  std::printf("%-22.*s %6zu", static_cast<int>(name.size()), name.data(), actdiff::node_count(e));
  ((std::printf(" %6zu", actdiff::node_count(actdiff::d<Ns + 1>(e, x)))), ...);
  std::printf("\n");
}

template <class E>
constexpr std::size_t arity = decltype(hana::length(E::inputs))::value;

}  // namespace

int main() {
  std::printf("node counts (distinct subexpressions) of f and d^n f/dx^n\n");
  std::printf("%-22s %6s %6s %6s %6s %6s\n", "smooth, one input", "f", "n=1", "n=2", "n=3", "n=4");
  hana::for_each(actdiff::catalog::activations, []<class E>(E) {
    if constexpr (E::smooth && arity<E> == 1)
      row(E::name, E::f, hana::at_c<0>(E::inputs), std::make_index_sequence<4>{});
  });
  row("tanh(x)", bench::tanh_x, bench::x, std::make_index_sequence<4>{});
  row("x/(1+exp(-x))", bench::silu_x, bench::x, std::make_index_sequence<4>{});

  std::printf("\n%-22s %6s %6s  %s\n", "smooth, several inputs", "f", "d/dv", "d2/dv dw for w = each input in order");
  hana::for_each(actdiff::catalog::activations, []<class E>(E) {
    if constexpr (E::smooth && arity<E> > 1)
      hana::for_each(E::inputs, [](auto v) {
        const auto f1 = actdiff::d(E::f, v);
        std::printf("%-13.*s d/d%-5s %6zu %6zu", static_cast<int>(E::name.size()), E::name.data(),
                    std::string_view(decltype(v)::name).data(), actdiff::node_count(E::f), actdiff::node_count(f1));
        hana::for_each(E::inputs, [&](auto w) { std::printf(" %6zu", actdiff::node_count(actdiff::d(f1, w))); });
        std::printf("\n");
      });
  });
  std::printf("\nd^4 tanh(x)     = %s\n", actdiff::to_string(actdiff::d<4>(bench::tanh_x, bench::x)).c_str());
  std::printf("d^2 x*sigma(x)  = %s\n", actdiff::to_string(actdiff::d<2>(bench::silu_x, bench::x)).c_str());
}
