// The identity table of IDENTITIES.md as data: one descriptor per row, in one
// hana::tuple (verify::identities::table) that the tests and the actdiff
// program read. Nothing else keeps its own list.
//
// Each row is an empty type with static members:
//   id, text        "I1", the identity as IDENTITIES.md writes it
//   stated          marked S (stated in the source documents)
//   kind            exact (every equation holds), approximation (a bound is
//                   reported), number (a worked example reproduced)
//   equations       hana::tuple of verify::equation (lhs, rhs, and what the
//                   numerical check needs: equation.hpp); may be empty
//   symbolic        the claim that every equation is proved symbolically
//                   (verify::proves); tests check the claim both ways. For
//                   rows without equations: I15 is exact by folding (σ'(0)
//                   and (1/4)^10 are rationals), I10, I14, I16 are numbers.
//   custom          (approximation/number rows) a type whose run() computes
//                   and reports the bound or the numbers (examples.hpp)
//   note            how the row is checked, when it is not obvious
//
// Parameters are at the catalog's defaults unless the row names a value.
#ifndef ACTDIFF_VERIFY_IDENTITIES_HPP
#define ACTDIFF_VERIFY_IDENTITIES_HPP

#include <string_view>

#include <boost/hana/fold_left.hpp>
#include <boost/hana/tuple.hpp>

#include <actdiff/activations/catalog.hpp>
#include <actdiff/core/literals.hpp>
#include <actdiff/diff.hpp>
#include <actdiff/verify/equation.hpp>
#include <actdiff/verify/examples.hpp>

