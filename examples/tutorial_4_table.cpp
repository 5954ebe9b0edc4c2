// examples/tutorial_4_table.cpp
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>

#include "tutorial_activation.hpp"

using namespace actdiff;

// f and f' at x = k/8 for k = -64 ... 64, in float, computed by the compiler:
// a forward and a backward table for a kernel without libm.
struct entry {
  float x, value, slope;
};
constexpr std::size_t size = 129;

constexpr std::array<entry, size> make_table() {
  constexpr auto x = var<"x">;
  constexpr auto f = penalized_tanh(x);
  constexpr auto df = d(f, x);
  std::array<entry, size> t{};
  for (std::size_t i = 0; i < size; ++i) {
    const float v = (static_cast<float>(i) - 64) / 8;
    t[i] = {v, eval(f, x = v), eval(df, x = v)};
  }
  return t;
}
constexpr auto table = make_table();

// What follows from the definition, checked by the compiler over the whole table.
constexpr bool symmetric() {
  for (std::size_t k = 1; k <= 64; ++k)
    if (table[64 - k].value != -0.25f * table[64 + k].value || table[64 - k].slope != 0.25f * table[64 + k].slope)
      return false;
  return true;
}
static_assert(table[64].value == 0 && table[64].slope == 0.25f);
static_assert(symmetric());

int main() {
  // Against <cmath> in double (tanh, and sech² = 1/cosh²), rounded to float:
  // every entry within 1 ulp.
  auto within_ulp = [](float got, double want) {
    const float w = float(want);
    return std::abs(got - w) <= std::nextafter(std::abs(w), 2.0f) - std::abs(w);
  };
  int off = 0;
  for (const entry& e : table) {
    const double t = std::tanh(double(e.x)), s = 1 / (std::cosh(double(e.x)) * std::cosh(double(e.x)));
    const double scale = e.x > 0 ? 1 : 0.25;
    if (!within_ulp(e.value, scale * t) || !within_ulp(e.slope, scale * s)) ++off;
  }
  for (std::size_t i : {0, 56, 63, 64, 65, 72, 128})
    std::printf("x = %6.3f  f = %-14.9g f' = %.9g\n", table[i].x, table[i].value, table[i].slope);
  std::printf("%d of %zu entries more than 1 ulp from <cmath>\n", off, size);
  return off == 0 ? 0 : 1;
}
