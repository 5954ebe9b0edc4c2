// The two TUs of the compile-time bench compute the same functions: every
// value of catalog_tu.cpp (actdiff) and hand_tu.cpp (hand-written) agree to
// 1e-9 relative at points away from every kink. Exit 1 on a mismatch, so
// that the bench never times two different things.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "catalog_values.hpp"

int main() {
  using bench::catalog_value_count;
  std::vector<double> a(catalog_value_count), h(catalog_value_count);
  std::uint64_t s = 0x2545f4914f6cdd1dull;
  auto next = [&] {  // uniform in [-5, 5): a 64-bit LCG, deterministic
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<double>(s >> 11) * 0x1p-53 * 10 - 5;
  };
  // kinks of the catalog's piecewise entries; points near them are skipped
  const double kinks[] = {0, 6, 3, -3, 1, -1, 0.5, -0.5};
  int points = 0, bad = 0;
  while (points < 2000) {
    const double in[3] = {next(), next(), next()};
    bool near_kink = std::fabs(in[0] - in[1]) < 1e-3 || std::fabs(in[1] - in[2]) < 1e-3 ||
                     std::fabs(in[0] - in[2]) < 1e-3;  // maxout's ties
    for (double k : kinks)
      for (double v : in) near_kink = near_kink || std::fabs(v - k) < 1e-3;
    if (near_kink) continue;
    ++points;
    if (bench::actdiff_catalog_values(in, a.data()) != catalog_value_count ||
        bench::hand_catalog_values(in, h.data()) != catalog_value_count) {
      std::printf("value count differs from %zu\n", catalog_value_count);
      return 1;
    }
    for (std::size_t i = 0; i < catalog_value_count; ++i)
      if (!(std::fabs(a[i] - h[i]) <= 1e-9 * (std::fabs(a[i]) + std::fabs(h[i])) + 1e-300) && bad++ < 10)
        std::printf("value %zu at (%.17g, %.17g, %.17g): actdiff %.17g, by hand %.17g\n", i, in[0], in[1], in[2],
                    a[i], h[i]);
  }
  std::printf("catalog_tu and hand_tu: %zu values at %d points, %d mismatches\n", catalog_value_count, points, bad);
  return bad == 0 ? 0 : 1;
}
