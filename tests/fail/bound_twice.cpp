// expect: actdiff::eval: a variable is bound twice
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
auto v = eval(x, x = 1.0, x = 2.0);

int main() {}
