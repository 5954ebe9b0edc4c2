// value_and_grad: f and its derivative at every element of a span in one
// pass, f an expression of one variable x, with eval's bits (blocks.hpp), for
// float and double. Subexpressions that f and f' share are computed once.
//
//   value_and_grad(e, in, out, dout)
//       out[i] == eval(e, x = in[i]), dout[i] == eval(d(e, x), x = in[i])
//   value_and_grad(e, in, out, grad_out, grad_in)       (a backward pass)
//       out[i] as above, grad_in[i] == grad_out[i] * eval(d(e, x), x = in[i])
//       (the derivative's bits times the upstream gradient, rounded once)
//
// Every span has in's length. An output may be the very span of an input (out
// or dout may be in, grad_in may be grad_out: in place); otherwise no span
// that is written shares an element with another span. Else
// actdiff::span_error (kernels/spans.hpp), nothing written.
#ifndef ACTDIFF_KERNELS_VALUE_AND_GRAD_HPP
#define ACTDIFF_KERNELS_VALUE_AND_GRAD_HPP

#include <span>

#include <actdiff/core/expr.hpp>
#include <actdiff/diff.hpp>
#include <actdiff/kernels/blocks.hpp>
#include <actdiff/kernels/spans.hpp>

namespace actdiff {

namespace detail {
template <class T, class E, bool Scaled>
void value_and_grad_kernel(std::span<const T> in, std::span<T> out, std::span<const T> grad_out,
                           std::span<T> dout) {
  static_assert(variable_count<E> == 1,
                "actdiff::value_and_grad: the expression must have exactly one variable; write parameters as "
                "literals (elu(x, 0.5_c)) or call eval in a loop");
  if constexpr (variable_count<E> == 1) {
    using X = kernel_variable<E>;
    using D = decltype(d(E{}, X{}));
    constexpr const char* length = "actdiff::value_and_grad: every span must have as many elements as in";
    constexpr const char* overlap =
        "actdiff::value_and_grad: an output overlaps another span (only in place, the very same span, is allowed)";
    if constexpr (Scaled)
      check_kernel_spans(length, overlap, in.size(), {in, grad_out}, {out, dout});
    else
      check_kernel_spans(length, overlap, in.size(), {in}, {out, dout});
    kernel_loop<X, T, Scaled, E, D>::run(in.size(), in.data(), Scaled ? grad_out.data() : nullptr,
                                         {out.data(), dout.data()});
  }
}
}  // namespace detail

template <expression E>
void value_and_grad(E, std::span<const float> in, std::span<float> out, std::span<float> dout) {
  detail::value_and_grad_kernel<float, E, false>(in, out, {}, dout);
}
template <expression E>
void value_and_grad(E, std::span<const double> in, std::span<double> out, std::span<double> dout) {
  detail::value_and_grad_kernel<double, E, false>(in, out, {}, dout);
}
template <expression E>
void value_and_grad(E, std::span<const float> in, std::span<float> out, std::span<const float> grad_out,
                    std::span<float> grad_in) {
  detail::value_and_grad_kernel<float, E, true>(in, out, grad_out, grad_in);
}
template <expression E>
void value_and_grad(E, std::span<const double> in, std::span<double> out, std::span<const double> grad_out,
                    std::span<double> grad_in) {
  detail::value_and_grad_kernel<double, E, true>(in, out, grad_out, grad_in);
}

}  // namespace actdiff

#endif
