// Check 5: several inputs. The softmax Jacobian for n = 2, 3, 8 against
// ds_i/dz_j = s_i (delta_ij - s_j), the two-class identity
// softmax_1(z1, z2) = sigmoid(z1 - z2), and maxout and the GLU family with
// both partial derivatives, all against formulas written here with
// Boost.Multiprecision (cpp_bin_float_100), not with actdiff.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <boost/math/constants/constants.hpp>

#include "common.hpp"

// Three translation units: CAT_PART 1 (softmax n = 2, 3 and two classes),
// 2 (softmax n = 8), 3 (maxout and the GLU family).
#ifndef CAT_PART
#error "compile with -DCAT_PART=1, 2 or 3"
#endif

using namespace actdiff;
using namespace actdiff::literals;
using cat::hp;
namespace hana = boost::hana;

namespace {
constexpr auto zs = hana::make_tuple(var<"z0">, var<"z1">, var<"z2">, var<"z3">, var<"z4">, var<"z5">, var<"z6">,
                                     var<"z7">);

// Input vectors for n inputs: a deterministic spread in [-40, 40] plus
// equal inputs and one dominant input.
template <std::size_t N>
std::vector<std::array<double, N>> vectors() {
  std::vector<std::array<double, N>> out;
  std::array<double, N> v{};
  out.push_back(v);  // all equal
  v[0] = 10;
  out.push_back(v);  // one dominant
  v[0] = -700;
  v[N - 1] = 700;
  out.push_back(v);
  std::uint64_t s = 12345;
  for (int r = 0; r < 12; ++r) {
    for (auto& e : v) {
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      e = static_cast<double>(static_cast<std::int64_t>((s >> 33) % 641) - 320) / 8.0;
    }
    out.push_back(v);
  }
  return out;
}

template <std::size_t I, std::size_t... J>
constexpr auto softmax_of(std::index_sequence<J...>) {
  return softmax<I>(hana::at_c<J>(zs)...);
}

// Relative 1e-90 in cpp_bin_float_100 and 1e-15 in double for every entry,
// the diagonal s_i (1 - s_i) included: the reference computes 1 - s_i as the
// sum of the other s_j, which does not cancel when s_i is near 1.
template <std::size_t N>
void check_softmax_jacobian() {
  CAPTURE(N);
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    // softmax<i>(z0, ..., zN-1) for each i
    constexpr auto s = hana::make_tuple(softmax_of<I>(std::make_index_sequence<N>{})...);
    constexpr auto jac = jacobian(s, hana::at_c<I>(zs)...);
    std::size_t checked = 0;
    for (const auto& v : vectors<N>()) {
      // the reference: s_i = e^(z_i)/sum e^(z_j); 1 - s_i as the sum of the others (no cancellation)
      std::array<hp, N> e, sm;
      hp sum = 0;
      for (std::size_t j = 0; j < N; ++j) sum += (e[j] = exp(hp(v[j])));
      for (std::size_t j = 0; j < N; ++j) sm[j] = e[j] / sum;
      auto bind_hp = [&](auto g) { return eval(g, (hana::at_c<I>(zs) = hp(v[I]))...); };
      auto bind_d = [&](auto g) { return eval(g, (hana::at_c<I>(zs) = v[I])...); };
      // the values
      hana::for_each(hana::make_range(hana::size_c<0>, hana::size_c<N>), [&](auto i) {
        CHECK(cat::rel_err(bind_hp(hana::at(s, i)), sm[i]) < hp("1e-90"));
      });
      hana::for_each(hana::make_range(hana::size_c<0>, hana::size_c<N>), [&](auto i) {
        hana::for_each(hana::make_range(hana::size_c<0>, hana::size_c<N>), [&](auto j) {
          CAPTURE(i.value);
          CAPTURE(j.value);
          hp want;
          if (i.value == j.value) {
            hp others = 0;
            for (std::size_t k = 0; k < N; ++k)
              if (k != i.value) others += sm[k];
            want = sm[i] * others;
          } else {
            want = -sm[i] * sm[j];
          }
          const auto g = hana::at(hana::at(jac, i), j);
          const hp got = bind_hp(g);
          CAPTURE(got);
          CAPTURE(want);
          CHECK(abs(got - want) < hp("1e-90") * abs(want));
          if (abs(want) > hp(1e-290)) {
            const double gd = bind_d(g);
            const double wd = static_cast<double>(want);
            CAPTURE(gd);
            CHECK(std::abs(gd - wd) <= 1e-15 * std::abs(wd));
          }
          ++checked;
        });
      });
    }
    CHECK(checked == vectors<N>().size() * N * N);
  }(std::make_index_sequence<N>{});
}
}  // namespace

