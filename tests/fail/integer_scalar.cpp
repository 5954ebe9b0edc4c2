// expect: actdiff::eval: the scalar type must be floating point
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
constexpr auto y = eval(x + 1_c, x = 1);

int main() {}
