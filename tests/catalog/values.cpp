// Check 2: values of every catalog entry at its defaults, at 69 points (one
// input: ±1000 to ±2^-60, 0 and the kinks) or 72 input triples, against the
// textbook definition (textbook.hpp) evaluated with Boost.Multiprecision at
// 400 digits:
//   double: relative error < 1e-15;
//   cpp_bin_float_100: relative error < 1e-90 wherever the textbook formula
//   itself does not cancel at 100 digits (it agrees with its 400-digit value
//   to 1e-96), and at 30 points per entry at least.
#include <doctest/doctest.h>

#include <cfloat>
#include <cmath>
#include <string_view>

#include "common.hpp"

using namespace actdiff;
using cat::hp;
using cat::wide;
namespace hana = boost::hana;

namespace {

// Below DBL_MIN the true value is subnormal or underflows to 0: a double
// result can be right only to an absolute error of a few subnormal steps,
// which the last multiplications (by x, by 1/2) can scale up. 256 steps =
// 1.3e-321.
const wide underflow_bound = wide(256) * wide(std::numeric_limits<double>::denorm_min());

// Within the catalog's functions, z_i - logsumexp(z) (log_softmax near 0),
// x - tanh(x) (tanhshrink near 0) and x + sqrt(x^2 + b) (squareplus for
// x << 0) are differences of nearly equal numbers when written as CATALOG.md
// writes them. There the double results are checked against the size of the
// terms: |error| < 1e-15 * (|x| + |tanh x|), and so on. This is an absolute
// bound near a root (tanhshrink, log_softmax) and in squareplus's left tail,
// and is reported as an accuracy finding for the library to decide on.
template <std::size_t N>
wide term_scale(std::string_view name, const std::array<wide, N>& v) {
  if (name == "tanhshrink") return abs(v[0]) + abs(textbook::tanh_(v[0]));
  if (name == "squareplus") return abs(v[0]) + sqrt(v[0] * v[0] + 4);
  if (name == "log_softmax") return abs(v[0]) + abs(textbook::logsumexp(v));
  return 0;
}
}  // namespace

TEST_CASE("catalog values against the textbook definitions at 400 digits") {
  std::size_t entries = 0;
  hana::for_each(catalog::activations, [&](auto entry) {
    using E = decltype(entry);
    constexpr std::string_view name = E::name;
    CAPTURE(name);
    ++entries;
    std::vector<std::array<double, 3>> pts;
    if constexpr (cat::arity<E> == 1) {
      for (double p : cat::one_input_points()) pts.push_back({p, 0, 0});
      for (double k : E::kinks) pts.push_back({k, 0, 0});
    } else {
      pts = cat::multi_input_points();
    }
    CHECK(pts.size() >= 50);
    std::size_t trusted = 0;
    for (const auto& p : pts) {
      CAPTURE(p[0]);
      CAPTURE(p[1]);
      CAPTURE(p[2]);
      const std::array<wide, 3> vw = {wide(p[0]), wide(p[1]), wide(p[2])};
      const std::array<hp, 3> vh = {hp(p[0]), hp(p[1]), hp(p[2])};
      const wide want = textbook::at_defaults<wide>(name, vw);
      const hp want100 = textbook::at_defaults<hp>(name, vh);

      const double got = cat::eval_at<double, E>(E::f, p);
      const wide gotw = wide(got);
      const double want_d = static_cast<double>(want);
      CAPTURE(got);
      CAPTURE(want_d);
      if (abs(want) < wide(DBL_MIN)) {
        CHECK(abs(gotw - want) <= underflow_bound);
      } else if (const wide scale = term_scale(name, vw); scale != 0) {
        CHECK(abs(gotw - want) <= wide("1e-15") * (abs(want) > scale ? abs(want) : scale));
      } else {
        CHECK(cat::rel_err(gotw, want) < wide("1e-15"));
      }

      // the 100-digit evaluation, where the 100-digit textbook formula does not cancel
      if (cat::rel_err(wide(want100), want) <= wide("1e-96")) {
        ++trusted;
        const hp goth = cat::eval_at<hp, E>(E::f, p);
        CAPTURE(goth);
        CHECK(cat::rel_err(wide(goth), want) < wide("1e-90"));
      }
    }
    CHECK(trusted >= 30);
  });
  CHECK(entries == 35);
}
