// IEEE behaviour of exp, expm1, log, log1p, sqrt at special and boundary
// inputs, checked at compile time (static_assert) and at run time.

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include <actdiff/math/detail/exp_data.hpp>
#include <actdiff/math/math.hpp>

namespace {

namespace am = actdiff::math;

template <class T>
constexpr bool same(T a, T b) {
  if (am::isnan(a)) return am::isnan(b);
  return a == b && am::signbit(a) == am::signbit(b);
}

template <class T>
constexpr T next_up(T x) {  // for finite positive x
  const int e = am::ilogb(x);
  return x + am::scalbn(T(1), (e < std::numeric_limits<T>::min_exponent - 1 ? std::numeric_limits<T>::min_exponent - 1 : e) -
                                   (std::numeric_limits<T>::digits - 1));
}

template <class T>
constexpr T exp_max() {
  if constexpr (std::is_same_v<T, float>) return am::detail::exp_max_f;
  else if constexpr (std::is_same_v<T, double>) return am::detail::exp_max_d;
  else return am::detail::exp_max_ld;
}

template <class T>
constexpr bool specials() {
  using L = std::numeric_limits<T>;
  const T inf = L::infinity(), nan = L::quiet_NaN(), dn = L::denorm_min(), mx = L::max();
  bool ok = true;
  // NaN in, NaN out
  ok = ok && am::isnan(am::exp(nan)) && am::isnan(am::expm1(nan)) && am::isnan(am::log(nan)) &&
       am::isnan(am::log1p(nan)) && am::isnan(am::sqrt(nan));
  // limits at +-inf
  ok = ok && same(am::exp(inf), inf) && same(am::exp(-inf), T(0)) && same(am::expm1(inf), inf) &&
       same(am::expm1(-inf), T(-1)) && same(am::log(inf), inf) && same(am::log1p(inf), inf) &&
       same(am::sqrt(inf), inf);
  // domain errors and poles
  ok = ok && am::isnan(am::log(-T(1))) && am::isnan(am::log(-inf)) && am::isnan(am::log(-dn)) &&
       am::isnan(am::log1p(T(-1.5))) && am::isnan(am::log1p(-inf)) && am::isnan(am::sqrt(-dn)) &&
       am::isnan(am::sqrt(-inf)) && same(am::log(T(0)), -inf) && same(am::log(-T(0)), -inf) &&
       same(am::log1p(T(-1)), -inf);
  // zeros: odd functions keep the sign
  ok = ok && same(am::exp(T(0)), T(1)) && same(am::exp(-T(0)), T(1)) && same(am::expm1(-T(0)), -T(0)) &&
       same(am::expm1(T(0)), T(0)) && same(am::log1p(-T(0)), -T(0)) && same(am::log1p(T(0)), T(0)) &&
       same(am::sqrt(-T(0)), -T(0)) && same(am::sqrt(T(0)), T(0)) && same(am::log(T(1)), T(0));
  // subnormal inputs: no flush to zero
  ok = ok && same(am::expm1(dn), dn) && same(am::expm1(-dn), -dn) && same(am::log1p(dn), dn) &&
       same(am::log1p(-dn), -dn) && same(am::exp(dn), T(1)) && am::log(dn) < T(-100) &&
       am::sqrt(dn) > T(0);
  // overflow exactly where exp(x) rounds past max
  ok = ok && am::exp(exp_max<T>()) <= mx && same(am::exp(next_up(exp_max<T>())), inf) &&
       am::expm1(exp_max<T>()) <= mx && same(am::expm1(next_up(exp_max<T>())), inf) &&
       same(am::exp(mx), inf) && same(am::exp(-mx), T(0)) && same(am::expm1(-mx), T(-1));
  // subnormal results, and underflow to +0
  ok = ok && am::exp(T(L::min_exponent - 10) * T(0.6931471805599453)) > T(0) &&
       am::exp(T(L::min_exponent - 10) * T(0.6931471805599453)) < L::min() &&
       same(am::exp(T(L::min_exponent - L::digits - 2) * T(0.6931471805599453)), T(0));
  // exact cases
  constexpr int even_sub = L::min_exponent - L::digits + ((L::min_exponent - L::digits) & 1);
  ok = ok && am::sqrt(T(4)) == T(2) && am::sqrt(T(0.25)) == T(0.5) && am::sqrt(mx) > T(0) &&
       am::sqrt(am::scalbn(T(1), even_sub)) == am::scalbn(T(1), even_sub / 2);
  return ok;
}
static_assert(specials<float>());
static_assert(specials<double>());
static_assert(specials<long double>());

}  // namespace

TEST_CASE_TEMPLATE("special values at run time", T, float, double, long double) {
  CHECK(specials<T>());
}
