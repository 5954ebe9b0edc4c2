// actdiff verify [--digits 50|100] [--id I3]: the identity table of
// IDENTITIES.md, each row proved symbolically or not, checked numerically,
// PASS or FAIL; exit status 1 on any FAIL.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>

#include <actdiff/verify/identities.hpp>

#include "cli.hpp"
#include "commands.hpp"
#include "verify_rows.hpp"

namespace cli {

namespace {

namespace id = actdiff::verify::identities;

// The parts the rows are checked in, as tools/meson.build compiles them.
constexpr std::size_t bounds[] = {ACTDIFF_VERIFY_BOUNDS};
constexpr std::size_t part_count = sizeof bounds / sizeof bounds[0] - 1;
static_assert(bounds[0] == 0 && bounds[part_count] == decltype(boost::hana::length(id::table))::value,
              "tools/meson.build: verify_bounds must cover the identity table");

void print_row(const row_result& r) {
  std::printf("%-4s %s  proof %-3s  %s%s\n", r.id.c_str(), r.pass ? "PASS" : "FAIL", r.proved ? "yes" : "no",
              r.text.c_str(), r.stated ? "  [S]" : "");
  for (std::size_t k = 0; k < r.equations.size(); ++k) {
    const auto& q = r.equations[k];
    if (q.max_rel == 0)  // no worst point to name
      std::printf("       eq %zu  max rel diff 0, the sides agree to the last digit  (%zu points", k + 1, q.points);
    else
      std::printf("       eq %zu  max rel diff %-9.3g at %s  (%zu points", k + 1, q.max_rel, q.at.c_str(), q.points);
    if (q.skipped) std::printf(", %zu skipped: they need MPFR", q.skipped);
    if (q.nan_mismatches) std::printf(", %zu NaN on one side only", q.nan_mismatches);
    std::printf(")%s\n", q.pass ? "" : "  FAIL");
  }
  for (const auto& f : r.figures) std::printf("       %s\n", f.c_str());
  std::fflush(stdout);  // rows appear as they are checked
}

// The default --tolerance: 1e-90 at 100 digits, 1e-40 at 50.
double tolerance(int digits) { return std::pow(10.0, -(digits - 10)); }

}  // namespace

int cmd_verify(const argv_t& argv) {
  auto a = parse(argv, {}, {"digits", "id", "tolerance"});
  if (!a.positional.empty()) throw usage_error("verify takes no arguments (pick a row with --id)");
  const std::string d = a.get("digits", "100");
  if (d != "50" && d != "100") throw usage_error("--digits must be 50 or 100, not '" + d + "'");
  const int digits = d == "50" ? 50 : 100;
  const double tol = a.flag("tolerance") ? parse_double(a.get("tolerance", ""), "--tolerance") : tolerance(digits);
  if (!(tol >= 0)) throw usage_error("--tolerance must be a number >= 0");
  const std::string only = a.get("id", "");
  std::vector<std::string> ids;
  boost::hana::for_each(id::table, [&](auto row) { ids.emplace_back(decltype(row)::id); });
  if (a.flag("id") && std::find(ids.begin(), ids.end(), only) == ids.end())
    throw usage_error("unknown identity '" + only + "'" + suggestion(only, ids, " (the ids are I1 to I" + std::to_string(ids.size()) + ")"));
  std::printf("identity table (IDENTITIES.md): each equation at >= 1000 points in cpp_bin_float_%d, more digits\n"
              "where a side cancels; PASS: largest relative difference <= %.3g; bounds and worked examples\n"
              "are computed at 100 digits; proof: both sides reduce to one canonical form.\n\n",
              digits, tol);
  int pass = 0, fail = 0;
  auto report = [&](const row_result& r) {
    ++(r.pass ? pass : fail);
    print_row(r);
  };
  [&]<std::size_t... P>(std::index_sequence<P...>) {
    (check_rows<bounds[P], bounds[P + 1]>(only, digits, tol, report), ...);
  }(std::make_index_sequence<part_count>{});
  std::printf("\n%d PASS, %d FAIL\n", pass, fail);
  return fail == 0 ? 0 : 1;
}

}  // namespace cli
