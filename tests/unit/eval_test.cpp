// Evaluation of expressions and derivatives in double and in
// cpp_bin_float_100, against formulas derived by hand and evaluated directly
// with Boost.Multiprecision (not with the code under test).
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include <boost/math/constants/constants.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <cmath>
#include <limits>
#include <vector>

#include <actdiff/actdiff.hpp>

using namespace actdiff;
using namespace actdiff::literals;
using hp = boost::multiprecision::cpp_bin_float_100;

namespace {
constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto alpha = var<"alpha">;

const std::vector<double> points = {-20.0, -7.5, -3.0, -1.25, -0.5, -1e-3, 0.0, 1e-3, 0.3, 0.5, 1.0, 2.0, 4.5, 10.0, 30.0};

template <class T>
T rel_err(const T& got, const T& want) {
  using std::abs;
  if (want == 0) return abs(got);
  return abs((got - want) / want);
}

// hand-derived references, written with Boost's own functions
hp sigmoid_hp(const hp& v) { return 1 / (1 + exp(-v)); }
hp dsigmoid_hp(const hp& v) { return exp(-v) / pow(1 + exp(-v), 2); }
hp sech2_hp(const hp& v) { return 1 / pow(cosh(v), 2); }
}  // namespace

TEST_CASE("sigmoid from exp and its first two derivatives, at 100 digits") {
  constexpr auto s = 1_c / (1_c + exp(-x));
  constexpr auto ds = d(s, x);
  constexpr auto dds = d<2>(s, x);
  for (double p : points) {
    hp v = p;
    CHECK(rel_err(eval(s, x = v), sigmoid_hp(v)) < hp("1e-95"));
    CHECK(rel_err(eval(ds, x = v), dsigmoid_hp(v)) < hp("1e-95"));
    // σ'' = σ'(1 - 2σ), derived by hand
    hp want = dsigmoid_hp(v) * (1 - 2 * sigmoid_hp(v));
    if (p != 0.0)
      CHECK(rel_err(eval(dds, x = v), want) < hp("1e-90"));
    else
      CHECK(abs(eval(dds, x = v)) < hp("1e-98"));
  }
}

TEST_CASE("tanh derivatives up to the third, at 100 digits and in double") {
  constexpr auto t1 = d(tanh(x), x);
  constexpr auto t2 = d<2>(tanh(x), x);
  constexpr auto t3 = d<3>(tanh(x), x);
  for (double p : points) {
    hp v = p;
    hp th = tanh(v), s2 = sech2_hp(v);
    CHECK(rel_err(eval(t1, x = v), s2) < hp("1e-95"));
    if (p != 0.0) CHECK(rel_err(eval(t2, x = v), -2 * th * s2) < hp("1e-95"));
    hp want3 = -2 * s2 * s2 + 4 * th * th * s2;  // d/dx of -2 tanh sech²
    CHECK(abs(eval(t3, x = v) - want3) < hp("1e-95") * (abs(want3) + s2));
    if (std::abs(p) < 15) {
      double wd = static_cast<double>(want3);
      CHECK(std::abs(eval(t3, x = p) - wd) <= 1e-13 * (std::abs(wd) + static_cast<double>(s2)));
    }
  }
}

TEST_CASE("erf, erfc, log, log1p, expm1 and their derivatives, at 100 digits") {
  using boost::math::constants::pi;
  for (double p : points) {
    hp v = p;
    hp g = 2 / sqrt(pi<hp>()) * exp(-v * v);
    CHECK(rel_err(eval(d(erf(x), x), x = v), g) < hp("1e-95"));
    CHECK(rel_err(eval(d(erfc(x), x), x = v), hp(-g)) < hp("1e-95"));
    CHECK(rel_err(eval(d(expm1(x), x), x = v), exp(v)) < hp("1e-95"));
    if (p > -1) CHECK(rel_err(eval(d(log1p(x), x), x = v), hp(1 / (1 + v))) < hp("1e-95"));
    if (p > 0) {
      CHECK(rel_err(eval(d(log(x), x), x = v), hp(1 / v)) < hp("1e-95"));
      CHECK(rel_err(eval(pow<1, 3>(x), x = v), cbrt(v)) < hp("1e-95"));
      CHECK(rel_err(eval(d(sqrt(x), x), x = v), hp(1 / (2 * sqrt(v)))) < hp("1e-95"));
    }
  }
}

