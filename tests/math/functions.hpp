#ifndef ACTDIFF_TESTS_MATH_FUNCTIONS_HPP
#define ACTDIFF_TESTS_MATH_FUNCTIONS_HPP

// The table every math test and bench runs over: one line per function of
// actdiff::math. Columns:
//   name       actdiff::math::name(x) is the function under test
//   lo, hi     an interval sampled uniformly (besides the fixed samples of
//              ulp.hpp: log-spaced over the whole range, subnormals, [-50, 50],
//              specials)
//   libm       what bench 3 times against, x a float or double: the glibc
//              function, or the naive formula where glibc has none
//   ref        the reference, x a Boost.Multiprecision number: unqualified
//              calls find Boost's functions
// Wrap an expression that contains a top-level comma in parentheses.

#define ACTDIFF_MATH_FUNCTIONS(X)                     \
  X(exp, -750, 710, std::exp(x), exp(x))              \
  X(expm1, -40, 710, std::expm1(x), expm1(x))         \
  X(log, 0, 1000, std::log(x), log(x))                \
  X(log1p, -1, 1000, std::log1p(x), log1p(x))         \
  X(sqrt, 0, 1000, std::sqrt(x), sqrt(x))

#endif  // ACTDIFF_TESTS_MATH_FUNCTIONS_HPP
