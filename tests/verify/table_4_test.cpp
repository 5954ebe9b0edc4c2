// Identity table, rows I21 I22 I23 I24 I25: every equation at >= 1000 points, to 1e-90.
#include <doctest/doctest.h>

#include "table_check.hpp"

TEST_CASE("identity table: I21 I22 I23 I24 I25") { table_check::check_rows<20, 21, 22, 23, 24>(); }