TEST_CASE("gelu in its tanh form: value and derivative against a hand derivation") {
  constexpr auto u = sqrt(2_c / pi) * (x + 0.044715_c * pow<3>(x));
  constexpr auto g = 0.5_c * x * (1_c + tanh(u));
  constexpr auto dg = d(g, x);
  using boost::math::constants::pi;
  for (double p : points) {
    hp v = p;
    hp c = sqrt(2 / pi<hp>());
    hp uu = c * (v + hp("0.044715") * v * v * v);
    hp du = c * (1 + 3 * hp("0.044715") * v * v);
    hp want = hp("0.5") * (1 + tanh(uu)) + hp("0.5") * v * sech2_hp(uu) * du;
    CHECK(rel_err(eval(g, x = v), hp(hp("0.5") * v * (1 + tanh(uu)))) < hp("1e-90"));
    CHECK(abs(eval(dg, x = v) - want) < hp("1e-95") * (1 + abs(v)));
    if (std::abs(p) < 8) {
      double got = eval(dg, x = p);
      CHECK(std::abs(got - static_cast<double>(want)) < 1e-14 * (1 + std::abs(p)));
    }
  }
}

TEST_CASE("several variables: gradient of alpha*x*y + exp(alpha*x)") {
  constexpr auto f = alpha * x * y + exp(alpha * x);
  constexpr auto g = gradient(f, x, y, alpha);
  hp a = hp("0.3"), xv = hp("1.7"), yv = hp("-2.1");
  auto at = [&](auto e) { return eval(e, x = xv, y = yv, alpha = a); };
  CHECK(rel_err(at(boost::hana::at_c<0>(g)), hp(a * yv + a * exp(a * xv))) < hp("1e-95"));
  CHECK(rel_err(at(boost::hana::at_c<1>(g)), hp(a * xv)) < hp("1e-95"));
  CHECK(rel_err(at(boost::hana::at_c<2>(g)), hp(xv * yv + xv * exp(a * xv))) < hp("1e-95"));
}

TEST_CASE("where: pieces, derivative conventions and NaN") {
  constexpr auto elu = where(x > 0_c, x, alpha * expm1(x));
  constexpr auto delu = d(elu, x);
  CHECK(eval(elu, x = 2.0, alpha = 1.5) == 2.0);
  CHECK(eval(elu, x = -1.0, alpha = 1.5) == doctest::Approx(1.5 * std::expm1(-1.0)).epsilon(1e-15));
  CHECK(eval(delu, x = 0.0, alpha = 1.5) == 1.5);  // left derivative at the kink: α e^0
  CHECK(eval(delu, x = 1.0, alpha = 1.5) == 1.0);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(std::isnan(eval(elu, x = nan, alpha = 1.5)));
  CHECK(std::isnan(eval(max(x, 0_c), x = nan)));
  CHECK(std::isnan(eval(abs(x), x = nan)));
  CHECK(eval(abs(x), x = -0.0) == 0.0);
  CHECK(!std::signbit(eval(abs(x), x = -0.0)));
  // NaN in any bound input gives NaN, also where the expression does not use
  // it: max(x, 0)'' folds to 0, d(alpha*x)/dx is alpha
  constexpr auto relu2 = d<2>(max(x, 0_c), x);
  static_assert(std::is_same_v<std::remove_const_t<decltype(relu2)>, rational<0>>);
  CHECK(eval(relu2, x = 1.0) == 0.0);
  CHECK(std::isnan(eval(relu2, x = nan)));
  CHECK(std::isnan(eval(d(alpha * x, x), x = nan, alpha = 2.0)));
  CHECK(std::isnan(eval(d(alpha * x, x), x = 1.0, alpha = nan)));
  CHECK(eval(d(alpha * x, x), x = 1.0, alpha = 2.0) == 2.0);
  CHECK(std::isnan(eval<float>(1_c, x = nan)));
  static_assert(eval(d(alpha * x, x), x = std::numeric_limits<double>::quiet_NaN(), alpha = 2.0) !=
                eval(d(alpha * x, x), x = std::numeric_limits<double>::quiet_NaN(), alpha = 2.0));
}

