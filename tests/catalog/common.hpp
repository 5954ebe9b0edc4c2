// Shared by the catalog tests: the sample points, binding a catalog entry's
// inputs to values, and relative errors.
#ifndef ACTDIFF_TESTS_CATALOG_COMMON_HPP
#define ACTDIFF_TESTS_CATALOG_COMMON_HPP

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include <boost/hana.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/actdiff.hpp>

#include "textbook.hpp"

namespace cat {

namespace hana = boost::hana;
using hp = textbook::hp;
using wide = textbook::wide;

template <class E>
constexpr std::size_t arity = decltype(hana::length(E::inputs))::value;

// eval<T>(g, input0 = v[0], input1 = v[1], ...) for entry E's inputs.
template <class T, class E, class G, class V>
T eval_at(G g, const V& v) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return actdiff::eval<T>(g, (hana::at_c<I>(E::inputs) = T(v[I]))...);
  }(std::make_index_sequence<arity<E>>{});
}

// One-input sample points: both tails far beyond where the functions
// saturate (±1000, ±745 where e^x underflows double), the middle densely,
// tiny magnitudes and 0. All exactly representable in float and double.
inline std::vector<double> one_input_points() {
  std::vector<double> p = {0.0};
  for (double v : {1000.0, 745.0, 700.0, 100.0, 50.0, 40.0, 38.0, 35.0, 30.0, 25.0, 20.0, 15.0, 10.0, 8.0, 6.5,
                   6.0, 5.0, 4.0, 3.5, 3.0, 2.75, 2.0, 1.5, 1.25, 1.0, 0.75, 0.5, 0.375, 0.25, 0.125, 0.0625,
                   1.0 / 1024, 0x1p-30, 0x1p-60}) {
    p.push_back(v);
    p.push_back(-v);
  }
  std::sort(p.begin(), p.end());
  return p;
}

// Several inputs: a deterministic spread in [-40, 40] (multiples of 1/8, so
// exact), plus ties, equal inputs and huge gaps.
inline std::vector<std::array<double, 3>> multi_input_points() {
  std::vector<std::array<double, 3>> p = {
      {0, 0, 0}, {1, 1, 1}, {3, 1, -3}, {-3, 1, 3}, {1000, 0, -1000}, {-1000, 0, 1000}, {700, 700, -700},
      {-745, 0, 0}, {2, 2, -1}, {-1, 2, 2}, {30, -30, 0}, {-30, 30, 0}, {0x1p-30, -0x1p-30, 0}};
  std::uint64_t s = 0x9e3779b97f4a7c15ull;
  auto next = [&] {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<double>(static_cast<std::int64_t>((s >> 33) % 641) - 320) / 8.0;
  };
  while (p.size() < 72) p.push_back({next(), next(), next()});
  return p;
}

template <class T>
T rel_err(const T& got, const T& want) {
  using std::abs;
  if (want == 0) return abs(got);
  return abs((got - want) / want);
}

}  // namespace cat

#endif
