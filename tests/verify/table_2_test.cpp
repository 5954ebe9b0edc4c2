// Identity table, rows I7 I8 I9 I11 I12: every equation at >= 1000 points, to 1e-90.
#include <doctest/doctest.h>

#include "table_check.hpp"

TEST_CASE("identity table: I7 I8 I9 I11 I12") { table_check::check_rows<6, 7, 8, 10, 11>(); }
