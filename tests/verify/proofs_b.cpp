// Compile-only: see proofs_a.cpp; rows I16-I30, and the rows the issue
// requires to be proved.
#include <boost/hana/at.hpp>

#include <actdiff/verify/identities.hpp>

#include "proofs.hpp"

static_assert(proofs::claims_hold<15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29>());

namespace id = actdiff::verify::identities;
static_assert(id::I1::symbolic && id::I4::symbolic && id::I5::symbolic && id::I12::symbolic && id::I13::symbolic &&
              id::I18::symbolic && id::I22::symbolic && id::I25::symbolic);
