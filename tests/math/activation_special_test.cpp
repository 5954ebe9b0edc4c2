// IEEE behaviour of tanh, erf, erfc, sigmoid, softplus, logsigmoid and sech2
// at special and boundary inputs, checked at compile time (static_assert) and
// at run time: NaN in NaN out, limits at +-inf and +-max, signed zeros of the
// odd functions, subnormal inputs, subnormal results, and underflow to 0
// exactly where the true value drops below half the least subnormal.

#include <doctest/doctest.h>

#include <limits>

#include <actdiff/math/math.hpp>

namespace {

namespace am = actdiff::math;

template <class T>
constexpr bool same(T a, T b) {
  if (am::isnan(a)) return am::isnan(b);
  return a == b && am::signbit(a) == am::signbit(b);
}

template <class T>
constexpr bool subnormal(T y) {
  return y > 0 && y < std::numeric_limits<T>::min();
}

// erfc: an x with a subnormal result, and one past the underflow point
template <class T>
constexpr T erfc_sub_at() {
  if constexpr (std::is_same_v<T, float>) return T(9.9);       // 2^-145.5
  else if constexpr (std::is_same_v<T, double>) return T(26.6);  // 2^-1026.4
  else return T(106.55);                                         // 2^-16386.3
}
template <class T>
constexpr T erfc_zero_at() {
  if constexpr (std::is_same_v<T, float>) return T(10.1);       // 2^-151.3
  else if constexpr (std::is_same_v<T, double>) return T(27.3);  // 2^-1080.8
  else return T(106.8);                                          // 2^-16463.3
}

template <class T>
constexpr bool specials() {
  using L = std::numeric_limits<T>;
  const T inf = L::infinity(), nan = L::quiet_NaN(), dn = L::denorm_min(), mx = L::max();
  bool ok = true;
  // NaN in, NaN out
  ok = ok && am::isnan(am::tanh(nan)) && am::isnan(am::erf(nan)) && am::isnan(am::erfc(nan)) &&
       am::isnan(am::sigmoid(nan)) && am::isnan(am::softplus(nan)) &&
       am::isnan(am::logsigmoid(nan)) && am::isnan(am::sech2(nan));
  // limits at +-inf, and at +-max (no overflow on the way)
  for (T big : {inf, mx}) {
    ok = ok && same(am::tanh(big), T(1)) && same(am::tanh(-big), T(-1)) &&
         same(am::erf(big), T(1)) && same(am::erf(-big), T(-1)) && same(am::erfc(big), T(0)) &&
         same(am::erfc(-big), T(2)) && same(am::sigmoid(big), T(1)) &&
         same(am::sigmoid(-big), T(0)) && same(am::softplus(big), big) &&
         same(am::softplus(-big), T(0)) && same(am::logsigmoid(-big), -big) &&
         am::logsigmoid(big) == 0 && same(am::sech2(big), T(0)) && same(am::sech2(-big), T(0));
  }
  // zeros: odd functions keep the sign
  ok = ok && same(am::tanh(T(0)), T(0)) && same(am::tanh(-T(0)), -T(0)) &&
       same(am::erf(T(0)), T(0)) && same(am::erf(-T(0)), -T(0)) && am::erfc(-T(0)) == 1 &&
       am::sigmoid(-T(0)) == T(0.5) && am::sech2(-T(0)) == 1 &&
       am::softplus(T(0)) == -am::logsigmoid(T(0)) && am::softplus(T(0)) > T(0.6931) &&
       am::softplus(T(0)) < T(0.6932);
  // subnormal inputs: no flush to zero
  ok = ok && same(am::tanh(dn), dn) && same(am::tanh(-dn), -dn) && same(am::erf(-dn), -dn) &&
       am::erf(T(4) * dn) == T(5) * dn && am::erfc(dn) == 1 && am::sigmoid(-dn) == T(0.5) &&
       am::sech2(dn) == 1 && am::softplus(-dn) == am::softplus(T(0));
  // subnormal results, and 0 only below half the least subnormal; the log of
  // the least subnormal is (min_exponent - digits) ln 2
  const T ls = T(L::min_exponent - L::digits) * T(0.693147180559945309417L);
  ok = ok && subnormal(am::sigmoid(ls + 1)) && same(am::sigmoid(ls - 2), T(0)) &&
       subnormal(am::softplus(ls + 1)) && same(am::softplus(ls - 2), T(0)) &&
       subnormal(-am::logsigmoid(-(ls + 1))) &&
       subnormal(am::sech2((T(1.3862943611198906L) - 1 - ls) / 2)) &&  // 4e^-2a = e^(ls+1)
       same(am::sech2((T(1.3862943611198906L) + 2 - ls) / 2), T(0)) &&    // e^(ls-2)
       subnormal(am::erfc(erfc_sub_at<T>())) && same(am::erfc(erfc_zero_at<T>()), T(0)) &&
       am::sigmoid(ls + 1) > dn && am::softplus(ls + T(0.7)) >= dn;
  // saturation where the rounded value is 1 (or 2), and not before
  ok = ok && am::tanh(T(30)) == 1 && am::tanh(T(1)) < 1 && am::erf(T(10)) == 1 &&
       am::erf(T(2)) < 1 && am::erfc(T(-10)) == 2 && am::sigmoid(T(50)) == 1 &&
       am::sigmoid(T(10)) < 1 && am::softplus(T(100)) == T(100) &&
       am::logsigmoid(T(-100)) == T(-100) && am::sech2(T(20)) > 0;
  return ok;
}
static_assert(specials<float>());
static_assert(specials<double>());
static_assert(specials<long double>());

// A few values at compile time, against 40-digit references rounded to double.
static_assert(am::erf(0.5) == 0.5204998778130465377);
static_assert(am::erfc(10.0) == 2.088487583762544757e-45);
static_assert(am::sigmoid(-740.0) > 0 && am::sigmoid(-740.0) < 5e-322);
static_assert(am::sech2(30.0) == 3.502604305078608135e-26);
static_assert(am::softplus(-745.0) == std::numeric_limits<double>::denorm_min());

}  // namespace

TEST_CASE_TEMPLATE("activation special values at run time", T, float, double, long double) {
  CHECK(specials<T>());
}
