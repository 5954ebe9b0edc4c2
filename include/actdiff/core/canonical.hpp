// Sums, products and powers as smart constructors: the canonical form.
//
// add(...) flattens nested sums, combines like terms (x + x -> 2*x), folds
// numbers exactly, drops zeros and sorts the terms. mul(...) flattens nested
// products, folds the numeric coefficient, combines powers of equal bases
// (x*x -> x^2, x*x^-1 -> 1) and sorts the factors; a number times a sum is
// distributed (2*(x + 1) -> 2*x + 2). pow(e, q) takes a rational exponent.
// Products of sums are not expanded automatically: expanded forms cancel in
// floating point (see expand() for the polynomial normal form).
#ifndef ACTDIFF_CORE_CANONICAL_HPP
#define ACTDIFF_CORE_CANONICAL_HPP

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <actdiff/core/constants.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/order.hpp>
#include <actdiff/core/rational.hpp>

namespace actdiff {

namespace detail {

struct add_op {
  static constexpr std::string_view name = "add";
  static constexpr int order = 3;
};
struct mul_op {
  static constexpr std::string_view name = "mul";
  static constexpr int order = 2;
};
// fn<pow_op, Base, rational<N, D>>: the exponent is always a literal.
struct pow_op {
  static constexpr std::string_view name = "pow";
  static constexpr int order = 1;
};

template <class T>
constexpr bool is_add = is_fn_of<T, add_op>;
template <class T>
constexpr bool is_mul = is_fn_of<T, mul_op>;
template <class T>
constexpr bool is_pow = is_fn_of<T, pow_op>;

// Marks the monomial of a pure number in a sum, and "no base" in a product.
struct unit_marker {};


// ---- sums ------------------------------------------------------------------

template <class T>
struct add_terms {
  using type = type_list<T>;
};
template <class... Ts>
struct add_terms<fn<add_op, Ts...>> {
  using type = type_list<Ts...>;
};

// A term is coefficient * monomial.
template <class T>
struct split_term {
  static constexpr q coef{1, 1, true};
  using monomial = T;
};
template <i64 N, i64 D>
struct split_term<rational<N, D>> {
  static constexpr q coef{N, D, true};
  using monomial = unit_marker;
};
template <i64 N, i64 D, class F>
struct split_term<fn<mul_op, rational<N, D>, F>> {
  static constexpr q coef{N, D, true};
  using monomial = F;
};
template <i64 N, i64 D, class F, class G, class... Fs>
struct split_term<fn<mul_op, rational<N, D>, F, G, Fs...>> {
  static constexpr q coef{N, D, true};
  using monomial = fn<mul_op, F, G, Fs...>;
};

// coefficient N/D times a monomial, both canonical, the monomial without a
// coefficient. (Numbers travel as N, D pairs: GCC 12 crashes on some uses of
// class-type template arguments.)
template <i64 N, i64 D, class M>
struct make_term {
  using type = fn<mul_op, rational<N, D>, M>;
};
template <i64 N, i64 D, class... Fs>
struct make_term<N, D, fn<mul_op, Fs...>> {
  using type = fn<mul_op, rational<N, D>, Fs...>;
};
template <i64 N, i64 D>
struct make_term<N, D, unit_marker> {
  using type = rational<N, D>;
};
template <i64 N, i64 D, class M>
struct make_term_one {
  using type = typename make_term<N, D, M>::type;
};
template <class M>
struct make_term_one<1, 1, M> {
  using type = M;
};
template <>
struct make_term_one<1, 1, unit_marker> {
  using type = rational<1>;
};
template <i64 N, i64 D, class M>
using make_term_t = typename make_term_one<N, D, M>::type;

// The number term (unit_marker) comes first in a sum.
template <class A, class B>
constexpr int compare_monomials() {
  if constexpr (std::is_same_v<A, unit_marker>)
    return std::is_same_v<B, unit_marker> ? 0 : -1;
  else if constexpr (std::is_same_v<B, unit_marker>)
    return 1;
  else
    return compare_types<A, B>();
}

template <class... Ms>
constexpr bool monomial_less(std::size_t i, std::size_t j) {
  constexpr std::array<std::array<int, sizeof...(Ms)>, sizeof...(Ms)> table = [] {
    std::array<std::array<int, sizeof...(Ms)>, sizeof...(Ms)> t{};
    std::size_t r = 0;
    (
        [&]<class A>(A*) {
          std::size_t c = 0;
          ((t[r][c++] = compare_monomials<A, Ms>()), ...);
          ++r;
        }(static_cast<Ms*>(nullptr)),
        ...);
    return t;
  }();
  return table[i][j] < 0;
}

template <class Terms>
struct add_impl;
template <class... Ts>
struct add_impl<type_list<Ts...>> {
  using monomials = unique<type_list<typename split_term<Ts>::monomial...>>;

