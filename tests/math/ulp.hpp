#ifndef ACTDIFF_TESTS_MATH_ULP_HPP
#define ACTDIFF_TESTS_MATH_ULP_HPP

// ULP measurement for actdiff::math (NUMERICS.md): the error of a result of
// type T against a high-precision reference R (cpp_bin_float_100 in the tests,
// MPFR in the benches), in units of the ulp of the reference rounded to T;
// the ulp of a subnormal is the smallest subnormal. A 0, inf or NaN where the
// rounded reference is finite and non-zero is counted as a false zero / inf /
// NaN (and is an infinite error).
//
// Also: the sample generator every sweep uses (uniform, log-spaced out to
// +-max and down to +-min subnormal, subnormals, +-0, +-inf, NaN).

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace actdiff::test {

template <class T>
constexpr bool is_nan(T x) {
  return x != x;
}

// Result of comparing one value.
struct ulp_result {
  double ulps = 0;  // +inf for a wrong special value
  bool false_zero = false, false_inf = false, false_nan = false;
};

// T(ref) with correct rounding; Boost's and MPFR's conversions both round to
// nearest (checked against each other in the benches).
template <class T, class R>
T to_type(const R& ref) {
  return static_cast<T>(ref);
}

template <class T, class R>
ulp_result ulp_error(T got, const R& ref) {
  using L = std::numeric_limits<T>;
  ulp_result res;
  const double bad = std::numeric_limits<double>::infinity();
  if (is_nan(ref)) {  // NaN expected
    if (!is_nan(got)) res.ulps = bad;
    return res;
  }
  if (is_nan(got)) {
    res.false_nan = true;
    res.ulps = bad;
    return res;
  }
  const T want = to_type<T>(ref);
  if (std::isinf(want)) {
    if (got != want) res.ulps = bad;
    return res;
  }
  if (std::isinf(got)) {
    res.false_inf = true;
    res.ulps = bad;
    return res;
  }
  if (got == 0 && want != 0) res.false_zero = true;
  // ulp of the reference rounded to T
  const T a = std::fabs(want);
  T u;
  if (a < L::min())
    u = L::denorm_min();
  else
    u = std::ldexp(T(1), std::ilogb(a) - (L::digits - 1));
  R d = R(got) - ref;
  if (d < 0) d = -d;
  res.ulps = static_cast<double>(R(d / R(u)));
  if (res.false_zero) res.ulps = bad;
  return res;
}

// Accumulated statistics of a sweep.
template <class T>
struct ulp_stats {
  double max_ulps = 0;
  T worst = 0;  // the input that gave max_ulps
  std::size_t n = 0, false_zeros = 0, false_infs = 0, false_nans = 0;

  void add(T x, const ulp_result& r) {
    ++n;
    false_zeros += r.false_zero;
    false_infs += r.false_inf;
    false_nans += r.false_nan;
    if (r.ulps > max_ulps || (n == 1 && r.ulps == max_ulps)) {
      max_ulps = r.ulps;
      worst = x;
    }
  }
  void merge(const ulp_stats& o) {
    if (o.max_ulps > max_ulps) {
      max_ulps = o.max_ulps;
      worst = o.worst;
    }
    n += o.n;
    false_zeros += o.false_zeros;
    false_infs += o.false_infs;
    false_nans += o.false_nans;
  }
  std::size_t false_specials() const { return false_zeros + false_infs + false_nans; }
};

// Sample points for a sweep of about n values: the special values, then
// (in this order of shares) log-spaced magnitudes over the whole exponent
// range with both signs (35%), subnormals (10%), uniform in [-50, 50] (25%)
// and uniform in [lo, hi] (30%). Deterministic for a given seed.
template <class T>
std::vector<T> samples(std::size_t n, double lo, double hi, std::uint64_t seed = 0x5eed) {
  using L = std::numeric_limits<T>;
  std::vector<T> v = {T(0),        -T(0),        L::infinity(), -L::infinity(), L::quiet_NaN(),
                      L::denorm_min(), -L::denorm_min(), L::min(),  -L::min(),      L::max(),
                      -L::max(),   T(1),         T(-1),         T(0.5),         T(-0.5),
                      T(2),        T(-2)};
  std::mt19937_64 g(seed);
  std::uniform_real_distribution<double> u01(0.0, 1.0);
  const int emin = L::min_exponent - L::digits;  // smallest subnormal 2^emin
  const int emax = L::max_exponent;
  const std::size_t n_log = n * 35 / 100, n_sub = n / 10, n_u50 = n / 4;
  for (std::size_t i = 0; i < n_log; ++i) {
    // exponent uniform in [emin, emax), mantissa uniform in [1, 2)
    const int e = emin + static_cast<int>(g() % static_cast<std::uint64_t>(emax - emin));
    T x = std::ldexp(T(1) + static_cast<T>(u01(g)), e - 1);
    if (std::isinf(x)) x = L::max();
    v.push_back(g() & 1 ? -x : x);
  }
  for (std::size_t i = 0; i < n_sub; ++i) {
    // a random subnormal: k * denorm_min, k of random bit length
    const int bits = 1 + static_cast<int>(g() % static_cast<std::uint64_t>(L::digits - 1));
    const std::uint64_t k = 1 + (g() >> (64 - std::min(bits, 63)));
    T x = static_cast<T>(k) * L::denorm_min();
    if (x >= L::min()) x = L::min() / 3;
    v.push_back(g() & 1 ? -x : x);
  }
  for (std::size_t i = 0; i < n_u50; ++i) v.push_back(static_cast<T>(-50 + 100 * u01(g)));
  while (v.size() < n) v.push_back(static_cast<T>(lo + (hi - lo) * u01(g)));
  return v;
}

// Bits of a value for exact comparison (long double: the 10 meaningful bytes).
template <class T>
std::string bits_of(T x) {
  unsigned char b[sizeof(T)] = {};
  std::memcpy(b, &x, sizeof(T));
  const std::size_t n = std::numeric_limits<T>::digits == 64 ? 10 : sizeof(T);
  return std::string(reinterpret_cast<const char*>(b), n);
}

template <class T>
bool same_bits(T a, T b) {
  if (is_nan(a) && is_nan(b)) return true;  // NaN sign/payload are not part of the contract
  return bits_of(a) == bits_of(b);
}

}  // namespace actdiff::test

#endif  // ACTDIFF_TESTS_MATH_ULP_HPP
