// The reference itself: cpp_bin_float_100 and MPFR (100 digits) agree on
// every primitive to 1e-90 relative at the sweep points (built where MPFR is
// installed). Boost's own functions have had bugs (erfc in old releases).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include <boost/hana/for_each.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <boost/multiprecision/mpfr.hpp>

#include <actdiff/actdiff.hpp>
#include <actdiff/verify/identity.hpp>
#include <actdiff/verify/points.hpp>

using namespace actdiff;
using namespace actdiff::literals;
using cbf = boost::multiprecision::cpp_bin_float_100;
using mp = boost::multiprecision::number<boost::multiprecision::mpfr_float_backend<100>>;

namespace {
constexpr auto x = var<"x">;
template <class E>
void agree(const char* name, E e, const actdiff::verify::points& p) {
  double worst = 0, at = 0;
  std::size_t n = 0, nan_mismatch = 0;
  for (double v : p.values) {
    cbf a = eval<cbf>(e, x = cbf(v));
    mp b = eval<mp>(e, x = mp(v));
    if ((a != a) != (b != b)) ++nan_mismatch;
    if (a != a || b != b) continue;
    ++n;
    // compare in MPFR at 100 digits (a converted exactly: 100 decimal digits
    // of cpp_bin_float fit the MPFR type's 100 decimal digits + guard bits)
    mp am = mp(a.str(0, std::ios_base::scientific));
    if (am == b) continue;
    mp rel = abs(am - b) / max(abs(am), abs(b));
    if (static_cast<double>(rel) > worst) {
      worst = static_cast<double>(rel);
      at = v;
    }
  }
  std::printf("%-13s %zu points, max rel %.3g at x = %g\n", name, n, worst, at);
  INFO(name, " worst at x = ", at);
  CHECK(n >= 900);
  CHECK(nan_mismatch == 0);
  CHECK(worst <= 1e-90);
}
}  // namespace

TEST_CASE("cpp_bin_float_100 and mpfr agree on every primitive") {
  const auto all = actdiff::verify::points::standard();
  const auto positive = all.filter([](double v) { return v > 0; }) + actdiff::verify::points::range(0.01, 50, 600);
  const auto above_m1 = all.filter([](double v) { return v > -1; }) + actdiff::verify::points::range(-0.99, 0, 500);
  agree("exp", exp(x), all);
  agree("expm1", expm1(x), all);
  agree("log", log(x), positive);
  agree("log1p", log1p(x), above_m1);
  agree("sqrt", sqrt(x), positive);
  agree("tanh", tanh(x), all);
  agree("sech2", sech2(x), all);
  agree("erf", erf(x), all);
  agree("erfc", erfc(x), all);
  agree("sigmoid", sigmoid(x), all);
  agree("softplus", softplus(x), all);
  agree("logsumexp", logsumexp(x, -x / 2_c, 1_c), all);
  agree("log_softmax", log_softmax_primitive<1>(x, -x / 2_c, 1_c), all);
  agree("tanh_residual", tanh_residual(x), all);
  agree("pi", pi * x, all);
  agree("constants", (euler_e + sqrt2 + ln2 + inv_sqrt_2pi + two_over_sqrt_pi + inv_sqrt2) * x, all);
}
