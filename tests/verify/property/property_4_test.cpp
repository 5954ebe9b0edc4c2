// Property tests, trees of property_trees_4.hpp (generated; see scripts/gen_property_trees.py).
#include "property_check.hpp"
#include "property_trees_4.hpp"

TEST_CASE("generated trees, file 4") { ACTDIFF_PROPERTY_TREES(ACTDIFF_PROPERTY_CHECK) }
