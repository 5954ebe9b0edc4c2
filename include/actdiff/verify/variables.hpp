// The variables an expression depends on, as a type list, and binding them to
// run-time values by name.
#ifndef ACTDIFF_VERIFY_VARIABLES_HPP
#define ACTDIFF_VERIFY_VARIABLES_HPP

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include <actdiff/core/meta.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/eval.hpp>

namespace actdiff::verify {

namespace detail {
using actdiff::detail::type_list;

template <class List>
struct variables_in;
template <class... Ns>
struct variables_in<type_list<Ns...>> {
  static constexpr std::array<bool, sizeof...(Ns)> mask{actdiff::detail::is_variable<Ns>...};
  using type = typename actdiff::detail::filter_impl<mask, type_list<Ns...>>::type;
};

// Sorted by name, so lhs and rhs of an identity agree on the order.
template <class List>
struct sort_by_name;
template <class... Vs>
struct sort_by_name<type_list<Vs...>> {
  static constexpr std::array<std::size_t, sizeof...(Vs)> perm =
      actdiff::detail::sorted_permutation<sizeof...(Vs)>([](std::size_t i, std::size_t j) {
        constexpr std::string_view names[] = {std::string_view(Vs::name)..., {}};
        return names[i] < names[j];
      });
  using type = typename actdiff::detail::permute_impl<perm, type_list<Vs...>>::type;
};
template <>
struct sort_by_name<type_list<>> {
  using type = type_list<>;
};
}  // namespace detail

// The distinct variables of the expressions Es..., sorted by name.
template <class... Es>
using variables_of = typename detail::sort_by_name<actdiff::detail::unique<
    actdiff::detail::concat<typename detail::variables_in<actdiff::detail::nodes_of<Es>>::type...>>>::type;

template <class... Vs>
constexpr std::array<std::string_view, sizeof...(Vs)> names_of(detail::type_list<Vs...>) {
  return {std::string_view(Vs::name)...};
}

// eval<T>(e) with the variables Vs bound to vals (in the order of Vs).
template <class T, class E, class... Vs, std::size_t N>
T eval_at(E e, detail::type_list<Vs...>, const std::array<T, N>& vals) {
  return [&]<std::size_t... Is>(std::index_sequence<Is...>) {
    return actdiff::eval<T>(e, (Vs{} = vals[Is])...);
  }(std::make_index_sequence<sizeof...(Vs)>{});
}

}  // namespace actdiff::verify

#endif
