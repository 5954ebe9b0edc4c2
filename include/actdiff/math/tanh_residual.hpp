// actdiff/math/tanh_residual.hpp: constexpr x - tanh(x) for float, double and
// long double, without the cancellation near 0 (x - tanh x ≈ x³/3).
//
// For |x| <= 2, Lambert's continued fraction tanh x = x/(1 + Q),
// Q = x²/(3 + x²/(5 + ...)), gives x - tanh x = x·Q/(1 + Q): every term is
// positive, nothing cancels. Beyond 2 the subtraction itself loses under a bit
// (tanh(x)/(x - tanh x) < 1). float is computed in double and rounded once.
#ifndef ACTDIFF_MATH_TANH_RESIDUAL_HPP
#define ACTDIFF_MATH_TANH_RESIDUAL_HPP

#include <concepts>
#include <limits>

#include <actdiff/math/fp.hpp>
#include <actdiff/math/tanh.hpp>

namespace actdiff::math {

namespace detail {

// x·Q/(1 + Q) with the continued fraction cut at depth n: the first omitted
// term is below x^(2n)/((2n+1)!!)², under 2^-70 for |x| <= 2 and n = 14.
// Any number type (the wide types use it too, from functions/).
template <class T>
constexpr T tanh_residual_cf(const T& x, int n) {
  const T x2 = x * x;
  T t = T(2 * n + 1);
  for (int k = n - 1; k >= 1; --k) t = T(2 * k + 1) + x2 / t;
  const T q = x2 / t;
  return x * q / (1 + q);
}

// The depth n for |x| <= 1 and `digits` decimal digits (plus 10 to spare):
// the least n with ((2n+1)!!)² >= 10^(digits + 10).
constexpr int tanh_residual_depth(int digits) {
  int n = 0, decades = 0;
  double d = 1;  // ((2n+1)!!)² = d·10^decades
  while (decades < digits + 10) {
    ++n;
    d *= double(2 * n + 1) * double(2 * n + 1);
    while (d >= 10) {
      d /= 10;
      ++decades;
    }
  }
  return n;
}

}  // namespace detail

// x - tanh(x); odd; NaN -> NaN, ±inf -> ±inf.
template <ieee_float T>
constexpr T tanh_residual(T x) noexcept {
  if constexpr (std::same_as<T, float>) {
    return static_cast<float>(tanh_residual(static_cast<double>(x)));
  } else {
    if (!(fabs(x) <= T(2))) return isnan(x) ? x : sub(x, tanh(x));
    return detail::tanh_residual_cf(x, std::numeric_limits<T>::digits > 53 ? 16 : 14);
  }
}

}  // namespace actdiff::math

#endif
