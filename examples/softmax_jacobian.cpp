// The softmax Jacobian for n = 4: the 16 partials ∂s_i/∂z_j derived by
// jacobian(), evaluated in double and at 100 digits, against
// diag(s) - s·sᵀ computed here independently (s from Boost's exp at 100
// digits).
//
// The derived diagonal is s_i·Σ_{j≠i} s_j, not s_i(1 - s_i): where one class
// dominates, 1 - s_i cancels in double, and the printed relative errors show
// what that costs the textbook formula.
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <utility>

#include <boost/hana.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/actdiff.hpp>

namespace {

namespace hana = boost::hana;
using hp = boost::multiprecision::cpp_bin_float_100;
constexpr std::size_t n = 4;
template <class T>
using vec = std::array<T, n>;
template <class T>
using matrix = std::array<vec<T>, n>;

constexpr auto z0 = actdiff::var<"z0">;
constexpr auto z1 = actdiff::var<"z1">;
constexpr auto z2 = actdiff::var<"z2">;
constexpr auto z3 = actdiff::var<"z3">;
constexpr auto s = hana::make_tuple(actdiff::softmax<0>(z0, z1, z2, z3), actdiff::softmax<1>(z0, z1, z2, z3),
                                    actdiff::softmax<2>(z0, z1, z2, z3), actdiff::softmax<3>(z0, z1, z2, z3));
constexpr auto jac = actdiff::jacobian(s, z0, z1, z2, z3);  // jac[i][j] = ∂s_i/∂z_j

template <class T>
matrix<T> derived(const vec<T>& z) {
  matrix<T> m{};
  [&]<std::size_t... K>(std::index_sequence<K...>) {
    ((m[K / n][K % n] = actdiff::eval<T>(hana::at_c<K % n>(hana::at_c<K / n>(jac)), z0 = z[0], z1 = z[1],
                                         z2 = z[2], z3 = z[3])),
     ...);
  }(std::make_index_sequence<n * n>{});
  return m;
}

// diag(s) - s·sᵀ with s_i = e^(z_i) / Σ e^(z_j), in T with its own exp.
template <class T>
matrix<T> textbook(const vec<T>& z) {
  using std::exp;
  vec<T> e{};
  T sum = 0;
  for (std::size_t i = 0; i < n; ++i) sum += e[i] = exp(z[i]);
  matrix<T> m{};
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) m[i][j] = (i == j ? e[i] / sum : T(0)) - e[i] / sum * (e[j] / sum);
  return m;
}

// largest |a_ij / b_ij - 1|
template <class A>
double max_rel(const matrix<A>& a, const matrix<hp>& b) {
  hp worst = 0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      hp r = abs(hp(a[i][j]) / b[i][j] - 1);
      if (r > worst) worst = r;
    }
  return static_cast<double>(worst);
}

}  // namespace

int main() {
  std::printf("ds0/dz0 = %s\n", actdiff::to_string(hana::at_c<0>(hana::at_c<0>(jac))).c_str());
  std::printf("ds0/dz1 = %s\n", actdiff::to_string(hana::at_c<1>(hana::at_c<0>(jac))).c_str());

  int failures = 0;
  for (const vec<double>& z : {vec<double>{3, 1, -3, 0.5}, vec<double>{30, 2, -1, 0}}) {
    const vec<hp> zh{hp(z[0]), hp(z[1]), hp(z[2]), hp(z[3])};
    const matrix<double> jd = derived(z);
    const matrix<hp> jh = derived(zh), reference = textbook(zh);
    std::printf("\nz = (%g, %g, %g, %g): the Jacobian in double\n", z[0], z[1], z[2], z[3]);
    for (const auto& row : jd) std::printf("  % .6e % .6e % .6e % .6e\n", row[0], row[1], row[2], row[3]);
    const double at_100 = max_rel(jh, reference), in_double = max_rel(jd, reference);
    const double textbook_in_double = max_rel(textbook(z), reference);
    std::printf("max relative difference from diag(s) - s s^T at 100 digits:\n");
    std::printf("  derived, 100 digits: %.3g\n  derived, double:     %.3g\n  diag(s) - s s^T in double: %.3g\n", at_100,
                in_double, textbook_in_double);
    if (!(at_100 < 1e-80) || !(in_double < 1e-14)) ++failures;
  }
  return failures == 0 ? 0 : 1;
}
