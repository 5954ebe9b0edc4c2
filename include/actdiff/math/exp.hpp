#ifndef ACTDIFF_MATH_EXP_HPP
#define ACTDIFF_MATH_EXP_HPP

// constexpr e^x for float, double and long double, <= 1 ulp.
//
// x = k ln2/128 + r with |r| <= ln2/256, so e^x = 2^(k>>7) * 2^(j/128) * e^r,
// j = k & 127. 2^(j/128) comes from a table as hi + lo, e^r - 1 from a short
// polynomial; the one rounding that matters is the final hi + (lo + hi p).
// float is computed in double (its error is then far below half a float ulp).

#include <array>
#include <bit>
#include <cstdint>

#include <actdiff/math/detail/exp_data.hpp>
#include <actdiff/math/fp.hpp>

ACTDIFF_MATH_BEGIN

namespace actdiff::math {

namespace detail {

template <ieee_float T>
struct exp_reduced {
  T r;    // |r| <= ln2/256 (plus rounding)
  int k;  // x = k ln2/128 + r
};

// For |x| <= exp_max (|k| < 2^22): round(x 128/ln2) by the 1.5*2^p shift trick,
// then r = (x - k c_hi) - k c_lo with k c_hi and the first difference exact.
template <class T>
constexpr exp_reduced<T> exp_reduce(T x) noexcept {
  if constexpr (std::same_as<T, long double>) {
    constexpr long double shift = 0x1.8p63L;
    const long double kd = (x * exp_inv_c_ld + shift) - shift;
    return {(x - kd * exp_c_hi_ld) - kd * exp_c_lo_ld, static_cast<int>(kd)};
  } else {
    constexpr double shift = 0x1.8p52;
    const double kd = (x * exp_inv_c_d + shift) - shift;
    return {(x - kd * exp_c_hi_d) - kd * exp_c_lo_d, static_cast<int>(kd)};
  }
}

// e^x = 2^e (hi + lo) with hi + lo = 2^(j/128) e^r, for double and long double.
template <class T>
struct exp_parts {
  T hi, lo;  // 2^(j/128) = hi + lo (table)
  T p;       // e^r - 1
  int e;
};

template <class T>
constexpr const auto& exp_table() noexcept {
  if constexpr (std::same_as<T, long double>) return exp_table_ld;
  else return exp_table_d;
}

template <class T>
constexpr const auto& exp_poly() noexcept {
  if constexpr (std::same_as<T, long double>) return exp_poly_ld;
  else return exp_poly_d;
}

template <class T>
constexpr T exp_max() noexcept {
  if constexpr (std::same_as<T, long double>) return exp_max_ld;
  else return exp_max_d;
}

template <class T>
constexpr T exp_min() noexcept {
  if constexpr (std::same_as<T, long double>) return exp_min_ld;
  else return exp_min_d;
}

template <class T>
constexpr exp_parts<T> exp_split(T x) noexcept {
  const auto [r, k] = exp_reduce(x);
  const auto& tab = exp_table<T>();
  const T p = r + r * r * horner2(exp_poly<T>(), r);
  const auto j = static_cast<std::size_t>(k & exp_index_mask);
  return {tab[2 * j], tab[2 * j + 1], p, k >> exp_bits};
}

// t * 2^e, for t in [1/2, 4) and any e from exp's range: one rounding, and
// overflow to inf without evaluating an overflowing product.
template <class T>
constexpr T exp_scale(T t, int e) noexcept {
  using F = fmt<T>;
  if (e > F::min_exp + 2 && e < F::max_exp - 1) return t * pow2<T>(e);
  if (e > 0) {
    const T h = t * pow2<T>(e - 2);
    if (h > std::numeric_limits<T>::max() * T(0.25)) return std::numeric_limits<T>::infinity();
    return h * T(4);
  }
  // subnormal result: scale exactly to a normal number, round once at the end
  return (t * pow2<T>(e + 128)) * pow2<T>(-128);
}

// The bits of 2^(j/1024) (exp_table_f) less j·2^42: adding k·2^42 for any
// k with k & 1023 = j then adds (k >> 10)·2^52, 2^(k>>10) into the exponent
// field, in one integer addition (modulo 2^64, as the shifts would).
inline constexpr int exp_index_shift_f = 52 - exp_bits_f;
inline constexpr std::array<std::uint64_t, 1 << exp_bits_f> exp_table_f_bits = [] {
  std::array<std::uint64_t, 1 << exp_bits_f> b{};
  for (std::uint64_t j = 0; j < b.size(); ++j)
    b[j] = std::bit_cast<std::uint64_t>(exp_table_f[j]) - (j << exp_index_shift_f);
  return b;
}();

// |Kx| up to it: exp_core_f_wide's range (k>>10 stays in [-231, 231])
inline constexpr float exp_core_f_wide_max = 160;

// float e^x computed in double and not yet rounded to float: relative error
// about 2^-38, for a double x in [-160, 160] (a float from exp_min_f to
// exp_max_f, or float erfc's P - x², x² exact in double). sigmoid's float
// path uses it so, at a float's accuracy and half the cost of the double exp.
// A 1024-entry table (8 KB) leaves a polynomial of degree 2 in r = z - k,
// z = x 1024/ln2: two operations fewer than double's reduction and degree 3
// (exp f 2.05 -> 1.69 ns a call in bench/math's loop, glibc's expf 1.65).
// With K = -1 or -2 it is e^(Kx), K taken into the constant 1024/ln2 (an
// exact scaling, so the same bits as for K x itself, one operation fewer).
template <int K = 1>
ACTDIFF_MATH_CORE constexpr double exp_core_f_wide(double xd) noexcept {
  static_assert(K == 1 || K == -1 || K == -2, "actdiff: exp_core_f_wide scales its argument by 1, -1 or -2 only");
  // s = 1.5 2^52 + k: the low bits of s are k (two's complement), so no
  // float-to-int conversion is needed, and 2^(k>>10) goes straight into the
  // exponent field of the table value (k>>10 in [-231, 231]: a normal double).
  const double z = xd * (K * exp_inv_c_f);  // |z| < 2^18: an error of 2^-36 in r, 2^-46 in e^x
  const double s = z + 0x1.8p52;
  const auto kb = std::bit_cast<std::uint64_t>(s);
  const double r = z - (s - 0x1.8p52);  // exact
  const double y = 1 + r * horner(exp_q_poly_f, r);
  const double t = std::bit_cast<double>(exp_table_f_bits[kb & exp_index_mask_f] + (kb << exp_index_shift_f));
  return t * y;
}

// float e^x for exp_min_f <= x <= exp_max_f: the cast rounds once. No
// overflow check: e^exp_max_f is 2^-17 (relative) below the float overflow
// threshold, far more than the wide value's error (2^-39).
ACTDIFF_MATH_CORE constexpr float exp_core_f(float x) noexcept { return static_cast<float>(exp_core_f_wide(x)); }

// |x| below it: exp_pair_d's (and exp's one-step) range, 2^e normal
inline constexpr double exp_pair_below_d = 704;

// double e^x for -704 < x < 704 (2^e normal), exp_split's steps by the bits,
// before the last rounding: hi + lo with |lo| <= ulp(hi)/2 and a relative
// error of about 2^-59 (the reduction's and the polynomial's). hi is exp(x).
ACTDIFF_MATH_CORE constexpr two<double> exp_pair_d(double x) noexcept {
  const double z = x * exp_inv_c_d + 0x1.8p52;
  const auto kb = std::bit_cast<std::uint64_t>(z);
  const double kd = z - 0x1.8p52;
  const double r = (x - kd * exp_c_hi_d) - kd * exp_c_lo_d;
  const double p = r + r * r * horner2(exp_poly_d, r);
  const std::size_t j = 2 * (kb & exp_index_mask);
  const double hi = exp_table_d[j], lo = exp_table_d[j + 1];
  const double sc = std::bit_cast<double>(((kb >> exp_bits) << 52) + (std::uint64_t{1023} << 52));
  // scaling hi is exact (a normal result); lo may lose bits far below hi's ulp
  const auto s = fast_two_sum(hi, lo + hi * p);
  return {s.hi * sc, s.lo * sc};
}

ACTDIFF_MATH_CORE constexpr double exp_core_d(double x) noexcept { return exp_pair_d(x).hi; }

// e^(-2|y|) as exp_pair_d for |y| < 350, and 1 (the E of y = 0) beyond, for
// the branch-free σ, sech² and tanh: σ(x) takes its E = e^-|x| from here
// with y = x/2 (exact), as sech²(y) and tanh(y) do with y, so that once
// inlined the kernels' σ and σ' = sech²(x/2)/4 (tanh and tanh' = sech²)
// compute one exp. The scalar functions call exp_pair_d itself: the same E
// wherever they use it, without the clamp's steps in the chain.
inline constexpr double exp_m2abs_below_d = 350;  // e^-700 > 2^-1010: normal, and so is every E sech² scales
ACTDIFF_MATH_CORE constexpr two<double> exp_m2abs_d(double y) noexcept {
  const double h = fabs(y);
  return exp_pair_d(-2 * branch_free::select(h < exp_m2abs_below_d, h, 0.0));
}

// For float's branch-free σ and sech²: exp_core_f_wide<-2>(y) for |y| < 54,
// and 1 beyond. Signed, unlike double's: float σ(x) = 1/(1 + e^-x) and
// sech²(y) = 4E/(1 + E)² with E = e^-2y take E up to e^108, which double
// holds (and (1 + E)² too), so neither needs |x| or a choice of numerator.
inline constexpr float exp_m2_below_f = 54;  // 4e^-108 < 2^-151: sech² float is 0 beyond
ACTDIFF_MATH_CORE constexpr double exp_m2_f(float y) noexcept {
  return exp_core_f_wide<-2>(branch_free::select(fabs(y) < exp_m2_below_f, y, 0.0f));
}

}  // namespace detail

template <ieee_float T>
constexpr T exp(T x) noexcept {
  if constexpr (std::same_as<T, float>) {
    // one test for the common case, |x| <= exp_max_f (NaN fails it); the
    // subnormal results from -exp_max_f down to exp_min_f come second (a
    // second copy of the core: with one condition of both, GCC's loop ran
    // 2% slower)
    if (fabs(x) <= detail::exp_max_f) [[likely]] return detail::exp_core_f(x);
    if (x >= detail::exp_min_f && x < 0) return detail::exp_core_f(x);
    if (isnan(x)) return x;
    return x > 0 ? std::numeric_limits<float>::infinity() : 0.0f;
  } else {
    if constexpr (std::same_as<T, double>) {  // one test for the common case
      if (fabs(x) < detail::exp_pair_below_d) [[likely]] return detail::exp_core_d(x);
    }
    if (!(x >= detail::exp_min<T>() && x <= detail::exp_max<T>())) [[unlikely]] {
      if (isnan(x)) return x;
      return x > 0 ? std::numeric_limits<T>::infinity() : T(0);
    }
    const auto s = detail::exp_split(x);
    return detail::exp_scale(s.hi + (s.lo + s.hi * s.p), s.e);
  }
}

namespace branch_free {

// exp(x)'s bits without a branch, for float and double (fp.hpp, "Branch-free
// versions"). ok is cleared only for double results near the ends of the
// range (704 <= |x|, finite, not overflowing or underflowing to 0), where
// exp scales in two steps.
template <float_or_double T>
ACTDIFF_BRANCH_FREE T exp(T x, bool& ok) noexcept {
  constexpr bool f = std::same_as<T, float>;
  constexpr T lo = f ? detail::exp_min_f : detail::exp_min<T>(), hi = f ? detail::exp_max_f : detail::exp_max<T>();
  const bool in = (x >= lo) & (x <= hi);
  const T special = select(isnan(x), x, select(x > 0, std::numeric_limits<T>::infinity(), T(0)));
  if constexpr (f) {
    return select(in, detail::exp_core_f(select(in, x, 0.0f)), special);
  } else {
    const bool core = fabs(x) < detail::exp_pair_below_d;
    ok &= core | !in;
    return select(core, detail::exp_core_d(select(core, x, 0.0)), special);
  }
}

}  // namespace branch_free

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_EXP_HPP
