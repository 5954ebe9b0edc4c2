// accuracy_sweep: the sweep of <actdiff/verify/sweep.hpp> over the catalog entries with index
// in [CAT_BEGIN, CAT_END) (the catalog is split over several programs to
// keep each translation unit's compile time short).
//
//   accuracy_sweep_A_B [--points N] [--check]
//
// prints one Markdown table row per function, derivative and type:
//   | function | derivative | type | points | measured | max ulp | worst input |
//   bounded ulp | worst input | false 0/inf/NaN | NaN lost | limits missed | unreliable |
// --check: exit 1 when a row misses the targets of NUMERICS.md (≤ 4 ulp in
// float and double, ≤ 8 in long double, with the absolute bound near interior
// roots; no false zeros, infinities or NaNs; NaN in gives NaN out; the limits
// at ±inf), after printing every row.
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

}  // namespace

int main(int argc, char** argv) {
  std::size_t points = 100000;
  bool check = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--points") && i + 1 < argc) {
      points = std::strtoul(argv[++i], nullptr, 10);
    } else if (!std::strcmp(argv[i], "--check")) {
      check = true;
    } else {
      std::fprintf(stderr, "usage: %s [--points N] [--check]\n", argv[0]);
      return 2;
    }
  }
  std::vector<sweep::row> rows;
  boost::hana::for_each(part, [&](auto entry) {
    using E = decltype(entry);
    sweep::measure_entry<float, E>(rows, points);
    sweep::measure_entry<double, E>(rows, points);
    sweep::measure_entry<long double, E>(rows, points);
  });
  int misses = 0;
  for (const auto& r : rows) {
    const bool ok = r.within_targets();
    misses += ok ? 0 : 1;
    std::printf("| %s | %s | %s | %zu | %zu | %s | %s | %s | %s | %zu/%zu/%zu%s%s | %zu | %zu | %zu |%s\n",
                r.function.c_str(), r.derivative.c_str(), r.type.c_str(), r.points, r.measured,
                sweep::ulp_text(r.max_ulp).c_str(), r.worst.empty() ? "-" : r.worst.c_str(),
                sweep::ulp_text(r.max_bounded).c_str(), r.worst_bounded.empty() ? "-" : r.worst_bounded.c_str(),
                r.false_zeros, r.false_infs, r.false_nans, r.first_false.empty() ? "" : ", first: ",
                r.first_false.c_str(), r.nan_lost, r.limit_misses, r.unreliable,
                ok ? "" : " **over target**");
  }
  std::fflush(stdout);
  if (check && misses > 0) {
    std::fprintf(stderr, "%d rows over the targets\n", misses);
    return 1;
  }
  return 0;
}
