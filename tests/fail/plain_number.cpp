// expect: actdiff: write numbers in expressions as _c literals
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
auto e = x + 1;

int main() {}