  template <class... Us>
  struct with_monomials {
    static constexpr std::size_t n = sizeof...(Us);
    // Coefficient of each distinct monomial: the exact sum over its terms.
    static constexpr std::array<q, n + 1> coefs = [] {
      std::array<q, n + 1> c{};
      constexpr std::size_t where[] = {list_index<typename split_term<Ts>::monomial, type_list<Us...>>..., 0};
      constexpr q tc[] = {split_term<Ts>::coef..., q{}};
      for (std::size_t i = 0; i < sizeof...(Ts); ++i) c[where[i]] = c[where[i]] + tc[i];
      return c;
    }();
    static constexpr bool all_ok = [] {
      for (std::size_t i = 0; i < n; ++i)
        if (!coefs[i].ok) return false;
      return true;
    }();
    static_assert(all_ok,
                  "actdiff: exact rational arithmetic overflowed 64 bits while adding constants; "
                  "use smaller literals or a named constant");
    static constexpr std::size_t kept = [] {
      std::size_t k = 0;
      for (std::size_t i = 0; i < n; ++i) k += coefs[i].is_zero() ? 0 : 1;
      return k;
    }();
    static constexpr auto perm = [] {
      std::array<std::size_t, kept> keep{};
      std::size_t k = 0;
      for (std::size_t i = 0; i < n; ++i)
        if (!coefs[i].is_zero()) keep[k++] = i;
      auto p = sorted_permutation<kept>(
          [&](std::size_t a, std::size_t b) { return monomial_less<Us...>(keep[a], keep[b]); });
      std::array<std::size_t, kept> out{};
      for (std::size_t i = 0; i < kept; ++i) out[i] = keep[p[i]];
      return out;
    }();
    template <std::size_t... Ks>
    static auto build(std::index_sequence<Ks...>) {
      if constexpr (sizeof...(Ks) == 0)
        return rational<0>{};
      else if constexpr (sizeof...(Ks) == 1)
        return make_term_t<coefs[perm[0]].num, coefs[perm[0]].den, type_at<perm[0], Us...>>{};
      else
        return fn<add_op,
                  make_term_t<coefs[perm[Ks]].num, coefs[perm[Ks]].den, type_at<perm[Ks], Us...>>...>{};
    }
    using type = decltype(build(std::make_index_sequence<kept>{}));
  };
  template <class... Us>
  static auto pick(type_list<Us...>) -> typename with_monomials<Us...>::type;
  using type = decltype(pick(monomials{}));
};

// ---- products --------------------------------------------------------------

template <class T>
struct mul_factors {
  using type = type_list<T>;
};
template <class... Fs>
struct mul_factors<fn<mul_op, Fs...>> {
  using type = type_list<Fs...>;
};

// A factor is coefficient * base^exponent; numbers are pure coefficients.
template <class T>
struct split_factor {
  static constexpr q coef{1, 1, true};
  using base = T;
  static constexpr q exponent{1, 1, true};
};
template <i64 N, i64 D>
struct split_factor<rational<N, D>> {
  static constexpr q coef{N, D, true};
  using base = unit_marker;
  static constexpr q exponent{0, 1, true};
};
// √2 and 1/√2 are 2^(1/2) and 2^(-1/2), so √2·√2 folds to 2 and √2/√2 to 1.
template <>
struct split_factor<constant<sqrt2_tag>> {
  static constexpr q coef{1, 1, true};
  using base = rational<2>;
  static constexpr q exponent{1, 2, true};
};
template <>
struct split_factor<constant<inv_sqrt2_tag>> {
  static constexpr q coef{1, 1, true};
  using base = rational<2>;
  static constexpr q exponent{-1, 2, true};
};
template <class B, i64 N, i64 D>
struct split_factor<fn<pow_op, B, rational<N, D>>> {
  static constexpr q coef{1, 1, true};
  using base = B;
  static constexpr q exponent{N, D, true};
};

}  // namespace detail

template <expression... Es>
constexpr auto add(Es...);
template <expression... Es>
constexpr auto mul(Es...);

namespace detail {

// unit_marker stands for numeric factors, which are never sorted.
template <class A, class B>
constexpr int compare_bases() {
  if constexpr (std::is_same_v<A, unit_marker> || std::is_same_v<B, unit_marker>)
    return 0;
  else
    return compare_types<A, B>();
}

template <class... Bs>
constexpr bool base_less(std::size_t i, std::size_t j) {
  constexpr std::array<std::array<int, sizeof...(Bs)>, sizeof...(Bs)> table = [] {
    std::array<std::array<int, sizeof...(Bs)>, sizeof...(Bs)> t{};
    std::size_t r = 0;
    (
        [&]<class A>(A*) {
          std::size_t c = 0;
          ((t[r][c++] = compare_bases<A, Bs>()), ...);
          ++r;
        }(static_cast<Bs*>(nullptr)),
        ...);
    return t;
  }();
  return table[i][j] < 0;
}

template <i64 N, i64 D, class E>
constexpr auto make_pow();

template <class B>
constexpr q numeric_value = q{};
template <i64 N, i64 D>
constexpr q numeric_value<rational<N, D>> = q{N, D, true};

template <class Factors>
struct mul_impl;
template <class... Fs>
struct mul_impl<type_list<Fs...>> {
  using all_bases = unique<type_list<typename split_factor<Fs>::base...>>;

