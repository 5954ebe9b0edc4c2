// sigmoid(a) = σ(a) = 1/(1 + e^-a), a primitive so that its derivative comes
// out in a stable form: σ'(a) = σ(a)σ(-a) = sech²(a/2)/4, not σ(1 - σ) (zero
// in the right tail). The sech² form is the one whose own derivative is
// stable too: σ''(a) = -tanh(a/2)·sech²(a/2)/4 = -σ'(a)·tanh(a/2), where the
// product rule on σ(a)σ(-a) would give σ(a)σ(-a)(σ(-a) - σ(a)), which
// cancels to 0 near a = 0 (NUMERICS.md).
#ifndef ACTDIFF_FUNCTIONS_SIGMOID_HPP
#define ACTDIFF_FUNCTIONS_SIGMOID_HPP

#include <concepts>
#include <cstddef>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/functions/sech2.hpp>
#include <actdiff/math/sigmoid.hpp>
#include <actdiff/math/wide.hpp>

namespace actdiff {

template <expression A>
constexpr auto sigmoid(A);

namespace detail {

struct sigmoid_op {
  static constexpr std::string_view name = "sigmoid";
  static constexpr std::string_view latex = "\\sigma";
  static constexpr int order = 20;

  // For eval's compensated arguments (core/compensated.hpp): σ'(a) = σ(a)(1 - σ(a)): 1 - σ(a) is exact, and where it is 0 so is the correction.
  template <class T>
    requires builtin_float<T>
  static constexpr T slope(const T& a, const T& fa) {
    (void)a;
    (void)fa;
    return math::mul(fa, math::sub(T(1), fa));
  }
  // apply's bits without a branch, for the kernels (core/compensated.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T apply_branch_free(const T& a, bool& ok) {
    return math::branch_free::sigmoid(a, ok);
  }
  // log2 of a bound above |f(a)|: σ(a) < e^a (kernels/branch_free_eval.hpp)
  template <math::branch_free::float_or_double T>
  ACTDIFF_BRANCH_FREE static T log2_bound(T a) {
    constexpr T log2e = T(1.4426950408889634074);
    return a * log2e;
  }
  // Where eval's m·2^e of σ in float (widened from double, math/wide.hpp)
  // rounds to its value, for the kernels' bounded pass
  // (kernels/branch_free_eval.hpp): where it is 1 from an argument of at
  // least 18 (σ(18) = 1 - 1.5e-8, above 1 - 2^-25).
  template <std::same_as<float> T>
  ACTDIFF_BRANCH_FREE static bool wide_is_value_at(T a, T fa) {
    return (fa == 1.0f) & (a >= 18.0f);
  }
  // For eval's products whose plain value leaves the range (math/wide.hpp):
  // sigmoid(a.hi + a.lo) as m·2^e, given eval's value fa.
  template <class T>
    requires builtin_float<T>
  static constexpr math::wide<T> apply_wide(math::detail::two<T> a, const T& fa) {
    return math::sigmoid_wide(a.hi, a.lo, fa);
  }
  template <class T>
  static constexpr T apply(const T& a) {
    if constexpr (builtin_float<T>) {
      return math::sigmoid(a);
    } else {
      using std::exp;
      return a < 0 ? T(exp(a) / (1 + exp(a))) : T(1 / (1 + exp(-a)));
    }
  }
  template <std::size_t I, class A>
  static constexpr auto partial(A a) {
    return rational<1, 4>{} * sech2(a * rational<1, 2>{});
  }
  template <class A>
  static constexpr auto make(A a) {
    return actdiff::sigmoid(a);
  }
};

}  // namespace detail

template <expression A>
constexpr auto sigmoid(A) {
  if constexpr (std::is_same_v<A, rational<0>>)
    return rational<1, 2>{};
  else
    return fn<detail::sigmoid_op, A>{};
}

}  // namespace actdiff

#endif
