#ifndef ACTDIFF_MATH_LOG_HPP
#define ACTDIFF_MATH_LOG_HPP

// constexpr natural logarithm for float, double and long double, <= 1 ulp.
//
// x = 2^e m with m near 1; a table gives c ~ 1/m (11 significant bits) and
// -log c as hi + lo, and
//     log x = e ln2 - log c + log1p(r),  r = c m - 1, |r| < 0.0057.
// r is kept exact as r1 + r2: m is split as m_hi + m_lo with m_hi short enough
// that c m_hi (and so r1 = c m_hi - 1) is exact. e ln2_hi - log c is exact too
// (both on a 2^-42 grid; 2^-49 for long double), so the only large rounding is
// the last addition. c = 1 next to m = 1, where r = m - 1 is exact: log is
// accurate relative to its size near its root x = 1.
// float and double read e, m and the table index from the bits of x (256
// buckets of m in [0.70703125, 1.4140625)); long double, whose bits are not
// constexpr-readable, uses m in [sqrt(1/2), sqrt(2)] and c for round(128 m).
// float is computed in double.

#include <bit>
#include <cstdint>
#include <limits>

#include <actdiff/math/detail/log_data.hpp>
#include <actdiff/math/fp.hpp>

ACTDIFF_MATH_BEGIN

