// actdiff/math/logsumexp.hpp: the max-shifted sum behind logsumexp and
// log_softmax for float, double and long double.
//
// With m = z_k the largest input, log1p(Σ_{j≠k} e^(z_j - m)): every term is
// at most 1, so nothing overflows, and log1p keeps the digits of a sum that
// is tiny next to 1. Each difference z_j - m is taken as hi + lo
// (two-sum): e^t has condition number |t|, so rounding z_j - m first would
// cost |z_j - m| ulps (700 at z = (0, -700)).
#ifndef ACTDIFF_MATH_LOGSUMEXP_HPP
#define ACTDIFF_MATH_LOGSUMEXP_HPP

#include <cstddef>

#include <actdiff/math/exp.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/log1p.hpp>

namespace actdiff::math::detail {

// z_k must be the largest input and finite; no input is NaN.
template <ieee_float T, std::size_t N>
constexpr T log1p_sum_exp_shifted(const T (&z)[N], std::size_t k) noexcept {
  T s = T(0);
  for (std::size_t j = 0; j < N; ++j) {
    if (j == k) continue;
    const T d = sub(z[j], z[k]);
    T e = exp(d);
    if (isfinite(d) && e != T(0)) {
      const T lo = two_sum(z[j], -z[k]).lo;
      e = add(e, e * lo);  // e^(d + lo) = e^d (1 + lo)
    }
    s = add(s, e);
  }
  return log1p(s);
}

}  // namespace actdiff::math::detail

#endif
