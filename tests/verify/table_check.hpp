// Numerical checks of identity-table rows, shared by the table_*_test.cpp
// programs (one program per group of rows, to keep each compile short).
#ifndef ACTDIFF_TESTS_VERIFY_TABLE_CHECK_HPP
#define ACTDIFF_TESTS_VERIFY_TABLE_CHECK_HPP

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdio>
#include <string>

#include <boost/hana/at.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>

#include <actdiff/verify/identities.hpp>
#include <actdiff/verify/precision.hpp>

namespace table_check {

namespace id = actdiff::verify::identities;

// Every equation of the row holds to 1e-90 relative over >= 1000 points
// (all of them evaluated: none skipped where MPFR is installed); prints one
// line per equation: id, proved, max rel, where, points.
template <class Row>
void check_row(Row) {
  std::size_t k = 0;
  boost::hana::for_each(Row::equations, [&](auto e) {
    using E = decltype(e);
    const auto r = actdiff::verify::check_equation(e);
    std::printf("%-4s eq %zu  proved %-3s  max rel %.3g  at %s  points %zu  skipped %zu\n", std::string(Row::id).c_str(),
                ++k, E::proved() ? "yes" : "no", r.max_rel,
                [&] {
                  std::string s;
                  for (std::size_t i = 0; i < r.at_rel.values.size(); ++i)
                    {
                      char buf[32];
                      std::snprintf(buf, sizeof buf, "%.6g", r.at_rel.values[i]);
                      s += (i ? "," : "") + std::string(r.at_rel.names[i]) + "=" + buf;
                    }
                  return s;
                }()
                    .c_str(),
                r.points, r.skipped);
    INFO(Row::id, " equation ", k, ": ", r);
    // Points whose cancellation needs more than 150 digits are checked with
    // MPFR (optional); without it they are skipped and counted, not failed.
    CHECK(r.points + r.skipped >= 1000);
    CHECK(r.nan_mismatches == 0);
    CHECK(r.max_rel <= 1e-90);
    if (actdiff::verify::have_mpfr) CHECK(r.skipped == 0);
  });
}

template <std::size_t... Is>
void check_rows() {
  (check_row(boost::hana::at_c<Is>(id::table)), ...);
}

}  // namespace table_check

#endif
