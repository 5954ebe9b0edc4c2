// The backward pass of the GLU family's element-wise part. With a and b the
// two projections (xW + b, xV + c), swiglu(a, b) = silu(a)·b and
// geglu(a, b) = gelu(a)·b; a layer's backward pass multiplies the upstream
// gradient g by the partials by a and by b. The partials are derived here,
// evaluated in double and at 100 digits, and checked against the textbook
// formulas written with Boost's exp and erfc:
//   swiglu: ∂/∂a = b·σ(a)(1 + a(1 - σ(a))),  ∂/∂b = a·σ(a)
//   geglu:  ∂/∂a = b·(Φ(a) + a·φ(a)),         ∂/∂b = a·Φ(a)
// with Φ(a) = erfc(-a/√2)/2 and φ(a) = e^(-a²/2)/√(2π).
#include <array>
#include <cstddef>
#include <cstdio>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/actdiff.hpp>

namespace {

using hp = boost::multiprecision::cpp_bin_float_100;

constexpr auto a = actdiff::var<"a">;
constexpr auto b = actdiff::var<"b">;

struct textbook {
  hp da, db;
};
textbook swiglu_textbook(const hp& av, const hp& bv) {
  const hp s = 1 / (1 + exp(-av));
  return {bv * s * (1 + av * (1 - s)), av * s};
}
textbook geglu_textbook(const hp& av, const hp& bv) {
  const hp pi = 4 * atan(hp(1));
  const hp cdf = erfc(-av / sqrt(hp(2))) / 2, pdf = exp(-av * av / 2) / sqrt(2 * pi);
  return {bv * (cdf + av * pdf), av * cdf};
}

// One gate's backward pass on six elements; returns the number of failed checks.
template <class F>
int backward(const char* name, F, textbook (*reference)(const hp&, const hp&)) {
  constexpr auto da = actdiff::d(F{}, a);
  constexpr auto db = actdiff::d(F{}, b);
  std::printf("%s:\n  d/da = %s\n  d/db = %s\n", name, actdiff::to_string(da).c_str(), actdiff::to_string(db).c_str());

  constexpr std::array<double, 6> as{-6, -1.5, -0.3, 0.2, 1.7, 5};
  constexpr std::array<double, 6> bs{0.8, -1.2, 2, 0.5, -0.7, 1.1};
  constexpr std::array<double, 6> upstream{0.1, -0.25, 1, 0.5, 2, -0.75};
  std::printf("  %5s %5s %6s  %24s %24s\n", "a", "b", "g", "g*d/da", "g*d/db");
  double worst_double = 0, worst_100 = 0;
  for (std::size_t k = 0; k < as.size(); ++k) {
    const double pa = actdiff::eval(da, a = as[k], b = bs[k]), pb = actdiff::eval(db, a = as[k], b = bs[k]);
    std::printf("  %5g %5g %6g  %24.17g %24.17g\n", as[k], bs[k], upstream[k], upstream[k] * pa, upstream[k] * pb);
    const hp ah(as[k]), bh(bs[k]);
    const textbook want = reference(ah, bh);
    const hp got_a = actdiff::eval(da, a = ah, b = bh), got_b = actdiff::eval(db, a = ah, b = bh);
    for (auto [got, in_double, ref] : {std::array<hp, 3>{got_a, hp(pa), want.da},
                                       std::array<hp, 3>{got_b, hp(pb), want.db}}) {
      const double r100 = static_cast<double>(abs(got / ref - 1)), rd = static_cast<double>(abs(in_double / ref - 1));
      if (r100 > worst_100) worst_100 = r100;
      if (rd > worst_double) worst_double = rd;
    }
  }
  std::printf("  max relative difference from the textbook partials: %.3g at 100 digits, %.3g in double\n\n",
              worst_100, worst_double);
  return (worst_100 < 1e-90 ? 0 : 1) + (worst_double < 1e-15 ? 0 : 1);
}

}  // namespace

int main() {
  const int failures = backward("swiglu(a, b)", actdiff::swiglu(a, b), swiglu_textbook) +
                       backward("geglu(a, b)", actdiff::geglu(a, b), geglu_textbook);
  return failures == 0 ? 0 : 1;
}
