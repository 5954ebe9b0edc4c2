// Accuracy of actdiff::math against cpp_bin_float_100, >= 20,000 points per
// function and type over the whole range (see ulp.hpp): <= 1 ulp for float and
// double, <= 2 ulp for long double, and no false zero, inf or NaN.

#include <doctest/doctest.h>

#include <boost/multiprecision/cpp_bin_float.hpp>
#include <cstdio>

#include <actdiff/math/math.hpp>

#include "functions.hpp"
#include "ulp.hpp"

namespace {

using ref_t = boost::multiprecision::cpp_bin_float_100;

constexpr std::size_t n_points = 20000;

template <class T>
constexpr double bound = std::numeric_limits<T>::digits == 64 ? 2.0 : 1.0;

template <class T, class F, class Ref>
void check(const char* name, F f, Ref ref, double lo, double hi) {
  actdiff::test::ulp_stats<T> st;
  for (T x : actdiff::test::samples<T>(n_points, lo, hi))
    st.add(x, actdiff::test::ulp_error(f(x), ref(ref_t(x))));
  std::printf("%-10s %-12s max %.4f ulp at %.21Lg (%zu points)\n", name,
              std::numeric_limits<T>::digits == 24   ? "float"
              : std::numeric_limits<T>::digits == 53 ? "double"
                                                     : "long double",
              st.max_ulps, static_cast<long double>(st.worst), st.n);
  INFO(name, " worst input ", static_cast<long double>(st.worst));
  CHECK(st.n >= n_points);
  CHECK(st.max_ulps <= bound<T>);
  CHECK(st.false_zeros == 0);
  CHECK(st.false_infs == 0);
  CHECK(st.false_nans == 0);
}

}  // namespace

#define ACTDIFF_ACCURACY_CASE(name, lo, hi, libm, ref)                                     \
  TEST_CASE("accuracy: " #name) {                                                         \
    auto f = [](auto x) { return actdiff::math::name(x); };                              \
    auto r = [](const ref_t& x) -> ref_t { return ref; };                                \
    check<float>(#name, f, r, lo, hi);                                                    \
    check<double>(#name, f, r, lo, hi);                                                   \
    check<long double>(#name, f, r, lo, hi);                                              \
  }
ACTDIFF_MATH_FUNCTIONS(ACTDIFF_ACCURACY_CASE)
