// fp.hpp: classification, sign, exponent and scaling against <cmath>, and the
// constant-evaluation-safe arithmetic against the hardware (same bits; NaNs
// compared as NaN).

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

#include <actdiff/math/fp.hpp>

#include "ulp.hpp"

namespace {

namespace am = actdiff::math;
using actdiff::test::same_bits;

template <class T>
constexpr bool same(T a, T b) {
  if (am::isnan(a)) return am::isnan(b);
  return a == b && am::signbit(a) == am::signbit(b);
}

template <class T>
constexpr bool basics() {
  using L = std::numeric_limits<T>;
  const T inf = L::infinity(), mx = L::max(), dn = L::denorm_min(), nan = L::quiet_NaN();
  bool ok = am::isnan(nan) && !am::isnan(inf) && am::isinf(-inf) && !am::isfinite(inf) &&
            am::isfinite(mx) && !am::isfinite(nan);
  ok = ok && am::signbit(-T(0)) && !am::signbit(T(0)) && am::signbit(-nan) && !am::signbit(dn);
  ok = ok && same(am::fabs(-T(0)), T(0)) && same(am::copysign(T(2), -T(0)), T(-2)) &&
       same(am::copysign(-inf, T(1)), inf);
  ok = ok && am::ilogb(dn) == L::min_exponent - L::digits && am::ilogb(mx) == L::max_exponent - 1 &&
       am::ilogb(T(1)) == 0 && am::ilogb(T(-0.75)) == -1;
  ok = ok && same(am::scalbn(T(1), L::max_exponent), inf) &&
       same(am::scalbn(T(-1), L::max_exponent), -inf) &&
       same(am::scalbn(T(1.5), L::min_exponent - L::digits - 1), dn) &&  // 0.75 dn: up
       same(am::scalbn(T(1), L::min_exponent - L::digits - 1), T(0)) &&  // 0.5 dn: tie, even
       same(am::scalbn(T(-3), -100000), -T(0)) && same(am::scalbn(dn, 3), dn * 8) &&
       same(am::scalbn(dn, L::digits - 1), L::min()) && same(am::scalbn(nan, 3), nan);
  int e = 0;
  const T fr = am::frexp(T(-12), &e);
  ok = ok && fr == T(-0.75) && e == 4;
  const T fd = am::frexp(dn, &e);
  ok = ok && fd == T(0.5) && e == L::min_exponent - L::digits + 1;
  return ok;
}
static_assert(basics<float>());
static_assert(basics<double>());
static_assert(basics<long double>());

template <class T>
constexpr bool arithmetic() {
  using L = std::numeric_limits<T>;
  const T inf = L::infinity(), mx = L::max(), dn = L::denorm_min(), nan = L::quiet_NaN();
  const T top = am::scalbn(T(1), L::max_exponent - 1);               // 2^emax
  const T half_up = T(2) - am::scalbn(T(1), -L::digits);             // top * this = max + ulp/2
  const T below = T(2) - am::scalbn(T(1), 1 - L::digits);            // top * this = max
  bool ok = same(am::add(mx, mx), inf) && same(am::add(mx, -mx), T(0)) &&
            same(am::add(-mx, -mx), -inf) && am::isnan(am::add(inf, -inf)) &&
            same(am::sub(-T(0), T(0)), -T(0)) && same(am::add(-T(0), -T(0)), -T(0)) &&
            same(am::sub(T(0), T(0)), T(0)) && same(am::sub(-inf, inf), -inf);
  ok = ok && same(am::mul(mx, T(2)), inf) && same(am::mul(mx, T(-1)), -mx) &&
       same(am::mul(-inf, T(0.5)), -inf) && same(am::mul(T(-0.), T(5)), -T(0)) &&
       am::isnan(am::mul(inf, T(0))) && same(am::mul(top, half_up), inf) &&
       same(am::mul(top, below), mx) && same(am::mul(dn, T(0.5)), T(0)) && same(am::mul(dn, T(-0.75)), -dn);
  ok = ok && same(am::div(T(1), -T(0)), -inf) && am::isnan(am::div(T(0), T(0))) &&
       same(am::div(T(1), dn), inf) && same(am::div(mx, T(0.5)), inf) && same(am::div(mx, T(1)), mx) &&
       same(am::div(T(-1), inf), -T(0)) && am::isnan(am::div(inf, inf)) && same(am::div(top, T(0.5) / half_up), inf) &&
       same(am::div(-T(0), T(3)), -T(0));
  ok = ok && am::isnan(am::add(nan, T(1))) && am::isnan(am::mul(T(1), nan)) &&
       am::isnan(am::sub(nan, nan)) && am::isnan(am::div(nan, T(0)));
  return ok;
}
static_assert(arithmetic<float>());
static_assert(arithmetic<double>());
static_assert(arithmetic<long double>());

// Operands that exercise every special case of add/sub/mul/div.
template <class T>
constexpr std::array<T, 22> operands() {
  using L = std::numeric_limits<T>;
  return {T(0),     -T(0),        L::infinity(), -L::infinity(), L::quiet_NaN(), L::denorm_min(),
          -L::denorm_min(), L::min(), L::max(),  -L::max(),      L::max() / 2,   T(1),
          T(-1),    T(0.5),       T(3),          T(-7.25),       T(1e-3),        am::scalbn(T(1.5), L::max_exponent - 2),
          am::scalbn(T(1), L::min_exponent - 3), T(2) - L::epsilon(), T(0.75), L::epsilon()};
}

template <class T, int Op>
constexpr auto op_table() {
  constexpr auto v = operands<T>();
  std::array<T, v.size() * v.size()> r{};
  for (std::size_t i = 0; i < v.size(); ++i)
    for (std::size_t j = 0; j < v.size(); ++j) {
      const T a = v[i], b = v[j];
      r[i * v.size() + j] = Op == 0   ? am::add(a, b)
                            : Op == 1 ? am::sub(a, b)
                            : Op == 2 ? am::mul(a, b)
                                      : am::div(a, b);
    }
  return r;
}

template <class T, int Op>
void check_ops() {
  constexpr auto v = operands<T>();
  constexpr auto ct = op_table<T, Op>();
  int bad = 0;
  for (std::size_t i = 0; i < v.size(); ++i)
    for (std::size_t j = 0; j < v.size(); ++j) {
      volatile T va = v[i], vb = v[j];
      const T a = va, b = vb;
      const T hw = Op == 0 ? a + b : Op == 1 ? a - b : Op == 2 ? a * b : a / b;
      const T rt = Op == 0 ? am::add(a, b) : Op == 1 ? am::sub(a, b) : Op == 2 ? am::mul(a, b) : am::div(a, b);
      const T c = ct[i * v.size() + j];
      if (!same_bits(c, hw) || !same_bits(rt, hw)) {
        if (bad < 5)
          MESSAGE("op ", Op, ": ", static_cast<long double>(a), ", ", static_cast<long double>(b),
                  " constexpr ", static_cast<long double>(c), " hardware ", static_cast<long double>(hw));
        ++bad;
      }
    }
  CHECK(bad == 0);
}

template <class T>
void check_scaling() {
  using L = std::numeric_limits<T>;
  std::mt19937_64 g(3);
  std::uniform_real_distribution<double> u(-1, 1);
  int bad = 0;
  const int span = L::max_exponent - L::min_exponent + L::digits;
  for (int i = 0; i < 200000; ++i) {
    const T x = am::scalbn(static_cast<T>(u(g)), static_cast<int>(g() % static_cast<unsigned>(2 * span)) - span);
    const int n = static_cast<int>(g() % static_cast<unsigned>(4 * span)) - 2 * span;
    bad += !same_bits(am::scalbn(x, n), std::scalbn(x, n));
    bad += am::ilogb(x) != (x == 0 ? std::numeric_limits<int>::min() : std::ilogb(x));
    int e1 = 0, e2 = 0;
    bad += !same_bits(am::frexp(x, &e1), std::frexp(x, &e2)) || e1 != e2;
  }
  CHECK(bad == 0);
}

}  // namespace

