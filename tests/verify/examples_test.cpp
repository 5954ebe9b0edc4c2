// The approximation and worked-example rows (I9, I10, I14, I15, I16) against
// references computed here with Boost's own functions (not actdiff's
// expressions) or taken from mpmath (60 digits, named where used).
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <string>

#include <boost/math/constants/constants.hpp>
#include <boost/math/special_functions/erf.hpp>
#include <boost/math/special_functions/lambert_w.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/verify/examples.hpp>
#include <actdiff/verify/identities.hpp>

using hp = boost::multiprecision::cpp_bin_float_100;
namespace ex = actdiff::verify::examples;

namespace {
double figure(const ex::result& r, std::size_t i) { return std::stod(r.figures.at(i).value); }

// max |f| on [lo, hi]: a dense scan, then ternary search on |f| (independent
// of examples.hpp's golden-section search).
template <class F>
std::array<hp, 2> reference_max(F f, hp lo, hp hi) {
  hp best = lo, bv = 0;
  for (int i = 0; i <= 20000; ++i) {
    hp v = lo + (hi - lo) * i / 20000;
    hp a = abs(f(v));
    if (a > bv) {
      bv = a;
      best = v;
    }
  }
  hp a = best - (hi - lo) / 20000, b = best + (hi - lo) / 20000;
  for (int k = 0; k < 300; ++k) {
    hp m1 = a + (b - a) / 3, m2 = b - (b - a) / 3;
    if (abs(f(m1)) > abs(f(m2)))
      b = m2;
    else
      a = m1;
  }
  hp xm = (a + b) / 2;
  return {xm, abs(f(xm))};
}
}  // namespace

TEST_CASE("I9: the gap between swish(x; beta) and relu is W(1/e)/beta") {
  auto r = ex::swish_gap::run();
  std::printf("I9\n%s", r.summary().c_str());
  const hp w = boost::math::lambert_w0(1 / boost::math::constants::e<hp>());  // 0.27846454276107379510...
  for (std::size_t i = 0; i < ex::swish_gap::betas.size(); ++i) {
    const double want = static_cast<double>(hp(w / ex::swish_gap::betas[i]));
    CHECK(figure(r, 2 * i) == doctest::Approx(want).epsilon(1e-14));
    // the maximum is at |x| = (1 + W(1/e))/beta
    CHECK(std::abs(figure(r, 2 * i + 1)) ==
          doctest::Approx(static_cast<double>(hp((1 + w) / ex::swish_gap::betas[i]))).epsilon(1e-13));
  }
  // swish(x; 0) = x/2 is the row's exact equation
  static_assert(actdiff::verify::identities::I9::symbolic);
}

TEST_CASE("I10: max |gelu - gelu_tanh| and |gelu - gelu_sigmoid| over R") {
  auto r = ex::gelu_bounds::run();
  std::printf("I10\n%s", r.summary().c_str());
  using boost::math::constants::root_two;
  using boost::math::constants::pi;
  auto gelu = [](const hp& v) { return v / 2 * (1 + erf(v / root_two<hp>())); };
  auto gelu_t = [](const hp& v) {
    return v / 2 * (1 + tanh(sqrt(2 / pi<hp>()) * (v + hp("0.044715") * v * v * v)));
  };
  auto gelu_s = [](const hp& v) { return v / (1 + exp(-hp("1.702") * v)); };
  auto m1 = reference_max([&](const hp& v) { return hp(gelu(v) - gelu_t(v)); }, -10, 10);
  auto m2 = reference_max([&](const hp& v) { return hp(gelu(v) - gelu_s(v)); }, -10, 10);
  CHECK(figure(r, 0) == doctest::Approx(static_cast<double>(m1[1])).epsilon(1e-14));
  CHECK(std::abs(figure(r, 1)) == doctest::Approx(std::abs(static_cast<double>(m1[0]))).epsilon(1e-12));
  CHECK(figure(r, 2) == doctest::Approx(static_cast<double>(m2[1])).epsilon(1e-14));
  CHECK(std::abs(figure(r, 3)) == doctest::Approx(std::abs(static_cast<double>(m2[0]))).epsilon(1e-12));
}

TEST_CASE("I14: softmax(3, 1, -3) = (0.88, 0.12, 0.00)") {
  auto r = ex::softmax_example::run();
  std::printf("I14\n%s", r.summary().c_str());
  CHECK(r.ok);
  auto v = ex::softmax_example::values<hp>();
  const hp s = exp(hp(3)) + exp(hp(1)) + exp(hp(-3));
  const hp want[] = {exp(hp(3)) / s, exp(hp(1)) / s, exp(hp(-3)) / s};
  for (int i = 0; i < 3; ++i) CHECK(abs(v[i] - want[i]) / want[i] < hp(1e-95));
  // in double too
  auto vd = ex::softmax_example::values<double>();
  CHECK(vd[0] == doctest::Approx(0.88).epsilon(0.005 / 0.88));
  CHECK(vd[1] == doctest::Approx(0.12).epsilon(0.005 / 0.12));
  CHECK(vd[2] < 0.005);
}

TEST_CASE("I15: sigma'(0) = 1/4 is the maximum; (1/4)^10 = 1/1048576") {
  static_assert(ex::sigmoid_max_slope::exact);
  auto r = ex::sigmoid_max_slope::run();
  std::printf("I15\n%s", r.summary().c_str());
  CHECK(r.ok);
}

TEST_CASE("I16: gradient descent on sigma from 0.9 at rate 0.2, and on relu") {
  auto r = ex::descent::run();
  std::printf("I16\n%s", r.summary().c_str());
  CHECK(r.ok);
  auto s = ex::descent::sigmoid_descent<hp>();
  CHECK(abs(s.gradient0 - hp(9) / 100) < hp(1e-95));
  CHECK(abs(s.x1 - (log(hp(9)) - hp(18) / 1000)) < hp(1e-95));
  // mpmath, 60 digits: sigma(ln 9 - 0.018)
  CHECK(abs(s.sigma1 - hp("0.898368295785430995894298436810591779016241960952734869920474")) < hp(1e-58));
  CHECK(s.steps == 67);
  // mpmath, 60 digits: x after 67 steps, and sigma there
  CHECK(abs(s.x_last - hp("-0.00363484341169054808284252626906399481642151088104316303606458")) < hp(1e-55));
  CHECK(abs(s.sigma_last - hp("0.499091290147573250129855799105432540616867220741433245510565")) < hp(1e-55));
  // relu in exact rationals: 0.9 -> 0.7 -> 0.5 stops at relu(x) <= 0.5; 3 steps to < 0.5
  static_assert(ex::descent::relu_steps_le() == 2);
  static_assert(ex::descent::relu_steps_lt() == 3);
}
