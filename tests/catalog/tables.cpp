// Issue 8: constexpr 256-entry tables (std::array<double, 256>) of every
// catalog entry (those with index in [CAT_BEGIN, CAT_END)) and of its first
// derivative, built in constant evaluation under the compilers' default
// limits, and equal bit for bit to run-time eval at every entry.
//
// Inputs: the first input runs over x_i = (i - 128)/8, i = 0..255, i.e.
// [-16, 15.875] (a quantized sigmoid/tanh table's range), with every kink of
// the catalog (0, ±0.5, ±1, ±3, 6) on the grid; the other inputs of the
// multi-input entries stay at 0.75 and -1.25 (maxout meets a tie at 0.75).
// The derivative is the first partial, by the first input.
//
// Each table is 8 constant evaluations of 32 points: Clang's default budget
// is 2^20 steps per constant evaluation, and one point of gelu_tanh' takes
// about 11,000 (all 256 points in one evaluation would not fit).
#include <doctest/doctest.h>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <type_traits>
#include <utility>

#include <boost/hana/drop_front.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/take_front.hpp>

#include <actdiff/actdiff.hpp>

#ifndef CAT_BEGIN
#define CAT_BEGIN 0
#define CAT_END 35
#endif

namespace {

namespace hana = boost::hana;

constexpr std::size_t table_size = 256, chunk_size = 32;
constexpr double fixed_inputs[] = {0.75, -1.25};

constexpr double grid(std::size_t i) { return (static_cast<double>(i) - 128) / 8; }

template <class E>
constexpr std::size_t arity = decltype(hana::length(E::inputs))::value;

// g with the first input of E bound to x and the others to fixed_inputs
template <class E, class G>
constexpr double eval_at(G g, double x) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return actdiff::eval<double>(g, hana::at_c<0>(E::inputs) = x, (hana::at_c<I + 1>(E::inputs) = fixed_inputs[I])...);
  }(std::make_index_sequence<arity<E> - 1>{});
}

// One constant evaluation: points [Begin, Begin + chunk_size).
template <class E, class G, std::size_t Begin>
constexpr std::array<double, chunk_size> chunk = [] {
  std::array<double, chunk_size> c{};
  for (std::size_t i = 0; i < chunk_size; ++i) c[i] = eval_at<E>(G{}, grid(Begin + i));
  return c;
}();

template <class E, class G>
constexpr std::array<double, table_size> table = []<std::size_t... C>(std::index_sequence<C...>) {
  std::array<double, table_size> t{};
  std::size_t k = 0;
  auto put = [&](const std::array<double, chunk_size>& c) {
    for (double v : c) t[k++] = v;
  };
  (put(chunk<E, G, C * chunk_size>), ...);
  return t;
}(std::make_index_sequence<table_size / chunk_size>{});

template <class E>
using f_type = std::remove_cvref_t<decltype(E::f)>;
template <class E>
using d1_type = decltype(actdiff::d(E::f, hana::at_c<0>(E::inputs)));

// How many entries differ in their bits from run-time eval; the first few
// are reported.
template <class E, class G>
int run_time_mismatches(const char* what) {
  int bad = 0;
  for (std::size_t i = 0; i < table_size; ++i) {
    volatile double input = grid(i);  // keeps the run-time eval at run time
    const double r = eval_at<E>(G{}, input);
    const double c = table<E, G>[i];
    if (std::bit_cast<std::uint64_t>(r) != std::bit_cast<std::uint64_t>(c) && bad++ < 3) {
      char line[160];
      std::snprintf(line, sizeof line, "%.*s %s at x = %g: constexpr %.17g, run time %.17g",
                    static_cast<int>(E::name.size()), E::name.data(), what, grid(i), c, r);
      MESSAGE(line);
    }
  }
  return bad;
}

constexpr auto part = hana::drop_front(hana::take_front(actdiff::catalog::activations, hana::size_c<CAT_END>),
                                        hana::size_c<CAT_BEGIN>);

}  // namespace

TEST_CASE("catalog: constexpr tables of f and f' equal run-time eval bit for bit") {
  std::size_t entries = 0;
  hana::for_each(part, [&]<class E>(E) {
    CAPTURE(E::name);
    CHECK(run_time_mismatches<E, f_type<E>>("f") == 0);
    CHECK(run_time_mismatches<E, d1_type<E>>("f'") == 0);
    ++entries;
  });
  CHECK(entries == CAT_END - CAT_BEGIN);
}

#if CAT_BEGIN == 0 && CAT_END >= 3
// A few values worked out by hand, at x = 0 (index 128): σ(0) = 1/2,
// σ'(0) = 1/4, tanh'(0) = 1, and relu'(0) = 0, the catalog's convention.
namespace {
using namespace actdiff::catalog;
static_assert(table<sigmoid_entry, f_type<sigmoid_entry>>[128] == 0.5);
static_assert(table<sigmoid_entry, d1_type<sigmoid_entry>>[128] == 0.25);
static_assert(table<tanh_entry, d1_type<tanh_entry>>[128] == 1.0);
static_assert(table<relu_entry, d1_type<relu_entry>>[128] == 0.0);
}  // namespace
#endif
