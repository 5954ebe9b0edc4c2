// logsumexp(z1, ..., zn) = log Σ e^(zj), evaluated with the max shift; an
// n-ary primitive whose partial derivatives are the softmax components.
#ifndef ACTDIFF_FUNCTIONS_LOGSUMEXP_HPP
#define ACTDIFF_FUNCTIONS_LOGSUMEXP_HPP

#include <cstddef>
#include <limits>
#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/functions/exp.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/log1p.hpp>

namespace actdiff {

template <expression... Zs>
constexpr auto logsumexp(Zs...);

namespace detail {

struct logsumexp_op {
  static constexpr std::string_view name = "logsumexp";
  static constexpr std::string_view latex = "\\operatorname{logsumexp}";
  static constexpr int order = 22;

  template <class T, class... Ts>
  static constexpr T apply(const T& z0, const Ts&... zs) {
    const T z[] = {z0, zs...};
    constexpr std::size_t n = 1 + sizeof...(Ts);
    std::size_t k = 0;  // the first maximal argument
    for (std::size_t i = 0; i < n; ++i) {
      if (z[i] != z[i]) return z[i];  // NaN in, NaN out
      if (z[i] > z[k]) k = i;
    }
    const T m = z[k];
    if (m == std::numeric_limits<T>::infinity() || m == -std::numeric_limits<T>::infinity()) return m;
    // m + log1p(Σ_{i≠k} e^(z_i - m)): every term is at most 1.
    T s = T(0);
    if constexpr (builtin_float<T>) {
      for (std::size_t i = 0; i < n; ++i)
        if (i != k) s = math::add(s, math::exp(math::sub(z[i], m)));
      return math::add(m, math::log1p(s));
    } else {
      using std::exp;
      using std::log1p;
      for (std::size_t i = 0; i < n; ++i)
        if (i != k) s += exp(z[i] - m);
      return m + log1p(s);
    }
  }
  // ∂/∂z_i = e^(z_i - logsumexp(z)) = softmax_i(z)
  template <std::size_t I, class... Zs>
  static constexpr auto partial(Zs... zs) {
    return exp(type_at<I, Zs...>{} - logsumexp(zs...));
  }
  template <class... Zs>
  static constexpr auto make(Zs... zs) {
    return actdiff::logsumexp(zs...);
  }
};

}  // namespace detail

template <expression... Zs>
constexpr auto logsumexp(Zs...) {
  static_assert(sizeof...(Zs) >= 1, "actdiff::logsumexp needs at least one argument");
  return fn<detail::logsumexp_op, Zs...>{};
}

}  // namespace actdiff

#endif
