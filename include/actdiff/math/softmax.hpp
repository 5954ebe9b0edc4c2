// actdiff/math/softmax.hpp: softmax and the pieces of its Jacobian for float,
// double and long double, each rounded once from a double word (and for the
// other real types, Boost.Multiprecision's, in their own precision).
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

#include <cmath>
#include <cstddef>
#include <limits>
#include <type_traits>

#include <actdiff/math/detail/exp_dd.hpp>
#include <actdiff/math/double_word.hpp>
#include <actdiff/math/fp.hpp>

namespace actdiff::math {

// The members of the family: s_i, 1 - s_i, 1 - 2 s_i, J_ij.
enum class softmax_part { value, complement, gap, jacobian };

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

// e_j as a double word of W (dd::unscaled)
template <class W>
constexpr two<W> unscale(const term<W>& e) {
  return dd::unscaled(e.hi, e.lo, e.k);
}

// q·2^k rounded once (0 < q.hi < 8): dd::scale.
template <class W>
constexpr W scaled(two<W> q, int k) {
  if (q.hi == 0) return W(0);
  if (q.hi < 0) return -dd::scale(-q.hi, -q.lo, k);
  return dd::scale(q.hi, q.lo, k);
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
    if (t <= dd::exp_floor<W>) continue;
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
      const two<W> em = dd::expm1_dd(h, l);
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

// A member's value as q·2^k (k is 0 but for s_i and J_ij, whose e_i can be
// far below the range): rounded once by evaluate, kept apart by eval's
// products (wide_value, functions/softmax.hpp).
template <class W>
struct member_value {
  two<W> q;
  int k = 0;
};

template <class T, std::size_t N>
constexpr member_value<work_t<T>> evaluate_scaled(const T (&z)[N], softmax_part what, std::size_t i, std::size_t j) {
  using W = work_t<T>;
  const state<W, N> st = make_state<W>(z);
  if (st.nan) return {{st.nan_value, W(0)}, 0};
  const two<W> s = st.sum();
  switch (what) {
    case softmax_part::value:
      return {dw_div(two<W>{st.e[i].hi, st.e[i].lo}, s), st.e[i].k};
    case softmax_part::complement:
      return {dw_div(st.sum(i), s), 0};
    case softmax_part::gap:
      return {dw_div(gap_numerator(st, i), s), 0};
    default: {
      const two<W> s2 = dw_mul(s, s);
      const two<W> ei{st.e[i].hi, st.e[i].lo};
      if (i == j) return {dw_div(dw_mul(ei, st.sum(i)), s2), st.e[i].k};  // e_i R_i/S²
      const two<W> q = dw_div(dw_mul(ei, two<W>{st.e[j].hi, st.e[j].lo}), s2);
      return {{-q.hi, -q.lo}, st.e[i].k + st.e[j].k};
    }
  }
}

// The same for the other number types (Boost.Multiprecision) in their own
// precision: e_j = e^(z_j - m), e_p - e_i through their expm1.
template <class T, std::size_t N>
constexpr T evaluate_generic(const T (&z)[N], softmax_part what, std::size_t i, std::size_t j) {
  using std::exp;
  using std::expm1;
  using std::isfinite;  // Boost.Multiprecision's own via ADL
  std::size_t k = 0;
  for (std::size_t q = 0; q < N; ++q) {
    if (z[q] != z[q]) return z[q];
    if (z[q] > z[k]) k = q;
  }
  const bool finite = isfinite(z[k]);
  T e[N];
  for (std::size_t q = 0; q < N; ++q) e[q] = finite ? T(exp(T(z[q] - z[k]))) : T(z[q] == z[k] ? 1 : 0);
  T s = T(0), r = T(0);
  for (std::size_t q = 0; q < N; ++q) {
    s += e[q];
    if (q != i) r += e[q];
  }
  switch (what) {
    case softmax_part::value:
      return T(e[i] / s);
    case softmax_part::complement:
      return T(r / s);
    case softmax_part::gap: {
      if (N == 1) return T(-e[i] / s);
      std::size_t p = i == 0 ? 1 : 0;
      for (std::size_t q = 0; q < N; ++q)
        if (q != i && z[q] > z[p]) p = q;
      T d = T(0);
      if (z[p] == z[i])
        d = T(0);
      else if (finite && isfinite(z[i]) && isfinite(z[p]))
        d = T(e[i] * T(expm1(T(z[p] - z[i]))));
      else
        d = T(e[p] - e[i]);
      for (std::size_t q = 0; q < N; ++q)
        if (q != i && q != p) d += e[q];
      return T(d / s);
    }
    default:
      return i == j ? T(e[i] * r / (s * s)) : T(-e[i] * e[j] / (s * s));
  }
}

}  // namespace detail::softmax

// A member of the family at z, for float, double and long double (rounded
// once) and for any other real type (in its own precision).
template <class T, std::size_t N>
constexpr T softmax_member(const T (&z)[N], softmax_part what, std::size_t i, std::size_t j = 0) {
  if constexpr (ieee_float<T>) {
    const auto v = detail::softmax::evaluate_scaled(z, what, i, j);
    if (v.k == 0) return static_cast<T>(v.q.hi + v.q.lo);
    return static_cast<T>(detail::softmax::scaled(v.q, v.k));
  } else {
    return detail::softmax::evaluate_generic(z, what, i, j);
  }
}

template <class T, std::size_t N>
constexpr T softmax(const T (&z)[N], std::size_t i) {
  return softmax_member(z, softmax_part::value, i);
}
// 1 - softmax_i
template <class T, std::size_t N>
constexpr T softmax_complement(const T (&z)[N], std::size_t i) {
  return softmax_member(z, softmax_part::complement, i);
}
// 1 - 2 softmax_i
template <class T, std::size_t N>
constexpr T softmax_gap(const T (&z)[N], std::size_t i) {
  return softmax_member(z, softmax_part::gap, i);
}
// ∂softmax_i/∂z_j = s_i (δ_ij - s_j)
template <class T, std::size_t N>
constexpr T softmax_jacobian(const T (&z)[N], std::size_t i, std::size_t j) {
  return softmax_member(z, softmax_part::jacobian, i, j);
}

}  // namespace actdiff::math

#endif
