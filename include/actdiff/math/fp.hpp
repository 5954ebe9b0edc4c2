#ifndef ACTDIFF_MATH_FP_HPP
#define ACTDIFF_MATH_FP_HPP

// Floating-point basics for actdiff's constexpr math: classification, sign,
// exponent and scaling, and IEEE arithmetic that also works during constant
// evaluation. Everything here gives the same bits at compile time and at run
// time, for float, double and long double (x87 80-bit).
//
// Why not <cmath>: std::frexp, ldexp, fabs, copysign, isnan ... are not
// constexpr in C++20 (and Clang does not fold them). Why add/mul/div: GCC
// rejects a constant expression whose arithmetic overflows or makes a NaN,
// Clang rejects any NaN result (even NaN + 1), and neither accepts x / 0. The
// wrappers below return what the hardware returns in those cases.

#include <array>
#include <bit>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>

// Run-time results equal compile-time results only if the compiler does not
// contract a * b + c into a fused multiply-add (constant evaluation never
// does). Every math header brackets its code with these: Clang then keeps
// contraction off there (and only there) even with -mfma / -march=native.
// GCC has no such scoped switch (its optimize pragma blocks inlining): build
// with -ffp-contract=off when targeting FMA hardware (GCC's C++ default is
// "fast"; without -mfma there is nothing to contract).
#if defined(__clang__)
#define ACTDIFF_MATH_BEGIN _Pragma("float_control(push)") _Pragma("clang fp contract(off)")
#define ACTDIFF_MATH_END _Pragma("float_control(pop)")
#else
#define ACTDIFF_MATH_BEGIN
#define ACTDIFF_MATH_END
#endif

ACTDIFF_MATH_BEGIN

