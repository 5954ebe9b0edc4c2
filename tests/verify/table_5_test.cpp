// Identity table, rows I26 I27 I28 I29 I30: every equation at >= 1000 points, to 1e-90.
#include <doctest/doctest.h>

#include "table_check.hpp"

TEST_CASE("identity table: I26 I27 I28 I29 I30") { table_check::check_rows<25, 26, 27, 28, 29>(); }
