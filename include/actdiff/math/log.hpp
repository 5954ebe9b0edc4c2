#ifndef ACTDIFF_MATH_LOG_HPP
#define ACTDIFF_MATH_LOG_HPP

// constexpr natural logarithm for float, double and long double, <= 1 ulp.
//
// x = 2^e m with m in [sqrt(1/2), sqrt(2)]; a table gives c ~ 1/m (11
// significant bits) and -log c as hi + lo, and
//     log x = e ln2 - log c + log1p(r),  r = c m - 1, |r| < 0.0057.
// r is kept exact as r1 + r2: m is split as m_hi + m_lo with m_hi short enough
// that c m_hi (and so r1 = c m_hi - 1) is exact. e ln2_hi - log c is exact too
// (both on a 2^-42 grid; 2^-49 for long double), so the only large rounding is
// the last addition. float is computed in double.

#include <actdiff/math/detail/log_data.hpp>
#include <actdiff/math/fp.hpp>

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

// log(2^e m) in double for m in [sqrt(1/2), sqrt(2)] with at most 42
// significant bits (so that c m - 1 is exact), plus dm: float's log and log1p.
constexpr double log_core_f(double m, double dm, int e) noexcept {
  const int i = static_cast<int>(m * 128 + 0.5);
  const auto k = static_cast<std::size_t>(i - log_i0);
  const double c = log_c[k];
  const double r = (c * m - 1) + c * dm;
  const double hi = e * (ln2_hi_d + ln2_lo_d) + log_table_d[2 * k];
  return hi + (r + r * r * horner2(log_poly_f, r));
}

// x = 2^e m with m in [sqrt(1/2), sqrt(2)), for positive finite x.
template <ieee_float T>
constexpr normalized<T> log_reduce(T x) noexcept {
  if constexpr (std::same_as<T, long double>) {
    auto [m, e] = normalize(x);
    if (m > static_cast<long double>(sqrt2_d)) {
      m *= 0.5L;
      ++e;
    }
    return {m, e};
  } else {
    using U = bits_t<T>;
    using S = std::make_signed_t<U>;
    constexpr int p = fmt<T>::digits - 1;
    U u = std::bit_cast<U>(x);
    int adj = 0;
    if (u < std::bit_cast<U>(std::numeric_limits<T>::min())) {  // subnormal
      u = std::bit_cast<U>(static_cast<T>(x * pow2<T>(p + 1)));
      adj = p + 1;
    }
    // Branch-free: subtracting the bits of sqrt(1/2) moves the binade
    // boundary there; the exponent is the (arithmetic) top of the difference.
    constexpr U off = std::bit_cast<U>(static_cast<T>(0.70710678118654752440));
    const U t = static_cast<U>(u - off);
    const int e = static_cast<int>(static_cast<S>(t) >> p);
    const T m = std::bit_cast<T>(static_cast<U>(u - static_cast<U>(static_cast<U>(e) << p)));
    return {m, e - adj};
  }
}

}  // namespace detail

template <ieee_float T>
constexpr T log(T x) noexcept {
  if (!(x > 0 && x < std::numeric_limits<T>::infinity())) [[unlikely]] {
    if (isnan(x)) return x;
    if (x < 0) return detail::default_nan<T>();
    if (x == 0) return -std::numeric_limits<T>::infinity();
    return x;  // +inf
  }
  const auto [m, e] = detail::log_reduce(x);
  if constexpr (std::same_as<T, float>)
    return static_cast<float>(detail::log_core_f(m, 0.0, e));
  else
    return detail::log_core(m, T(0), e);
}

}  // namespace actdiff::math

#endif  // ACTDIFF_MATH_LOG_HPP
