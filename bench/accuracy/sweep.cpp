// accuracy_sweep: the sweep of <actdiff/verify/sweep.hpp> over the catalog entries with index
// in [CAT_BEGIN, CAT_END) (the catalog is split over several programs to
// keep each translation unit's compile time short).
//
//   accuracy_sweep_A_B [--points N] [--types float,double,long double] [--check] [--known FILE]
//
// prints one Markdown table row per function, derivative and type:
//   | function | derivative | type | points | measured | max ulp | worst input |
//   bounded ulp | worst input | false 0/inf/NaN | NaN lost | limits missed | unreliable |
// --check: exit 1 when a row misses the targets of NUMERICS.md (≤ 4 ulp in
// float and double, ≤ 8 in long double, with the absolute bound near interior
// roots; no false zeros, infinities or NaNs; NaN in gives NaN out; the limits
// at ±inf), after printing every row. --known FILE: rows listed there
// ("function | derivative | type" per line, # comments) are known to miss
// and do not fail --check; a listed row that now meets the targets is
// pointed out (so that the list only shrinks). --types: the types swept
// (default all three).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <boost/hana/drop_front.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/integral_constant.hpp>
#include <boost/hana/take_front.hpp>

#include <actdiff/actdiff.hpp>
#include <actdiff/verify/sweep.hpp>

#ifndef CAT_BEGIN
#define CAT_BEGIN 0
#define CAT_END 35
#endif

namespace {

namespace sweep = actdiff::verify::sweep;

constexpr auto part = boost::hana::drop_front(
    boost::hana::take_front(actdiff::catalog::activations, boost::hana::size_c<CAT_END>),
    boost::hana::size_c<CAT_BEGIN>);

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  const auto e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string{} : s.substr(b, e - b + 1);
}

// "function | derivative | type" per line; blank lines and # comments skipped.
bool read_known(const char* path, std::set<std::string>& known) {
  std::ifstream in(path);
  if (!in) return false;
  for (std::string line; std::getline(in, line);) {
    line = trimmed(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    std::string key, field;
    for (std::size_t at = 0; at != std::string::npos;) {
      const auto bar = line.find('|', at);
      field = trimmed(line.substr(at, bar == std::string::npos ? std::string::npos : bar - at));
      key += (key.empty() ? "" : " | ") + field;
      at = bar == std::string::npos ? bar : bar + 1;
    }
    known.insert(key);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t points = 100000;
  bool check = false;
  std::string types = "float,double,long double";
  std::set<std::string> known;
  const char* known_file = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--points") && i + 1 < argc) {
      points = std::strtoul(argv[++i], nullptr, 10);
    } else if (!std::strcmp(argv[i], "--types") && i + 1 < argc) {
      types = argv[++i];
    } else if (!std::strcmp(argv[i], "--known") && i + 1 < argc) {
      known_file = argv[++i];
      if (!read_known(known_file, known)) {
        std::fprintf(stderr, "%s: cannot read %s\n", argv[0], known_file);
        return 2;
      }
    } else if (!std::strcmp(argv[i], "--check")) {
      check = true;
    } else {
      std::fprintf(stderr, "usage: %s [--points N] [--types float,double,long double] [--check] [--known FILE]\n",
                   argv[0]);
      return 2;
    }
  }
  const auto wanted = [&](const char* t) {
    const std::string list = "," + types + ",";
    return list.find("," + std::string(t) + ",") != std::string::npos;
  };
  std::vector<sweep::row> rows;
  boost::hana::for_each(part, [&](auto entry) {
    using E = decltype(entry);
    if (wanted("float")) sweep::measure_entry<float, E>(rows, points);
    if (wanted("double")) sweep::measure_entry<double, E>(rows, points);
    if (wanted("long double")) sweep::measure_entry<long double, E>(rows, points);
  });
  int misses = 0, known_misses = 0;
  std::vector<std::string> now_met;
  for (const auto& r : rows) {
    const bool ok = r.within_targets();
    const bool listed = known.count(r.function + " | " + r.derivative + " | " + r.type) > 0;
    if (listed && ok) now_met.push_back(r.function + " | " + r.derivative + " | " + r.type);
    misses += ok || listed ? 0 : 1;
    known_misses += !ok && listed ? 1 : 0;
    std::printf("| %s | %s | %s | %zu | %zu | %s | %s | %s | %s | %zu/%zu/%zu%s%s | %zu | %zu | %zu |%s\n",
                r.function.c_str(), r.derivative.c_str(), r.type.c_str(), r.points, r.measured,
                sweep::ulp_text(r.max_ulp).c_str(), r.worst.empty() ? "-" : r.worst.c_str(),
                sweep::ulp_text(r.max_bounded).c_str(), r.worst_bounded.empty() ? "-" : r.worst_bounded.c_str(),
                r.false_zeros, r.false_infs, r.false_nans, r.first_false.empty() ? "" : ", first: ",
                r.first_false.c_str(), r.nan_lost, r.limit_misses, r.unreliable,
                ok ? "" : listed ? " **over target** (known)" : " **over target**");
  }
  std::fflush(stdout);
  for (const auto& k : now_met)
    std::fprintf(stderr, "note: %s meets the targets now: take it off %s\n", k.c_str(), known_file);
  if (known_file) std::fprintf(stderr, "%d rows over the targets and known (%s)\n", known_misses, known_file);
  if (check && misses > 0) {
    std::fprintf(stderr, "%d rows over the targets%s\n", misses, known_file ? " and not known" : "");
    return 1;
  }
  return 0;
}
