// The loop behind the kernels: several expressions of one variable X (f and
// f') evaluated at every element of an input span, each distinct
// subexpression once per element, with eval's bits.
//
// Elements go in blocks of kernel_block<T>. A block is computed by the
// branch-free evaluator (branch_free_eval.hpp) into local arrays: a loop with
// a fixed trip count that reads the caller's spans and writes only its own
// arrays, so that GCC vectorises it at -O2 (whose "very cheap" cost model
// takes no loop that needs a run-time alias check or a scalar epilogue).
// The block is copied out, and the elements that left the fast paths are
// computed again: a bounded branch-free pass (redo), then eval's own
// evaluator, one by one, for those that leave that too. The last
// n % kernel_block<T> elements, and every element of an expression with no
// branch-free version (or of a type blocks do not pay for, kernel_blocks_pay),
// are eval's.
#ifndef ACTDIFF_KERNELS_BLOCKS_HPP
#define ACTDIFF_KERNELS_BLOCKS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>

#include <actdiff/core/meta.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/eval.hpp>
#include <actdiff/kernels/branch_free_eval.hpp>

namespace actdiff::detail {

// 64 floats or 32 doubles: three outputs stay well inside L1. (double ran
// 1-8% faster with 32 than with 64 on most rows of bench/kernels, and so
// did 128; float 1-5% slower with either.)
template <class T>
inline constexpr std::size_t kernel_block = sizeof(T) == 4 ? 64 : 32;

// Whether blocks pay for T on this target. GCC 12 turns no comparison of
// doubles into a vector mask without SSE4.2 (x86-64-v2), so for x86-64's
// default target it vectorises no double block loop, and a scalar loop of
// branch-free code (every path computed, selects through integer
// registers) is slower than eval element by element (bench/kernels built
// with no -march: σ 64 against 95 Me/s, softplus 35 against 51). There
// double takes eval's path for every element.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SSE4_2__)
template <class T>
inline constexpr bool kernel_blocks_pay = !std::is_same_v<T, double>;
#else
template <class T>
inline constexpr bool kernel_blocks_pay = true;
#endif

// out[k][i] = Es_k at X = in[i]; with Scaled, the last output is multiplied
// by scale[i] (the upstream gradient) after it is evaluated.
template <class X, class T, bool Scaled, class... Es>
struct kernel_loop {
  using list = union_of<nodes_of<Es>...>;
  using env = environment<binding<X::name, T>>;
  static constexpr std::size_t outputs = sizeof...(Es);
  static constexpr std::array<std::size_t, outputs> at = {list_index<Es, list>...};
  static constexpr std::size_t B = kernel_block<T>;
  // fast_block's per-element flags, a quarter of T's width: GCC vectorises
  // a loop by its narrowest type, so each value of T takes four vector
  // registers (bytes gave double eight, and spills: its rows up to 40% slower).
  // Bytes for f alone in float: f and f' spill less with half-words.
  using flag = std::conditional_t<sizeof(T) == 4 && outputs == 1, std::uint8_t, std::uint16_t>;

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
  static std::array<T, outputs> exact_values(T x, T scale) {
    std::array<T, list::size> v{};
    env e{{X{} = x}};
    evaluate_into<T, list>(v, e);
    auto r = results(v, x);
    bool nan_out = false;
    for (std::size_t k = 0; k < outputs; ++k) nan_out |= r[k] != r[k];
    if (nan_out && to_finite_limit<T>(e)) {
      evaluate_into<T, list>(v, e);
      const auto l = results(v, x);
      for (std::size_t k = 0; k < outputs; ++k) r[k] = r[k] != r[k] ? l[k] : r[k];
    }
    if constexpr (Scaled) r[outputs - 1] = scale * r[outputs - 1];
    return r;
  }
  static void exact(const T* in, const T* scale, const std::array<T*, outputs>& out, std::size_t i) {
    const auto r = exact_values(in[i], Scaled ? scale[i] : T(0));
    for (std::size_t k = 0; k < outputs; ++k) out[k][i] = r[k];
  }

