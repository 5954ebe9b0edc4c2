// Exact rational numbers: the value arithmetic used while folding literals,
// and the literal node rational<N, D>.
#ifndef ACTDIFF_CORE_RATIONAL_HPP
#define ACTDIFF_CORE_RATIONAL_HPP

#include <cstdint>

#include <actdiff/core/expr.hpp>

namespace actdiff {

namespace detail {

using i64 = std::int64_t;

// A rational number in lowest terms with den > 0; `ok` turns false when a
// result does not fit 64 bits, so callers can static_assert on it.
struct q {
  i64 num = 0;
  i64 den = 1;
  bool ok = true;

  constexpr bool is_zero() const { return num == 0; }
  constexpr bool is_one() const { return num == 1 && den == 1; }
  constexpr bool is_integer() const { return den == 1; }
  constexpr bool is_negative() const { return num < 0; }
  friend constexpr bool operator==(q a, q b) { return a.num == b.num && a.den == b.den; }
};

constexpr i64 gcd(i64 a, i64 b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    i64 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// Checked 64-bit arithmetic; the builtins are constexpr in GCC and Clang.
constexpr bool mul_ok(i64 a, i64 b, i64& r) { return !__builtin_mul_overflow(a, b, &r); }
constexpr bool add_ok(i64 a, i64 b, i64& r) { return !__builtin_add_overflow(a, b, &r); }

constexpr q make_q(i64 num, i64 den, bool ok = true) {
  if (!ok || den == 0 || num == INT64_MIN || den == INT64_MIN) return {0, 1, false};
  if (den < 0) {
    num = -num;
    den = -den;
  }
  i64 g = gcd(num, den);
  if (g > 1) {
    num /= g;
    den /= g;
  }
  return {num, den, true};
}

constexpr q operator+(q a, q b) {
  if (!a.ok || !b.ok) return {0, 1, false};
  // Divide by the gcd of the denominators first to keep intermediates small.
  i64 g = gcd(a.den, b.den);
  i64 x = 0, y = 0, n = 0, d = 1;
  bool ok = mul_ok(a.num, b.den / g, x) && mul_ok(b.num, a.den / g, y) && add_ok(x, y, n) &&
            mul_ok(a.den / g, b.den, d);
  return make_q(n, d, ok);
}
constexpr q operator-(q a) { return make_q(-a.num, a.den, a.ok); }
constexpr q operator-(q a, q b) { return a + (-b); }
constexpr q operator*(q a, q b) {
  if (!a.ok || !b.ok) return {0, 1, false};
  i64 g1 = gcd(a.num, b.den), g2 = gcd(b.num, a.den);
  if (g1 == 0) g1 = 1;
  if (g2 == 0) g2 = 1;
  i64 n = 0, d = 1;
  bool ok = mul_ok(a.num / g1, b.num / g2, n) && mul_ok(a.den / g2, b.den / g1, d);
  return make_q(n, d, ok);
}
constexpr q reciprocal(q a) { return make_q(a.den, a.num, a.ok && a.num != 0); }
constexpr q operator/(q a, q b) { return a * reciprocal(b); }

// a^n for integer n; a must be non-zero when n < 0.
constexpr q pow(q a, i64 n) {
  q r{1, 1, a.ok};
  q b = n < 0 ? reciprocal(a) : a;
  i64 k = n < 0 ? -n : n;
  while (k > 0 && r.ok) {
    if (k & 1) r = r * b;
    k >>= 1;
    if (k > 0) b = b * b;
  }
  return r;
}

// floor(√n) for n ≥ 0, exactly: Newton's iteration from above stops at the
// integer root in O(log n) steps, without floating point (so √(9/4) folds to
// 3/2 at compile time on any host).
constexpr i64 isqrt(i64 n) {
  if (n < 2) return n;
  i64 x = n / 2 + 1, y = (x + n / x) / 2;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2;
  }
  return x;
}

// √a when it is rational (numerator and denominator perfect squares), else not ok.
constexpr q exact_sqrt(q a) {
  if (!a.ok || a.num < 0) return {0, 1, false};
  i64 n = isqrt(a.num), d = isqrt(a.den);
  if (n * n != a.num || d * d != a.den) return {0, 1, false};
  return make_q(n, d);
}

// -1, 0, 1; exact for all 64-bit values (128-bit products).
constexpr int compare(q a, q b) {
  __extension__ using i128 = __int128;
  i128 l = static_cast<i128>(a.num) * b.den, r = static_cast<i128>(b.num) * a.den;
  return l < r ? -1 : (l > r ? 1 : 0);
}

}  // namespace detail

// An exact rational literal. N/D is in lowest terms with D > 0; build one with
// the _c literals (2_c, 0.044715_c) or detail::make_rational.
template <std::int64_t N, std::int64_t D = 1>
struct rational : detail::expr_base {
  static_assert(D > 0 && detail::gcd(N, D) == 1, "actdiff: rational<N, D> must be in lowest terms with D > 0");
  static constexpr detail::q value{N, D, true};
};

namespace detail {

template <class T>
constexpr bool is_rational = false;
template <i64 N, i64 D>
constexpr bool is_rational<rational<N, D>> = true;

// The literal node for a folded value; folding that overflowed stops here
// with a sentence, not a wrong number.
template <q V>
constexpr auto make_rational() {
  static_assert(V.ok,
                "actdiff: exact rational arithmetic overflowed 64 bits while folding constants; "
                "use smaller literals or a named constant");
  return rational<V.num, V.den>{};
}

}  // namespace detail

}  // namespace actdiff

#endif
