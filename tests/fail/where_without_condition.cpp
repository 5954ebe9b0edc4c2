// expect: actdiff: where(cond, a, b) needs a comparison
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
auto e = where(x, x, 0_c);

int main() {}
