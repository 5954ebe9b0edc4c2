#ifndef ACTDIFF_TESTS_VERIFY_PROOFS_HPP
#define ACTDIFF_TESTS_VERIFY_PROOFS_HPP

#include <cstddef>

#include <boost/hana/at.hpp>
#include <boost/hana/length.hpp>

#include <actdiff/verify/identities.hpp>

namespace proofs {
namespace id = actdiff::verify::identities;

// A row with equations claims `symbolic` exactly when they are all proved.
template <class Row>
constexpr bool claim_holds() {
  if constexpr (decltype(boost::hana::length(Row::equations))::value == 0)
    return true;
  else
    return Row::symbolic == id::proved<Row>();
}
template <std::size_t... Is>
constexpr bool claims_hold() {
  return (claim_holds<std::remove_cvref_t<decltype(boost::hana::at_c<Is>(id::table))>>() && ...);
}
}  // namespace proofs

#endif