  template <class... Bs>
  struct with_bases {
    static constexpr std::size_t n = sizeof...(Bs);
    static constexpr std::array<q, n + 1> exps = [] {
      std::array<q, n + 1> e{};
      constexpr std::size_t where[] = {list_index<typename split_factor<Fs>::base, type_list<Bs...>>..., 0};
      constexpr q fe[] = {split_factor<Fs>::exponent..., q{}};
      for (std::size_t i = 0; i < sizeof...(Fs); ++i) e[where[i]] = e[where[i]] + fe[i];
      return e;
    }();
    // A numeric base with an integer exponent folds into the coefficient.
    static constexpr std::array<bool, n + 1> folds = [] {
      constexpr bool numeric[] = {is_rational<Bs>..., false};
      std::array<bool, n + 1> f{};
      for (std::size_t i = 0; i < n; ++i) f[i] = numeric[i] && exps[i].is_integer();
      return f;
    }();
    static constexpr bool divides_by_zero = [] {
      constexpr bool zero[] = {std::is_same_v<Bs, rational<0>>..., false};
      for (std::size_t i = 0; i < n; ++i)
        if (zero[i] && exps[i].is_negative()) return true;
      return false;
    }();
    static_assert(!divides_by_zero, "actdiff: division by the literal 0 in an expression");
    static constexpr q coef = [] {
      q c{1, 1, true};
      constexpr q fc[] = {split_factor<Fs>::coef..., q{}};
      for (std::size_t i = 0; i < sizeof...(Fs); ++i) c = c * fc[i];
      constexpr q values[] = {numeric_value<Bs>..., q{}};
      for (std::size_t i = 0; i < n; ++i)
        if (folds[i]) c = c * pow(values[i], exps[i].num);
      return c;
    }();
    static_assert(coef.ok,
                  "actdiff: exact rational arithmetic overflowed 64 bits while multiplying constants; "
                  "use smaller literals or a named constant");
    static constexpr std::size_t kept = [] {
      constexpr bool marker[] = {std::is_same_v<Bs, unit_marker>..., false};
      std::size_t k = 0;
      for (std::size_t i = 0; i < n; ++i) k += (marker[i] || folds[i] || exps[i].is_zero()) ? 0 : 1;
      return k;
    }();
    static constexpr auto perm = [] {
      constexpr bool marker[] = {std::is_same_v<Bs, unit_marker>..., false};
      std::array<std::size_t, kept> keep{};
      std::size_t k = 0;
      for (std::size_t i = 0; i < n; ++i)
        if (!(marker[i] || folds[i] || exps[i].is_zero())) keep[k++] = i;
      auto p = sorted_permutation<kept>(
          [&](std::size_t a, std::size_t b) { return base_less<Bs...>(keep[a], keep[b]); });
      std::array<std::size_t, kept> out{};
      for (std::size_t i = 0; i < kept; ++i) out[i] = keep[p[i]];
      return out;
    }();

