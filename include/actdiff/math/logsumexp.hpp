// actdiff/math/logsumexp.hpp: the max-shifted sum behind logsumexp and
// log_softmax, for float, double, long double and any other real type.
//
// With m = z_k the largest input and s = Σ_{j≠k} e^(z_j - m) (every term at
// most 1: nothing overflows),
//   logsumexp = m + log1p(s),   log_softmax_i = (z_i - m) - log1p(s).
// m + log1p(s) cancels where Σ e^(z_j) is close to 1 (logsumexp's root),
// e.g. z = (-18.29, -1.07e-8, ...): m = -1.07e-8, log1p(s) = 1.14e-8. So for
// the built-in types log1p(s) is a double word: each e^(z_j - m) comes from
// exp_dd (z_j - m exact as hi + lo: e^t has condition number |t|), the sum
// is kept as hi + lo, and log1p of it takes one Newton step from the rounded
// log1p, y = y0 + (s - expm1(y0))/e^y0, with expm1 as a double word too
// (detail/exp_dd.hpp). The result is good to about 2^-58 of log1p(s): m +
// log1p(s) is within an ulp of the truth unless the two cancel to below
// 2^-5 of m. Float is computed in double.
#ifndef ACTDIFF_MATH_LOGSUMEXP_HPP
#define ACTDIFF_MATH_LOGSUMEXP_HPP

#include <cmath>
#include <concepts>
#include <cstddef>
#include <limits>
#include <type_traits>

#include <actdiff/math/detail/exp_dd.hpp>
#include <actdiff/math/double_word.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/log.hpp>
#include <actdiff/math/log1p.hpp>

namespace actdiff::math {

// The pieces of the max-shifted sum: logsumexp = m + log1p(s).
template <class T>
struct shifted_sum {
  enum class kind { finite, nan, infinite } what = kind::finite;
  std::size_t k = 0;  // the first maximal input
  T m{};              // z_k
  // log1p(s) as hi + lo (lo is 0 for types other than the built-in ones);
  // for an infinite maximum: log(the count of inputs equal to it)
  T log1p_s{}, log1p_s_lo{};
};

namespace detail::lse {

// e^(t + tl) as a double word, t <= 0 (dd::unscaled)
template <class W>
constexpr two<W> exp_two(W t, W tl) {
  if (t <= dd::exp_floor<W>) return {W(0), W(0)};
  const auto r = dd::exp_dd(t, tl);
  return dd::unscaled(r.hi, r.lo, r.k);
}

// log1p(s) as a double word for s >= 0 a double word below the type's max.
template <class W>
constexpr two<W> log1p_two(two<W> s) {
  if (s.hi == 0) return {W(0), W(0)};
  const W y0 = log1p(s.hi + s.lo);
  W step;
  if (y0 <= W(0.5)) {  // (s - expm1(y0))/(1 + expm1(y0)): the difference is exact
    const two<W> e = dd::expm1_dd(y0, W(0));
    const two<W> d = dw_add(s, two<W>{-e.hi, -e.lo});
    step = (d.hi + d.lo) / (W(1) + e.hi);
  } else {  // (1 + s)·e^-y0 - 1, near 0 and y0 > 1/2: no cancellation that matters
    const auto r = dd::exp_dd(-y0, W(0));
    const two<W> p = dw_mul(dw_add(two<W>{W(1), W(0)}, s), dd::unscaled(r.hi, r.lo, r.k));
    step = (p.hi - W(1)) + p.lo;
  }
  return fast_two_sum(y0, step);
}

// log1p(Σ_{j≠k} e^(z_j - z_k)) as a double word; z_k is the largest input,
// finite, and no input is NaN.
template <class W, std::size_t N>
constexpr two<W> log1p_sum_exp_shifted(const W (&z)[N], std::size_t k) {
  two<W> s{W(0), W(0)};
  for (std::size_t j = 0; j < N; ++j) {
    if (j == k || z[j] < -std::numeric_limits<W>::max()) continue;  // e^-inf = 0
    const auto [t, tl] = two_sum(z[j], -z[k]);
    s = dw_add(s, exp_two(t, tl));
  }
  return log1p_two(s);
}

}  // namespace detail::lse

// m, k and log1p(s) for inputs z; NaN in gives kind::nan with m the NaN.
template <class T, std::size_t N>
constexpr shifted_sum<T> shift_and_sum(const T (&z)[N]) {
  using std::exp;  // for the other types: Boost.Multiprecision's own via ADL
  using std::isfinite;
  using std::log;
  using std::log1p;
  shifted_sum<T> r;
  for (std::size_t i = 0; i < N; ++i) {
    if (z[i] != z[i]) {
      r.what = shifted_sum<T>::kind::nan;
      r.m = z[i];
      return r;
    }
    if (z[i] > z[r.k]) r.k = i;
  }
  r.m = z[r.k];
  bool finite;
  if constexpr (ieee_float<T>)
    finite = math::isfinite(r.m);
  else
    finite = isfinite(r.m);
  if (!finite) {  // ±inf: the inputs equal to it share the mass
    std::size_t c = 0;
    for (std::size_t i = 0; i < N; ++i) c += z[i] == r.m ? 1 : 0;
    r.what = shifted_sum<T>::kind::infinite;
    if constexpr (ieee_float<T>)
      r.log1p_s = math::log(T(c));
    else
      r.log1p_s = T(log(T(c)));
    return r;
  }
  if constexpr (ieee_float<T>) {
    using W = std::conditional_t<std::same_as<T, float>, double, T>;
    W zw[N];
    for (std::size_t i = 0; i < N; ++i) zw[i] = static_cast<W>(z[i]);
    const detail::two<W> y = detail::lse::log1p_sum_exp_shifted(zw, r.k);
    r.log1p_s = static_cast<T>(y.hi + y.lo);
    r.log1p_s_lo = static_cast<T>((y.hi - static_cast<W>(r.log1p_s)) + y.lo);
  } else {
    T s = T(0);
    for (std::size_t j = 0; j < N; ++j)
      if (j != r.k) s += T(exp(T(z[j] - r.m)));
    r.log1p_s = T(log1p(s));
  }
  return r;
}

// logsumexp(z) as hi + lo: m + log1p(s) with one rounding for the built-in
// types (float from double, whose double word keeps 58 bits). Infinite
// maximum: the maximum; NaN in, NaN out.
template <class T, std::size_t N>
constexpr detail::two<T> logsumexp_two(const T (&z)[N]) {
  if constexpr (std::same_as<T, float>) {
    double zd[N];
    for (std::size_t i = 0; i < N; ++i) zd[i] = z[i];
    const auto d = logsumexp_two(zd);
    const double v = d.hi + d.lo;
    const float hi = static_cast<float>(v);
    if (!isfinite(hi)) return {hi, 0.0f};
    return {hi, static_cast<float>((v - static_cast<double>(hi)) + (d.hi - v) + d.lo)};
  } else {
    const shifted_sum<T> p = shift_and_sum(z);
    if (p.what != shifted_sum<T>::kind::finite) return {p.m, T(0)};
    const auto [h, l] = detail::two_sum(p.m, p.log1p_s);
    if (!isfinite(h)) return {h, T(0)};  // the max plus log(n) overflowed
    return detail::fast_two_sum(h, l + p.log1p_s_lo);
  }
}

template <ieee_float T, std::size_t N>
constexpr T logsumexp(const T (&z)[N]) {
  const auto r = logsumexp_two(z);
  return r.hi + r.lo;
}

}  // namespace actdiff::math

#endif
