// actdiff::verify: reference evaluation, identities, accuracy, derivative
// checks. Not included by <actdiff/actdiff.hpp>: it pulls in
// Boost.Multiprecision (and MPFR where ACTDIFF_HAVE_MPFR is defined), which
// users of plain evaluation need not compile. Include this header, or one of
// its parts; <actdiff/verify/holds.hpp> alone is light and constexpr.
#ifndef ACTDIFF_VERIFY_VERIFY_HPP
#define ACTDIFF_VERIFY_VERIFY_HPP

#include <actdiff/verify/accuracy.hpp>
#include <actdiff/verify/check_derivative.hpp>
#include <actdiff/verify/equation.hpp>
#include <actdiff/verify/examples.hpp>
#include <actdiff/verify/holds.hpp>
#include <actdiff/verify/identities.hpp>
#include <actdiff/verify/identity.hpp>
#include <actdiff/verify/normalize.hpp>
#include <actdiff/verify/points.hpp>
#include <actdiff/verify/precision.hpp>
#include <actdiff/verify/report.hpp>
#include <actdiff/verify/variables.hpp>

#endif
