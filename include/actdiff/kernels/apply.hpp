// apply(e, in, out): e, an expression of one variable, at every element of a
// span, with eval's bits: out[i] == eval(e, x = in[i]) for every i, where x
// is e's variable, for float and double (vectorised where the compiler can,
// blocks.hpp).
//
//   std::vector<float> in = ..., out(in.size());
//   actdiff::apply(gelu(x), in, out);
//
// in and out have the same length; out may be in itself (in place), but may
// not overlap it otherwise: else actdiff::span_error (kernels/spans.hpp),
// nothing written. Parameters are literals: elu(x, 0.5_c).
#ifndef ACTDIFF_KERNELS_APPLY_HPP
#define ACTDIFF_KERNELS_APPLY_HPP

#include <span>

#include <actdiff/core/expr.hpp>
#include <actdiff/kernels/blocks.hpp>
#include <actdiff/kernels/spans.hpp>

namespace actdiff {

namespace detail {
template <class T, class E>
void apply_kernel(std::span<const T> in, std::span<T> out) {
  static_assert(variable_count<E> == 1,
                "actdiff::apply: the expression must have exactly one variable; write parameters as literals "
                "(elu(x, 0.5_c)) or call eval in a loop");
  if constexpr (variable_count<E> == 1) {
    check_kernel_spans("actdiff::apply: out must have as many elements as in",
                       "actdiff::apply: out overlaps in without being in", in.size(), {in}, {out});
    kernel_loop<kernel_variable<E>, T, false, E>::run(in.size(), in.data(), nullptr, {out.data()});
  }
}
}  // namespace detail

template <expression E>
void apply(E, std::span<const float> in, std::span<float> out) {
  detail::apply_kernel<float, E>(in, out);
}
template <expression E>
void apply(E, std::span<const double> in, std::span<double> out) {
  detail::apply_kernel<double, E>(in, out);
}

}  // namespace actdiff

#endif
