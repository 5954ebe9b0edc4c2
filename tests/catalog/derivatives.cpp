// Check 3: first derivatives against central differences of the textbook
// definitions (textbook.hpp, never actdiff), for every catalog entry and
// every input, and for the learnable parameters.
//
// The difference quotient is taken in 400-digit arithmetic with h = 1e-50:
// its truncation error is O(h^2 f''') ~ 1e-100, its rounding error
// ~ 1e-400/1e-50 = 1e-350 times what the textbook formula cancels (at most
// ~200 digits at |x| <= 30), so it is exact to far better than the 1e-30
// relative asserted for actdiff's derivative evaluated in cpp_bin_float_100.
// Points: |x| <= 30, not at a kink (where a one-sided convention applies).
#include <doctest/doctest.h>

#include <cmath>
#include <algorithm>
#include <string>
#include <string_view>

#include "common.hpp"

// Entries [CAT_BEGIN, CAT_END) of the catalog, and with CAT_PARAMS the
// parameter derivatives: one translation unit each part.
#ifndef CAT_BEGIN
#define CAT_BEGIN 0
#define CAT_END 35
#define CAT_PARAMS 1
#endif

using namespace actdiff;
using namespace actdiff::literals;
using cat::hp;
using cat::wide;
namespace hana = boost::hana;
namespace tb = textbook;

namespace {

const wide h("1e-50");
const wide tolerance("1e-30");
// Where the derivative is 0 (tanhshrink' at 0), the quotient is O(h^2);
// compare absolutely there.
const wide zero_floor("1e-60");

template <class F>
wide central_difference(F f, const wide& at) {
  return (f(wide(at + h)) - f(wide(at - h))) / (2 * h);
}

void compare(const hp& got, const wide& fd) {
  CAPTURE(got);
  CAPTURE(fd);
  const wide scale = abs(fd) > zero_floor ? abs(fd) : zero_floor;
  CHECK(abs(wide(got) - fd) < tolerance * scale);
}

std::vector<double> smooth_points(const double* kinks, std::size_t n_kinks) {
  std::vector<double> p;
  for (double v : cat::one_input_points())
    if (std::abs(v) <= 30) p.push_back(v);
  for (double v : {0.3, 1.7, 4.2, 13.5}) {
    p.push_back(v);
    p.push_back(-v);
  }
  std::erase_if(p, [&](double v) { return std::find(kinks, kinks + n_kinks, v) != kinks + n_kinks; });
  return p;
}

}  // namespace

#if CAT_END > CAT_BEGIN
namespace {
constexpr auto part = hana::drop_front(hana::take_front(catalog::activations, hana::size_c<CAT_END>),
                                        hana::size_c<CAT_BEGIN>);
}
TEST_CASE("f' of every catalog entry, every input, against central differences") {
  std::size_t entries = 0;
  hana::for_each(part, [&](auto entry) {
    using E = decltype(entry);
    constexpr std::string_view name = E::name;
    CAPTURE(name);
    ++entries;
    std::vector<std::array<double, 3>> pts;
    if constexpr (cat::arity<E> == 1) {
      for (double p : smooth_points(E::kinks.data(), E::kinks.size())) pts.push_back({p, 0, 0});
    } else {
      for (const auto& p : cat::multi_input_points()) {
        if (std::abs(p[0]) > 40 || std::abs(p[1]) > 40 || std::abs(p[2]) > 40) continue;
        // maxout's kinks are ties of the maximum; reglu's is a = 0
        if (name == "maxout" && (p[0] == p[1] || p[1] == p[2] || p[0] == p[2])) continue;
        if (name == "reglu" && p[0] == 0) continue;
        pts.push_back(p);
      }
    }
    CHECK(pts.size() >= 50);
    std::size_t checked = 0;
    hana::for_each(hana::make_range(hana::size_c<0>, hana::size_c<cat::arity<E>>), [&](auto k) {
      constexpr auto fk = d(E::f, hana::at(E::inputs, k));
      CAPTURE(k.value);
      for (const auto& p : pts) {
        CAPTURE(p[0]);
        CAPTURE(p[1]);
        CAPTURE(p[2]);
        const hp got = cat::eval_at<hp, E>(fk, p);
        std::array<wide, 3> v = {wide(p[0]), wide(p[1]), wide(p[2])};
        const wide fd = central_difference(
            [&](const wide& t) {
              auto u = v;
              u[k.value] = t;
              return tb::at_defaults<wide>(name, u);
            },
            v[k.value]);
        compare(got, fd);
        ++checked;
      }
    });
    CHECK(checked >= 50 * cat::arity<E>);
  });
  CHECK(entries == CAT_END - CAT_BEGIN);
}
#endif

