// actdiff/math/softmax.hpp: softmax and the pieces of its Jacobian for float,
// double and long double, each rounded once from a double word.
//
// With m = max z and e_j = e^(z_j - m) (exp_dd: hi + lo times 2^k, so that
// no e_j is rounded on its own), S = Σ e_j >= 1, R_i = Σ_{j≠i} e_j, and
//   s_i = e_i/S               softmax_i
//   c_i = R_i/S               1 - s_i, without the cancellation
//   g_i = (R_i - e_i)/S       1 - 2 s_i
//   J_ii = e_i R_i/S²         s_i (1 - s_i)
//   J_ij = -e_i e_j/S²        -s_i s_j
// Why g_i is its own function: softmax's second partials are s_i c_i g_i,
// s_i s_j g_i and 2 s_i s_j s_l, and 1 - 2 s_i cancels next to the root
// s_i = 1/2 (two equal inputs, the rest far below) where its true value is
// still far from 0: g_0 at z = (0, 1e-19, -inf) is 5e-20. R_i - e_i is
// therefore taken as (e_p - e_i) + Σ_{j≠i,p} e_j with p the largest other
// input, and e_p - e_i = e_i·expm1(z_p - z_i) where the two are close.
//
// Float is computed in double (its inputs' differences are exact there).
// Infinite inputs: when the largest input is +inf the inputs equal to it
// share the mass (e_j = 1 for those, 0 for the rest); all -inf gives the
// uniform limit along equal inputs. NaN in, NaN out.
#ifndef ACTDIFF_MATH_SOFTMAX_HPP
#define ACTDIFF_MATH_SOFTMAX_HPP

#include <cstddef>
#include <limits>
#include <type_traits>

#include <actdiff/math/detail/exp_dd.hpp>
#include <actdiff/math/double_word.hpp>
#include <actdiff/math/fp.hpp>

namespace actdiff::math {

namespace detail::softmax {

// The working type: float is computed in double.
template <class T>
using work_t = std::conditional_t<std::same_as<T, float>, double, T>;

// e_j = (hi + lo)·2^k; zero is hi = 0.
template <class W>
struct term {
  W hi = 0, lo = 0;
  int k = 0;
};

// Below this exponent argument e^t is under every value of W that matters
// (exp_dd's range): e^-800 < 2^-1154 in double.
template <class W>
constexpr W exp_floor = std::same_as<W, long double> ? W(-12000) : W(-800);

// (hi + lo)·2^k as a double word of W, rounded on the way only where it is
// below the normal range (then it is far below the sums it enters).
template <class W>
constexpr two<W> unscale(const term<W>& e) {
  if (e.hi == 0) return {W(0), W(0)};
  constexpr int emin = fmt<W>::min_exp;
  if (e.k >= emin) return {e.hi * pow2<W>(e.k), e.lo * pow2<W>(e.k)};
  if (e.k + 3 < fmt<W>::min_sub_exp) return {W(0), W(0)};
  return {(e.hi * pow2<W>(emin)) * pow2<W>(e.k - emin), W(0)};
}

// a/b as a double word, b > 0, b.hi >= 1/2 (S and S² here).
template <class W>
constexpr two<W> dw_div(two<W> a, two<W> b) {
  const W y = a.hi / b.hi;
  const auto [p, e] = two_prod(y, b.hi);
  const W r = (((a.hi - p) - e) + a.lo) - y * b.lo;
  return fast_two_sum(y, r / b.hi);
}

// q·2^k rounded once (0 < q.hi < 8): dd::scale.
template <class W>
constexpr W scaled(two<W> q, int k) {
  if (q.hi == 0) return W(0);
  return dd::scale(q.hi, q.lo, k);
}

// expm1(h + l) as a double word for |h| < 2^-5: (h + l)(1 + q(h)) with
// q(h) = h/2 + h²/6 + ..., whose own rounding is below 2^-58 of the result.
template <class W>
constexpr two<W> expm1_small(W h, W l) {
  W q = 0;
  for (int n = 14; n >= 1; --n) {  // q = Σ_{n>=1} h^n/(n+1)!, by Horner
    q = (q + W(1)) * h / W(n + 1);
  }
  return fast_two_sum(h, h * q + l * (W(1) + q));
}

template <class W, std::size_t N>
struct state {
  bool nan = false;
  W nan_value = 0;
  std::size_t k = 0;  // the first largest input
  term<W> e[N]{};
  W z[N]{};
  bool finite = true;  // the largest input is finite