namespace actdiff::math {

namespace detail {

inline constexpr double sqrt2_d = 0x1.6a09e667f3bcdp+0;  // rounded up: m <= sqrt2_d

template <class T>
constexpr const auto& log_table() noexcept {
  if constexpr (std::same_as<T, long double>) return log_table_ld;
  else return log_table_d;
}

template <class T>
constexpr const auto& log_poly() noexcept {
  if constexpr (std::same_as<T, long double>) return log_poly_ld;
  else return log_poly_d;
}

// log(2^e (m + dm)) for m in [sqrt(1/2), sqrt(2)] and |dm| <= 2^-50 m (log1p
// passes the rounding error of 1 + x as dm). double and long double.
template <class T>
constexpr T log_core(T m, T dm, int e) noexcept {
  constexpr bool ld = std::same_as<T, long double>;
  const int i = static_cast<int>(m * 128 + T(0.5));  // round(128 m), in [91, 181]
  const auto k = static_cast<std::size_t>(i - log_i0);
  const T c = static_cast<T>(log_c[k]);
  // 2^11 + m rounds m to a multiple of 2^-41 (double) or 2^-52 (long double):
  // 42 or 53 bits, and c has 11, so c * mh is exact.
  const T mh = (m + T(0x1p11)) - T(0x1p11);
  const T ml = (m - mh) + dm;
  const T r1 = c * mh - 1;  // exact (Sterbenz)
  const T r2 = c * ml;
  const T r = r1 + r2;
  const auto& tab = log_table<T>();
  const T ed = static_cast<T>(e);
  T ln2_hi{}, ln2_lo{};
  if constexpr (ld) {
    ln2_hi = ln2_hi_ld;
    ln2_lo = ln2_lo_ld;
  } else {
    ln2_hi = ln2_hi_d;
    ln2_lo = ln2_lo_d;
  }
  const T hi = ed * ln2_hi + tab[2 * k];  // exact
  // |hi| >= 2 |r1| unless hi == 0, so fast_two_sum is exact
  const auto s = fast_two_sum(hi, r1);
  const T lo = ed * ln2_lo + tab[2 * k + 1] + r2 + s.lo +
               r * r * horner2(log_poly<T>(), r);
  return s.hi + lo;
}

// float and double: the reduction reads the bits. With off = bits(0.70703125),
// t = bits(x) - off gives e = t >> p (arithmetic) and m = x 2^-e in
// [0.70703125, 1.4140625), and the 8 bits of t below the exponent pick one of
// 256 buckets of m, each with its c (log_bc) and -log c (log_bt_d). 1.0 is a
// bucket boundary, and both buckets next to it have c = 1, so that r = m - 1
// is exact there and log is accurate relative to its size near x = 1.
template <class T>
struct log_bits_reduced {
  T m;
  int e;
  std::size_t k;  // bucket
};

// For positive normal x; the result's exponent is lowered by adj (the caller
// scales subnormals up by 2^adj).
template <class T>
constexpr log_bits_reduced<T> log_reduce_bits(T x, int adj = 0) noexcept {
  using U = bits_t<T>;
  using S = std::make_signed_t<U>;
  constexpr int p = fmt<T>::digits - 1;
  constexpr U off = std::same_as<T, float> ? U{log_off_f} : static_cast<U>(log_off_d);
  const U u = std::bit_cast<U>(x);
  const U t = static_cast<U>(u - off);
  const int e = static_cast<int>(static_cast<S>(t) >> p);
  const auto k = static_cast<std::size_t>((t >> (p - log_bucket_bits)) & ((1u << log_bucket_bits) - 1));
  const T m = std::bit_cast<T>(static_cast<U>(u - static_cast<U>(static_cast<U>(e) << p)));
  return {m, e - adj, k};
}

// log(2^e (m + dm)) in double, |dm| <= 2^-52 m (dm only for log1p).
template <bool with_dm = true>
constexpr double log_bits_core_d(double m, double dm, int e, std::size_t k) noexcept {
  const double c = log_bc[k];
  // m_hi: m with its 11 low bits cleared (42 significant bits), so c m_hi is exact
  const double mh = leading_bits<42>(m);
  const double r1 = c * mh - 1;  // exact (Sterbenz)
  const double r2 = with_dm ? c * ((m - mh) + dm) : c * (m - mh);  // exact without dm
  const double r = r1 + r2;
  const double ed = e;
  const double hi = ed * ln2_hi_d + log_bt_d[2 * k];  // exact: both on a 2^-42 grid
  // |hi| >= 2 |r1| unless hi == 0, so fast_two_sum is exact
  const auto s = fast_two_sum(hi, r1);
  // r^2 g(r), g by Estrin's scheme (the chain after r is the cost)
  const double q = estrin_at<log_poly_bd.size()>(log_poly_bd, 0, r);
  const double lo = ed * ln2_lo_d + log_bt_d[2 * k + 1] + r2 + s.lo + (r * r) * q;
  return s.hi + lo;
}

// The same for a float result, in double: r = c m - 1 + c dm (exact when m has
// 24 bits; otherwise its rounding, 2^-53, is far below a float ulp).
template <bool with_dm = true>
constexpr double log_bits_core_f(double m, double dm, int e, std::size_t k) noexcept {
  const double c = log_bc[k];
  const double r = with_dm ? (c * m - 1) + c * dm : c * m - 1;
  const double hi = e * (ln2_hi_d + ln2_lo_d) + log_bt_d[2 * k];
  return hi + (r + r * r * horner2(log_poly_bf, r));
}

// long double: x = 2^e m with m in [sqrt(1/2), sqrt(2)].
constexpr normalized<long double> log_reduce_ld(long double x) noexcept {
  auto [m, e] = normalize(x);
  if (m > static_cast<long double>(sqrt2_d)) {
    m *= 0.5L;
    ++e;
  }
  return {m, e};
}

// x positive, normal and finite: for float and double by one integer
// comparison on the bits the reduction reads anyway, not two of T
template <class T>
constexpr bool log_common(T x) noexcept {
  if constexpr (std::same_as<T, long double>) {
    return x >= std::numeric_limits<T>::min() && x <= std::numeric_limits<T>::max();
  } else {
    using U = bits_t<T>;
    constexpr U least = std::bit_cast<U>(std::numeric_limits<T>::min());
    constexpr U span = std::bit_cast<U>(std::numeric_limits<T>::max()) - least;
    return static_cast<U>(std::bit_cast<U>(x) - least) <= span;
  }
}

}  // namespace detail

template <ieee_float T>
constexpr T log(T x) noexcept {
  // one test for the common case, then one path (subnormals are scaled
  // into it), so that GCC inlines the core once: with a second call for
  // subnormals it called one out-of-line copy from both
  int adj = 0;
  if (!detail::log_common(x)) [[unlikely]] {
    if (isnan(x)) return x;
    if (x < 0) return detail::default_nan<T>();
    if (x == 0) return -std::numeric_limits<T>::infinity();
    if (isinf(x)) return x;
    if constexpr (!std::same_as<T, long double>) {  // subnormal: scale into the normal range
      adj = detail::fmt<T>::digits;
      x *= detail::pow2<T>(adj);
    }
  }
  if constexpr (std::same_as<T, long double>) {
    const auto [m, e] = detail::log_reduce_ld(x);
    return detail::log_core(m, 0.0L, e);
  } else {
    const auto [m, e, k] = detail::log_reduce_bits(x, adj);
    if constexpr (std::same_as<T, float>)
      return static_cast<float>(detail::log_bits_core_f<false>(m, 0.0, e, k));
    else
      return detail::log_bits_core_d<false>(m, 0.0, e, k);
  }
}

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_LOG_HPP