    template <class... Ps>
    static constexpr bool simple_factors =
        ((!is_mul<Ps> && !is_rational<Ps> && !is_add<Ps>) && ...);

    template <std::size_t... Ks>
    static auto build(std::index_sequence<Ks...>) {
      if constexpr (coef.is_zero())
        return rational<0>{};
      else {
        using powers =
            type_list<decltype(make_pow<exps[perm[Ks]].num, exps[perm[Ks]].den, type_at<perm[Ks], Bs...>>())...>;
        return finish(powers{});
      }
    }
    template <class... Ps>
    static auto finish(type_list<Ps...>) {
      using C = rational<coef.num, coef.den>;
      if constexpr (sizeof...(Ps) == 0)
        return C{};
      else if constexpr (sizeof...(Ps) == 1 && (is_add<Ps> && ...)) {
        if constexpr (coef.is_one())
          return (Ps{}, ...);
        else  // a number times a sum is distributed
          return []<class... Ts>(fn<add_op, Ts...>) { return add(mul(C{}, Ts{})...); }(Ps{}...);
      } else if constexpr (!(((!is_mul<Ps> && !is_rational<Ps>) && ...)))
        // a power turned into a product or a number (rare): canonicalise again
        return mul(C{}, Ps{}...);
      else if constexpr (sizeof...(Ps) == 1 && coef.is_one())
        return (Ps{}, ...);
      else if constexpr (coef.is_one())
        return fn<mul_op, Ps...>{};
      else
        return fn<mul_op, C, Ps...>{};
    }
    using type = decltype(build(std::make_index_sequence<kept>{}));
  };
  template <class... Bs>
  static auto pick(type_list<Bs...>) -> typename with_bases<Bs...>::type;
  using type = decltype(pick(all_bases{}));
};

// A negative number, or a product with a negative coefficient: -x, -2*y.
template <class T>
constexpr bool is_negated = false;
template <i64 N, i64 D>
constexpr bool is_negated<rational<N, D>> = N < 0;
template <i64 N, i64 D, class... Fs>
constexpr bool is_negated<fn<mul_op, rational<N, D>, Fs...>> = N < 0;

// ---- powers ----------------------------------------------------------------

template <i64 N, i64 D, class E>
constexpr auto make_pow() {
  if constexpr (N == 0)
    return rational<1>{};
  else if constexpr (N == 1 && D == 1)
    return E{};
  else if constexpr (is_rational<E>) {
    if constexpr (D == 1) {
      static_assert(!(E::value.is_zero() && N < 0), "actdiff: division by the literal 0 in an expression");
      constexpr q r = pow(E::value, N);
      static_assert(r.ok,
                    "actdiff: exact rational arithmetic overflowed 64 bits in a power of a literal; "
                    "use smaller literals or a named constant");
      return rational<r.num, r.den>{};
    } else if constexpr (D == 2 && exact_sqrt(E::value).ok) {
      // a rational square: √(9/4) = 3/2, √1 = 1 (squareplus(x; 0)'s √(1 + 0/x²))
      static_assert(!(E::value.is_zero() && N < 0), "actdiff: division by the literal 0 in an expression");
      return make_pow<N, 1, rational<exact_sqrt(E::value).num, exact_sqrt(E::value).den>>();
    } else if constexpr (std::is_same_v<E, rational<2>> && D == 2) {
      // 2^(k + 1/2) = 2^k·√2 and 2^(k - 1/2) = 2^k/√2, with the named constants
      if constexpr (N == 1)
        return sqrt2;
      else if constexpr (N == -1)
        return inv_sqrt2;
      else if constexpr (N > 0)
        return mul(make_pow<(N - 1) / 2, 1, E>(), sqrt2);
      else
        return mul(make_pow<(N + 1) / 2, 1, E>(), inv_sqrt2);
    } else
      return fn<pow_op, E, rational<N, D>>{};
  } else if constexpr (std::is_same_v<E, constant<sqrt2_tag>> || std::is_same_v<E, constant<inv_sqrt2_tag>>) {
    constexpr q r = q{N, D, true} * q{std::is_same_v<E, constant<sqrt2_tag>> ? 1 : -1, 2, true};
    return make_pow<r.num, r.den, rational<2>>();
  } else if constexpr (is_pow<E>) {
    return []<class B, i64 IN, i64 ID>(fn<pow_op, B, rational<IN, ID>>) {
      // (b^a)^q = b^(a*q) unless a is an integer and q is not
      // ((x^2)^(1/2) is |x|, not x).
      if constexpr (D == 1 || ID != 1) {
        constexpr q r = q{IN, ID, true} * q{N, D, true};
        static_assert(r.ok, "actdiff: exact rational arithmetic overflowed 64 bits in an exponent");
        return make_pow<r.num, r.den, B>();
      } else
        return fn<pow_op, E, rational<N, D>>{};
    }(E{});
  } else if constexpr (is_mul<E> && D == 1) {
    return []<class... Fs>(fn<mul_op, Fs...>) { return mul(make_pow<N, D, Fs>()...); }(E{});
  } else {
    return fn<pow_op, E, rational<N, D>>{};
  }
}

}  // namespace detail

template <expression... Es>
constexpr auto add(Es...) {
  if constexpr (sizeof...(Es) == 0)
    return rational<0>{};
  else
    return typename detail::add_impl<detail::concat<typename detail::add_terms<Es>::type...>>::type{};
}

template <expression... Es>
constexpr auto mul(Es...) {
  if constexpr (sizeof...(Es) == 0)
    return rational<1>{};
  else
    return typename detail::mul_impl<detail::concat<typename detail::mul_factors<Es>::type...>>::type{};
}

// pow<3>(x), pow<1, 2>(x): integer and rational powers with literal exponents.
template <detail::i64 N, detail::i64 D = 1, expression E>
constexpr auto pow(E) {
  static_assert(D != 0, "actdiff: pow<N, D> needs D != 0");
  constexpr detail::q Q = detail::make_q(N, D);
  return decltype(detail::make_pow<Q.num, Q.den, E>()){};  // the type only (core/operators.hpp)
}

// pow(x, 3_c): the exponent must be a literal.
template <expression E, detail::i64 N, detail::i64 D>
constexpr auto pow(E e, rational<N, D>) {
  return pow<N, D>(e);
}

template <expression E, expression P>
  requires(!detail::is_rational<P>)
constexpr auto pow(E, P) {
  static_assert(detail::always_false<P>,
                "actdiff: pow(e, p) needs a rational literal exponent such as 3_c or 0.5_c; "
                "write exp(p*log(e)) for a variable exponent");
}

template <expression E>
constexpr auto sqrt(E e) {
  return pow<1, 2>(e);
}

}  // namespace actdiff

#endif
