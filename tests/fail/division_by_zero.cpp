// expect: actdiff: division by the literal 0
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
constexpr auto e = x / 0_c;

int main() {}
