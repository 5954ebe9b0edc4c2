// expect: actdiff::d(e, x): differentiate with respect to a variable
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
constexpr auto e = d(x * x, 2_c * x);

int main() {}