TEST_CASE_TEMPLATE("fp: scalbn, ilogb, frexp agree with <cmath>", T, float, double, long double) {
  check_scaling<T>();
}

TEST_CASE_TEMPLATE("fp: add/sub/mul/div give the hardware's bits, also when constant-evaluated", T, float,
                   double, long double) {
  check_ops<T, 0>();
  check_ops<T, 1>();
  check_ops<T, 2>();
  check_ops<T, 3>();
}

// leading_bits<N>: toward zero, N significant bits, and what sigmoid relies on:
// x - cut exact, products of two 26-bit cuts exact (checked in long double,
// whose 64 bits hold any 52-bit product).
static_assert(am::detail::leading_bits<26>(0x1.fffffffffffffp0) == 0x1.ffffff8p0);
static_assert(am::detail::leading_bits<26>(-0x1.fffffffffffffp0) == -0x1.ffffff8p0);
static_assert(am::detail::leading_bits<26>(1.0 + 0x1p-30) == 1.0);
static_assert(am::detail::leading_bits<53>(0x1.123456789abcdp-3) == 0x1.123456789abcdp-3);

TEST_CASE("fp: leading_bits cuts toward zero; 26-bit cuts multiply exactly") {
  std::mt19937_64 g(3);
  std::uniform_real_distribution<double> m(-2, 2);
  int bad = 0;
  for (int i = 0; i < 20000; ++i) {
    const double x = std::ldexp(m(g), static_cast<int>(g() % 200) - 100), y = m(g);
    const double cx = am::detail::leading_bits<26>(x), cy = am::detail::leading_bits<26>(y);
    int e = 0;
    std::frexp(x, &e);  // |x| in [2^(e-1), 2^e)
    const double scaled = std::ldexp(cx, 26 - e);  // an integer below 2^26 iff 26 bits
    bad += scaled != std::trunc(scaled) || std::fabs(scaled) >= 0x1p26;
    bad += std::fabs(cx) > std::fabs(x) || (cx != 0 && std::signbit(cx) != std::signbit(x));
    bad += std::fabs(x - cx) >= std::ldexp(1.0, e - 26);  // below the cut's last bit
    bad += static_cast<long double>(x - cx) != static_cast<long double>(x) - static_cast<long double>(cx);
    bad += static_cast<long double>(cx * cy) != static_cast<long double>(cx) * static_cast<long double>(cy);
  }
  CHECK(bad == 0);
}

