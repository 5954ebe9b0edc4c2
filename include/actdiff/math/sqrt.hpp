#ifndef ACTDIFF_MATH_SQRT_HPP
#define ACTDIFF_MATH_SQRT_HPP

// constexpr square root for float, double and long double, correctly rounded
// (the same bits as the hardware instruction).
//
// x = m 4^k with m in [1, 4): two Newton iterations for 1/sqrt(m) from a
// polynomial seed, y = m/sqrt(m) corrected once; y is then within one ulp, and
// an exact integer test against the two neighbouring midpoints picks the
// correctly rounded value. float needs no test: a double within 2^-50 of
// sqrt(m) always rounds to the right float (a float midpoint is never closer
// than 2^-50 to the square root of a float).

#include <bit>
#include <cstdint>
#include <type_traits>

#include <actdiff/math/detail/sqrt_data.hpp>
#include <actdiff/math/fp.hpp>

ACTDIFF_MATH_BEGIN

namespace actdiff::math {

namespace detail {

__extension__ typedef unsigned __int128 u128;  // -Wpedantic: GCC/Clang extension

struct sqrt_approx {
  double y;  // |y - sqrt(m)| < 1 ulp
  double r;  // 1/sqrt(m), relative error < 2^-50
};

// For m in [1, 4).
constexpr sqrt_approx sqrt_newton(double m) noexcept {
  double r = horner2(rsqrt_seed, m);  // relative error 2^-10.2
  const double hm = 0.5 * m;
  r = r * (1.5 - hm * r * r);  // 2^-19.8
  r = r * (1.5 - hm * r * r);  // 2^-39
  // y = m r has error d ~ 2^-39; one Newton step for y leaves d^2 and the
  // error of r times the correction (~2^-78), plus the roundings of m - y y
  // and of the last addition: under 1 ulp.
  const double y = m * r;
  return {y + (0.5 * r) * (m - y * y), r};
}

// Y / 2^52 is within one ulp of sqrt(M / 2^52), M < 2^54: the correctly rounded
// value. Y is too small iff M 2^52 > (Y + 1/2)^2, too large iff < (Y - 1/2)^2.
constexpr std::uint64_t sqrt_fix(std::uint64_t Y, std::uint64_t M) noexcept {
  const u128 N = static_cast<u128>(M) << 54;
  const std::uint64_t up = 2 * Y + 1, dn = 2 * Y - 1;  // < 2^55
  // branch-free: Y is usually right, but not predictably so
  return Y + static_cast<std::uint64_t>(N > static_cast<u128>(up) * up) -
         static_cast<std::uint64_t>(N < static_cast<u128>(dn) * dn);
}

// Same for long double: A = m 2^126 (exact, < 2^128), Y in [2^63, 2^64).
constexpr std::uint64_t sqrt_fix_ld(std::uint64_t Y, u128 A) noexcept {
  const u128 Y2 = static_cast<u128>(Y) * Y;
  if (A > Y2 && A - Y2 > Y) return Y + 1;
  if (Y2 > A && Y2 - A >= Y) return Y - 1;
  return Y;
}

}  // namespace detail

template <ieee_float T>
constexpr T sqrt(T x) noexcept {
  // IEEE 754 makes sqrt a basic operation, correctly rounded like + and *,
  // so at run time the hardware instruction gives the very bits computed
  // below (checked on all 2^32 floats and 6e7 random doubles); the constexpr
  // path is what constant evaluation runs. Same treatment as fp.hpp's add/mul.
  if (!std::is_constant_evaluated()) {
    if constexpr (std::same_as<T, float>)
      return __builtin_sqrtf(x);
    else if constexpr (std::same_as<T, double>)
      return __builtin_sqrt(x);
    else
      return __builtin_sqrtl(x);
  }
  if (isnan(x)) return x;
  if (x == 0) return x;  // sqrt(-0) = -0
  if (x < 0) return detail::default_nan<T>();
  if (x == std::numeric_limits<T>::infinity()) return x;
  using W = std::conditional_t<std::same_as<T, float>, double, T>;
  auto [m, e] = detail::normalize(static_cast<W>(x));
  // make e even, m in [1, 4); branch-free, as e's parity is random
  if constexpr (std::same_as<W, double>)
    m = std::bit_cast<double>(std::bit_cast<std::uint64_t>(m) + (static_cast<std::uint64_t>(e & 1) << 52));
  else
    m *= W(1 + (e & 1));
  e -= e & 1;
  const W scale = detail::pow2<W>(e / 2);  // sqrt(x) = sqrt(m) * scale, exact
  if constexpr (std::same_as<T, float>) {
    return static_cast<float>(detail::sqrt_newton(m).y * scale);
  } else if constexpr (std::same_as<T, double>) {
    const double y = detail::sqrt_newton(m).y;
    // (signed conversions: single instructions; all values are below 2^55)
    std::int64_t Y = static_cast<std::int64_t>(y * 0x1p52);
    Y = Y < (std::int64_t{1} << 53) ? Y : (std::int64_t{1} << 53) - 1;  // sqrt(m) < 2
    Y = static_cast<std::int64_t>(detail::sqrt_fix(static_cast<std::uint64_t>(Y),
                                                   static_cast<std::uint64_t>(static_cast<std::int64_t>(m * 0x1p52))));
    return static_cast<double>(Y) * (0x1p-52 * scale);
  } else {
    // Seed from double, then one Newton step with an exact residual:
    // y0^2 = p + q (y0 has 53 bits), m - p is exact.
    const auto s = detail::sqrt_newton(static_cast<double>(m));
    const long double y0 = s.y;
    const auto pq = detail::two_prod(y0, y0);
    const long double y1 = y0 + (0.5L * s.r) * ((m - pq.hi) - pq.lo);
    std::uint64_t Y = y1 >= 2.0L ? ~std::uint64_t{0} : static_cast<std::uint64_t>(y1 * 0x1p63L);
    // m 2^126 = (m 2^63) 2^63, and m 2^63 is an integer below 2^65
    const detail::u128 A =
        m >= 2.0L ? static_cast<detail::u128>(static_cast<std::uint64_t>(m * 0x1p62L)) << 64
                  : static_cast<detail::u128>(static_cast<std::uint64_t>(m * 0x1p63L)) << 63;
    Y = detail::sqrt_fix_ld(Y, A);
    return static_cast<long double>(Y) * 0x1p-63L * scale;
  }
}

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_SQRT_HPP
