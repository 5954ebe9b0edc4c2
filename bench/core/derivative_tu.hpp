// The expressions whose derivatives the core benches measure: tanh(x) and
// x·σ(x) with σ written from exp, differentiated 1 to 4 times.
#ifndef ACTDIFF_BENCH_CORE_DERIVATIVE_TU_HPP
#define ACTDIFF_BENCH_CORE_DERIVATIVE_TU_HPP

#include <actdiff/actdiff.hpp>

namespace bench {
using namespace actdiff;
using namespace actdiff::literals;
inline constexpr auto x = var<"x">;
inline constexpr auto tanh_x = tanh(x);
inline constexpr auto silu_x = x * (1_c / (1_c + exp(-x)));
}  // namespace bench

#endif
