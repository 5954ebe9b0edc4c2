// The kernels on spans whose size the optimiser knows (local vectors of 2^20
// elements), built at -O2 with -Werror: there GCC 12 warned that an
// iteration of the kernels' tail loop "invokes undefined behavior"
// (-Waggressive-loop-optimizations, on by default), which stopped such code
// from building. The results are checked against eval, bit for bit.
#include <doctest/doctest.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <type_traits>
#include <vector>

#include <actdiff/actdiff.hpp>

using namespace actdiff;

namespace {

constexpr auto x = var<"x">;

template <class T>
auto bits(T v) {
  return std::bit_cast<std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>>(v);
}

}  // namespace

// The size is a multiple of the block size (the warning needed that) and
// the inputs random: with a simpler fill, GCC 12 did not warn.
TEST_CASE_TEMPLATE("value_and_grad over 2^20 elements of a known size builds at -O2 and agrees with eval", T, float,
                   double) {
  std::vector<T> in(1 << 20), out(1 << 20), grad(1 << 20);
  std::mt19937_64 g(1);
  std::uniform_real_distribution<double> u(-20, 20);
  for (auto& v : in) v = static_cast<T>(u(g));
  const auto e = sigmoid(x);
  value_and_grad(e, std::span<const T>(in), std::span<T>(out), std::span<T>(grad));
  const auto de = d(e, x);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    wrong += bits(out[i]) != bits(eval(e, x = in[i]));
    wrong += bits(grad[i]) != bits(eval(de, x = in[i]));
  }
  CHECK(wrong == 0);
}
