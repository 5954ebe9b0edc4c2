// Bench 1: accuracy sweep, 10^6 points per function and type (the samples of
// tests/math/ulp.hpp: log-spaced over the whole range, subnormals, [-50, 50],
// the function's interval, specials), against MPFR at 50 digits where it is
// installed (cpp_bin_float_50 otherwise). Prints the maximum ulp error, the
// worst input, the worst input's error against cpp_bin_float_100 as a check
// of the reference, and the false zero/inf/NaN counts.
//
//   sweep [-n N] [function...]     (default: 10^6 points, every function)

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <boost/multiprecision/cpp_bin_float.hpp>
#ifdef ACTDIFF_HAVE_MPFR
#include <boost/multiprecision/mpfr.hpp>
#endif

#include <actdiff/math/math.hpp>

#include "functions.hpp"
#include "ulp.hpp"

namespace {

#ifdef ACTDIFF_HAVE_MPFR
using fast_ref = boost::multiprecision::mpfr_float_50;
constexpr const char* fast_ref_name = "MPFR 50 digits";
#else
using fast_ref = boost::multiprecision::cpp_bin_float_50;
constexpr const char* fast_ref_name = "cpp_bin_float_50";
#endif
using check_ref = boost::multiprecision::cpp_bin_float_100;

template <class T>
const char* type_name() {
  return std::numeric_limits<T>::digits == 24 ? "float" : std::numeric_limits<T>::digits == 53 ? "double" : "long double";
}

template <class T, class F, class R1, class R2>
void sweep(const char* name, F f, R1 ref, R2 ref100, double lo, double hi, std::size_t n) {
  const auto t0 = std::chrono::steady_clock::now();
  actdiff::test::ulp_stats<T> st;
  for (T x : actdiff::test::samples<T>(n, lo, hi, 0xbe9c4)) st.add(x, actdiff::test::ulp_error(f(x), ref(fast_ref(x))));
  const double check = actdiff::test::ulp_error(f(st.worst), ref100(check_ref(st.worst))).ulps;
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%-11s %-12s %8zu  max %7.4f ulp (cpp_bin_float_100: %7.4f) at %-28.21Lg false 0/inf/NaN %zu/%zu/%zu  %5.1fs\n",
              name, type_name<T>(), st.n, st.max_ulps, check, static_cast<long double>(st.worst), st.false_zeros,
              st.false_infs, st.false_nans, secs);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t n = 1000000;
  std::vector<std::string> only;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-n") == 0 && i + 1 < argc)
      n = static_cast<std::size_t>(std::atof(argv[++i]));
    else
      only.emplace_back(argv[i]);
  }
  auto wanted = [&](const char* name) {
    if (only.empty()) return true;
    for (auto& o : only)
      if (o == name) return true;
    return false;
  };
  std::printf("max ulp error over %zu points per function and type, reference %s\n", n, fast_ref_name);
#define ACTDIFF_SWEEP_ROW(name, lo, hi, libm, ref)                                                   \
  if (wanted(#name)) {                                                                              \
    auto f = [](auto x) { return actdiff::math::name(x); };                                        \
    auto r = [](const fast_ref& x) -> fast_ref { return ref; };                                    \
    auto r100 = [](const check_ref& x) -> check_ref { return ref; };                               \
    sweep<float>(#name, f, r, r100, lo, hi, n);                                                     \
    sweep<double>(#name, f, r, r100, lo, hi, n);                                                    \
    sweep<long double>(#name, f, r, r100, lo, hi, n);                                               \
  }
  ACTDIFF_MATH_FUNCTIONS(ACTDIFF_SWEEP_ROW)
}