TEST_CASE("an infinite input gives the limit where the arithmetic meets inf - inf, 0 inf or inf/inf") {
  const double inf = std::numeric_limits<double>::infinity();
  constexpr auto y = var<"y">;
  // inf/inf: x/(1 + |x|) -> +-1
  CHECK(eval(x / (1_c + abs(x)), x = inf) == 1.0);
  CHECK(eval(x / (1_c + abs(x)), x = -inf) == -1.0);
  CHECK(eval<float>(x / (1_c + abs(x)), x = -inf) == -1.0f);
  // 0 inf: x sigmoid(x) -> 0 at -inf (from below), x e^x -> 0
  CHECK(eval(x * sigmoid(x), x = -inf) == 0.0);
  CHECK(std::signbit(eval(x * sigmoid(x), x = -inf)));
  CHECK(eval(x * exp(x), x = -inf) == 0.0);
  // inf - inf: x^2 - x -> inf; softmax's shift z_i - max z at an infinite z_i
  CHECK(eval(pow<2>(x) - x, x = inf) == inf);
  CHECK(eval(softmax<0>(x, y), x = inf, y = 1.0) == 1.0);
  CHECK(eval(softmax<1>(x, y), x = inf, y = 1.0) == 0.0);
  CHECK(eval(softmax<0>(x, y), x = -inf, y = 1.0) == 0.0);
  // where the value at inf is defined, it is kept (sigmoid(inf) = 1, e^inf = inf)
  CHECK(eval(sigmoid(x), x = inf) == 1.0);
  CHECK(eval(exp(x), x = inf) == inf);
  CHECK(eval(x * exp(x), x = inf) == inf);
  // and a function with no finite value there stays NaN
  CHECK(std::isnan(eval(sqrt(x), x = -inf)));
  CHECK(std::isnan(eval(log(x), x = -inf)));
  // in a constant expression too
  static_assert(eval(x / (1_c + abs(x)), x = std::numeric_limits<double>::infinity()) == 1.0);
}

TEST_CASE("a negative power whose positive power leaves the normal range is a power of the reciprocal") {
  // softsign' = (1 + |x|)^-2: at x = 1e160 the square overflows double, the
  // result 1e-320 is a subnormal; at 1e20 in float, 1e-40 likewise
  constexpr auto e = pow<-2>(1_c + abs(x));
  const auto want = [](const hp& v) { return 1 / ((1 + v) * (1 + v)); };
  const double d = eval(e, x = 1e160);
  CHECK(d > 0);
  CHECK(std::abs(d - static_cast<double>(want(hp(1e160)))) <= 2 * std::numeric_limits<double>::denorm_min());
  const float f = eval<float>(e, x = 1e20f);
  CHECK(f > 0);
  CHECK(std::abs(f - static_cast<float>(want(hp(1e20f)))) <= 2 * std::numeric_limits<float>::denorm_min());
  // the cube in softsign'' too, and inside the normal range nothing changes
  CHECK(eval(pow<-3>(x), x = 1e104) > 0);
  CHECK(eval(e, x = 3.0) == 1.0 / 16);
  CHECK(eval(pow<-2>(x), x = 0.0) == std::numeric_limits<double>::infinity());
  CHECK(eval(pow<-3>(x), x = -0.0) == -std::numeric_limits<double>::infinity());
  CHECK(eval(pow<-2>(x), x = std::numeric_limits<double>::infinity()) == 0.0);
}

