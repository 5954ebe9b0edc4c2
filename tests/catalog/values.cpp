// Check 2: values of every catalog entry at its defaults, at 69 points (one
// input: ±1000 to ±2^-60, 0 and the kinks) or 72 input triples, against the
// textbook definition (textbook.hpp) evaluated with Boost.Multiprecision at
// 400 digits:
//   double: relative error < 1e-15 (below DBL_MIN: see underflow_bound);
//   cpp_bin_float_100: relative error < 1e-90 wherever the textbook formula
//   itself does not cancel at 100 digits (it agrees with its 400-digit value
//   to 1e-96), and at 30 points per entry at least.
#include <doctest/doctest.h>

#include <cfloat>
#include <algorithm>
#include <cmath>
#include <string_view>

#include "common.hpp"

#ifndef CAT_BEGIN
#define CAT_BEGIN 0
#define CAT_END 35
#endif

using namespace actdiff;
using cat::hp;
using cat::wide;
namespace hana = boost::hana;

namespace {

// Below DBL_MIN the true value is subnormal or underflows to 0: a double
// result can be right only to an absolute error of a subnormal step, and every
// later multiplication by an input scales that step (geglu = a·gelu(b) at
// b = -37.75: gelu(b) is itself subnormal, then multiplied by a): at most
// Π (1 + |input|) steps.
wide underflow_bound(const std::array<double, 3>& p) {
  wide m = 1;
  for (double v : p) m *= 1 + wide(std::abs(v));
  return m * wide(std::numeric_limits<double>::denorm_min());
}

template <class E>
void check_entry() {
  constexpr std::string_view name = E::name;
  CAPTURE(name);
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
    const double rel = static_cast<double>(cat::rel_err(gotw, want));
    CAPTURE(got);
    CAPTURE(want_d);
    CAPTURE(rel);
    if (abs(want) < wide(DBL_MIN))
      CHECK(abs(gotw - want) <= underflow_bound(p) + wide("1e-15") * abs(want));
    else
      CHECK(cat::rel_err(gotw, want) < wide("1e-15"));

    // the 100-digit evaluation, where the 100-digit textbook formula does not cancel
    if (cat::rel_err(wide(want100), want) <= wide("1e-96")) {
      ++trusted;
      const hp goth = cat::eval_at<hp, E>(E::f, p);
      const double relh = static_cast<double>(cat::rel_err(wide(goth), want));
      CAPTURE(relh);
      CHECK(cat::rel_err(wide(goth), want) < wide("1e-90"));
    }
  }
  CHECK(trusted >= 30);
}
// entries [CAT_BEGIN, CAT_END) of the catalog: one translation unit each part
constexpr auto part = hana::drop_front(hana::take_front(catalog::activations, hana::size_c<CAT_END>),
                                        hana::size_c<CAT_BEGIN>);
}  // namespace

TEST_CASE("catalog values against the textbook definitions at 400 digits") {
  std::size_t entries = 0;
  hana::for_each(part, [&](auto entry) {
    ++entries;
    check_entry<decltype(entry)>();
  });
  CHECK(entries == CAT_END - CAT_BEGIN);
}
