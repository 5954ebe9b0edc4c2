// Check 1: every catalog entry (those with index in [CAT_BEGIN, CAT_END), so
// that the catalog is split over several translation units), with f, every
// first partial and every second partial (the whole Hessian for several
// inputs): derived, printed as text and LaTeX, evaluated in float, double,
// long double and cpp_bin_float_100, and in double also in a static_assert;
// NaN in any input gives NaN.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string_view>

#include "common.hpp"

#ifndef CAT_BEGIN
#define CAT_BEGIN 0
#define CAT_END 35
#endif

using namespace actdiff;
using cat::hp;
namespace hana = boost::hana;

namespace {

// A point away from every kink: x = 0.75; (z0, z1, z2) = (0.75, -1.25, 2.5);
// (a, b) = (0.75, -1.25).
constexpr double point[3] = {0.75, -1.25, 2.5};

template <class E, class G>
constexpr double eval_const(G g) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return eval<double>(g, (hana::at_c<I>(E::inputs) = point[I])...);
  }(std::make_index_sequence<cat::arity<E>>{});
}

constexpr bool finite(double v) { return v == v && v - v == 0; }

constexpr auto part = hana::drop_front(hana::take_front(catalog::activations, hana::size_c<CAT_END>),
                                        hana::size_c<CAT_BEGIN>);

template <class E, class G>
void check_form(G g, const char* what) {
  CAPTURE(what);
  const auto text = to_string(g);
  const auto latex = to_latex(g);
  CAPTURE(text.view());
  CHECK(text.size() > 0);
  CHECK(latex.size() > 0);
  const std::array<double, 3> v = {point[0], point[1], point[2]};
  const float vf = cat::eval_at<float, E>(g, v);
  const double vd = cat::eval_at<double, E>(g, v);
  const long double vl = cat::eval_at<long double, E>(g, v);
  const hp vh = cat::eval_at<hp, E>(g, v);
  CHECK(std::isfinite(vf));
  CHECK(std::isfinite(vd));
  CHECK(std::isfinite(vl));
  CHECK(boost::multiprecision::isfinite(vh));
  // the four agree to their own precision (a loose bound: f'' of the GLU
  // family and softmax have several rounding steps)
  const double ref = static_cast<double>(vh);
  const double scale = std::abs(ref) + 1e-300;
  CHECK(std::abs(vf - ref) <= 1e-5 * scale);
  CHECK(std::abs(vd - ref) <= 1e-14 * scale);
  CHECK(std::abs(static_cast<double>(vl) - ref) <= 1e-14 * scale);
  // NaN in any input gives NaN, also where g does not use that input
  // (relu'' = 0, d glu/da = sigmoid(b)): eval's rule
  for (std::size_t k = 0; k < cat::arity<E>; ++k) {
    CAPTURE(k);
    auto w = v;
    w[k] = std::numeric_limits<double>::quiet_NaN();
    CHECK(std::isnan(cat::eval_at<float, E>(g, w)));
    CHECK(std::isnan(cat::eval_at<double, E>(g, w)));
  }
  {  // in a constant expression too (actdiff::math is constexpr for every primitive)
    constexpr double c = eval_const<E>(G{});
    static_assert(finite(c), "f, f' and f'' are finite at the point");
    // compile time and run time give the same double
    CHECK(c == vd);
  }
}

}  // namespace

TEST_CASE("catalog: f, f', f'' derive, print and evaluate in four types") {
  std::size_t entries = 0;
  hana::for_each(part, [&](auto entry) {
    using E = decltype(entry);
    CAPTURE(E::name);
    ++entries;
    constexpr auto f = E::f;
    check_form<E>(f, "f");
    hana::for_each(E::inputs, [&](auto v) {
      constexpr auto f1 = d(f, decltype(v){});
      check_form<E>(f1, "f'");
      hana::for_each(E::inputs, [&](auto w) {
        constexpr auto f2 = d(f1, decltype(w){});
        check_form<E>(f2, "f''");
      });
    });
    // d<2> is d applied twice: the same type as the Hessian's diagonal
    constexpr auto x0 = hana::at_c<0>(E::inputs);
    static_assert(std::is_same_v<decltype(d<2>(f, x0)), decltype(d(d(f, x0), x0))>);
  });
  CHECK(entries == CAT_END - CAT_BEGIN);
}
