// Functions of several inputs: logsumexp (a primitive), softmax_i,
// log_softmax_i, softmin_i and maxout. n is fixed at compile time.
#ifndef ACTDIFF_ACTIVATIONS_MULTI_INPUT_HPP
#define ACTDIFF_ACTIVATIONS_MULTI_INPUT_HPP

#include <cstddef>

#include <actdiff/activations/common.hpp>
#include <actdiff/core/fixed_string.hpp>
#include <actdiff/core/meta.hpp>

namespace actdiff {

namespace detail {
// softmax_def<I>: functions/log_softmax.hpp (log_softmax's partials are softmax components)
template <std::size_t I>
struct log_softmax_def {
  static constexpr std::string_view name = indexed_name<"log_softmax", I>.view();
  static constexpr std::string_view latex = indexed_latex<"\\log\\operatorname{softmax}", I>.view();
  // z_i - logsumexp(z), as the primitive (functions/log_softmax.hpp)
  static constexpr auto definition(auto... z) { return log_softmax_primitive<I>(z...); }
};
template <std::size_t I>
struct softmin_def {
  static constexpr std::string_view name = indexed_name<"softmin", I>.view();
  static constexpr std::string_view latex = indexed_latex<"\\operatorname{softmin}", I>.view();
  // softmax_i(-z)
  static constexpr auto definition(auto... z) { return softmax_primitive<I>(-z...); }
};

// max(z1, max(z2, ...)): ties go to the earlier argument, so the derivative
// is 1 for the first maximal argument and 0 for the others.
template <class Z>
constexpr auto max_first(Z z) {
  return z;
}
template <class Z, class... Zs>
constexpr auto max_first(Z z, Zs... zs) {
  return max(z, max_first(zs...));
}
struct maxout_def {
  static constexpr std::string_view name = "maxout", latex = "\\max";
  static constexpr auto definition(auto... z) { return max_first(z...); }
};

template <std::size_t I, std::size_t N>
constexpr void check_index() {
  static_assert(N >= 2, "actdiff: softmax-like functions need at least two inputs");
  static_assert(I < N, "actdiff: softmax<i>(z...) needs i < the number of inputs");
}
}  // namespace detail

// softmax<i>(z0, ..., zn-1): the i-th component (i counts from 0).
template <std::size_t I, expression... Zs>
constexpr auto softmax(Zs... z) {
  detail::check_index<I, sizeof...(Zs)>();
  return named<detail::softmax_def<I>>(z...);
}
template <std::size_t I, expression... Zs>
constexpr auto log_softmax(Zs... z) {
  detail::check_index<I, sizeof...(Zs)>();
  return named<detail::log_softmax_def<I>>(z...);
}
template <std::size_t I, expression... Zs>
constexpr auto softmin(Zs... z) {
  detail::check_index<I, sizeof...(Zs)>();
  return named<detail::softmin_def<I>>(z...);
}
template <expression... Zs>
constexpr auto maxout(Zs... z) {
  static_assert(sizeof...(Zs) >= 1, "actdiff::maxout needs at least one input");
  return named<detail::maxout_def>(z...);
}

}  // namespace actdiff

#endif
