// Bench 2: every float input (2^32 bit patterns) of every function against
// the libm column of functions.hpp (glibc's function, or the plain <cmath>
// formula) evaluated in double (or long double, with --ld). The error is measured against the
// unrounded reference value, in ulps of the reference rounded to float: the
// reference's own error (< 1 ulp of double, 2^-29 ulp of float) then shifts
// the figure by at most 2^-29 ulp, and there is no double rounding to worry
// about. Also counts results that differ from the reference rounded to float
// (expected near ties only: the reference rounded to float is not always the
// correctly rounded float), and false zeros/infs/NaNs. Progress on stderr.
//
//   exhaustive_float [--ld] [-j threads] [function...]

#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <actdiff/math/math.hpp>

#include "functions.hpp"

namespace {

struct result {
  double max_ulps = 0;
  std::uint32_t worst = 0;
  std::uint64_t not_rn = 0, false_zero = 0, false_inf = 0, false_nan = 0, wrong_special = 0;
  void merge(const result& o) {
    if (o.max_ulps > max_ulps) {
      max_ulps = o.max_ulps;
      worst = o.worst;
    }
    not_rn += o.not_rn;
    false_zero += o.false_zero;
    false_inf += o.false_inf;
    false_nan += o.false_nan;
    wrong_special += o.wrong_special;
  }
};

// ulp of a float, as the ulp of its magnitude; the ulp of a subnormal is 2^-149.
inline long double float_ulp(float w) {
  const std::uint32_t e = (std::bit_cast<std::uint32_t>(w) >> 23) & 0xff;
  return std::ldexp(1.0L, (e == 0 ? 1 : static_cast<int>(e)) - 150);
}

template <class R, class F, class Ref>
void check_range(F f, Ref ref, std::uint64_t begin, std::uint64_t end, result& res, std::atomic<std::uint64_t>& done) {
  result r;
  for (std::uint64_t b = begin; b < end; ++b) {
    const float x = std::bit_cast<float>(static_cast<std::uint32_t>(b));
    const float got = f(x);
    const R want = ref(static_cast<R>(x));
    if (std::isnan(want)) {
      if (!std::isnan(got)) ++r.wrong_special;
    } else if (std::isnan(got)) {
      ++r.false_nan;
    } else {
      const float w = static_cast<float>(want);
      if (std::isinf(w)) {
        if (got != w) ++r.wrong_special;
      } else if (std::isinf(got)) {
        ++r.false_inf;
      } else {
        if (got == 0 && w != 0) ++r.false_zero;
        if (std::bit_cast<std::uint32_t>(got) != std::bit_cast<std::uint32_t>(w)) ++r.not_rn;
        const double u = static_cast<double>(std::fabs(static_cast<long double>(got) - want) / float_ulp(w));
        if (u > r.max_ulps) {
          r.max_ulps = u;
          r.worst = static_cast<std::uint32_t>(b);
        }
      }
    }
    if ((b & 0xffffff) == 0xffffff) done += 0x1000000;
  }
  res = r;
}

template <class R, class F, class Ref>
void run(const char* name, F f, Ref ref, int threads) {
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<result> parts(static_cast<std::size_t>(threads));
  std::vector<std::thread> pool;
  std::atomic<std::uint64_t> done{0};
  const std::uint64_t total = std::uint64_t{1} << 32;
  for (int t = 0; t < threads; ++t) {
    const std::uint64_t b = total * static_cast<std::uint64_t>(t) / static_cast<std::uint64_t>(threads);
    const std::uint64_t e = total * static_cast<std::uint64_t>(t + 1) / static_cast<std::uint64_t>(threads);
    pool.emplace_back([&, b, e, t] { check_range<R>(f, ref, b, e, parts[static_cast<std::size_t>(t)], done); });
  }
  // every aligned block of 2^24 inputs is counted once, by the thread that ends it
  std::uint64_t last = ~std::uint64_t{0};
  while (done.load() < total) {
    const std::uint64_t d = done.load();
    if (d != last) {
      std::fprintf(stderr, "\r%-11s %5.1f%%", name, 100.0 * static_cast<double>(d) / static_cast<double>(total));
      last = d;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  for (auto& th : pool) th.join();
  std::fprintf(stderr, "\r%-11s 100.0%%\n", name);
  result res;
  for (auto& p : parts) res.merge(p);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%-11s max %.4f ulp at %.9g (0x%08x)  != ref rounded: %llu  false 0/inf/NaN %llu/%llu/%llu  wrong specials %llu  %.0fs\n",
              name, res.max_ulps, static_cast<double>(std::bit_cast<float>(res.worst)), res.worst,
              static_cast<unsigned long long>(res.not_rn), static_cast<unsigned long long>(res.false_zero),
              static_cast<unsigned long long>(res.false_inf), static_cast<unsigned long long>(res.false_nan),
              static_cast<unsigned long long>(res.wrong_special), secs);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  bool ld = false;
  int threads = 1;
  std::vector<std::string> only;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--ld") == 0)
      ld = true;
    else if (std::strcmp(argv[i], "-j") == 0 && i + 1 < argc)
      threads = std::atoi(argv[++i]);
    else
      only.emplace_back(argv[i]);
  }
  auto wanted = [&](const char* name) {
    if (only.empty()) return true;
    for (auto& o : only)
      if (o == name) return true;
    return false;
  };
  std::printf("all 2^32 floats against the %s reference, %d thread(s)\n", ld ? "long double" : "double", threads);
#define ACTDIFF_EXHAUSTIVE_ROW(name, lo, hi, libm, ref)                                              \
  if (wanted(#name)) {                                                                              \
    auto f = [](float x) { return actdiff::math::name(x); };                                       \
    if (ld)                                                                                         \
      run<long double>(#name, f, [](long double x) -> long double { return libm; }, threads);       \
    else                                                                                            \
      run<double>(#name, f, [](double x) -> double { return libm; }, threads);                      \
  }
  ACTDIFF_MATH_FUNCTIONS(ACTDIFF_EXHAUSTIVE_ROW)
}
