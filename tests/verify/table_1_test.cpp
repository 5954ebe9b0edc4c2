// Identity table, rows I1 I2 I3 I4 I5 I6: every equation at >= 1000 points, to 1e-90.
#include <doctest/doctest.h>

#include "table_check.hpp"

TEST_CASE("identity table: I1 I2 I3 I4 I5 I6") { table_check::check_rows<0, 1, 2, 3, 4, 5>(); }