TEST_CASE("a power that would round more than once is carried as hi + lo and rounded once") {
  // 2(1 + x)^-3 (softsign'' for x > 0): rounding 1 + x, the cube and the
  // reciprocal one by one was up to 4.9 ulp off in float; carried, the
  // result is the 100-digit value rounded, but for the last step
  const auto ulps = [](float got, const hp& want) {
    const float w = static_cast<float>(want);
    return static_cast<double>(abs(hp(got) - want) / hp(std::nextafter(w, INFINITY) - w));
  };
  constexpr auto e = 2_c * pow<-3>(1_c + x);
  double worst = 0;
  for (int i = 0; i < 4000; ++i) {
    const float v = std::ldexp(1.0f + static_cast<float>(i) / 4000, i % 60 - 20);
    const hp want = hp(2) / pow(1 + hp(v), 3);
    worst = std::max(worst, ulps(eval<float>(e, x = v), want));
  }
  CHECK(worst <= 1.0);
  // the same inside a sum: x^-2 + x^-3 at 1e160, where x^2 overflows double,
  // is the subnormal 1e-320 (it was 0: the carried power had no reciprocal rule)
  const double d = eval(pow<-2>(x) + pow<-3>(x), x = 1e160);
  CHECK(d > 0);
  CHECK(std::abs(d - 1e-320) <= 2 * std::numeric_limits<double>::denorm_min());
  // and a square, a reciprocal and a square root of a value round once anyway:
  // the same bits as the plain operation
  for (double v : {3.0, 0.1, 1e-300, 7e300}) {
    CHECK(eval(pow<2>(x), x = v) == v * v);
    CHECK(eval(pow<-1>(x), x = v) == 1 / v);
  }
}

