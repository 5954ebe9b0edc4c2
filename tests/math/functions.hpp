#ifndef ACTDIFF_TESTS_MATH_FUNCTIONS_HPP
#define ACTDIFF_TESTS_MATH_FUNCTIONS_HPP

// The table every math test and bench runs over: one line per function of
// actdiff::math. Columns:
//   name       actdiff::math::name(x) is the function under test
//   lo, hi     an interval sampled uniformly (besides the fixed samples of
//              ulp.hpp: log-spaced over the whole range, subnormals, [-50, 50],
//              specials)
//   libm       what bench 3 times against, x a float or double: the glibc
//              function, or the naive formula where glibc has none; evaluated
//              in double (or long double) it is also the reference of the
//              exhaustive float bench, so it must be accurate to well under
//              a float ulp there
//   ref        the reference, x a Boost.Multiprecision number: unqualified
//              calls find Boost's functions
// Wrap an expression that contains a top-level comma in parentheses.

// References written so that they neither overflow nor cancel at 100 digits
// (Boost numbers with or without expression templates). The libm column of
// sigmoid, softplus, logsigmoid and sech2 is the plain formula a user would
// write with <cmath> (what the throughput bench compares against); it is also
// the exhaustive float sweep's reference, evaluated in double.
namespace actdiff::test {
template <class R>
R ref_sigmoid(const R& x) {
  if (x >= 0) return R(1 / (1 + exp(-x)));
  const R e = exp(x);
  return R(e / (1 + e));
}
template <class R>
R ref_softplus(const R& x) {
  if (x > 0) return R(x + log1p(exp(-x)));
  return R(log1p(exp(x)));
}
template <class R>
R ref_sech2(const R& x) {  // 4 e^-2|x| / (1 + e^-2|x|)^2
  const R e = exp(R(-2 * abs(x)));
  return R(4 * e / ((1 + e) * (1 + e)));
}
}  // namespace actdiff::test

#define ACTDIFF_MATH_FUNCTIONS(X)                     \
  X(exp, -750, 710, std::exp(x), exp(x))              \
  X(expm1, -40, 710, std::expm1(x), expm1(x))         \
  X(log, 0, 1000, std::log(x), log(x))                \
  X(log1p, -1, 1000, std::log1p(x), log1p(x))         \
  X(sqrt, 0, 1000, std::sqrt(x), sqrt(x))             \
  X(tanh, -20, 20, std::tanh(x), tanh(x))                                                  \
  X(erf, -6, 6, std::erf(x), erf(x))                                                       \
  X(erfc, -6, 28, std::erfc(x), erfc(x))                                                   \
  X(sigmoid, -40, 40, 1 / (1 + std::exp(-x)), actdiff::test::ref_sigmoid(x))               \
  X(softplus, -40, 40, (x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x))),  \
    actdiff::test::ref_softplus(x))                                                        \
  X(logsigmoid, -40, 40, (x < 0 ? x - std::log1p(std::exp(x)) : -std::log1p(std::exp(-x))), \
    -actdiff::test::ref_softplus(decltype(x)(-x)))                                         \
  X(sech2, -40, 40, 1 / (std::cosh(x) * std::cosh(x)), actdiff::test::ref_sech2(x))

#endif  // ACTDIFF_TESTS_MATH_FUNCTIONS_HPP
