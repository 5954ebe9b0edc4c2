// The loop behind the kernels: several expressions of one variable X (f and
// f') evaluated at every element of an input span, each distinct
// subexpression once per element, with eval's bits.
//
// Elements go in blocks of kernel_block. A block is computed by the
// branch-free evaluator (branch_free_eval.hpp) into local arrays: a loop with
// a fixed trip count that reads the caller's spans and writes only its own
// arrays, so that GCC vectorises it at -O2 (whose "very cheap" cost model
// takes no loop that needs a run-time alias check or a scalar epilogue).
// If every element of the block stayed on the fast paths the block is
// copied out; otherwise the whole block is computed again by eval's own
// evaluator, element by element, and so are the last n % kernel_block
// elements, and every element of an expression with no branch-free version.
#ifndef ACTDIFF_KERNELS_BLOCKS_HPP
#define ACTDIFF_KERNELS_BLOCKS_HPP

#include <array>
#include <cstddef>
#include <cstring>
#include <limits>
#include <utility>

#include <actdiff/core/meta.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/eval.hpp>
#include <actdiff/kernels/branch_free_eval.hpp>

namespace actdiff::detail {

// 64 elements: the fallback redoes at most 63 others, and three outputs of
// doubles stay well inside L1.
inline constexpr std::size_t kernel_block = 64;

// out[k][i] = Es_k at X = in[i]; with Scaled, the last output is multiplied
// by scale[i] (the upstream gradient) after it is evaluated.
template <class X, class T, bool Scaled, class... Es>
struct kernel_loop {
  using list = union_of<nodes_of<Es>...>;
  using env = environment<binding<X::name, T>>;
  static constexpr std::size_t outputs = sizeof...(Es);
  static constexpr std::array<std::size_t, outputs> at = {list_index<Es, list>...};
  static constexpr std::size_t B = kernel_block;

  // The outputs, before scaling; NaN in gives NaN out for every output, as
  // eval (also one that does not use X)
  template <class Values>
  static std::array<T, outputs> results(const Values& v, T x) {
    std::array<T, outputs> r;
    for (std::size_t k = 0; k < outputs; ++k) r[k] = math::branch_free::select(x != x, x, v[at[k]]);
    return r;
  }

  // eval's path: the same evaluator as eval, on the nodes of all Es, and
  // eval's limit where an infinite input gives NaN
  static void exact(const T* in, const T* scale, const std::array<T*, outputs>& out, std::size_t i) {
    std::array<T, list::size> v{};
    env e{{X{} = in[i]}};
    evaluate_into<T, list>(v, e);
    auto r = results(v, in[i]);
    bool nan_out = false;
    for (std::size_t k = 0; k < outputs; ++k) nan_out |= r[k] != r[k];
    if (nan_out && to_finite_limit<T>(e)) {
      evaluate_into<T, list>(v, e);
      const auto l = results(v, in[i]);
      for (std::size_t k = 0; k < outputs; ++k) r[k] = r[k] != r[k] ? l[k] : r[k];
    }
    if constexpr (Scaled) r[outputs - 1] = scale[i] * r[outputs - 1];
    for (std::size_t k = 0; k < outputs; ++k) out[k][i] = r[k];
  }

  // Elements [0, B) of in, branch-free; false (and nothing written) if an
  // element left the fast paths. flatten: a call left in the loop would
  // keep it from vectorising.
  [[gnu::flatten]] static bool fast_block(const T* in, const T* scale, const std::array<T*, outputs>& out) {
    T buf[outputs][B];
    unsigned bad = 0;
    for (std::size_t j = 0; j < B; ++j) {
      bool ok = true;
      std::array<T, list::size> v;
      evaluate_branch_free<T, list>(v, env{{X{} = in[j]}}, ok);
      auto r = results(v, in[j]);
      // an infinite input with a NaN output takes eval's limit: exact's path
      bool nan_out = false;
      for (std::size_t k = 0; k < outputs; ++k) nan_out |= r[k] != r[k];
      const T x = in[j];
      ok &= !(nan_out & (math::fabs(x) > std::numeric_limits<T>::max()));
      if constexpr (Scaled) r[outputs - 1] = scale[j] * r[outputs - 1];
      for (std::size_t k = 0; k < outputs; ++k) buf[k][j] = r[k];
      bad |= !ok;
    }
    if (bad != 0) return false;
    for (std::size_t k = 0; k < outputs; ++k) std::memcpy(out[k], buf[k], sizeof buf[k]);  // <algorithm> costs the umbrella 0.1 s
    return true;
  }

  static void run(std::size_t n, const T* in, const T* scale, const std::array<T*, outputs>& out) {
    std::size_t i = 0;
    if constexpr (branch_free_list<T, list>) {
      for (; i + B <= n; i += B) {
        std::array<T*, outputs> o;
        for (std::size_t k = 0; k < outputs; ++k) o[k] = out[k] + i;
        if (!fast_block(in + i, Scaled ? scale + i : nullptr, o))
          for (std::size_t j = i; j < i + B; ++j) exact(in, scale, out, j);
      }
    }
    for (; i < n; ++i) exact(in, scale, out, i);
  }
};

}  // namespace actdiff::detail

#endif