  // S, or R_i (all but `skip`), as a double word
  constexpr two<W> sum(std::size_t skip = N) const {
    two<W> s{W(0), W(0)};
    for (std::size_t j = 0; j < N; ++j)
      if (j != skip) s = dw_add(s, unscale(e[j]));
    return s;
  }
};

template <class W, class T, std::size_t N>
constexpr state<W, N> make_state(const T (&zin)[N]) {
  state<W, N> st;
  for (std::size_t j = 0; j < N; ++j) {
    st.z[j] = static_cast<W>(zin[j]);
    if (st.z[j] != st.z[j]) {
      st.nan = true;
      st.nan_value = st.z[j];
      return st;
    }
    if (st.z[j] > st.z[st.k]) st.k = j;
  }
  const W m = st.z[st.k];
  const W big = std::numeric_limits<W>::max();
  if (m > big || m < -big) {  // +inf shares among its equals; all -inf: uniform
    st.finite = false;
    for (std::size_t j = 0; j < N; ++j) st.e[j] = st.z[j] == m ? term<W>{W(1), W(0), 0} : term<W>{};
    return st;
  }
  for (std::size_t j = 0; j < N; ++j) {
    if (st.z[j] < -big) continue;  // e^-inf = 0
    const auto [t, tl] = two_sum(st.z[j], -m);
    if (t <= exp_floor<W>) continue;
    const auto r = dd::exp_dd(t, tl);
    st.e[j] = {r.hi, r.lo, r.k};
  }
  return st;
}

// R_i - e_i as a double word: (e_p - e_i) + the rest, p the largest other input.
template <class W, std::size_t N>
constexpr two<W> gap_numerator(const state<W, N>& st, std::size_t i) {
  if constexpr (N == 1) {
    const two<W> ei = unscale(st.e[i]);
    return {-ei.hi, -ei.lo};
  }
  std::size_t p = i == 0 ? 1 : 0;
  for (std::size_t j = 0; j < N; ++j)
    if (j != i && st.z[j] > st.z[p]) p = j;
  two<W> d{W(0), W(0)};
  const W big = std::numeric_limits<W>::max();
  const bool both_finite = st.finite && st.z[i] >= -big && st.z[p] >= -big;
  if (st.z[p] == st.z[i]) {
    d = {W(0), W(0)};
  } else if (both_finite && st.e[i].hi != 0) {
    const auto [h, l] = two_sum(st.z[p], -st.z[i]);
    if (fabs(h) < W(0x1p-5)) {  // e_p - e_i = e_i·expm1(z_p - z_i), no cancellation
      const two<W> em = expm1_small(h, l);
      const two<W> ei = unscale(st.e[i]);
      d = dw_mul(ei, em);
    } else {
      const two<W> ep = unscale(st.e[p]), ei = unscale(st.e[i]);
      d = dw_add(ep, two<W>{-ei.hi, -ei.lo});
    }
  } else {
    const two<W> ep = unscale(st.e[p]), ei = unscale(st.e[i]);
    d = dw_add(ep, two<W>{-ei.hi, -ei.lo});
  }
  for (std::size_t j = 0; j < N; ++j)
    if (j != i && j != p) d = dw_add(d, unscale(st.e[j]));
  return d;
}

// what: 0 softmax_i, 1 complement, 2 gap, 3 Jacobian entry (i, j)
template <class T, std::size_t N>
constexpr T evaluate(const T (&z)[N], int what, std::size_t i, std::size_t j) {
  using W = work_t<T>;
  const state<W, N> st = make_state<W>(z);
  if (st.nan) return static_cast<T>(st.nan_value);
  const two<W> s = st.sum();
  switch (what) {
    case 0:
      return static_cast<T>(scaled(dw_div(two<W>{st.e[i].hi, st.e[i].lo}, s), st.e[i].k));
    case 1: {
      const two<W> c = dw_div(st.sum(i), s);
      return static_cast<T>(c.hi + c.lo);
    }
    case 2: {
      const two<W> g = dw_div(gap_numerator(st, i), s);
      return static_cast<T>(g.hi + g.lo);
    }
    default: {
      const two<W> s2 = dw_mul(s, s);
      const two<W> ei{st.e[i].hi, st.e[i].lo};
      if (i == j) {  // e_i R_i/S²
        const two<W> q = dw_div(dw_mul(ei, st.sum(i)), s2);
        return static_cast<T>(scaled(q, st.e[i].k));
      }
      const two<W> q = dw_div(dw_mul(ei, two<W>{st.e[j].hi, st.e[j].lo}), s2);
      return static_cast<T>(-scaled(q, st.e[i].k + st.e[j].k));
    }
  }
}

}  // namespace detail::softmax

template <ieee_float T, std::size_t N>
constexpr T softmax(const T (&z)[N], std::size_t i) {
  return detail::softmax::evaluate(z, 0, i, i);
}
// 1 - softmax_i
template <ieee_float T, std::size_t N>
constexpr T softmax_complement(const T (&z)[N], std::size_t i) {
  return detail::softmax::evaluate(z, 1, i, i);
}
// 1 - 2 softmax_i
template <ieee_float T, std::size_t N>
constexpr T softmax_gap(const T (&z)[N], std::size_t i) {
  return detail::softmax::evaluate(z, 2, i, i);
}
// ∂softmax_i/∂z_j = s_i (δ_ij - s_j)
template <ieee_float T, std::size_t N>
constexpr T softmax_jacobian(const T (&z)[N], std::size_t i, std::size_t j) {
  return detail::softmax::evaluate(z, 3, i, j);
}

}  // namespace actdiff::math

#endif