namespace actdiff::math {

// The three built-in binary floating-point types this library implements.
template <class T>
concept ieee_float = std::same_as<T, float> || std::same_as<T, double> ||
                     std::same_as<T, long double>;

namespace detail {

static_assert(std::numeric_limits<float>::digits == 24 &&
                  std::numeric_limits<double>::digits == 53,
              "actdiff::math needs IEEE binary32 and binary64");
static_assert(std::numeric_limits<long double>::digits == 64 &&
                  std::numeric_limits<long double>::max_exponent == 16384,
              "actdiff::math's long double code assumes the x87 80-bit format");

// Format parameters, as exponents of two: a finite non-zero x has
// 2^min_sub_exp <= |x| < 2^(max_exp + 1), and is normal from 2^min_exp.
template <ieee_float T>
struct fmt {
  static constexpr int digits = std::numeric_limits<T>::digits;
  static constexpr int max_exp = std::numeric_limits<T>::max_exponent - 1;
  static constexpr int min_exp = std::numeric_limits<T>::min_exponent - 1;
  static constexpr int min_sub_exp = min_exp - (digits - 1);
};

template <class T>
using bits_t = std::conditional_t<std::same_as<T, float>, std::uint32_t, std::uint64_t>;

template <class T>
inline constexpr bits_t<T> sign_mask = bits_t<T>{1} << (sizeof(T) * 8 - 1);

// 2^e for fmt<long double>::min_sub_exp <= e <= max_exp, exactly, without a
// loop: two table factors 2^(128*hi) * 2^lo. Subnormal powers of two are exact,
// so the product is exact too.
inline constexpr auto pow2_ld_lo = [] {
  std::array<long double, 128> t{};
  long double p = 1.0L;
  for (auto& v : t) {
    v = p;
    p *= 2.0L;
  }
  return t;
}();
inline constexpr auto pow2_ld_hi = [] {
  // entry i is 2^(128*i - 16445): from the smallest subnormal to 2^16323
  std::array<long double, 257> t{};
  long double p = 0x1p-16445L;
  for (std::size_t i = 0; i < t.size(); ++i) {
    t[i] = p;
    if (i + 1 < t.size()) p *= 0x1p128L;
  }
  return t;
}();

// 2^e, exact, for fmt<T>::min_sub_exp <= e <= fmt<T>::max_exp.
template <ieee_float T>
constexpr T pow2(int e) {
  if constexpr (std::same_as<T, long double>) {
    const int b = e + 16445;  // in [0, 32828]
    return pow2_ld_hi[static_cast<std::size_t>(b >> 7)] *
           pow2_ld_lo[static_cast<std::size_t>(b & 127)];
  } else {
    using U = bits_t<T>;
    constexpr int m = fmt<T>::digits - 1;
    if (e >= fmt<T>::min_exp)
      return std::bit_cast<T>(static_cast<U>(static_cast<U>(e + fmt<T>::max_exp) << m));
    return std::bit_cast<T>(static_cast<U>(U{1} << (e - fmt<T>::min_sub_exp)));
  }
}

// 2^e for normal exponents, fmt<T>::min_exp <= e <= fmt<T>::max_exp: pow2
// without the subnormal case, whose variable-count shift of a 64-bit word
// keeps a loop from vectorising.
template <ieee_float T>
constexpr T pow2_normal(int e) {
  if constexpr (std::same_as<T, long double>) {
    return pow2<T>(e);
  } else {
    using U = bits_t<T>;
    return std::bit_cast<T>(static_cast<U>(static_cast<U>(e + fmt<T>::max_exp) << (fmt<T>::digits - 1)));
  }
}

}  // namespace detail

// ---- classification and sign -------------------------------------------

template <ieee_float T>
constexpr bool isnan(T x) noexcept {
  return x != x;  // comparisons with NaN are constant expressions
}

template <ieee_float T>
constexpr bool isinf(T x) noexcept {
  return x == std::numeric_limits<T>::infinity() || x == -std::numeric_limits<T>::infinity();
}

template <ieee_float T>
constexpr bool isfinite(T x) noexcept {
  return x >= -std::numeric_limits<T>::max() && x <= std::numeric_limits<T>::max();
}

template <ieee_float T>
constexpr bool signbit(T x) noexcept {
  if constexpr (std::same_as<T, long double>)
    // bit_cast of long double is not a constant expression (padding bytes),
    // and only copysign can see the sign of -0 without dividing by it.
    return __builtin_copysignl(1.0L, x) < 0.0L;
  else
    return (std::bit_cast<detail::bits_t<T>>(x) & detail::sign_mask<T>) != 0;
}

template <ieee_float T>
constexpr T fabs(T x) noexcept {
  // the builtins are constexpr in GCC and Clang, and clear the sign bit
  // in a vector register (a mask of the bits goes through an integer
  // register in scalar code: two moves more)
  if constexpr (std::same_as<T, long double>)
    return __builtin_fabsl(x);
  else if constexpr (std::same_as<T, double>)
    return __builtin_fabs(x);
  else
    return __builtin_fabsf(x);
}

// |x| normal: not 0, subnormal, inf or NaN
template <ieee_float T>
constexpr bool isnormal(T x) noexcept {
  return fabs(x) >= std::numeric_limits<T>::min() && fabs(x) <= std::numeric_limits<T>::max();
}

// |mag| with the sign of sgn (NaNs included).
template <ieee_float T>
constexpr T copysign(T mag, T sgn) noexcept {
  // constexpr builtins, as fabs
  if constexpr (std::same_as<T, long double>)
    return __builtin_copysignl(mag, sgn);
  else if constexpr (std::same_as<T, double>)
    return __builtin_copysign(mag, sgn);
  else
    return __builtin_copysignf(mag, sgn);
}

// ---- branch-free versions -----------------------------------------------
//
// The kernels (kernels/) run one expression over many elements in a loop that
// compilers vectorise only when it has no branches. branch_free::f(x, ok)
// gives f(x)'s bits without branching: it takes the same steps as f (shared
// with f where they are more than a line), computes each path f may take on
// an input clamped into that path's range, and picks the result with select.
// Where f would take a rare path not worth computing for every element, it
// clears ok, and the caller evaluates f itself. Run time only: the paths a
// lane does not take may overflow or make NaNs.
// Branch-free code is always inlined: a kernel's loop vectorises only with no
// call left in it, and Clang's flatten attribute inlines one level only.
#define ACTDIFF_BRANCH_FREE [[gnu::always_inline, gnu::flatten]] inline
#define ACTDIFF_BRANCH_FREE_LAMBDA __attribute__((always_inline, flatten))
// The steps a function shares with its branch-free version: always inlined
// as well (GCC's flatten does not reach every one of them).
#define ACTDIFF_MATH_CORE [[gnu::always_inline]] inline

namespace branch_free {

// The types that have branch-free versions.
template <class T>
concept float_or_double = std::same_as<T, float> || std::same_as<T, double>;

// c ? a : b as a bitwise blend. A ?: on floating values becomes a branch
// (GCC sinks a and b into it when they have no other use) and GCC does not
// if-convert floating-point arithmetic under -ftrapping-math, its default;
// the blend stays a vector blend. Conditions combine with & and |, not && and
// ||, for the same reason.
template <ieee_float T>
ACTDIFF_BRANCH_FREE constexpr T select(bool c, T a, T b) noexcept {
  if constexpr (std::same_as<T, long double>) {
    return c ? a : b;
  } else {
    using U = detail::bits_t<T>;
    const U m = static_cast<U>(U{0} - static_cast<U>(c));
    return std::bit_cast<T>(static_cast<U>((std::bit_cast<U>(a) & m) | (std::bit_cast<U>(b) & ~m)));
  }
}

// a where x's sign bit is set (-0 and negative NaNs included), b elsewhere:
// a blend by a mask made of the sign bit itself. The scalar functions use it
// for their choices by sign, which are a coin toss on inputs of either sign:
// GCC makes ?: a branch, and select's bool a setcc, which GCC 12 may leave
// depending on the previous iteration of a loop (a partial register write).
template <float_or_double S, ieee_float T>
ACTDIFF_BRANCH_FREE constexpr T select_by_sign(S x, T a, T b) noexcept {
  if constexpr (std::same_as<T, long double>) {
    return signbit(x) ? a : b;
  } else {
    using U = detail::bits_t<T>;
    using I = std::make_signed_t<detail::bits_t<S>>;
    // the arithmetic shift spreads the sign bit; the conversion sign-extends it
    const auto m = static_cast<U>(static_cast<std::make_signed_t<U>>(std::bit_cast<I>(x) >> (sizeof(S) * 8 - 1)));
    return std::bit_cast<T>(static_cast<U>((std::bit_cast<U>(a) & m) | (std::bit_cast<U>(b) & ~m)));
  }
}

// isfinite as one comparison: math::isfinite's && of two comparisons is a
// branch (GCC does not merge comparisons that may trap).
template <ieee_float T>
ACTDIFF_BRANCH_FREE constexpr bool isfinite(T x) noexcept {
  return fabs(x) <= std::numeric_limits<T>::max();
}
template <ieee_float T>
ACTDIFF_BRANCH_FREE constexpr bool isnormal(T x) noexcept {
  const T a = fabs(x);
  constexpr T lo = std::numeric_limits<T>::min(), hi = std::numeric_limits<T>::max();
  return (a >= lo) & (a <= hi);
}

// e for normal f = ±2^e m, 1 <= m < 2, by the bits. AVX2 converts no 64-bit
// integers to double, so e goes through int32.
template <float_or_double T>
ACTDIFF_BRANCH_FREE constexpr T exponent_of(T f) noexcept {
  using U = detail::bits_t<T>;
  constexpr int p = std::numeric_limits<T>::digits - 1;
  constexpr std::int32_t bias = std::numeric_limits<T>::max_exponent - 1;
  const auto biased = static_cast<std::int32_t>((std::bit_cast<U>(f) & ~detail::sign_mask<T>) >> p);
  return static_cast<T>(biased - bias);
}

// For normal f: e + (m - 1), with |f| = 2^e m, 1 <= m < 2, which is within
// [log2 |f| - log2_chord_gap, log2 |f|] (the chord of the concave log2 m);
// m - 1 comes from the bits of m itself.
template <float_or_double T>
ACTDIFF_BRANCH_FREE constexpr T log2_chord(T f) noexcept {
  using U = detail::bits_t<T>;
  constexpr U mantissa = (U{1} << (std::numeric_limits<T>::digits - 1)) - 1;
  const T m = std::bit_cast<T>(static_cast<U>((std::bit_cast<U>(f) & mantissa) | std::bit_cast<U>(T(1))));
  return exponent_of(f) + (m - 1);
}
inline constexpr double log2_chord_gap = 0.0861;  // max of log2 m - (m - 1): 0.08607 at m = 1/ln 2

}  // namespace branch_free

// ---- exponent and scaling ----------------------------------------------

namespace detail {

// For finite non-zero x: x = m * 2^e with 1 <= |m| < 2, both exact.
template <ieee_float T>
struct normalized {
  T m;
  int e;
};

template <ieee_float T>
constexpr normalized<T> normalize(T x) noexcept {
  if constexpr (std::same_as<T, long double>) {
    // Find the exponent through a conversion to double (exact up to a carry
    // into the next binade, fixed below); first bring |x| into double's
    // range in a few big steps.
    long double a = __builtin_fabsl(x);
    int adj = 0;
    while (a > 0x1p1000L) {
      a *= 0x1p-1000L;
      adj += 1000;
    }
    while (a < 0x1p-1000L) {
      a *= 0x1p1000L;
      adj -= 1000;
    }
    const auto b = std::bit_cast<std::uint64_t>(static_cast<double>(a));
    int e = static_cast<int>(b >> 52) - 1023;
    long double m = a * pow2<long double>(-e);
    if (m < 1.0L) {  // the conversion rounded up to the next power of two
      m *= 2.0L;
      --e;
    }
    return {x < 0 ? -m : m, e + adj};
  } else {
    using U = bits_t<T>;
    constexpr int p = fmt<T>::digits - 1;
    constexpr U exp_mask = static_cast<U>(static_cast<U>(2 * fmt<T>::max_exp + 1) << p);
    int adj = 0;
    U b = std::bit_cast<U>(x);
    if ((b & exp_mask) == 0) {  // subnormal: scale into the normal range first
      b = std::bit_cast<U>(static_cast<T>(x * pow2<T>(p + 1)));
      adj = p + 1;
    }
    const int e = static_cast<int>((b & exp_mask) >> p) - fmt<T>::max_exp;
    const U mb = static_cast<U>((b & ~exp_mask) | (static_cast<U>(fmt<T>::max_exp) << p));
    return {std::bit_cast<T>(mb), e - adj};
  }
}

}  // namespace detail

// floor(log2 |x|) for finite non-zero x; for 0, inf and NaN the values of
// std::ilogb (FP_ILOGB0 = INT_MIN, INT_MAX, FP_ILOGBNAN = INT_MIN on glibc).
template <ieee_float T>
constexpr int ilogb(T x) noexcept {
  if (x == 0 || isnan(x)) return std::numeric_limits<int>::min();
  if (isinf(x)) return std::numeric_limits<int>::max();
  return detail::normalize(x).e;
}

// x * 2^n rounded once, as std::scalbn: overflow gives +-inf, underflow
// rounds to nearest (even) subnormal or +-0.
template <ieee_float T>
constexpr T scalbn(T x, int n) noexcept {
  using F = detail::fmt<T>;
  if (x == 0 || !isfinite(x)) return x;
  const auto [m, e] = detail::normalize(x);
  // clamp so that e + n cannot overflow int; the result is the same
  constexpr int big = 4 * (F::max_exp - F::min_sub_exp);
  const int E = e + (n > big ? big : n < -big ? -big : n);
  if (E > F::max_exp) return copysign(std::numeric_limits<T>::infinity(), x);
  if (E >= F::min_sub_exp) return m * detail::pow2<T>(E);  // the only rounding
  if (E == F::min_sub_exp - 1) return (m * T(0.5)) * detail::pow2<T>(F::min_sub_exp);
  return copysign(T(0), x);
}

template <ieee_float T>
constexpr T ldexp(T x, int n) noexcept {
  return scalbn(x, n);
}

// As std::frexp: x = m * 2^e with 0.5 <= |m| < 1; 0, inf, NaN give m = x, e = 0.
template <ieee_float T>
constexpr T frexp(T x, int* e) noexcept {
  if (x == 0 || !isfinite(x)) {
    *e = 0;
    return x;
  }
  const auto n = detail::normalize(x);
  *e = n.e + 1;
  return n.m * T(0.5);
}

// ---- constant-evaluation-safe IEEE arithmetic ----------------------------
//
// At run time these are the plain operators. During constant evaluation they
// return, without evaluating it, the result of any operation that would
// overflow, divide by zero or produce or read a NaN.

namespace detail {

// The NaN an invalid operation (inf - inf, 0 * inf, 0 / 0) produces: x86's
// "default NaN" has the sign bit set. (At run time an optimizer may fold such
// an operation to a positive NaN: NaN sign and payload are not part of the
// contract, only NaN-ness.)
template <ieee_float T>
constexpr T default_nan() noexcept {
#if defined(__x86_64__) || defined(__i386__)
  return -std::numeric_limits<T>::quiet_NaN();
#else
  return std::numeric_limits<T>::quiet_NaN();
#endif
}

// A NaN operand comes back quiet (the hardware sets the quiet bit).
template <ieee_float T>
constexpr T quiet(T x) noexcept {
  if constexpr (std::same_as<T, long double>) {
    return x;  // a constant long double NaN can only come from a quiet source
  } else {
    using U = bits_t<T>;
    constexpr U q = U{1} << (fmt<T>::digits - 2);
    return std::bit_cast<T>(static_cast<U>(std::bit_cast<U>(x) | q));
  }
}

// |round(a*b)| overflows? For finite non-zero a, b: with a = ma 2^ea and
// b = mb 2^eb, ma*mb in [1, 4) rounds like a*b as long as a*b is normal.
template <ieee_float T>
constexpr bool mul_overflows(T a, T b) noexcept {
  const auto na = normalize(a);
  const auto nb = normalize(b);
  const int E = na.e + nb.e;
  if (E > fmt<T>::max_exp) return true;
  if (E < fmt<T>::max_exp - 1) return false;
  return fabs(na.m * nb.m) > std::numeric_limits<T>::max() * pow2<T>(-E);
}

}  // namespace detail

template <ieee_float T>
constexpr T add(T a, T b) noexcept {
  if (std::is_constant_evaluated()) {
    if (isnan(a)) return detail::quiet(a);
    if (isnan(b)) return detail::quiet(b);
    const bool ia = isinf(a), ib = isinf(b);
    if (ia && ib) return signbit(a) == signbit(b) ? a : detail::default_nan<T>();
    if (ia) return a;
    if (ib) return b;
    // Overflow needs both |a|, |b| >= 1; halving is then exact and rounds alike.
    if (fabs(a) >= 1 && fabs(b) >= 1) {
      const T h = a * T(0.5) + b * T(0.5);
      if (fabs(h) > std::numeric_limits<T>::max() * T(0.5))
        return copysign(std::numeric_limits<T>::infinity(), h);
    }
  }
  return a + b;
}

template <ieee_float T>
constexpr T sub(T a, T b) noexcept {
  if (std::is_constant_evaluated()) {
    if (isnan(a)) return detail::quiet(a);
    if (isnan(b)) return detail::quiet(b);
    return add(a, -b);  // a - b and a + (-b) are the same IEEE operation
  }
  return a - b;
}

template <ieee_float T>
constexpr T mul(T a, T b) noexcept {
  if (std::is_constant_evaluated()) {
    if (isnan(a)) return detail::quiet(a);
    if (isnan(b)) return detail::quiet(b);
    const bool neg = signbit(a) != signbit(b);
    const T inf = std::numeric_limits<T>::infinity();
    if (isinf(a) || isinf(b)) {
      if (a == 0 || b == 0) return detail::default_nan<T>();
      return neg ? -inf : inf;
    }
    if (a != 0 && b != 0 && detail::mul_overflows(a, b)) return neg ? -inf : inf;
  }
  return a * b;
}

template <ieee_float T>
constexpr T div(T a, T b) noexcept {
  if (std::is_constant_evaluated()) {
    if (isnan(a)) return detail::quiet(a);
    if (isnan(b)) return detail::quiet(b);
    const bool neg = signbit(a) != signbit(b);
    const T inf = std::numeric_limits<T>::infinity();
    if (isinf(a)) return isinf(b) ? detail::default_nan<T>() : neg ? -inf : inf;
    if (isinf(b)) return neg ? -T(0) : T(0);
    if (b == 0) return a == 0 ? detail::default_nan<T>() : neg ? -inf : inf;
    if (a == 0) return neg ? -T(0) : T(0);
    // a/b = (ma/mb) * 2^E with ma/mb in (1/2, 2): it overflows iff the
    // rounded quotient of the mantissas exceeds max * 2^-E.
    const auto na = detail::normalize(a);
    const auto nb = detail::normalize(b);
    const int E = na.e - nb.e;
    constexpr int emax = detail::fmt<T>::max_exp;
    if (E >= emax + 2) return neg ? -inf : inf;
    if (E >= emax) {
      const T q = na.m / nb.m;
      if (fabs(q) > std::numeric_limits<T>::max() * detail::pow2<T>(-E)) return neg ? -inf : inf;
    }
  }
  return a / b;
}

namespace detail {

// Error-free transformations (no FMA: the same code runs at compile time).
// a + b = s + t exactly, for any finite a, b whose sum does not overflow.
template <ieee_float T>
struct two {
  T hi, lo;
};

template <ieee_float T>
constexpr two<T> two_sum(T a, T b) noexcept {
  const T s = a + b;
  const T bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}

// Same, when a == 0 or |a| >= |b| (Dekker's fast two-sum).
template <ieee_float T>
constexpr two<T> fast_two_sum(T a, T b) noexcept {
  const T s = a + b;
  return {s, b - (s - a)};
}

// a * b = hi + lo exactly (Veltkamp splitting, Dekker's product), for
// operands of moderate size (no overflow in the split, no underflow in lo).
// float: a·b is exact in double (24 + 24 bits), so hi is its one rounding to
// float and lo = a·b - hi, exact in double and again in float: Dekker's
// result in 5 operations instead of 17. (Where lo underflows, it is rounded
// once here; Dekker's rounded its partial products.)
template <ieee_float T>
constexpr two<T> two_prod(T a, T b) noexcept {
  if constexpr (std::same_as<T, float>) {
    const double x = static_cast<double>(a) * static_cast<double>(b);
    const float p = static_cast<float>(x);
    return {p, static_cast<float>(x - static_cast<double>(p))};
  } else {
    constexpr T split = pow2<T>((fmt<T>::digits + 1) / 2) + 1;
    const T ca = split * a, cb = split * b;
    const T ah = ca - (ca - a), al = a - ah;
    const T bh = cb - (cb - b), bl = b - bh;
    const T p = a * b;
    return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
  }
}

// x cut to its N leading significand bits (toward zero), by its bits: x - cut
// is exact, and so is the product of two values cut to at most 26 bits each
// (the residuals of a division without FMA, math/sigmoid.hpp).
template <int N>
constexpr double leading_bits(double x) noexcept {
  static_assert(N >= 1 && N <= 53, "a double has 53 significand bits");
  constexpr std::uint64_t low = (std::uint64_t{1} << (53 - N)) - 1;
  return std::bit_cast<double>(std::bit_cast<std::uint64_t>(x) & ~low);
}

// base^k by repeated squaring, for any number-like T and its product mul.
template <class T, class Mul>
constexpr T power_by_squaring(T base, unsigned long long k, T one, Mul mul) {
  T r = one;
  while (k > 0) {
    if (k & 1) r = mul(r, base);
    k >>= 1;
    if (k > 0) base = mul(base, base);
  }
  return r;
}

// The same steps with K known at compile time, unrolled (the kernels' loops
// must be free of loops to vectorise): base^K times r.
template <unsigned long long K, class T, class Mul>
ACTDIFF_BRANCH_FREE constexpr T power_by_squaring_unrolled(T base, T r, Mul mul) {
  if constexpr (K == 0) {
    return r;
  } else {
    if constexpr ((K & 1) != 0) r = mul(r, base);
    if constexpr ((K >> 1) > 0) base = mul(base, base);
    return power_by_squaring_unrolled<(K >> 1)>(base, r, mul);
  }
}

template <class T, std::size_t N, std::size_t... I>
constexpr T horner_impl(const std::array<T, N>& c, T x, std::index_sequence<I...>) noexcept {
  T p = c[N - 1];
  ((p = p * x + c[N - 2 - I]), ...);
  return p;
}

// c[0] + c[1] x + ... + c[N-1] x^(N-1), Horner's rule, unrolled.
template <class T, std::size_t N>
constexpr T horner(const std::array<T, N>& c, T x) noexcept {
  return horner_impl(c, x, std::make_index_sequence<N - 1>{});
}

template <class T, std::size_t N, std::size_t... I>
constexpr T horner2_impl(const std::array<T, N>& c, T x, T x2, std::index_sequence<I...>) noexcept {
  constexpr std::size_t m = (N + 1) / 2;  // number of pairs
  T p = N % 2 ? c[N - 1] : c[N - 2] + x * c[N - 1];
  ((p = p * x2 + (c[2 * (m - 2 - I)] + x * c[2 * (m - 2 - I) + 1])), ...);
  return p;
}

// The same polynomial by second-order Horner (pairs c[2j] + c[2j+1] x, then
// Horner in x^2): half the dependency chain, for the hot paths.
template <class T, std::size_t N>
constexpr T horner2(const std::array<T, N>& c, T x) noexcept {
  if constexpr (N < 3)
    return horner(c, x);
  else
    return horner2_impl(c, x, x * x, std::make_index_sequence<(N + 1) / 2 - 1>{});
}

// c[at] + c[at+1] t + ... + c[at+N-1] t^(N-1) by Estrin's scheme: pairs
// c[2j] + c[2j+1] t, then the same in t², and so on, a chain of log2 N
// steps where Horner's rule has N. The array is indexed directly (erfc's
// interval table is gathered from by the kernels' loops).
template <std::size_t N, class T, std::size_t M>
ACTDIFF_MATH_CORE constexpr T estrin_at(const std::array<T, M>& c, std::size_t at, T t) {
  if constexpr (N == 1) {
    return c[at];
  } else {
    std::array<T, (N + 1) / 2> q{};
    [&]<std::size_t... J>(std::index_sequence<J...>) {
      ((q[J] = c[at + 2 * J] + t * c[at + 2 * J + 1]), ...);
    }(std::make_index_sequence<N / 2>{});
    if constexpr (N % 2 == 1) q[N / 2] = c[at + N - 1];
    return estrin_at<(N + 1) / 2>(q, 0, t * t);
  }
}

}  // namespace detail

}  // namespace actdiff::math

ACTDIFF_MATH_END

#endif  // ACTDIFF_MATH_FP_HPP
