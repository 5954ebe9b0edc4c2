// Property checks of the core on one generated tree (see
// scripts/gen_property_trees.py): at each of its points, in cpp_bin_float_50,
//   eval(simplified tree)  == the interpreter on the unsimplified tree   (1e-40)
//   eval(d(tree))          == central difference of the interpreter, h = 1e-15  (1e-20)
//   eval(d<2>(tree))       == second central difference, h = 1e-10          (1e-12)
// each relative to 1 + the largest magnitude involved.
#ifndef ACTDIFF_TESTS_VERIFY_PROPERTY_CHECK_HPP
#define ACTDIFF_TESTS_VERIFY_PROPERTY_CHECK_HPP

#ifndef ACTDIFF_PROPERTY_NO_DOCTEST
#include <doctest/doctest.h>
#endif

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/actdiff.hpp>

#include "interp.hpp"

namespace property {

using real = boost::multiprecision::cpp_bin_float_50;
inline constexpr auto x = actdiff::var<"x">;

struct outcome {
  bool value = true, first = true, second = true;
  double value_err = 0, first_err = 0, second_err = 0;
};

inline double scaled(const real& got, const real& want, const real& scale) {
  using std::abs;
  if (got != got || want != want) return 1e300;
  return static_cast<double>(real(abs(got - want) / (1 + scale)));
}

template <class E>
outcome check(std::string_view text, E e, double p) {
  using std::abs;
  outcome o;
  const real xv = real(p);
  auto f = [&](const real& v) { return interpret<real>(text, v); };
  const real f0 = f(xv);
  const real v0 = actdiff::eval<real>(e, x = xv);
  o.value_err = scaled(v0, f0, abs(f0));
  const real h1 = real("1e-15"), h2 = real("1e-10");
  const real fp = f(xv + h1), fm = f(xv - h1);
  const real cd1 = (fp - fm) / (2 * h1);
  const real d1 = actdiff::eval<real>(actdiff::d(e, x), x = xv);
  o.first_err = scaled(d1, cd1, real(abs(cd1) + abs(f0)));
  const real gp = f(xv + h2), gm = f(xv - h2);
  const real cd2 = (gp - 2 * f0 + gm) / (h2 * h2);
  const real d2 = actdiff::eval<real>(actdiff::d<2>(e, x), x = xv);
  o.second_err = scaled(d2, cd2, real(abs(cd2) + abs(f0)));
  o.value = o.value_err <= 1e-40;
  o.first = o.first_err <= 1e-20;
  o.second = o.second_err <= 1e-12;
  return o;
}

// The bench's counts, and the first few mismatches in full (tree, point,
// errors) so that a failure can be reproduced.
struct tally {
  std::size_t trees = 0, checks = 0, value_mismatches = 0, first_mismatches = 0, second_mismatches = 0;
  std::vector<std::string> examples;

  void add(std::string_view text, double p, const outcome& o) {
    ++checks;
    value_mismatches += !o.value;
    first_mismatches += !o.first;
    second_mismatches += !o.second;
    if ((!o.value || !o.first || !o.second) && examples.size() < 20)
      examples.push_back(std::string(text) + " at x = " + std::to_string(p) + ": errors " +
                         std::to_string(o.value_err) + " " + std::to_string(o.first_err) + " " +
                         std::to_string(o.second_err));
  }
  void merge(const tally& o) {
    trees += o.trees;
    checks += o.checks;
    value_mismatches += o.value_mismatches;
    first_mismatches += o.first_mismatches;
    second_mismatches += o.second_mismatches;
    for (const auto& e : o.examples)
      if (examples.size() < 20) examples.push_back(e);
  }
};

}  // namespace property

#define ACTDIFF_PROPERTY_CHECK(index, text, expr, ...)                                   \
  {                                                                                      \
    using namespace actdiff;                                                             \
    using namespace actdiff::literals;                                                   \
    using property::x;                                                                   \
    for (double p : {__VA_ARGS__}) {                                                     \
      auto o = property::check(text, expr, p);                                           \
      INFO("tree " #index ": " text " at x = ", p, " errors ", o.value_err, " ",          \
           o.first_err, " ", o.second_err);                                              \
      CHECK(o.value);                                                                    \
      CHECK(o.first);                                                                    \
      CHECK(o.second);                                                                   \
    }                                                                                    \
  }

#define ACTDIFF_PROPERTY_TALLY(index, text, expr, ...)                                   \
  {                                                                                      \
    using namespace actdiff;                                                             \
    using namespace actdiff::literals;                                                   \
    using property::x;                                                                   \
    ++t.trees;                                                                           \
    for (double p : {__VA_ARGS__}) t.add(text, p, property::check(text, expr, p));       \
  }

#endif
