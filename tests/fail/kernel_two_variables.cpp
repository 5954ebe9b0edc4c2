// expect: actdiff::apply: the expression must have exactly one variable
#include <span>

#include <actdiff/actdiff.hpp>
using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
constexpr auto alpha = var<"alpha">;

void leaky(std::span<const double> in, std::span<double> out) {
  apply(where(x > 0_c, x, alpha * x), in, out);  // alpha has no value: a kernel runs over one variable
}

int main() {}
