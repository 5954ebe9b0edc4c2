// Catalog entries [ACTDIFF_ENTRIES_BEGIN, ACTDIFF_ENTRIES_END) for `actdiff
// accuracy` (this file is compiled once per range: tools/meson.build).
#include <type_traits>
#include <utility>

#include <boost/hana/at.hpp>

#include <actdiff/activations/catalog.hpp>

#include "accuracy_rows.hpp"

namespace cli {

template <std::size_t Begin, std::size_t End>
void accuracy_rows(const accuracy_request& req, std::vector<actdiff::verify::sweep::row>& out) {
  namespace sweep = actdiff::verify::sweep;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (
        [&] {
          using E = std::remove_cvref_t<decltype(boost::hana::at_c<Begin + I>(actdiff::catalog::activations))>;
          if (!req.name.empty() && req.name != E::name) return;
          if (req.in_float) sweep::measure_entry<float, E>(out, req.samples, req.progress);
          if (req.in_double) sweep::measure_entry<double, E>(out, req.samples, req.progress);
        }(),
        ...);
  }(std::make_index_sequence<End - Begin>{});
}

template void accuracy_rows<ACTDIFF_ENTRIES_BEGIN, ACTDIFF_ENTRIES_END>(const accuracy_request&,
                                                                        std::vector<actdiff::verify::sweep::row>&);

}  // namespace cli