#if CAT_PARAMS
namespace {
constexpr auto x = var<"x">;
constexpr auto alpha = var<"alpha">;
constexpr auto beta = var<"beta">;
constexpr auto lambda = var<"lambda">;
constexpr auto b = var<"b">;

// d(f, var) at x for each smooth point, with var = value, against the central
// difference of ref(x, value) in var.
template <class G, class B, class Ref>
void check_param(G g, B param_binding_of, const char* value, Ref ref, std::vector<double> kinks = {}) {
  CAPTURE(value);
  std::size_t checked = 0;
  for (double p : smooth_points(kinks.data(), kinks.size())) {
    CAPTURE(p);
    const hp got = hana::unpack(param_binding_of(hp(value)), [&](auto... bs) { return eval(g, x = hp(p), bs...); });
    const wide fd = central_difference([&](const wide& a) { return ref(wide(p), a); }, wide(value));
    compare(got, fd);
    ++checked;
  }
  CHECK(checked >= 50);
}
// d(f, x) with the parameter at a value other than its default.
template <class G, class B, class Ref>
void check_x(G g, B param_binding_of, const char* value, Ref ref, std::vector<double> kinks = {}) {
  CAPTURE(value);
  for (double p : smooth_points(kinks.data(), kinks.size())) {
    CAPTURE(p);
    const hp got = hana::unpack(param_binding_of(hp(value)), [&](auto... bs) { return eval(g, x = hp(p), bs...); });
    const wide fd = central_difference([&](const wide& t) { return ref(t, wide(value)); }, wide(p));
    compare(got, fd);
  }
}
// the parameter bindings, as a tuple passed on to eval
auto bind_alpha = [](hp v) { return hana::make_tuple(alpha = v); };
auto bind_beta = [](hp v) { return hana::make_tuple(beta = v); };
auto bind_lambda = [](hp v) { return hana::make_tuple(lambda = v); };
auto bind_b = [](hp v) { return hana::make_tuple(b = v); };
}  // namespace

TEST_CASE("parameter derivatives against central differences") {
  SUBCASE("leaky_relu with a variable alpha") {
    constexpr auto f = leaky_relu(x, alpha);
    auto ref = [](const wide& t, const wide& a) { return tb::leaky_relu(t, a); };
    for (const char* a : {"0.01", "0.2"}) {
      check_param(d(f, alpha), bind_alpha, a, ref, {0.0});
      check_x(d(f, x), bind_alpha, a, ref, {0.0});
    }
  }
  SUBCASE("prelu: d/dalpha") {
    constexpr auto f = prelu(x, alpha);
    auto ref = [](const wide& t, const wide& a) { return tb::leaky_relu(t, a); };
    check_param(d(f, alpha), bind_alpha, "0.25", ref, {0.0});
    check_x(d(f, x), bind_alpha, "0.25", ref, {0.0});
  }
  SUBCASE("elu: d/dalpha") {
    constexpr auto f = elu(x, alpha);
    auto ref = [](const wide& t, const wide& a) { return tb::elu(t, a); };
    for (const char* a : {"1", "1.5"}) {
      check_param(d(f, alpha), bind_alpha, a, ref, {0.0});
      check_x(d(f, x), bind_alpha, a, ref, {0.0});
    }
  }
  SUBCASE("selu: d/dalpha and d/dlambda") {
    constexpr auto f = selu(x, alpha, lambda);
    const char* a0 = "1.6732632423543772848170429916717";
    const char* l0 = "1.0507009873554804934193349852946";
    check_param(
        d(f, alpha), [&](hp v) { return hana::make_tuple(alpha = v, lambda = hp(l0)); }, a0,
        [&](const wide& t, const wide& a) { return tb::selu(t, a, wide(l0)); }, {0.0});
    check_param(
        d(f, lambda), [&](hp v) { return hana::make_tuple(lambda = v, alpha = hp(a0)); }, l0,
        [&](const wide& t, const wide& l) { return tb::selu(t, wide(a0), l); }, {0.0});
  }
  SUBCASE("celu: d/dalpha") {
    constexpr auto f = celu(x, alpha);
    auto ref = [](const wide& t, const wide& a) { return tb::celu(t, a); };
    for (const char* a : {"1", "0.5", "2"}) {
      check_param(d(f, alpha), bind_alpha, a, ref, {0.0});
      check_x(d(f, x), bind_alpha, a, ref, {0.0});
    }
  }
  SUBCASE("softplus: d/dbeta") {
    constexpr auto f = softplus(x, beta);
    auto ref = [](const wide& t, const wide& be) { return tb::softplus(t, be); };
    for (const char* be : {"1", "2", "0.5"}) {
      check_param(d(f, beta), bind_beta, be, ref);
      check_x(d(f, x), bind_beta, be, ref);
    }
  }
  SUBCASE("swish: d/dbeta") {
    constexpr auto f = swish(x, beta);
    auto ref = [](const wide& t, const wide& be) { return tb::swish(t, be); };
    for (const char* be : {"1", "0.5", "1.702"}) {
      check_param(d(f, beta), bind_beta, be, ref);
      check_x(d(f, x), bind_beta, be, ref);
    }
  }
  SUBCASE("softshrink and hardshrink: d/dlambda") {
    for (const char* l : {"0.5", "1.25"}) {
      const double ld = std::stod(l);
      check_param(d(softshrink(x, lambda), lambda), bind_lambda, l,
                  [](const wide& t, const wide& la) { return tb::softshrink(t, la); }, {-ld, ld});
      check_param(d(hardshrink(x, lambda), lambda), bind_lambda, l,
                  [](const wide& t, const wide& la) { return tb::hardshrink(t, la); }, {-ld, ld});
    }
  }
  SUBCASE("squareplus: d/db") {
    constexpr auto f = squareplus(x, b);
    auto ref = [](const wide& t, const wide& bb) { return tb::squareplus(t, bb); };
    for (const char* bb : {"4", "1"}) {
      check_param(d(f, b), bind_b, bb, ref);
      check_x(d(f, x), bind_b, bb, ref);
    }
  }
}
#endif
