// expect: actdiff: exact rational arithmetic overflowed 64 bits
#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
constexpr auto e = pow<5>(1000000_c) * x;

int main() {}
