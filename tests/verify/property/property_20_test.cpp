// Property tests, trees of property_trees_20.hpp (generated; see scripts/gen_property_trees.py).
#include "property_check.hpp"
#include "property_trees_20.hpp"

TEST_CASE("generated trees, file 20") { ACTDIFF_PROPERTY_TREES(ACTDIFF_PROPERTY_CHECK) }
