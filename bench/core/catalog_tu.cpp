// Compile-time bench, actdiff side: f, f' and f'' of the whole catalog
// (every partial of the multi-input entries), derived by actdiff and
// evaluated in double at run-time inputs. hand_tu.cpp is the same with
// hand-written formulas; compile_time.py times both.
#include <cstddef>
#include <utility>

#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>

#include <actdiff/actdiff.hpp>

#include "catalog_values.hpp"

namespace {

namespace hana = boost::hana;

// eval<double>(g, input0 = in[0], input1 = in[1], ...) for entry E
template <class E, class G>
double eval_at(G g, const double* in) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return actdiff::eval<double>(g, (hana::at_c<I>(E::inputs) = in[I])...);
  }(std::make_index_sequence<decltype(hana::length(E::inputs))::value>{});
}

}  // namespace

std::size_t bench::actdiff_catalog_values(const double* in, double* out) {
  double* const first = out;
  hana::for_each(actdiff::catalog::activations, [&]<class E>(E) {
    // derived at compile time (constexpr), evaluated at run time: as users write it
    *out++ = eval_at<E>(E::f, in);
    hana::for_each(E::inputs, [&]<class V>(V) {
      constexpr auto f1 = actdiff::d(E::f, V{});
      *out++ = eval_at<E>(f1, in);
    });
    hana::for_each(E::inputs, [&]<class V>(V) {
      constexpr auto f1 = actdiff::d(E::f, V{});
      hana::for_each(E::inputs, [&]<class W>(W) {
        constexpr auto f2 = actdiff::d(f1, W{});
        *out++ = eval_at<E>(f2, in);
      });
    });
  });
  return static_cast<std::size_t>(out - first);
}