#if CAT_PART == 1
TEST_CASE("softmax Jacobian, n = 2") { check_softmax_jacobian<2>(); }
TEST_CASE("softmax Jacobian, n = 3") { check_softmax_jacobian<3>(); }
#endif
#if CAT_PART == 2
TEST_CASE("softmax Jacobian, n = 8") { check_softmax_jacobian<8>(); }
#endif

#if CAT_PART == 1
namespace {
// softmax_1(z1, z2) against sigmoid(z1 - z2): 1e-15 relative in double.
void check_two_classes() {
  constexpr auto z1 = var<"z1">;
  constexpr auto z2 = var<"z2">;
  // softmax<0>(z1, z2) is the first component, s_1 in CATALOG.md's 1-based notation
  constexpr auto s = softmax<0>(z1, z2);
  constexpr auto sg = sigmoid(z1 - z2);
  for (double u : {-745.0, -30.0, -3.0, -1.0, 0.0, 0.5, 2.0, 17.0, 40.0, 700.0})
    for (double w : {-20.0, -0.25, 0.0, 1.0, 6.0}) {
      CAPTURE(u);
      CAPTURE(w);
      const hp want = 1 / (1 + exp(hp(w) - hp(u)));
      CHECK(cat::rel_err(eval(s, z1 = hp(u), z2 = hp(w)), want) < hp("1e-90"));
      CHECK(cat::rel_err(eval(sg, z1 = hp(u), z2 = hp(w)), want) < hp("1e-90"));
      const double a = eval(s, z1 = u, z2 = w), b = eval(sg, z1 = u, z2 = w);
      CHECK(std::abs(a - b) <= 1e-15 * std::abs(b) + 1e-300);
      CHECK(std::abs(a - static_cast<double>(want)) <= 1e-15 * std::abs(static_cast<double>(want)) + 1e-300);
      // and their gradients: sigma(t) sigma(-t), t = z1 - z2
      const hp gw = want / (1 + exp(hp(u) - hp(w)));
      // d s/d z1 is the Jacobian's diagonal, relative even where s is near 1
      const hp ds = eval(d(s, z1), z1 = hp(u), z2 = hp(w));
      CHECK(abs(ds - gw) < hp("1e-80") * gw);
      CHECK(cat::rel_err(eval(d(sg, z2), z1 = hp(u), z2 = hp(w)), hp(-gw)) < hp("1e-80"));
    }
}
}  // namespace

TEST_CASE("two classes: softmax_1(z1, z2) = sigmoid(z1 - z2)") { check_two_classes(); }
#endif

