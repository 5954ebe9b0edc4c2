// expect: actdiff::eval: a variable of the expression has no value
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
constexpr auto alpha = var<"alpha">;
const double y = eval(x * alpha, x = 1.0);  // alpha has no value

int main() {}
