// Compile-only: each row's claim `symbolic` (proved symbolically) is what
// verify::proves finds, both ways, for rows I1-I15 (proofs_b.cpp: I16-I30).
#include <boost/hana/at.hpp>

#include <actdiff/verify/identities.hpp>

#include "proofs.hpp"

static_assert(proofs::claims_hold<0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14>());