TEST_CASE("a product whose factors leave the range is recomputed from them and rounded once") {
  // |got - want| in units of the least subnormal or of want's ulp, whichever
  // is larger: the product is one rounding (and the factors' own) from the truth
  const auto err = []<class T>(T got, const hp& want) {
    const T w = static_cast<T>(want);
    const T ulp = std::max(std::nextafter(std::abs(w), T(INFINITY)) - std::abs(w), std::numeric_limits<T>::denorm_min());
    return static_cast<double>(abs(hp(got) - want) / hp(ulp));
  };
  const auto silu_hp = [](const hp& v) { return v / (1 + exp(-v)); };
  // x·σ(x): σ(-107) = 3e-47 is below every float, the product -3.6e-45 is not
  CHECK(eval<float>(x * sigmoid(x), x = -107.0f) == -4.2038954e-45f);  // 3 · 2^-149: -3.63e-45 rounded
  for (float v : {-90.0f, -100.0f, -103.3f, -106.0f}) CHECK(err(eval<float>(x * sigmoid(x), x = v), silu_hp(hp(v))) <= 1);
  for (double v : {-709.5, -720.0, -744.0, -746.5}) CHECK(err(eval(x * sigmoid(x), x = v), silu_hp(hp(v))) <= 1);
  // a·σ(b) (glu) with σ(b) = e^-1214, far below double, and a = 2.6e273
  const hp glu_want = hp(2.6e273) / (1 + exp(hp(1214)));
  CHECK(err(eval(x * sigmoid(y), x = 2.6e273, y = -1214.0), glu_want) <= 1);
  // x²·e^(-x²/2): 0 where x² overflows (it was inf·0 = NaN), subnormal at 38
  constexpr auto g = pow<2>(x) * exp(-pow<2>(x) / 2_c);
  CHECK(eval(g, x = 1e200) == 0.0);
  CHECK(err(eval(g, x = 38.0), hp(38) * 38 * exp(hp(-722))) <= 1);
  // sech²(x)·x² and x·erfc(x), the mish and gelu tails, where sech² and erfc are subnormal
  CHECK(err(eval<float>(pow<2>(x) * sech2(x), x = 50.0f), hp(2500) / pow(cosh(hp(50)), 2)) <= 1);
  CHECK(err(eval(pow<2>(x) * sech2(x), x = 360.0), hp(360) * 360 / pow(cosh(hp(360)), 2)) <= 1);
  for (double v : {26.8, 27.2, 28.5, 30.0})
    CHECK(err(eval(pow<4>(x) * erfc(x), x = v), pow(hp(v), 4) * erfc(hp(v))) <= 2);
  // long double: erfc(106.8) is below the least subnormal, x^8·erfc(x) is not
  CHECK(err(eval<long double>(pow<8>(x) * erfc(x), x = 106.8L), pow(hp(106.8L), 8) * erfc(hp(106.8L))) <= 2);
  // sums of such products: silu' = σ(x) + x·σ'(x) at -100 in float (both terms
  // below float until the end), gelu'' and gelu_tanh' where x² and x³ overflow
  const auto dsilu_hp = [](const hp& v) { const hp s = 1 / (1 + exp(-v)); return s * (1 + v * (1 - s)); };
  CHECK(err(eval<float>(d(silu(x), x), x = -100.0f), dsilu_hp(hp(-100))) <= 2);
  CHECK(eval(d<2>(gelu(x), x), x = 1e200) == 0.0);
  CHECK(eval(d(gelu_tanh(x), x), x = 1e200) == 1.0);
  CHECK(eval(d(gelu_tanh(x), x), x = -1e300) == 0.0);
  CHECK(eval<float>(d(gelu_tanh(x), x), x = 1e20f) == 1.0f);
  // a named function below the range times a huge factor: geglu(a, b) = gelu(a)·b
  const hp a0 = -39.5, b0 = 1e290;
  CHECK(err(eval(geglu(x, y), x = -39.5, y = 1e290), a0 * erfc(-a0 / sqrt(hp(2))) / 2 * b0) <= 4);
  // ties at the subnormal edge: x·σ(x) = x/2 + x²/4 at x = ±2^-149 is just
  // beyond (x > 0) or just short of (x < 0) half the least subnormal, so it
  // rounds to 2^-149 and to -0; so do x·Φ(x) = x/2 + x²/√(2π) and, in double,
  // b·silu'(a) = b/2 + a·b/2 with b = -2^-1074, a = 7e-31 (silu' rounds to 1/2)
  const float fm = std::numeric_limits<float>::denorm_min();
  const double dm = std::numeric_limits<double>::denorm_min();
  CHECK(eval<float>(x * sigmoid(x), x = fm) == fm);
  CHECK(eval<float>(x * sigmoid(x), x = -fm) == 0.0f);
  CHECK(eval<float>(gelu(x), x = fm) == fm);
  CHECK(eval<double>(x * sigmoid(x), x = dm) == dm);
  CHECK(eval(d(swiglu(x, y), x), x = 7e-31, y = -dm) == -dm);
  // and at a = b = the least subnormal, where silu'(a) = 1/2 + a/2 and
  // gelu'(a) = 1/2 + a·2/√(2π) hold their 1/2 + tiny only as 1/2 plus a low
  // part below T's range (σ(2^-149) = 1/2 + 2^-151): b·(1/2 + tiny) is just
  // above half the least subnormal and rounds up; with a = -b just below
  CHECK(eval<float>(d(swiglu(x, y), x), x = fm, y = fm) == fm);
  CHECK(eval<float>(d(geglu(x, y), x), x = fm, y = fm) == fm);
  CHECK(eval<float>(d(swiglu(x, y), x), x = -fm, y = fm) == 0.0f);
  CHECK(eval<float>(d(geglu(x, y), x), x = -fm, y = fm) == 0.0f);
  CHECK(eval(d(swiglu(x, y), x), x = dm, y = dm) == dm);
  CHECK(eval(d(geglu(x, y), x), x = dm, y = dm) == dm);
  CHECK(eval(d(geglu(x, y), x), x = -dm, y = dm) == 0.0);
  // nothing changes where factors and product are normal, and exact zeros stay
  for (double v : {-3.0, 0.5, 20.0}) CHECK(eval(x * y, x = v, y = 0.25) == v * 0.25);
  CHECK(std::signbit(eval(x * exp(x), x = -0.0)));
  CHECK(eval(x * sigmoid(x), x = 0.0) == 0.0);
  static_assert(eval<float>(x * sigmoid(x), x = -107.0f) < 0);  // the same at compile time
}

