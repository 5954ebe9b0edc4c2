// Rows [ACTDIFF_ROWS_BEGIN, ACTDIFF_ROWS_END) of the identity table, for
// `actdiff verify` (this file is compiled once per range: tools/meson.build).
#include <cstdio>
#include <string>
#include <type_traits>
#include <utility>

#include <boost/hana/at.hpp>
#include <boost/hana/for_each.hpp>

#include <actdiff/verify/identities.hpp>
#include <actdiff/verify/precision.hpp>

#include "verify_rows.hpp"

namespace cli {

namespace {

namespace id = actdiff::verify::identities;

std::string where(const actdiff::verify::location& l) {
  std::string s;
  for (std::size_t i = 0; i < l.values.size(); ++i) {
    char b[32];
    std::snprintf(b, sizeof b, "%.6g", l.values[i]);
    s += (i ? ", " : "") + std::string(i < l.names.size() ? l.names[i] : "?") + " = " + b;
  }
  return s;
}

template <class Row>
row_result check_row(Row, int digits, double tol) {
  row_result r;
  r.id = Row::id;
  r.text = Row::text;
  r.note = Row::note;
  r.stated = Row::stated;
  r.proved = Row::symbolic;
  r.pass = true;
  boost::hana::for_each(Row::equations, [&](auto e) {
    const auto rep = actdiff::verify::check_equation(e, digits);
    equation_result q;
    q.max_rel = rep.max_rel;
    q.at = where(rep.at_rel);
    q.points = rep.points;
    q.skipped = rep.skipped;
    q.nan_mismatches = rep.nan_mismatches;
    q.pass = rep.points > 0 && rep.nan_mismatches == 0 && rep.max_rel <= tol;
    r.pass = r.pass && q.pass;
    r.equations.push_back(q);
  });
  if constexpr (!std::is_same_v<typename Row::custom, id::no_custom>) {
    // bounds and worked examples: at 100 digits (their own checks assume it)
    const auto res = Row::custom::run();
    for (const auto& f : res.figures) r.figures.push_back(f.name + " = " + f.value);
    r.pass = r.pass && res.ok;
  }
  return r;
}

using report_fn = std::function<void(const row_result&)>;

template <class Row>
void check_if_named(const std::string& only, int digits, double tol, const report_fn& report) {
  if (only.empty() || only == Row::id) report(check_row(Row{}, digits, tol));
}
// (a helper, not a lambda in the fold: Clang 16 crashes on that)
template <std::size_t Begin, std::size_t... I>
void check_each(std::index_sequence<I...>, const std::string& only, int digits, double tol, const report_fn& report) {
  (check_if_named<std::remove_cvref_t<decltype(boost::hana::at_c<Begin + I>(id::table))>>(only, digits, tol, report), ...);
}
}  // namespace

template <std::size_t Begin, std::size_t End>
void check_rows(const std::string& only, int digits, double tol, const report_fn& report) {
  check_each<Begin>(std::make_index_sequence<End - Begin>{}, only, digits, tol, report);
}

template void check_rows<ACTDIFF_ROWS_BEGIN, ACTDIFF_ROWS_END>(const std::string&, int, double, const report_fn&);

}  // namespace cli
