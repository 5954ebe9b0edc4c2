// The same bits at compile time and at run time: for every function and type,
// four constexpr std::array tables of 256 results (1024 inputs over the whole
// range, specials included) are compared bit for bit with run-time calls.
// Each table is one constant evaluation within the compilers' default limits
// (Clang: 2^20 steps), which is also the "a 256-entry constexpr table" check.

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <limits>
#include <string>

#include <actdiff/math/math.hpp>

#include "functions.hpp"
#include "ulp.hpp"

namespace {

namespace am = actdiff::math;

constexpr std::uint64_t mix(std::uint64_t z) {  // splitmix64
  z += 0x9e3779b97f4a7c15ull;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

// Input i of 1024: specials, then log-spaced over the whole exponent range,
// subnormals, uniform in [-50, 50] and in [-1000, 1000], both signs.
template <class T>
constexpr T input(int i) {
  using L = std::numeric_limits<T>;
  constexpr std::array<T, 20> special = {
      T(0),    -T(0),  L::infinity(),   -L::infinity(), L::quiet_NaN(),   L::denorm_min(), -L::denorm_min(),
      L::min(), -L::min(), L::max(),     -L::max(),      T(1),             T(-1),           T(0.5),
      T(-0.5), T(2),   L::epsilon(),    -L::epsilon(),  T(1) + L::epsilon(), T(1) - L::epsilon() / 2};
  if (i < static_cast<int>(special.size())) return special[static_cast<std::size_t>(i)];
  const std::uint64_t h = mix(static_cast<std::uint64_t>(i));
  const T frac = static_cast<T>(static_cast<double>(h >> 11) * 0x1p-53);  // [0, 1)
  const bool neg = (h >> 3) & 1;
  T x{};
  switch (i % 4) {
    case 0: {  // log-spaced: (1 + frac) 2^e, e over [min_sub, max]
      constexpr int lo = L::min_exponent - L::digits, hi = L::max_exponent - 1;
      const int e = lo + static_cast<int>((h >> 4) % static_cast<std::uint64_t>(hi - lo + 1));
      x = am::scalbn(T(1) + frac, e);
      break;
    }
    case 1:  // subnormal
      x = am::scalbn(frac, L::min_exponent - 1);
      break;
    case 2:
      x = T(50) * frac;
      break;
    default:
      x = T(1000) * frac;
  }
  return neg ? -x : x;
}

template <class T, int Chunk, class F>
constexpr std::array<T, 256> table(F f) {
  std::array<T, 256> a{};
  for (int i = 0; i < 256; ++i) a[static_cast<std::size_t>(i)] = f(input<T>(Chunk * 256 + i));
  return a;
}

// Run-time results: the input goes through a volatile so that the optimizer
// cannot fold the call at compile time.
template <class T, int Chunk, class F>
int mismatches(F f, const std::array<T, 256>& ct, const char* name) {
  int bad = 0;
  for (int i = 0; i < 256; ++i) {
    volatile T vx = input<T>(Chunk * 256 + i);
    const T x = vx;
    const T rt = f(x);
    if (!actdiff::test::same_bits(rt, ct[static_cast<std::size_t>(i)])) {
      if (bad < 5)
        MESSAGE(std::string(name), ": input ", static_cast<long double>(x), " compile time ",
                static_cast<long double>(ct[static_cast<std::size_t>(i)]), " run time ",
                static_cast<long double>(rt));
      ++bad;
    }
  }
  return bad;
}

template <class T, class F>
void check_type(const char* name, F f) {
  constexpr auto t0 = table<T, 0>(F{});
  constexpr auto t1 = table<T, 1>(F{});
  constexpr auto t2 = table<T, 2>(F{});
  constexpr auto t3 = table<T, 3>(F{});
  CHECK(mismatches<T, 0>(f, t0, name) == 0);
  CHECK(mismatches<T, 1>(f, t1, name) == 0);
  CHECK(mismatches<T, 2>(f, t2, name) == 0);
  CHECK(mismatches<T, 3>(f, t3, name) == 0);
}

}  // namespace

#define ACTDIFF_CONSTEXPR_CASE(name, lo, hi, libm, ref)                \
  TEST_CASE("compile time == run time: " #name) {                     \
    auto f = [](auto x) { return actdiff::math::name(x); };          \
    check_type<float>(#name, f);                                      \
    check_type<double>(#name, f);                                     \
    check_type<long double>(#name, f);                                \
  }
ACTDIFF_MATH_FUNCTIONS(ACTDIFF_CONSTEXPR_CASE)
