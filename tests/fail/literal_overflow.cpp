// expect: actdiff: this _c literal does not fit an exact 64-bit rational
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto big = 123456789012345678901234_c;

int main() {}