TEST_CASE("softmax's second partials next to the root s_i = 1/2 keep their digits") {
  // Two equal (or nearly equal) inputs and the third far below: 1 - 2 s_0 is
  // tiny but not 0, and the derived second partials s_i c_i g_i, s_i s_j g_i,
  // 2 s_i s_j s_l were 0 (false zeros) when 1 - 2 s_0 came from a cancelling
  // sum. References: the hand formulas at 100 digits.
  constexpr auto z = var<"z">;
  constexpr auto s0 = softmax<0>(x, y, z);
  const auto check = [&]<class T>(T a, T b, T c) {
    const hp za = hp(a), zb = hp(b), zc = hp(c);
    const hp m = std::max({za, zb, zc});
    const hp ea = exp(za - m), eb = exp(zb - m), ec = exp(zc - m), sum = ea + eb + ec;
    const hp p0 = ea / sum, p1 = eb / sum, p2 = ec / sum;
    const auto ulps = [](T got, const hp& want) {
      const T w = static_cast<T>(want);
      return static_cast<double>(abs(hp(got) - want) / hp(std::nextafter(w, T(INFINITY)) - w));
    };
    const auto at = [&](auto e) { return eval<T>(e, x = a, y = b, z = c); };
    const struct {
      T got;
      hp want;
    } rows[] = {
        {at(d(d(s0, x), x)), p0 * (1 - p0) * (1 - 2 * p0)},
        {at(d(d(s0, x), y)), -p0 * p1 * (1 - 2 * p0)},
        {at(d(d(s0, y), y)), -p0 * p1 * (1 - 2 * p1)},
        {at(d(d(s0, y), z)), 2 * p0 * p1 * p2},
        {at(d(d(log_softmax<0>(x, y, z), x), y)), p0 * p1},
        {at(d(d(logsumexp(x, y, z), y), z)), -p1 * p2},
        {at(softmax<0>(x, y, z)), p0},
    };
    for (const auto& r : rows) {
      CHECK((r.got != 0) == (static_cast<T>(r.want) != 0));  // no false zeros
      CHECK(ulps(r.got, r.want) <= 4.0);
    }
  };
  check(1.2687094962091135e-19, -2.3697599382603408e-62, -1.2275833326378362e+135);
  check(0.0, 1e-19, -700.0);
  check(3.0, 3.0, -30.0);
  check(-45.6561737f, -45.6561737f, 1.53609559e-24f);
  check(1.74813006e-25f, -30.0f, 8.9064112e-12f);
  check(2.0f, 2.0f, -20.0f);
  // s_1 below the least float subnormal: -s_0 s_1 g_1 is 7.3e-46, just above
  // half of it (softmin's d2/dz1dz1 at the negated point was a false 0)
  check(22.8831062f, -76.382309f, 25.1150837f);
  // logsumexp(a, b) = a + log1p(e^(b - a)) where the two cancel: float from
  // double (it was 16.8 ulp off at (-8.6e27, -3.95e-20, -44.69))
  {
    const float a = -3.95e-20f;
    double worst = 0;
    for (int i = -200; i <= 200; ++i) {
      const float b = -44.69f + static_cast<float>(i) * 1e-4f;
      const hp want = log(exp(hp(a)) + exp(hp(b)));
      const float got = eval<float>(logsumexp(x, y), x = a, y = b);
      const float w = static_cast<float>(want);
      worst = std::max(worst, static_cast<double>(abs(hp(got) - want) / hp(std::nextafter(w, INFINITY) - w)));
    }
    CHECK(worst <= 1.0);
  }
  // the same in double, whose log1p(s) is a double word (it was 16.65 ulp off
  // at (-18.29, -1.07e-8, -2.6e248), m = -1.07e-8, log1p(s) = 1.14e-8)
  {
    const double a = -1.0656961631229709e-08;
    double worst = 0;
    for (int i = -100; i <= 100; ++i) {
      const double b = -18.291804247516186 + i * 1e-4;
      const hp want = log(exp(hp(a)) + exp(hp(b)) + exp(hp(-2.5944170260625965e+248)));
      const double got = eval(logsumexp(x, y, z), x = b, y = a, z = -2.5944170260625965e+248);
      const double w = static_cast<double>(want);
      worst = std::max(worst, static_cast<double>(abs(hp(got) - want) / hp(std::nextafter(w, INFINITY) - w)));
    }
    CHECK(worst <= 1.0);
  }
  // the family's members: 1 - s_0 and 1 - 2 s_0 where s_0 rounds to 1/2
  // (1 - 2 s_0 = tanh((z_1 - z_0)/2) for two inputs)
  const double g = eval(fn<detail::softmax_gap_op<0>, decltype(x), decltype(y)>{}, x = 0.0, y = 1e-19);
  CHECK(rel_err(hp(g), tanh(hp(1e-19) / 2)) <= hp(0x1p-53));
  // one input: log_softmax is 0, its partials 0, 1 - 2 s_0 = -1
  constexpr auto l1 = log_softmax_primitive<0>(x);
  CHECK(eval(d(l1, x), x = 2.0) == 0.0);
  CHECK(eval(d(d(l1, x), x), x = 2.0) == 0.0);
  CHECK(eval(fn<detail::softmax_gap_op<0>, decltype(x)>{}, x = 2.0) == -1.0);
  // NaN in, NaN out; an infinite input shares the mass among its equals
  CHECK(std::isnan(eval(d(d(s0, x), y), x = NAN, y = 1.0, z = 0.0)));
  CHECK(eval(d(s0, x), x = INFINITY, y = 1.0, z = 0.0) == 0.0);
  CHECK(eval(fn<detail::softmax_gap_op<0>, decltype(x), decltype(y), decltype(z)>{}, x = INFINITY, y = INFINITY,
             z = 0.0) == 0.0);
  constexpr double inf = std::numeric_limits<double>::infinity();
  CHECK(eval(softmax<1>(x, y, z), x = -inf, y = -inf, z = -inf) == static_cast<double>(hp(1) / 3));
}

