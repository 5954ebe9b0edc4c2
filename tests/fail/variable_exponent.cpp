// expect: actdiff: pow(e, p) needs a rational literal exponent
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
auto e = pow(x, y);

int main() {}
