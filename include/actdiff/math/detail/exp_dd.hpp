// actdiff/math/detail/exp_dd.hpp: e^a with about 2^-60 (double) or 2^-71 (long
// double) relative error, as an unevaluated sum hi + lo times 2^k, and the
// double-word arithmetic the activation functions need around it.
//
// Why not just exp(): sigmoid, tanh, sech^2, softplus and erfc all feed e^-t
// into one or two more rounded operations; with a correctly rounded double e^-t
// those still add up to more than 1 ULP. Carrying e^-t as hi + lo leaves only
// the last rounding. The scale 2^k is kept apart so that e^-t below the normal
// range (erfc(27), sigmoid(-745)) is rounded once, at the end, never flushed.
//
// Everything is constexpr and uses only +, -, *, / and comparisons, so compile
// time and run time give the same bits. It assumes no FMA contraction of a*b+c
// (GCC's default in ISO C++ mode; Clang needs -ffp-contract=off where the target
// has FMA), since two_prod relies on each product being rounded.
//
// Constants: python3 scripts/gen_exp_table.py
#ifndef ACTDIFF_MATH_DETAIL_EXP_DD_HPP
#define ACTDIFF_MATH_DETAIL_EXP_DD_HPP

#include <array>
#include <cstdint>

#include <actdiff/math/double_word.hpp>
#include <actdiff/math/fp.hpp>

