// Catalog entries [ACTDIFF_ENTRIES_BEGIN, ACTDIFF_ENTRIES_END) for `actdiff
// accuracy` (this file is compiled once per range: tools/meson.build).
#include <type_traits>
#include <utility>

#include <boost/hana/at.hpp>

#include <actdiff/activations/catalog.hpp>

#include "accuracy_rows.hpp"

namespace cli {

namespace {
namespace sweep = actdiff::verify::sweep;

template <class E>
void sweep_if_named(const accuracy_request& req, std::vector<sweep::row>& out) {
  if (!req.name.empty() && req.name != E::name) return;
  if (req.in_float) sweep::measure_entry<float, E>(out, req.samples, req.progress);
  if (req.in_double) sweep::measure_entry<double, E>(out, req.samples, req.progress);
}
// (a helper, not a lambda in the fold: Clang 16 crashes on that)
template <std::size_t Begin, std::size_t... I>
void sweep_each(std::index_sequence<I...>, const accuracy_request& req, std::vector<sweep::row>& out) {
  (sweep_if_named<std::remove_cvref_t<decltype(boost::hana::at_c<Begin + I>(actdiff::catalog::activations))>>(req, out),
   ...);
}
}  // namespace

template <std::size_t Begin, std::size_t End>
void accuracy_rows(const accuracy_request& req, std::vector<sweep::row>& out) {
  sweep_each<Begin>(std::make_index_sequence<End - Begin>{}, req, out);
}

template void accuracy_rows<ACTDIFF_ENTRIES_BEGIN, ACTDIFF_ENTRIES_END>(const accuracy_request&, std::vector<sweep::row>&);

}  // namespace cli