TEST_CASE("float, long double and cpp_bin_float_50 all evaluate") {
  constexpr auto e = x * x / (1_c + x);
  CHECK(eval<float>(e, x = 2.0) == doctest::Approx(4.0f / 3.0f));
  CHECK(eval(e, x = 2.0L) == doctest::Approx(4.0L / 3.0L));
  using mp50 = boost::multiprecision::cpp_bin_float_50;
  mp50 want = mp50(4) / 3;
  CHECK(abs(eval<mp50>(e, x = 2.0) - want) < mp50("1e-48"));
}

TEST_CASE("subexpressions are evaluated once: node counts") {
  // x, -1, -x, exp(-x), 1, 1 + exp(-x), (1 + exp(-x))^-1: each once
  constexpr auto s = 1_c / (1_c + exp(-x));
  CHECK(node_count(s) == 7);
  // d(s) = exp(-x)*(1 + exp(-x))^-2 reuses exp(-x) and 1 + exp(-x): 8 nodes, not 12
  CHECK(node_count(d(s, x)) == 8);
  CHECK(node_count(x * x + x * x) == 4);  // x, 2, x^2, 2*x^2
}

namespace {
// 64 points in [-20, 20) and their values, computed by the compiler.
constexpr auto silu_prime = d(x / (1_c + exp(-x)), x);
constexpr double grid(std::size_t i) { return -20.0 + 0.625 * static_cast<double>(i); }
constexpr auto compile_time_values = [] {
  std::array<double, 64> v{};
  for (std::size_t i = 0; i < v.size(); ++i) v[i] = eval(silu_prime, x = grid(i));
  return v;
}();
}  // namespace

TEST_CASE("compile-time and run-time evaluation give the same bits") {
  volatile double shift = 0.0;  // keeps the run-time loop at run time
  for (std::size_t i = 0; i < compile_time_values.size(); ++i) {
    double at_run_time = eval(silu_prime, x = grid(i) + shift);
    CHECK(std::bit_cast<std::uint64_t>(at_run_time) == std::bit_cast<std::uint64_t>(compile_time_values[i]));
  }
}