#if CAT_PART == 3
TEST_CASE("maxout: value and gradient away from ties") {
  constexpr auto z0 = hana::at_c<0>(zs);
  constexpr auto z1 = hana::at_c<1>(zs);
  constexpr auto z2 = hana::at_c<2>(zs);
  constexpr auto m = maxout(z0, z1, z2);
  constexpr auto g = gradient(m, z0, z1, z2);
  for (const auto& p : cat::multi_input_points()) {
    if (p[0] == p[1] || p[1] == p[2] || p[0] == p[2]) continue;
    CAPTURE(p[0]);
    CAPTURE(p[1]);
    CAPTURE(p[2]);
    std::size_t arg = 0;
    for (std::size_t k = 1; k < 3; ++k)
      if (p[k] > p[arg]) arg = k;
    CHECK(eval(m, z0 = p[0], z1 = p[1], z2 = p[2]) == p[arg]);
    const double g0 = eval(hana::at_c<0>(g), z0 = p[0], z1 = p[1], z2 = p[2]);
    const double g1 = eval(hana::at_c<1>(g), z0 = p[0], z1 = p[1], z2 = p[2]);
    const double g2 = eval(hana::at_c<2>(g), z0 = p[0], z1 = p[1], z2 = p[2]);
    CHECK(g0 == (arg == 0 ? 1.0 : 0.0));
    CHECK(g1 == (arg == 1 ? 1.0 : 0.0));
    CHECK(g2 == (arg == 2 ? 1.0 : 0.0));
  }
  // n = 8
  constexpr auto m8 = hana::unpack(zs, [](auto... z) { return maxout(z...); });
  constexpr auto g8 = hana::unpack(zs, [&](auto... z) { return gradient(m8, z...); });
  for (const auto& v : vectors<8>()) {
    std::size_t arg = 0;
    for (std::size_t k = 1; k < 8; ++k)
      if (v[k] > v[arg]) arg = k;
    hana::for_each(hana::make_range(hana::size_c<0>, hana::size_c<8>), [&](auto k) {
      const double got = [&]<std::size_t... I>(std::index_sequence<I...>) {
        return eval(hana::at(g8, k), (hana::at_c<I>(zs) = v[I])...);
      }(std::make_index_sequence<8>{});
      CHECK(got == (k.value == arg ? 1.0 : 0.0));  // the first maximal one at ties
    });
  }
}

namespace {
// The GLU family's references: value, d/da, d/db, written by hand.
struct glu_ref {
  hp value, da, db;
};
hp sig(const hp& t) { return 1 / (1 + exp(-t)); }
hp phi(const hp& t) {
  using boost::math::constants::pi;
  return exp(-t * t / 2) / sqrt(2 * pi<hp>());
}
hp Phi(const hp& t) { return erfc(-t / sqrt(hp(2))) / 2; }  // 1 - Phi would cancel; erfc does not

glu_ref glu_hand(const hp& a, const hp& b) { return {a * sig(b), sig(b), a * sig(b) * sig(-b)}; }
glu_ref reglu_hand(const hp& a, const hp& b) {
  return a > 0 ? glu_ref{a * b, b, a} : glu_ref{0, 0, 0};
}
glu_ref swiglu_hand(const hp& a, const hp& b) {
  // silu'(a) = sigma(a) + a sigma(a) sigma(-a)
  return {a * sig(a) * b, (sig(a) + a * sig(a) * sig(-a)) * b, a * sig(a)};
}
glu_ref geglu_hand(const hp& a, const hp& b) {
  // gelu'(a) = Phi(a) + a phi(a)
  return {a * Phi(a) * b, (Phi(a) + a * phi(a)) * b, a * Phi(a)};
}

template <class F, class Ref>
void check_glu(F f, Ref ref) {
  constexpr auto a = var<"a">;
  constexpr auto b = var<"b">;
  constexpr auto fa = d(F{}, a);
  constexpr auto fb = d(F{}, b);
  std::size_t checked = 0;
  for (const auto& p : cat::multi_input_points()) {
    if (std::abs(p[0]) > 40 || std::abs(p[1]) > 40) continue;  // keep values well inside hp's reach of e^-x^2/2
    CAPTURE(p[0]);
    CAPTURE(p[1]);
    const glu_ref r = ref(hp(p[0]), hp(p[1]));
    const hp av = p[0], bv = p[1];
    CHECK(cat::rel_err(eval(f, a = av, b = bv), r.value) < hp("1e-90"));
    CHECK(cat::rel_err(eval(fa, a = av, b = bv), r.da) < hp("1e-85"));
    CHECK(cat::rel_err(eval(fb, a = av, b = bv), r.db) < hp("1e-85"));
    ++checked;
  }
  CHECK(checked >= 50);
}
}  // namespace

TEST_CASE("GLU family: value and both partial derivatives") {
  constexpr auto a = var<"a">;
  constexpr auto b = var<"b">;
  SUBCASE("glu") { check_glu(glu(a, b), glu_hand); }
  SUBCASE("reglu") { check_glu(reglu(a, b), reglu_hand); }
  SUBCASE("swiglu") { check_glu(swiglu(a, b), swiglu_hand); }
  SUBCASE("geglu") { check_glu(geglu(a, b), geglu_hand); }
}
#endif