namespace actdiff::verify::identities {

enum class kind { exact, approximation, number };

namespace vars {
inline constexpr auto x = var<"x">;
inline constexpr auto z0 = var<"z0">;
inline constexpr auto z1 = var<"z1">;
inline constexpr auto z2 = var<"z2">;
inline constexpr auto a = var<"a">;
inline constexpr auto b = var<"b">;
}  // namespace vars

struct no_custom {};

#define ACTDIFF_VERIFY_ROW(ID, TEXT, STATED, KIND, SYMBOLIC, CUSTOM, NOTE, ...) \
  struct ID {                                                                    \
    static constexpr std::string_view id = #ID;                                  \
    static constexpr std::string_view text = TEXT;                               \
    static constexpr bool stated = STATED;                                       \
    static constexpr kind type = kind::KIND;                                     \
    static constexpr bool symbolic = SYMBOLIC;                                   \
    using custom = CUSTOM;                                                       \
    static constexpr std::string_view note = NOTE;                               \
    static constexpr auto equations = [] {                                       \
      using namespace vars;                                                      \
      using namespace actdiff::literals;                                         \
      return boost::hana::make_tuple(__VA_ARGS__);                               \
    }();                                                                         \
  };

ACTDIFF_VERIFY_ROW(I1, "σ'(x) = σ(x)(1 − σ(x))", true, exact, true, no_custom, "1 − σ cancels for x ≫ 0: tail points in MPFR",
                   eq<1>(d(sigmoid(x), x), sigmoid(x) * (1_c - sigmoid(x))))
ACTDIFF_VERIFY_ROW(I2, "tanh x = 2σ(2x) − 1", true, exact, true, no_custom, "2σ(2x) − 1 cancels near 0: 150 digits",
                   eq<0, true>(tanh(x), 2_c * sigmoid(2_c * x) - 1_c))
ACTDIFF_VERIFY_ROW(I3, "tanh' x = (1 + tanh x)(1 − tanh x) = 1 − tanh² x", true, exact, true, no_custom,
                   "1 − tanh² cancels for |x| ≫ 0: tail points in MPFR",
                   eq<2>(d(tanh(x), x), (1_c + tanh(x)) * (1_c - tanh(x))),
                   eq<2>(d(tanh(x), x), 1_c - pow<2>(tanh(x))))
ACTDIFF_VERIFY_ROW(I4, "σ(x) = e^x/(e^x + e^0)", true, exact, true, no_custom, "",
                   eq(sigmoid(x), exp(x) / (exp(x) + exp(0_c))))
ACTDIFF_VERIFY_ROW(I5, "softplus'(x) = σ(x)", true, exact, true, no_custom, "", eq(d(softplus(x), x), sigmoid(x)))
ACTDIFF_VERIFY_ROW(I6, "leaky_relu(x; γ) = max(0, x) + γ·min(0, x) = max(x, γx) for 0 ≤ γ < 1", true, exact, true,
                   no_custom, "γ = 0.01 (default) and γ = 0.2",
                   eq(leaky_relu(x), max(0_c, x) + 0.01_c * min(0_c, x)), eq(leaky_relu(x), max(x, 0.01_c * x)),
                   eq(leaky_relu(x, 0.2_c), max(0_c, x) + 0.2_c * min(0_c, x)),
                   eq(leaky_relu(x, 0.2_c), max(x, 0.2_c * x)))
ACTDIFF_VERIFY_ROW(I7, "elu(x; γ) = max(0, x) + min(0, γ(e^x − 1))", true, exact, false, no_custom,
                   "γ = 1 (default) and γ = 0.5; e^x − 1 cancels near 0: 150 digits; not proved: the condition "
                   "0 ≤ γ(e^x − 1) is not linear in x",
                   eq<0, true>(elu(x), max(0_c, x) + min(0_c, exp(x) - 1_c)),
                   eq<0, true>(elu(x, 0.5_c), max(0_c, x) + min(0_c, 0.5_c * (exp(x) - 1_c))))
ACTDIFF_VERIFY_ROW(I8, "prelu(x; 0) = relu(x); prelu(x; γ) = leaky_relu(x; γ)", true, exact, true, no_custom,
                   "γ = 0.25 (prelu's default)", eq(prelu(x, 0_c), relu(x)), eq(prelu(x), leaky_relu(x, 0.25_c)))
ACTDIFF_VERIFY_ROW(I9, "swish(x; 0) = x/2; swish(x; β) → relu(x) as β → ∞ (show the gap shrinking)", true, approximation,
                   true, examples::swish_gap, "the gap max|swish(x; β) − relu(x)| = W(1/e)/β, found by search",
                   eq(swish(x, 0_c), x / 2_c))
ACTDIFF_VERIFY_ROW(I10, "max over ℝ of |gelu − gelu_tanh| and of |gelu − gelu_sigmoid| (an approximation bound)", true,
                   approximation, false, examples::gelu_bounds, "located by golden-section search at 100 digits")
ACTDIFF_VERIFY_ROW(I11, "mish(x) = x·tanh(log(1 + e^x))", true, exact, true, no_custom,
                   "log(1 + e^x) loses e^x for x ≪ 0: tail points in MPFR",
                   eq<1>(mish(x), x * tanh(log(1_c + exp(x)))))
ACTDIFF_VERIFY_ROW(I12, "softmax_1(z1, z2) = σ(z1 − z2)", true, exact, true, no_custom, "softmax_1 is softmax<0>",
                   eq(softmax<0>(z0, z1), sigmoid(z0 - z1)))
ACTDIFF_VERIFY_ROW(I13, "∂softmax_i/∂z_i = s_i(1 − s_i); ∂softmax_i/∂z_j = −s_i·s_j (i ≠ j)", true, exact, true, no_custom,
                   "three inputs; 1 − s_i cancels: tail points in MPFR",
                   eq<1>(d(softmax<0>(z0, z1, z2), z0), softmax<0>(z0, z1, z2) * (1_c - softmax<0>(z0, z1, z2))),
                   eq(d(softmax<0>(z0, z1, z2), z1), -softmax<0>(z0, z1, z2) * softmax<1>(z0, z1, z2)),
                   eq(d(softmax<2>(z0, z1, z2), z0), -softmax<2>(z0, z1, z2) * softmax<0>(z0, z1, z2)))
ACTDIFF_VERIFY_ROW(I14, "softmax(3, 1, −3) ≈ (0.88, 0.12, 0.00)", true, number, false, examples::softmax_example, "")
ACTDIFF_VERIFY_ROW(I15, "max σ' = σ'(0) = 1/4; (1/4)^10 = 1/1048576", true, number, true, examples::sigmoid_max_slope,
                   "σ'(0) and (1/4)^10 fold to exact rationals; the maximum is checked on the sweep")
ACTDIFF_VERIFY_ROW(I16, "descent on σ from σ = 0.9, rate 0.2: first step gives 0.898368…, 67 steps to σ < 0.5; ReLU: 2 steps",
                   true, number, false, examples::descent, "ReLU in exact rationals: 2 steps to relu(x) ≤ 0.5 (3 to < 0.5)")
ACTDIFF_VERIFY_ROW(I17, "hardswish(x) = x·hardsigmoid(x); hardsigmoid(x) = relu6(x + 3)/6", true, exact, true, no_custom, "",
                   eq(hardswish(x), x * hardsigmoid(x)), eq(hardsigmoid(x), relu6(x + 3_c) / 6_c))
ACTDIFF_VERIFY_ROW(I18, "σ(−x) = 1 − σ(x)", false, exact, true, no_custom, "1 − σ cancels for x ≫ 0: tail points in MPFR",
                   eq<1>(sigmoid(-x), 1_c - sigmoid(x)))
ACTDIFF_VERIFY_ROW(I19, "elu'(x) = elu(x) + α for x ≤ 0", false, exact, true, no_custom,
                   "α = 1 and α = 0.5, points x ≤ 0; α(e^x − 1) + α cancels for x ≪ 0: tail points in MPFR",
                   eq<1, false, 1>(d(elu(x), x), elu(x) + 1_c),
                   eq<1, false, 1>(d(elu(x, 0.5_c), x), elu(x, 0.5_c) + 0.5_c))
ACTDIFF_VERIFY_ROW(I20, "logsigmoid(x) = −softplus(−x); logsigmoid'(x) = σ(−x)", false, exact, true, no_custom, "",
                   eq(logsigmoid(x), -softplus(-x)), eq(d(logsigmoid(x), x), sigmoid(-x)))
ACTDIFF_VERIFY_ROW(I21, "selu(x) = λ·elu(x; α)", false, exact, true, no_custom, "",
                   eq(selu(x), selu_lambda * elu(x, selu_alpha)))
ACTDIFF_VERIFY_ROW(I22, "silu'(x) = σ(x)(1 + x(1 − σ(x)))", false, exact, true, no_custom, "",
                   eq(d(silu(x), x), sigmoid(x) * (1_c + x * (1_c - sigmoid(x)))))
ACTDIFF_VERIFY_ROW(I23, "gelu'(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π)", false, exact, true, no_custom,
                   "Φ(x) = erfc(−x/√2)/2",
                   eq(d(gelu(x), x), erfc(-x * inv_sqrt2) / 2_c + x * inv_sqrt_2pi * exp(-pow<2>(x) / 2_c)))
ACTDIFF_VERIFY_ROW(I24, "mish'(x) = tanh(sp(x)) + x·σ(x)·(1 − tanh²(sp(x))), sp = softplus", false, exact, true, no_custom, "",
                   eq(d(mish(x), x), tanh(softplus(x)) + x * sigmoid(x) * (1_c - pow<2>(tanh(softplus(x))))))
ACTDIFF_VERIFY_ROW(I25, "∂logsumexp/∂z_i = softmax_i", false, exact, true, no_custom, "three inputs",
                   eq(d(logsumexp(z0, z1, z2), z0), softmax<0>(z0, z1, z2)),
                   eq(d(logsumexp(z0, z1, z2), z2), softmax<2>(z0, z1, z2)))
ACTDIFF_VERIFY_ROW(I26, "log_softmax_i = z_i − logsumexp(z); Σ_i softmax_i = 1", false, exact, true, no_custom, "three inputs",
                   eq<1>(log_softmax<1>(z0, z1, z2), z1 - logsumexp(z0, z1, z2)),
                   eq(softmax<0>(z0, z1, z2) + softmax<1>(z0, z1, z2) + softmax<2>(z0, z1, z2), 1_c))
ACTDIFF_VERIFY_ROW(I27, "σ''(x) = σ'(x)(1 − 2σ(x)); tanh''(x) = −2 tanh x (1 − tanh² x)", false, exact, true, no_custom,
                   "1 − 2σ cancels near 0 (150 digits); 1 − tanh² in the tails (MPFR)",
                   eq<0, true>(d<2>(sigmoid(x), x), d(sigmoid(x), x) * (1_c - 2_c * sigmoid(x))),
                   eq<2>(d<2>(tanh(x), x), -2_c * tanh(x) * (1_c - pow<2>(tanh(x)))))
ACTDIFF_VERIFY_ROW(I28, "softsign'(x) = 1/(1 + |x|)²", false, exact, true, no_custom, "",
                   eq(d(softsign(x), x), pow<-2>(1_c + abs(x))))
ACTDIFF_VERIFY_ROW(I29, "swiglu(a, b): ∂/∂a = b·silu'(a), ∂/∂b = silu(a); glu(a, b): ∂/∂b = a·σ'(b)", false, exact, true,
                   no_custom, "", eq(d(swiglu(a, b), a), b * d(silu(a), a)), eq(d(swiglu(a, b), b), silu(a)),
                   eq(d(glu(a, b), b), a * d(sigmoid(b), b)))
ACTDIFF_VERIFY_ROW(I30, "celu(x; 1) = elu(x; 1); squareplus(x; 0) = relu(x)", false, exact, true, no_custom, "",
                   eq(celu(x, 1_c), elu(x, 1_c)), eq(squareplus(x, 0_c), relu(x)))

#undef ACTDIFF_VERIFY_ROW

inline constexpr auto table =
    boost::hana::make_tuple(I1{}, I2{}, I3{}, I4{}, I5{}, I6{}, I7{}, I8{}, I9{}, I10{}, I11{}, I12{}, I13{}, I14{}, I15{},
                            I16{}, I17{}, I18{}, I19{}, I20{}, I21{}, I22{}, I23{}, I24{}, I25{}, I26{}, I27{}, I28{},
                            I29{}, I30{});

// Every equation of Row proved symbolically (true for rows with none).
template <class Row>
constexpr bool proved() {
  return boost::hana::fold_left(Row::equations, true,
                                [](bool acc, auto e) { return acc && decltype(e)::proved(); });
}

}  // namespace actdiff::verify::identities

#endif
