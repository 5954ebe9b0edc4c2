// actdiff accuracy [NAME] [--type float|double] [--samples N]: the ULP sweep
// of f, f', f'' (every partial for several inputs) against cpp_bin_float_100
// (<actdiff/verify/sweep.hpp>), then the table. Progress goes to stderr: one
// line rewritten in place on a terminal, a plain line per row otherwise.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "accuracy_rows.hpp"
#include "cli.hpp"
#include "commands.hpp"

namespace cli {

namespace {

namespace sweep = actdiff::verify::sweep;

// The parts the catalog is swept in, as tools/meson.build compiles them.
constexpr std::size_t bounds[] = {ACTDIFF_ACCURACY_BOUNDS};
constexpr std::size_t part_count = sizeof bounds / sizeof bounds[0] - 1;
static_assert(bounds[0] == 0 && bounds[part_count] == decltype(hana::length(actdiff::catalog::activations))::value,
              "tools/meson.build: accuracy_bounds must cover the catalog");

// Columns padded to their widest cell.
void print_table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width;
  for (const auto& r : rows)
    for (std::size_t c = 0; c < r.size(); ++c) {
      if (width.size() <= c) width.push_back(0);
      width[c] = std::max(width[c], r[c].size());
    }
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t c = 0; c < r.size(); ++c)
      line += c + 1 == r.size() ? r[c] : r[c] + std::string(width[c] - r[c].size() + 2, ' ');
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::printf("%s\n", line.c_str());
  }
}

}  // namespace

int cmd_accuracy(const argv_t& argv) {
  auto a = parse(argv, {}, {"type", "samples"});
  if (a.positional.size() > 1) throw usage_error("accuracy takes at most one activation name");
  accuracy_request req;
  if (!a.positional.empty()) {
    req.name = a.positional[0];
    auto names = catalog_names();
    if (std::find(names.begin(), names.end(), req.name) == names.end())
      throw usage_error(unknown_name_message(req.name));
  }
  if (a.flag("type")) {
    const std::string t = a.get("type", "");
    if (t != "float" && t != "double") throw usage_error("--type must be float or double, not '" + t + "'");
    req.in_float = t == "float";
    req.in_double = t == "double";
  }
  req.samples = static_cast<std::size_t>(parse_int(a.get("samples", "2000"), "--samples", 10, 10000000));

  const bool terminal = isatty(fileno(stderr)) != 0;
  std::size_t done_rows = 0;
  req.progress = [&](const sweep::row& r, std::size_t done, std::size_t total) {
    if (terminal) {
      std::fprintf(stderr, "\r\033[K[%zu] %s %s %s: %zu%%", done_rows + 1, r.function.c_str(), r.derivative.c_str(),
                   r.type.c_str(), 100 * done / total);
    } else if (done == total) {
      std::fprintf(stderr, "measured %s %s %s (%zu points)\n", r.function.c_str(), r.derivative.c_str(), r.type.c_str(),
                   total);
    }
    if (done == total) ++done_rows;
  };
  std::vector<sweep::row> rows;
  [&]<std::size_t... P>(std::index_sequence<P...>) {
    (accuracy_rows<bounds[P], bounds[P + 1]>(req, rows), ...);
  }(std::make_index_sequence<part_count>{});
  if (terminal) std::fprintf(stderr, "\r\033[K");

  std::vector<std::vector<std::string>> table{{"function", "derivative", "type", "points", "max ulp", "worst input",
                                               "bounded ulp", "worst input", "false 0/inf/NaN", "NaN lost",
                                               "limits missed", "targets", "first false result"}};
  std::size_t over = 0;
  for (const auto& r : rows) {
    over += r.within_targets() ? 0 : 1;
    table.push_back({r.function, r.derivative, r.type, std::to_string(r.points), sweep::ulp_text(r.max_ulp),
                     r.worst.empty() ? "-" : r.worst, sweep::ulp_text(r.max_bounded),
                     r.worst_bounded.empty() ? "-" : r.worst_bounded,
                     std::to_string(r.false_zeros) + "/" + std::to_string(r.false_infs) + "/" +
                         std::to_string(r.false_nans),
                     std::to_string(r.nan_lost), std::to_string(r.limit_misses), r.within_targets() ? "met" : "OVER",
                     r.first_false.empty() ? "-" : r.first_false});
  }
  print_table(table);
  std::printf(
      "\n%zu rows, %zu over NUMERICS.md's targets (<= 4 ulp with the absolute bound near interior roots:\n"
      "'bounded ulp'; no false 0/inf/NaN; NaN in gives NaN out; the limits at +-inf). Reference:\n"
      "cpp_bin_float_100; points: uniform in [-50, 50], log-spaced to the type's extremes, kinks, +-0, +-inf, NaN.\n",
      rows.size(), over);
  return 0;
}

}  // namespace cli