TEST_CASE_TEMPLATE("fp: exponent_of is ilogb; log2_chord is within log2_chord_gap below log2 |f|", T, float, double) {
  std::mt19937_64 g(4);
  std::uniform_real_distribution<double> m(-2, 2);
  int bad = 0;
  for (int i = 0; i < 20000; ++i) {
    const T f = static_cast<T>(std::ldexp(m(g), static_cast<int>(g() % 200) - 100));
    if (!std::isnormal(f)) continue;
    bad += am::branch_free::exponent_of(f) != static_cast<T>(std::ilogb(f));
    const double c = static_cast<double>(am::branch_free::log2_chord(f)), l = std::log2(std::fabs(static_cast<double>(f)));
    const double tol = 128 * std::numeric_limits<T>::epsilon();  // e + (m - 1) rounds in T (|e| < 128)
    bad += !(c <= l + tol && c >= l - am::branch_free::log2_chord_gap - tol);
  }
  CHECK(bad == 0);
}

// select_by_sign picks by the sign bit alone: -0 and negative NaNs count as
// negative, +0 and positive NaNs as positive; the picked value keeps its bits
// (also across types: a float's sign choosing between doubles).
static_assert(am::branch_free::select_by_sign(-0.0, 1.0, 2.0) == 1.0);
static_assert(am::branch_free::select_by_sign(0.0f, 1.0, 2.0) == 2.0);
static_assert(am::branch_free::select_by_sign(-std::numeric_limits<float>::denorm_min(), 1.0L, 2.0L) == 1.0L);

TEST_CASE_TEMPLATE("fp: select_by_sign follows signbit, and the values keep their bits", T, float, double) {
  using L = std::numeric_limits<T>;
  const T signs[] = {T(0), -T(0), T(1), T(-1), L::denorm_min(), -L::denorm_min(), L::max(), L::lowest(),
                     L::infinity(), -L::infinity(), L::quiet_NaN(), -L::quiet_NaN()};
  const double a = -0.0, b = std::numeric_limits<double>::quiet_NaN();
  const float fa = 0x1p-149f, fb = -3.5f;
  int bad = 0;
  for (T s : signs) {
    const bool neg = std::signbit(s);
    bad += !same_bits(am::branch_free::select_by_sign(s, a, b), neg ? a : b);
    bad += !same_bits(am::branch_free::select_by_sign(s, b, a), neg ? b : a);
    bad += !same_bits(am::branch_free::select_by_sign(s, fa, fb), neg ? fa : fb);
  }
  CHECK(bad == 0);
}
