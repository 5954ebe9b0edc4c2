// Identity table, rows I13 I17 I18 I19 I20: every equation at >= 1000 points, to 1e-90.
#include <doctest/doctest.h>

#include "table_check.hpp"

TEST_CASE("identity table: I13 I17 I18 I19 I20") { table_check::check_rows<12, 16, 17, 18, 19>(); }
