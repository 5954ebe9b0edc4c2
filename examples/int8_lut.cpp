// A constexpr int8 lookup table for sigmoid and tanh, built the way TFLite's
// int8 LOGISTIC and TANH kernels build theirs (dequantize the input, apply
// the function, quantize: round to nearest, half away from zero, add the
// zero point, clamp to [-128, 127]), but computed by the compiler.
//
// Output quantization is TFLite's fixed one for these ops: sigmoid scale
// 1/256, zero point -128; tanh scale 1/128, zero point 0. The input here is
// scale 1/16, zero point 0, so the table covers x in [-8, 7.9375].
//
// The program checks the tables against the same recipe with <cmath>
// (std::exp, std::tanh: an independent evaluation) and prints a few entries.
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include <actdiff/actdiff.hpp>

namespace {

struct quantization {
  double scale;
  int zero_point;
};

constexpr quantization input{1.0 / 16, 0};
constexpr quantization sigmoid_output{1.0 / 256, -128};
constexpr quantization tanh_output{1.0 / 128, 0};

// round half away from zero, then add the zero point and clamp (TFLite)
constexpr std::int8_t quantize(double y, quantization q) {
  const double v = y / q.scale;
  const long r = v >= 0 ? static_cast<long>(v + 0.5) : -static_cast<long>(-v + 0.5);
  const long k = r + q.zero_point;
  return static_cast<std::int8_t>(k < -128 ? -128 : k > 127 ? 127 : k);
}

constexpr double dequantize(int q, quantization p) { return p.scale * (q - p.zero_point); }

// table[q + 128] = quantize(f(dequantize(q))), for q in [-128, 127]
template <class F>
constexpr std::array<std::int8_t, 256> make_table(F f, quantization out) {
  constexpr auto x = actdiff::var<"x">;
  std::array<std::int8_t, 256> t{};
  for (int q = -128; q <= 127; ++q)
    t[static_cast<std::size_t>(q + 128)] = quantize(actdiff::eval(f, x = dequantize(q, input)), out);
  return t;
}

constexpr auto x = actdiff::var<"x">;
constexpr auto sigmoid_table = make_table(actdiff::sigmoid(x), sigmoid_output);
constexpr auto tanh_table = make_table(actdiff::tanh(x), tanh_output);

// Entries that follow from the quantization alone: σ(0) = 1/2 lands on the
// zero point + 128 = 0, tanh(0) = 0 on 0, and both saturate at the ends.
static_assert(sigmoid_table[128] == 0 && tanh_table[128] == 0);
static_assert(sigmoid_table[0] == -128 && sigmoid_table[255] == 127);  // σ(-8)·256 = 0.086 rounds to 0; σ(7.94)·256 > 255.5
static_assert(tanh_table[0] == -128 && tanh_table[255] == 127);

}  // namespace

int main() {
  int mismatches = 0;
  for (int q = -128; q <= 127; ++q) {
    const double v = dequantize(q, input);
    const auto i = static_cast<std::size_t>(q + 128);
    const std::int8_t s = quantize(1 / (1 + std::exp(-v)), sigmoid_output);
    const std::int8_t t = quantize(std::tanh(v), tanh_output);
    if (s != sigmoid_table[i] || t != tanh_table[i]) {
      std::printf("mismatch at q = %d: sigmoid %d vs %d, tanh %d vs %d\n", q, sigmoid_table[i], s, tanh_table[i], t);
      ++mismatches;
    }
  }
  std::printf("int8 tables (input scale 1/16): q -> sigmoid, tanh\n");
  for (int q : {-128, -64, -16, -1, 0, 1, 16, 64, 127}) {
    const auto i = static_cast<std::size_t>(q + 128);
    std::printf("  %4d (x = %8.4f) -> %4d, %4d\n", q, dequantize(q, input), sigmoid_table[i], tanh_table[i]);
  }
  std::printf("%d of 256 entries differ from the <cmath> recipe\n", mismatches);
  return mismatches == 0 ? 0 : 1;
}
