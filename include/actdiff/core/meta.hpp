// Type-level helpers: lists, indexing, de-duplication and sorting, written
// with pack expansions and constexpr loops instead of deep recursion.
#ifndef ACTDIFF_CORE_META_HPP
#define ACTDIFF_CORE_META_HPP

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace actdiff::detail {

template <class... Ts>
struct type_list {
  static constexpr std::size_t size = sizeof...(Ts);
};

// ---- indexing: overload resolution instead of recursion --------------------
template <std::size_t I, class T>
struct indexed {
  using type = T;
};
template <class Seq, class... Ts>
struct indexer;
template <std::size_t... Is, class... Ts>
struct indexer<std::index_sequence<Is...>, Ts...> : indexed<Is, Ts>... {};

template <std::size_t I, class T>
indexed<I, T> select_index(const indexed<I, T>&);

template <std::size_t I, class... Ts>
using type_at = typename decltype(select_index<I>(
    std::declval<indexer<std::index_sequence_for<Ts...>, Ts...>>()))::type;

template <std::size_t I, class List>
struct list_at_impl;
template <std::size_t I, class... Ts>
struct list_at_impl<I, type_list<Ts...>> {
  using type = type_at<I, Ts...>;
};
template <std::size_t I, class List>
using list_at = typename list_at_impl<I, List>::type;

// ---- concatenation -----------------------------------------------------------
template <class... Ts, class... Us>
constexpr type_list<Ts..., Us...> operator+(type_list<Ts...>, type_list<Us...>) {
  return {};
}
// (A struct, not an alias: GCC 12 rejects the fold in a dependent alias.)
template <class... Lists>
struct concat_impl {
  using type = decltype((type_list<>{} + ... + Lists{}));
};
template <class... Lists>
using concat = typename concat_impl<Lists...>::type;

// ---- search ------------------------------------------------------------------
// Index of the first T in Ts..., or sizeof...(Ts) when absent.
// (Packs are expanded in functions, not in lambdas: GCC 12 rejects some
// pack expansions inside lambdas in variable templates.)
template <class T, class... Ts>
constexpr std::size_t index_of_fn() {
  constexpr bool same[] = {std::is_same_v<T, Ts>..., false};
  std::size_t i = 0;
  while (i < sizeof...(Ts) && !same[i]) ++i;
  return i;
}
template <class T, class... Ts>
constexpr std::size_t index_of_v = index_of_fn<T, Ts...>();

// ---- membership and position in a list of distinct types ---------------------
// One class with a base per element: the compiler's base-class lookup answers
// "is T there" and "at which index" without instantiating a linear search per
// query (eval looks up every child of every node; that search was quadratic).
template <class T>
struct member_tag {};
template <class... Ts>
struct member_set : member_tag<Ts>... {};
// (__is_base_of, which GCC, Clang and MSVC provide and std::is_base_of wraps,
// spares a class instantiation per query.)
template <class T, class... Ts>
constexpr bool in_set_v = __is_base_of(member_tag<T>, member_set<Ts...>);

// The position comes from indexer's base indexed<I, T>, deduced from T alone.
template <class T, std::size_t I>
constexpr std::size_t slot_index(const indexed<I, T>*) {
  return I;
}

// Index of T in a list of distinct types, or its size when absent.
template <class T, class List>
struct list_index_impl;
template <class T, class... Ts>
struct list_index_impl<T, type_list<Ts...>> {
  static constexpr std::size_t value = [] {
    if constexpr (in_set_v<T, Ts...>)
      return slot_index<T>(static_cast<const indexer<std::index_sequence_for<Ts...>, Ts...>*>(nullptr));
    else
      return sizeof...(Ts);
  }();
};
template <class T, class List>
constexpr std::size_t list_index = list_index_impl<T, List>::value;

template <class T, class... Ts>
constexpr bool contains_v = (std::is_same_v<T, Ts> || ...);

// ---- filtering by a constexpr mask ----------------------------------------------
template <auto Mask, class List>
struct filter_impl;
template <auto Mask>
constexpr std::size_t mask_count = [] {
  std::size_t n = 0;
  for (bool b : Mask) n += b ? 1 : 0;
  return n;
}();
template <auto Mask, std::size_t Count, class... Ts>
struct filter_some {
  static constexpr auto picks = [] {
    std::array<std::size_t, Count + 1> out{};
    std::size_t k = 0;
    for (std::size_t i = 0; i < Mask.size(); ++i)
      if (Mask[i]) out[k++] = i;
    return out;
  }();
  template <std::size_t... Ks>
  static auto make(std::index_sequence<Ks...>) -> type_list<type_at<picks[Ks], Ts...>...>;
  using type = decltype(make(std::make_index_sequence<Count>{}));
};
// Keeping none or all of a list (most merges of eval's node lists) needs no
// indexing at all.
template <auto Mask, class... Ts>
struct filter_impl<Mask, type_list<Ts...>> {
  static constexpr std::size_t count = mask_count<Mask>;
  using type = typename std::conditional_t<
      count == 0, std::type_identity<type_list<>>,
      std::conditional_t<count == sizeof...(Ts), std::type_identity<type_list<Ts...>>,
                         filter_some<Mask, count, Ts...>>>::type;
};

// ---- de-duplication, keeping the first occurrence ----------------------------
template <class List>
struct unique_impl;
template <class... Ts>
struct unique_impl<type_list<Ts...>> {
  static constexpr std::array<bool, sizeof...(Ts)> make_mask() {
    constexpr std::size_t first[] = {index_of_v<Ts, Ts...>..., 0};
    std::array<bool, sizeof...(Ts)> m{};
    for (std::size_t i = 0; i < sizeof...(Ts); ++i) m[i] = first[i] == i;
    return m;
  }
  static constexpr std::array<bool, sizeof...(Ts)> mask = make_mask();
  using type = typename filter_impl<mask, type_list<Ts...>>::type;
};
template <>
struct unique_impl<type_list<>> {
  using type = type_list<>;
};
template <class List>
using unique = typename unique_impl<List>::type;

// ---- union of lists that are each free of duplicates ---------------------------
// Keeps first occurrences, like unique<concat<...>>, but each list only asks the
// union so far which of its elements are new (one base-class lookup each), so
// eval's node lists, merged at every node, cost linear work per merge.
template <class... Ts, class... Us>
constexpr auto operator|(type_list<Ts...>, type_list<Us...>) {
  constexpr std::array<bool, sizeof...(Us)> fresh{!in_set_v<Us, Ts...>...};
  return type_list<Ts...>{} + typename filter_impl<fresh, type_list<Us...>>::type{};
}
template <class... Lists>
struct union_impl {
  using type = decltype((type_list<>{} | ... | Lists{}));
};
template <class... Lists>
using union_of = typename union_impl<Lists...>::type;

// ---- a permutation of a pack, applied ----------------------------------------
template <auto Perm, class List>
struct permute_impl;
template <auto Perm, class... Ts>
struct permute_impl<Perm, type_list<Ts...>> {
  template <std::size_t... Ks>
  static auto make(std::index_sequence<Ks...>) -> type_list<type_at<Perm[Ks], Ts...>...>;
  using type = decltype(make(std::make_index_sequence<Perm.size()>{}));
};

// Insertion sort on a small array: the packs we sort are short, and this runs
// in the compiler.
template <std::size_t N, class Less>
constexpr std::array<std::size_t, N> sorted_permutation(Less less) {
  std::array<std::size_t, N> p{};
  for (std::size_t i = 0; i < N; ++i) p[i] = i;
  for (std::size_t i = 1; i < N; ++i)
    for (std::size_t j = i; j > 0 && less(p[j], p[j - 1]); --j) {
      auto t = p[j];
      p[j] = p[j - 1];
      p[j - 1] = t;
    }
  return p;
}

template <class T>
constexpr bool always_false = false;

}  // namespace actdiff::detail

#endif