namespace actdiff::math::detail::dd {

// (ah + al) / (bh + bl) with one final rounding (plus ~2^-100 relative), for
// |al| <= ulp(ah), |bl| <= ulp(bh), bh > 0. One division: y = ah (1/bh) is off by
// an ulp or two, and the exact residual ah - y bh (Sterbenz, two_prod) fixes it.
template <class T> constexpr T div(T ah, T al, T bh, T bl) {
  const T inv = 1 / bh;
  const T y = ah * inv;
  auto [p, e] = detail::two_prod(y, bh);
  const T r = (((ah - p) - e) + al) - y * bl;
  return y + r * inv;
}

// The same in double with shorter chains and no Dekker product, for a
// quotient in the normal range and |dl| <= 2^-23 dh, |nl| <= 2^-23 nh: a
// residual is exact only between short factors, so d = dh cut to 26 bits and
// q = 1/d cut to 26 bits make q d exact, q (dh + dl) = 1 - eps with |eps| <
// 2^-22, and the quotient is q n (1 + eps + eps^2) to 2^-66, q times n's 26
// leading bits exact again.
ACTDIFF_MATH_CORE constexpr double quotient(double nh, double nl, double dh, double dl) {
  const double d = detail::leading_bits<26>(dh);
  const double q = detail::leading_bits<26>(1 / d);
  const double eps = (1 - q * d) - q * ((dh - d) + dl);
  const double n = detail::leading_bits<26>(nh);
  const double m = n * q, t = ((nh - n) + nl) * q;
  return m + (t + (m + t) * (eps + eps * eps));
}

// (hi + lo) * 2^k for 0 < hi < 8, |lo| <= hi/8, k <= 0, rounded once even when
// the result is subnormal, and 0 only when the true value is below half the
// least subnormal. Below the normal range, C = 2^(min_exp - k) is added first:
// C + hi + lo then rounds on exactly the subnormal grid (scaled by 2^-k), so
// there is no second rounding.
template <class T> constexpr T scale(T hi, T lo, int k) {
  constexpr int emin = detail::fmt<T>::min_exp;
  if (k + 3 < detail::fmt<T>::min_sub_exp) return hi * T(0);
  const T v = hi + lo;
  if (k >= emin) return v * detail::pow2<T>(k);
  const T c = detail::pow2<T>(emin - k);  // at most 2^(digits + 2)
  if (v >= c) return v * detail::pow2<T>(k);  // normal result: exact scaling
  auto [u, err] = detail::fast_two_sum(c, hi);
  const T w = u + (err + lo);                 // the one rounding
  // exact: w - c is a multiple of 2^(min_sub_exp - k); k itself may be below
  // the least subnormal exponent, so scale in two steps
  return ((w - c) * detail::pow2<T>(k + 3)) * T(0.125);
}

// ---- e^(a + b) -------------------------------------------------------------

template <class T> struct exp_result { T hi, lo; int k; };

template <class T> struct exp_consts;

template <> struct exp_consts<double> {
  static constexpr double inv_ln2_n = 0x1.71547652b82fep+6;
  static constexpr double ln2_n_hi = 0x1.62e42fefcp-7;
  static constexpr double ln2_n_lo = -0x1.c610ca86c3899p-43;
  static constexpr double shifter = 0x1.8p52;
  static constexpr std::array<double, 5> taylor = {0x1p-1, 0x1.5555555555555p-3, 0x1.5555555555555p-5, 0x1.1111111111111p-7, 0x1.6c16c16c16c17p-10};
  static constexpr std::array<double, 128> table = {
    0x1p+0, 0x0p+0,
    0x1.02c9a3e778061p+0, -0x1.19083535b085dp-56,
    0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55,
    0x1.0874518759bc8p+0, 0x1.186be4bb284ffp-57,
    0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54,
    0x1.0e3ec32d3d1a2p+0, 0x1.03a1727c57b53p-59,
    0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54,
    0x1.1429aaea92dep+0, -0x1.32fbf9af1369ep-54,
    0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55,
    0x1.1a35beb6fcb75p+0, 0x1.e5b4c7b4968e4p-55,
    0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54,
    0x1.2063b88628cd6p+0, 0x1.dc775814a8495p-55,
    0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54,
    0x1.26b4565e27cddp+0, 0x1.2bd339940e9d9p-55,
    0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55,
    0x1.2d285a6e4030bp+0, 0x1.0024754db41d5p-54,
    0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55,
    0x1.33c08b26416ffp+0, 0x1.32721843659a6p-54,
    0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54,
    0x1.3a7db34e59ff7p+0, -0x1.5e436d661f5e3p-56,
    0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55,
    0x1.4160a21f72e2ap+0, -0x1.ef3691c309278p-58,
    0x1.44e086061892dp+0, 0x1.89b7a04ef80dp-59,
    0x1.486a2b5c13cdp+0, 0x1.3c1a3b69062fp-56,
    0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56,
    0x1.4f9b2769d2ca7p+0, -0x1.4b309d25957e3p-54,
    0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55,
    0x1.56f4736b527dap+0, 0x1.9bb2c011d93adp-54,
    0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54,
    0x1.5e76f15ad2148p+0, 0x1.ba6f93080e65ep-54,
    0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54,
    0x1.6623882552225p+0, -0x1.bb60987591c34p-54,
    0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54,
    0x1.6dfb23c651a2fp+0, -0x1.bbe3a683c88abp-57,
    0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55,
    0x1.75feb564267c9p+0, -0x1.0245957316dd3p-54,
    0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55,
    0x1.7e2f336cf4e62p+0, 0x1.05d02ba15797ep-56,
    0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54,
    0x1.868d99b4492edp+0, -0x1.fc6f89bd4f6bap-54,
    0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54,
    0x1.8f1ae99157736p+0, 0x1.5cc13a2e3976cp-55,
    0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57,
    0x1.97d829fde4e5p+0, -0x1.d185b7c1b85d1p-54,
    0x1.9c49182a3f09p+0, 0x1.c7c46b071f2bep-56,
    0x1.a0c667b5de565p+0, -0x1.359495d1cd533p-54,
    0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54,
    0x1.a9e6b5579fdbfp+0, 0x1.0fac90ef7fd31p-54,
    0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54,
    0x1.b33a2b84f15fbp+0, -0x1.2805e3084d708p-57,
    0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56,
    0x1.bcc1e904bc1d2p+0, 0x1.23dd07a2d9e84p-55,
    0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55,
    0x1.c67f12e57d14bp+0, 0x1.2884dff483cadp-54,
    0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56,
    0x1.d072d4a07897cp+0, -0x1.cbc3743797a9cp-54,
    0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55,
    0x1.da9e603db3285p+0, 0x1.c2300696db532p-54,
    0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54,
    0x1.e502ee78b3ff6p+0, 0x1.39e8980a9cc8fp-55,
    0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54,
    0x1.efa1bee615a27p+0, 0x1.dc7f486a4b6bp-54,
    0x1.f50765b6e454p+0, 0x1.9d3e12dd8a18bp-54,
    0x1.fa7c1819e90d8p+0, 0x1.74853f3a5931ep-55,
  };
};

template <> struct exp_consts<long double> {
  static constexpr long double inv_ln2_n = 0x1.71547652b82fe178p+6L;
  static constexpr long double ln2_n_hi = 0x1.62e42fefa38p-7L;
  static constexpr long double ln2_n_lo = 0x1.ef35793c7673007ep-51L;
  static constexpr long double shifter = 0x1.8p63L;
  static constexpr std::array<long double, 7> taylor = {0x1p-1L, 0x1.5555555555555556p-3L, 0x1.5555555555555556p-5L, 0x1.1111111111111112p-7L, 0x1.6c16c16c16c16c16p-10L, 0x1.a01a01a01a01a01ap-13L, 0x1.a01a01a01a01a01ap-16L};
  static constexpr std::array<long double, 128> table = {
    0x1p+0L, 0x0p+0L,
    0x1.02c9a3e778060ee6p+0L, 0x1.ef95949ef4537bd2p-65L,
    0x1.059b0d31585743aep+0L, 0x1.f1523ada32905ffap-66L,
    0x1.0874518759bc808cp+0L, 0x1.af92eca13fd1582p-67L,
    0x1.0b5586cf9890f62ap+0L, -0x1.d1b5239ef559f27p-66L,
    0x1.0e3ec32d3d1a202p+0L, 0x1.d0b93e2bda954ab2p-66L,
    0x1.11301d0125b50a4ep+0L, 0x1.77e35db26319d58cp-65L,
    0x1.1429aaea92ddfb34p+0L, 0x1.01943b2586d01844p-68L,
    0x1.172b83c7d517adcep+0L, -0x1.06e75e29d6b0dbfap-69L,
    0x1.1a35beb6fcb753ccp+0L, -0x1.2ce12da5c6f94b28p-65L,
    0x1.1d4873168b9aa78p+0L, 0x1.6e00a2643c1ea62ep-66L,
    0x1.2063b88628cd63b8p+0L, 0x1.dd6052a1253a1f8ap-65L,
    0x1.2387a6e75623866cp+0L, 0x1.fadb1c15cb593b04p-68L,
    0x1.26b4565e27cdd258p+0L, -0x1.66335f8b136d88c6p-66L,
    0x1.29e9df51fdee12c2p+0L, 0x1.7457d6892a8ef2a2p-66L,
    0x1.2d285a6e4030b4p+0L, 0x1.23aa6da0ea708b14p-65L,
    0x1.306fe0a31b7152dep+0L, 0x1.1ab48c60b90bdbdap-65L,
    0x1.33c08b26416ff4cap+0L, -0x1.bcf7934cb4a03518p-67L,
    0x1.371a7373aa9caa72p+0L, -0x1.755fa17570cf0384p-65L,
    0x1.3a7db34e59ff6ea2p+0L, -0x1.0db5987d78b327a8p-66L,
    0x1.3dea64c12342235cp+0L, -0x1.7dbb83d8511808bap-65L,
    0x1.4160a21f72e29f84p+0L, 0x1.92dc79edb0fd9a98p-67L,
    0x1.44e086061892d032p+0L, -0x1.9217ec41fcc08562p-65L,
    0x1.486a2b5c13cd013cp+0L, 0x1.a3b69062f03c3dd8p-68L,
    0x1.4bfdad5362a271d4p+0L, 0x1.cbd7f621710701b2p-67L,
    0x1.4f9b2769d2ca6ad4p+0L, -0x1.84e92cabf1823544p-65L,
    0x1.5342b569d4f81dfp+0L, 0x1.507893b0d4c7e9ccp-65L,
    0x1.56f4736b527da66ep+0L, 0x1.96008ec9d67801e6p-65L,
    0x1.5ab07dd48542958cp+0L, 0x1.2602a323d668bb12p-65L,
    0x1.5e76f15ad21486eap+0L, -0x1.06cf7f19a2657e6ap-66L,
    0x1.6247eb03a5584b2p+0L, -0x1.e0bf205a4b7a89c6p-65L,
    0x1.6623882552224912p+0L, 0x1.f678a6e3cc528cep-66L,
    0x1.6a09e667f3bcc908p+0L, 0x1.65f626cdd52afa7cp-65L,
    0x1.6dfb23c651a2ef22p+0L, 0x1.c597c3775506967ep-69L,
    0x1.71f75e8ec5f73dd2p+0L, 0x1.b879778566b65a1ap-67L,
    0x1.75feb564267c8bf6p+0L, 0x1.d3546749164e0e3p-65L,
    0x1.7a11473eb0186d7ep+0L, -0x1.5dfb81264bc14218p-65L,
    0x1.7e2f336cf4e62106p+0L, -0x1.7ea2f54340f47af6p-67L,
    0x1.82589994cce128acp+0L, 0x1.f115f56694021ed6p-65L,
    0x1.868d99b4492ec80ep+0L, 0x1.07642b0945c1d214p-66L,
    0x1.8ace5422aa0db5bap+0L, 0x1.f156864b26ecf9bcp-66L,
    0x1.8f1ae991577362bap+0L, -0x1.f62e8e3449fec40ep-66L,
    0x1.93737b0cdc5e4f46p+0L, -0x1.fc781b57ebba5a08p-65L,
    0x1.97d829fde4e4f8bap+0L, -0x1.6df06e1742812462p-68L,
    0x1.9c49182a3f0901c8p+0L, -0x1.dca7c706a0d3912ap-67L,
    0x1.a0c667b5de564b2ap+0L, -0x1.495d1cd532d957fp-66L,
    0x1.a5503b23e255c8b4p+0L, 0x1.2248e57c3de40286p-67L,
    0x1.a9e6b5579fdbf43ep+0L, 0x1.64877bfe9898b16ap-65L,
    0x1.ae89f995ad3ad5e8p+0L, 0x1.cd345dcc8169fefp-66L,
    0x1.b33a2b84f15faf6cp+0L, -0x1.78c2135c1ed4544p-71L,
    0x1.b7f76f2fb5e46eaap+0L, 0x1.ec206ad4f14d5322p-66L,
    0x1.bcc1e904bc1d2248p+0L, -0x1.17c2e930bdccbd38p-66L,
    0x1.c199bdd85529c222p+0L, 0x1.9625412374ccf288p-69L,
    0x1.c67f12e57d14b4a2p+0L, 0x1.37fd20f2b301dd9ep-68L,
    0x1.cb720dcef906915p+0L, 0x1.e5e8f4a4edbb0ecap-67L,
    0x1.d072d4a07897b8dp+0L, 0x1.e45e4342b1c31f78p-65L,
    0x1.d5818dcfba48725ep+0L, -0x1.7e9452647c8d582ap-66L,
    0x1.da9e603db3285708p+0L, 0x1.8034b6da992fec48p-65L,
    0x1.dfc97337b9b5eb96p+0L, 0x1.195873da5236e44cp-65L,
    0x1.e502ee78b3ff6274p+0L, -0x1.767f563370b85b4ep-67L,
    0x1.ea4afa2a490d9858p+0L, 0x1.ee7431ebb6603f0ep-65L,
    0x1.efa1bee615a27772p+0L, -0x1.6f2b6929f0491516p-71L,
    0x1.f50765b6e4540674p+0L, 0x1.f096ec50c575ff32p-65L,
    0x1.fa7c1819e90d82eap+0L, -0x1.eb03169b387c47f4p-65L,
  };
};

// e^(a + b) = (hi + lo) * 2^k with |lo| <= ulp(hi), 1/2 < hi < 2.
// Needs -800 < a <= 1 (double) or -12000 < a <= 1 (long double) and
// |b| <= 2^-40 |a|: the callers pass -t or -x*x split exactly into a + b.
template <class T> constexpr exp_result<T> exp_dd(T a, T b) {
  using C = exp_consts<T>;
  T nf = (a * C::inv_ln2_n + C::shifter) - C::shifter;  // round to nearest
  auto n = static_cast<std::int32_t>(nf);
  T t = a - nf * C::ln2_n_hi;                           // exact (Sterbenz)
  // |r| <= ln2/128. With b == 0: |nf lo| < 2^-26, and when t is smaller still,
  // r is tiny and the fast two-sum's error (below ulp(nf lo) = 2^-79) is
  // harmless in absolute terms. Both sums are computed and one is selected,
  // so that the kernels' loops stay free of branches.
  const auto fast = detail::fast_two_sum(t, -nf * C::ln2_n_lo);
  const auto full = detail::two_sum(t, b - nf * C::ln2_n_lo);
  const bool b0 = b == 0;
  const T r = branch_free::select(b0, fast.hi, full.hi), rl = branch_free::select(b0, fast.lo, full.lo);
  // e^(r + rl) - 1 = r + rl + r^2 (1/2 + r/6 + ...): to r^6/6! (double, the
  // next term is < 2^-65) or r^8/8! (long double, < 2^-86)
  const auto& c = C::taylor;
  const T r2 = r * r;
  T q = c[0] + r * c[1] + r2 * (c[2] + r * c[3]);
  if constexpr (C::taylor.size() == 5) q += (r2 * r2) * c[4];
  else q += (r2 * r2) * (c[4] + r * c[5] + r2 * c[6]);
  T p = rl + r2 * q;
  std::int32_t j = n & 63, k = n >> 6;  // n = 64k + j, arithmetic shift
  T th = C::table[2 * static_cast<std::size_t>(j)];
  T tl = C::table[2 * static_cast<std::size_t>(j) + 1];
  auto [hi, lo] = detail::fast_two_sum(th, th * r);
  auto [h, l] = detail::fast_two_sum(hi, lo + (tl + th * p + tl * r));
  return {h, l, static_cast<int>(k)};
}

// Below this argument e^t is far below the least subnormal of every type
// exp_dd serves: e^-800 < 2^-1154 (double), e^-12000 < 2^-17312 (long double).
template <class T> constexpr T exp_floor = std::same_as<T, long double> ? T(-12000) : T(-800);

// (hi + lo)·2^k (exp_dd's result) as a double word, scaled exactly where it
// is normal; below the normal range hi alone, rounded on the way (such a
// value is far below the sums it enters), and 0 below the subnormals.
template <class T> constexpr two<T> unscaled(T hi, T lo, int k) {
  if (hi == 0) return {T(0), T(0)};
  constexpr int emin = detail::fmt<T>::min_exp;
  if (k >= emin) return {hi * detail::pow2<T>(k), lo * detail::pow2<T>(k)};
  if (k + 3 < detail::fmt<T>::min_sub_exp) return {T(0), T(0)};
  return {(hi * detail::pow2<T>(emin)) * detail::pow2<T>(k - emin), T(0)};
}

// ---- e^(h + l) - 1 -------------------------------------------------------------

template <class T> inline constexpr two<T> sixth = dw_div(two<T>{1, 0}, two<T>{6, 0});
template <class T> inline constexpr two<T> twenty_fourth = dw_div(two<T>{1, 0}, two<T>{24, 0});

// expm1(h + l) as a double word for |h| <= 1/2, |l| <= ulp(h), with about
// 2^-63 (double) or 2^-74 (long double) relative error: h + h²/2 + h³/6 + h⁴/24 in double-word arithmetic
// (e^x - 1 from exp_dd would lose |log2 h| bits to the cancellation) and
// h^5·t(h), t = Σ_{n>=5} h^(n-5)/n!, in T: its rounding is below h^4/120·2^-52
// of the result. Softmax's e_p - e_i and log1p's Newton step need it.
template <class T> constexpr two<T> expm1_dd(T h, T l) {
  T u = 1;  // 120·t(h) = 1 + h/6 + h²/(6·7) + ... to h^14 (below 2^-66 for |h| <= 1/2)
  for (int n = 19; n >= 6; --n) u = 1 + u * h / T(n);
  const two<T> x{h, l};
  two<T> c = dw_add(twenty_fourth<T>, two<T>{h * u / T(120), 0});
  c = dw_add(sixth<T>, dw_mul(c, x));
  c = dw_add(two<T>{T(0.5), 0}, dw_mul(c, x));
  c = dw_add(two<T>{1, 0}, dw_mul(c, x));
  return dw_mul(c, x);
}

}  // namespace actdiff::math::detail::dd

#endif