  // Elements [0, B) of in, branch-free, into buf; fine[j] is false where
  // element j left the fast paths, and the result is true when every
  // element stayed on them. flatten: a call left in the loop would keep it
  // from vectorising. Each instance has one caller (run, redo), which GCC
  // inlines it into; there buf and fine are the caller's own arrays, and the
  // loop needs no run-time alias check (-O2 vectorises no loop that does).
  template <bool Bounds>
  [[gnu::flatten]] static bool fast_block(const T* in, const T* scale, T (&buf)[outputs][B], flag (&fine)[B]) {
    flag bad = 0;
    for (std::size_t j = 0; j < B; ++j) {
      bool ok = true;
      std::array<T, list::size> v;
      evaluate_branch_free<T, list, Bounds, type_list<Es...>>(v, env{{X{} = in[j]}}, ok);
      auto r = results(v, in[j]);
      // an infinite input with a NaN output takes eval's limit: exact's path
      bool nan_out = false;
      for (std::size_t k = 0; k < outputs; ++k) nan_out |= r[k] != r[k];
      const T x = in[j];
      ok &= !(nan_out & (math::fabs(x) > std::numeric_limits<T>::max()));
      if constexpr (Scaled) r[outputs - 1] = scale[j] * r[outputs - 1];
      for (std::size_t k = 0; k < outputs; ++k) buf[k][j] = r[k];
      fine[j] = flag(ok);
      bad |= flag(!ok);
    }
    return bad == 0;
  }

  // The elements that left their block's fast paths, gathered from several
  // blocks with their inputs (out may be in, and the upstream gradient may
  // be the gradient out), where they go in the end.
  struct left_elements {
    T in[2 * B], scale[2 * B];
    std::size_t at[2 * B];
    std::size_t n = 0;
  };
  // They are computed again B at a time, branch-free, with the products that
  // are certainly ±0 and the wide sums that are certainly a term's value or
  // ±0 as eval rounds them (branch_free_evaluator's Bounds: on [-20, 20] in
  // float eval then takes 3.9% of gelu's elements, 1.9% of gelu_tanh's,
  // 4.2% of gelu''s, 2.4% of gelu_tanh''s: where the result itself is
  // subnormal). Bounds in every block's loop would cost
  // silu a third of its speed in float.
  // (not inlined: run's block loop is then too large for GCC to vectorise)
  [[gnu::noinline]] static void redo(left_elements& l, const std::array<T*, outputs>& out) {
    for (std::size_t c = 0; c < l.n; c += B) {
      const std::size_t m = l.n - c < B ? l.n - c : B;
      T x[B], s[B];
      for (std::size_t j = 0; j < B; ++j) {
        x[j] = j < m ? l.in[c + j] : T(0);  // (a padding of zeros)
        s[j] = j < m ? l.scale[c + j] : T(0);
      }
      T buf[outputs][B];
      flag fine[B];
      fast_block<true>(x, Scaled ? s : nullptr, buf, fine);
      for (std::size_t j = 0; j < m; ++j) {
        if (!fine[j]) {
          const auto r = exact_values(x[j], s[j]);
          for (std::size_t k = 0; k < outputs; ++k) buf[k][j] = r[k];
        }
        for (std::size_t k = 0; k < outputs; ++k) out[k][l.at[c + j]] = buf[k][j];
      }
    }
    l.n = 0;
  }

  static void run(std::size_t n, const T* in, const T* scale, const std::array<T*, outputs>& out) {
    // the tail's trip count is below B where there are blocks: with a bound
    // GCC can see, a size it knows (a local vector's) gives no false
    // -Waggressive-loop-optimizations warning about the tail loop
    constexpr bool blocks = branch_free_list<T, list> && kernel_blocks_pay<T>;
    const std::size_t blocks_end = blocks ? n - n % B : 0;
    if constexpr (blocks) {
      left_elements left;
      for (std::size_t i = 0; i < blocks_end; i += B) {
        T buf[outputs][B];
        flag fine[B];
        // only the elements that left the fast paths are redone (a fifth of
        // gelu's on [-20, 20] in float, where Φ(x) is below float from
        // x = -13.2, would otherwise send almost every block to eval); they
        // are taken before the block is written
        if (!fast_block<false>(in + i, Scaled ? scale + i : nullptr, buf, fine))
          for (std::size_t j = 0; j < B; ++j)
            if (!fine[j]) {
              left.in[left.n] = in[i + j];
              left.scale[left.n] = Scaled ? scale[i + j] : T(0);
              left.at[left.n++] = i + j;
            }
        for (std::size_t k = 0; k < outputs; ++k)
          std::memcpy(out[k] + i, buf[k], sizeof buf[k]);  // <algorithm> costs the umbrella 0.1 s
        if (left.n >= B) redo(left, out);
      }
      redo(left, out);
    }
    for (std::size_t i = blocks_end; i < n; ++i) exact(in, scale, out, i);
  }
};

}  // namespace actdiff::detail

#endif
