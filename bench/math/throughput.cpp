// Bench 3: throughput of each actdiff::math function against glibc (or the
// naive formula of functions.hpp) in the same loop over 2^20 doubles and 2^20
// floats drawn uniformly from the function's interval clipped to [-80, 80]
// (finite results in float and double: glibc's overflow paths would flatter
// actdiff). Prints ns per call and the ratio actdiff / glibc (target: <= 1).
//
//   throughput [function...]     (default: every function of functions.hpp)

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <actdiff/math/math.hpp>

#include "functions.hpp"

namespace {

constexpr std::size_t n = std::size_t{1} << 20;

template <class T, class F>
double ns_per_pass(F f, const std::vector<T>& in, std::vector<T>& out) {
  const auto t0 = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < n; ++i) out[i] = f(in[i]);
  const auto t1 = std::chrono::steady_clock::now();
  volatile T sink = out[n / 2];  // keep the results alive
  (void)sink;
  return std::chrono::duration<double, std::nano>(t1 - t0).count() / n;
}

template <class T, class Ours, class Libm>
void run(const char* name, Ours ours, Libm libm, double lo, double hi, const char* what) {
  std::mt19937_64 g(11);
  lo = std::max(lo, -80.0);
  hi = std::min(hi, 80.0);
  std::uniform_real_distribution<double> u(lo, hi);
  std::vector<T> in(n), out(n);
  for (auto& x : in) x = static_cast<T>(u(g));
  // alternate the two, best of 15 passes each: robust to a busy machine
  double a = 1e30, b = 1e30;
  for (int rep = 0; rep < 15; ++rep) {
    a = std::min(a, ns_per_pass(ours, in, out));
    b = std::min(b, ns_per_pass(libm, in, out));
  }
  std::printf("%-12s %-7s [%g, %g]  actdiff %6.2f ns  glibc %6.2f ns  ratio %.2f  (vs %s)\n", name,
              sizeof(T) == 4 ? "float" : "double", lo, hi, a, b, a / b, what);
}

bool wanted(int argc, char** argv, const char* name) {
  if (argc < 2) return true;
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::printf("throughput over 2^20 inputs, best of 15 passes; ratio = actdiff / glibc\n");
#define ACTDIFF_THROUGHPUT_ROW(name, lo, hi, libm, ref)                                   \
  if (wanted(argc, argv, #name)) {                                                       \
    run<double>(                                                                         \
        #name, [](double x) { return actdiff::math::name(x); }, [](double x) { return libm; }, \
        lo, hi, #libm);                                                                       \
    run<float>(                                                                          \
        #name, [](float x) { return actdiff::math::name(x); }, [](float x) { return libm; },   \
        lo, hi, #libm);                                                                       \
  }
  ACTDIFF_MATH_FUNCTIONS(ACTDIFF_THROUGHPUT_ROW)
}
