// The translation unit timed by compile_time.py: derives, prints and
// evaluates d^1..4 of tanh(x) and x·σ(x).
#include <cstdio>

#include "derivative_tu.hpp"

int main() {
  using namespace bench;
  double s = 0;
  s += eval(d<1>(tanh_x, x), x = 0.5) + eval(d<2>(tanh_x, x), x = 0.5) + eval(d<3>(tanh_x, x), x = 0.5) +
       eval(d<4>(tanh_x, x), x = 0.5);
  s += eval(d<1>(silu_x, x), x = 0.5) + eval(d<2>(silu_x, x), x = 0.5) + eval(d<3>(silu_x, x), x = 0.5) +
       eval(d<4>(silu_x, x), x = 0.5);
  std::printf("%s %s %g\n", to_string(d<4>(tanh_x, x)).c_str(), to_string(d<4>(silu_x, x)).c_str(), s);
}
