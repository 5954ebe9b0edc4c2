// Evaluation of an expression for any floating scalar type.
//
// The distinct subexpressions of e are listed once, children before parents
// (equal subexpressions are the same type, so the list is the CSE), and
// evaluated in that order into a table; each node reads its arguments there.
#ifndef ACTDIFF_EVAL_HPP
#define ACTDIFF_EVAL_HPP

#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/compensated.hpp>
#include <actdiff/core/constants.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/fixed_string.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/rational.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/core/where.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/fp.hpp>
#include <actdiff/math/log.hpp>
#include <actdiff/math/sqrt.hpp>
#include <actdiff/math/wide.hpp>

namespace actdiff {

namespace detail {

// ---- the distinct subexpressions, children first ----------------------------
template <class E>
struct collect {
  using type = type_list<E>;
};
template <class Op, class... As>
struct collect<fn<Op, As...>> {
  using type = union_of<typename collect<As>::type..., type_list<fn<Op, As...>>>;
};
template <class Op, class A, class B>
struct collect<cmp<Op, A, B>> {
  using type = union_of<typename collect<A>::type, typename collect<B>::type, type_list<cmp<Op, A, B>>>;
};
// The exponent of a power is part of the node, not a value to compute.
template <class B, i64 N, i64 D>
struct collect<fn<pow_op, B, rational<N, D>>> {
  using type = union_of<typename collect<B>::type, type_list<fn<pow_op, B, rational<N, D>>>>;
};

template <class E>
using nodes_of = typename collect<E>::type;


// ---- bindings -----------------------------------------------------------------
template <class... Bs>
struct environment {
  static_assert((is_binding<Bs> && ...), "actdiff::eval: pass values as bindings, e.g. eval(e, x = 1.0)");
  static constexpr bool distinct = [] {
    constexpr std::string_view names[] = {std::string_view(Bs::name)..., {}};
    for (std::size_t i = 0; i < sizeof...(Bs); ++i)
      for (std::size_t j = i + 1; j < sizeof...(Bs); ++j)
        if (names[i] == names[j]) return false;
    return true;
  }();
  static_assert(distinct, "actdiff::eval: a variable is bound twice");
  std::tuple<Bs...> values;

  template <fixed_string Name>
  static constexpr std::size_t index = [] {
    constexpr bool match[] = {(std::string_view(Bs::name) == std::string_view(Name))..., false};
    std::size_t i = 0;
    while (i < sizeof...(Bs) && !match[i]) ++i;
    return i;
  }();
};

template <fixed_string Name>
struct unbound_variable {
  // The variable's name is the template argument shown with this message.
  static_assert(always_false<unbound_variable>,
                "actdiff::eval: a variable of the expression has no value; bind it, e.g. eval(e, x = 1.0) "
                "(its name is the template argument of actdiff::detail::unbound_variable)");
};

// ---- scalar arithmetic ------------------------------------------------------------
// The built-in types go through actdiff::math, whose operations give the
// hardware's IEEE results in constant evaluation too (inf, NaN, signed zeros),
// where plain operators would stop compilation; other types use their own.
template <class T>
constexpr T sum_of(const T& a, const T& b) {
  if constexpr (builtin_float<T>)
    return math::add(a, b);
  else
    return a + b;
}
template <class T>
constexpr T product_of(const T& a, const T& b) {
  if constexpr (builtin_float<T>)
    return math::mul(a, b);
  else
    return a * b;
}
template <class T>
constexpr T quotient_of(const T& a, const T& b) {
  if constexpr (builtin_float<T>)
    return math::div(a, b);
  else
    return a / b;
}
template <class T>
constexpr T square_root(const T& a) {
  if constexpr (builtin_float<T>)
    return math::sqrt(a);
  else {
    using std::sqrt;  // Boost.Multiprecision's own via ADL
    return sqrt(a);
  }
}
template <class T>
constexpr T exp_of(const T& a) {
  if constexpr (builtin_float<T>)
    return math::exp(a);
  else {
    using std::exp;
    return exp(a);
  }
}
template <class T>
constexpr T log_of(const T& a) {
  if constexpr (builtin_float<T>)
    return math::log(a);
  else {
    using std::log;
    return log(a);
  }
}

template <class T>
constexpr T int_power(T base, i64 n) {
  const bool invert = n < 0;
  const unsigned long long k = invert ? 0ull - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  const auto mul = [](const T& a, const T& b) { return product_of(a, b); };
  const T r = math::detail::power_by_squaring(base, k, T(1), mul);
  // builtin floats come here only for x, x^2 and 1/x (carried_power takes the
  // rest, with dw_pow's reciprocal rule), so this is the multiprecision path
  return invert ? quotient_of(T(1), r) : r;
}

// a^(N/D): integer powers by squaring, half-integers through sqrt, and the
// rest through exp and log.
template <class T, i64 N, i64 D>
constexpr T rational_power(const T& a) {
  if constexpr (D == 1)
    return int_power(a, N);
  else if constexpr (D == 2)
    return int_power(square_root(a), N);
  else
    return exp_of(product_of(T(N) / T(D), log_of(a)));
}

template <class T>
constexpr T nan_value() {
  return std::numeric_limits<T>::quiet_NaN();
}

// Nodes whose value eval can carry as hi + lo; anything else is a leaf read
// from the table with lo = 0.
template <class T, class N>
constexpr bool compensable = false;
template <class T, i64 N, i64 D>
constexpr bool compensable<T, rational<N, D>> = true;
template <class T, class Tag>
constexpr bool compensable<T, constant<Tag>> = true;
template <class T, class... As>
constexpr bool compensable<T, fn<add_op, As...>> = true;
template <class T, class... As>
constexpr bool compensable<T, fn<mul_op, As...>> = true;
template <class T, class B, i64 N, i64 D>
constexpr bool compensable<T, fn<pow_op, B, rational<N, D>>> = D == 1 || D == 2;
template <class T, class Op, class... As>
  requires has_two<Op, T, As...>
constexpr bool compensable<T, fn<Op, As...>> = true;

// A power eval computes as hi + lo and rounds once: one whose plain
// evaluation rounds more than once (x^3, x^-2, 1/√x: softsign'' = 2(1 - x)^-3
// was 4.9 ulp off in float) or whose base is carried as hi + lo (a sum:
// (1 + x)^-2 from 1 + x unrounded). x^2, 1/x and √x of a leaf round once
// either way.
template <class T, class B, i64 N, i64 D>
constexpr bool carried_power =
    builtin_float<T> && compensable<T, fn<pow_op, B, rational<N, D>>> &&
    (compensable<T, B> || !((D == 1 && (N == 1 || N == 2 || N == -1)) || (D == 2 && N == 1)));

// A factor whose value 0 is exact, never an underflow: an input, a literal, a
// condition or a where's branch (relu's 0). A product with such a 0 is ±0.
template <class N>
constexpr bool exact_zero = !is_fn<N>;
template <class C, class A, class B>
constexpr bool exact_zero<fn<where_op, C, A, B>> = true;

// ---- nodes without a variable -----------------------------------------------
// √(2/π) in gelu_tanh is the same at every point. For the built-in types its
// value and its hi + lo are computed once, at compile time (the bits eval
// computes at run time: the same code), not at each evaluation, where they
// cost more than the rest of gelu_tanh (177 ns, was 370, in double). The
// value of a leaf (2/π itself) is cheap and stays as it is; its hi + lo is
// folded too.
template <class N>
constexpr bool variable_free = []<class... Ns>(type_list<Ns...>) { return !(is_variable<Ns> || ...); }(nodes_of<N>{});
template <class T, class N>
constexpr bool folded = builtin_float<T> && is_fn<N> && variable_free<N>;
// their value and hi + lo, defined below evaluate
template <class T, class N>
struct folded_value;
template <class T, class N>
struct folded_two;
template <class T, class N>
struct folded_wide;

// Ops that give their value as m·2^e for products that leave the range.
template <class Op, class T>
concept has_wide = builtin_float<T> && requires(two<T> a, const T& fa) {
  { Op::apply_wide(a, fa) } -> std::same_as<math::wide<T>>;
};

// Ops that give their value from their own inputs as m·2^e: named functions
// (core/named.hpp) from their definition, the softmax family (functions/softmax.hpp).
template <class Op, class T, class... As>
concept has_wide_value = builtin_float<T> && requires(const T& a) {
  { Op::wide_value(((void)sizeof(As*), a)...) } -> std::same_as<math::wide<T>>;
};

// The nodes whose hi + lo their own evaluation computes (sums, carried
// powers), and a table of them (none for the wide types).
template <class T, class N>
constexpr bool kept_two = false;
template <class T, class... As>
constexpr bool kept_two<T, fn<add_op, As...>> = builtin_float<T>;
template <class T, class B, i64 N, i64 D>
constexpr bool kept_two<T, fn<pow_op, B, rational<N, D>>> = carried_power<T, B, N, D>;
template <class T, std::size_t N>
struct two_table_of {
  using type = std::array<char, 0>;
};
template <builtin_float T, std::size_t N>
struct two_table_of<T, N> {
  using type = std::array<two<T>, N>;
};
template <class T, std::size_t N>
using two_table = typename two_table_of<T, N>::type;

// For each product node: whether its plain product was fine, and where it was
// not, its value as m·2^e (the sum above it needs both again).
template <class T, std::size_t N>
struct wide_table {};
template <builtin_float T, std::size_t N>
struct wide_table<T, N> {
  std::array<bool, N> fine;
  std::array<math::wide<T>, N> w;
};

// ---- one node -------------------------------------------------------------------
template <class T, class List, class Env>
struct evaluator {
  const Env& env;
  const std::array<T, List::size>& v;
  // hi + lo of the sums and carried powers evaluated so far, by slot
  // (evaluate_into's): u = x + 0.044715x³ in gelu_tanh' is an argument of
  // sech² and of σ, and its value is itself rounded from hi + lo
  two_table<T, List::size>* twos = nullptr;
  // each product's fine and, where not fine, its wide value: written by the
  // product, read by the sums above it (without the table, computed again)
  wide_table<T, List::size>* wides = nullptr;

  // A node's position in the table: a variable template, not a function per
  // (node, list), which would be compiled and emitted for every child.
  template <class Node>
  static constexpr std::size_t slot = list_index<Node, List>;

  template <i64 N, i64 D>
  constexpr T operator()(rational<N, D>) const {
    if constexpr (D == 1)
      return T(N);
    else
      return quotient_of(T(N), T(D));
  }
  template <class Tag>
  constexpr T operator()(constant<Tag>) const {
    return Tag::template value<T>();
  }
  template <fixed_string Name>
  constexpr T operator()(variable<Name>) const {
    constexpr std::size_t i = Env::template index<Name>;
    if constexpr (i == std::tuple_size_v<decltype(env.values)>) {
      (void)unbound_variable<Name>{};
      return T();
    } else {
      return static_cast<T>(std::get<i>(env.values).value);
    }
  }
  template <class... As>
  constexpr T operator()(fn<add_op, As...> e) const {
    if constexpr (builtin_float<T>) {
      // the last node (the root) with a product term that is not fine: the
      // wide sum below, without the hi + lo that no node above reads; the
      // plain value only where a term is inf or NaN (wide_add's fallback)
      if constexpr (slot<fn<add_op, As...>> == List::size - 1) {
        if (!(product_fine(As{}) && ...)) [[unlikely]]
          return root_wide_sum(e);
      }
      // compensated (core/compensated.hpp): the terms' arithmetic is carried
      // as hi + lo, so a sum that cancels (r - |x|·r², 2 - x²) keeps its digits
      const auto t = two_node(e);
      keep_two(e, t);
      const T r = t.lo == T(0) ? t.hi : math::add(t.hi, t.lo);  // lo == 0 keeps the sign of a zero
      // a product term that eval recomputes wide, or a sum that is not
      // normal (x³ overflowing in gelu_tanh's u): the terms as m·2^e
      // (math/wide.hpp), added and rounded once
      if (!math::isnormal(r) || !(product_fine(As{}) && ...)) [[unlikely]]
        return wide_sum_of(e, r);
      return r;
    } else {
      T r = v[slot<type_at<0, As...>>];
      [&]<std::size_t... Is>(std::index_sequence<Is...>) {
        ((r = sum_of(r, v[slot<type_at<Is + 1, As...>>])), ...);
      }(std::make_index_sequence<sizeof...(As) - 1>{});
      return r;
    }
  }
  template <class... As>
  constexpr T operator()(fn<mul_op, As...> e) const {
    bool fine = true;
    const T r = plain_product(e, fine);
    if constexpr (builtin_float<T>) {
      // a factor or a partial product left the normal range: the product
      // again from its factors as m·2^e (math/wide.hpp), rounded once
      if (wides) wides->fine[slot<fn<mul_op, As...>>] = fine;
      if (!fine) [[unlikely]]
        return wide_product(e);
    }
    return r;
  }
  // (the rare paths out of line: they stay out of the evaluation they are part of)
  template <class... As>
  [[gnu::noinline, gnu::cold]] constexpr T wide_sum_of(fn<add_op, As...>, T r) const {
    return math::wide_sum(r, wide_of(As{})...);
  }
  template <class... As>
  [[gnu::noinline, gnu::cold]] constexpr T root_wide_sum(fn<add_op, As...> e) const {
    return [&](const auto&... w) {
      if ((math::isfinite(w.m) && ...)) return math::wide_sum(T(0), w...);
      const auto t = two_node(e);
      return math::wide_sum(t.lo == T(0) ? t.hi : math::add(t.hi, t.lo), w...);
    }(wide_of(As{})...);
  }
  template <class... As>
  [[gnu::noinline, gnu::cold]] constexpr T wide_product(fn<mul_op, As...>) const {
    const math::wide<T> w = (wide_of(As{}) * ...);
    if (wides) wides->w[slot<fn<mul_op, As...>>] = w;
    return math::to_value<T>(w);
  }
  // The factors multiplied in order. fine is cleared (built-in types) where a
  // factor or a partial product is not normal, unless a factor is a zero that
  // cannot have come from underflow (an input, a literal, a where's 0).
  template <class A, class... As>
  constexpr T plain_product(fn<mul_op, A, As...>, bool& fine) const {
    T r = v[slot<A>];
    if constexpr (builtin_float<T>) {
      bool zero = r == T(0);
      fine = math::branch_free::isnormal(r) | (zero & exact_zero<A>);
      const auto step = [&](const T& f, bool exact) {
        fine &= math::branch_free::isnormal(f) | ((f == T(0)) & exact);
        zero |= f == T(0);
        r = product_of(r, f);
        fine &= math::branch_free::isnormal(r) | zero;
      };
      (step(v[slot<As>], exact_zero<As>), ...);
    } else {
      ((r = product_of(r, v[slot<As>])), ...);
    }
    return r;
  }
  template <class N>
  constexpr bool product_fine(N) const {
    bool fine = true;
    if constexpr (is_mul<N>) {
      if constexpr (!folded<T, N>)  // a folded node's own evaluation did not run
        if (wides) return wides->fine[slot<N>];
      (void)plain_product(N{}, fine);
    }
    return fine;
  }
  template <class B, i64 N, i64 D>
  constexpr T operator()(fn<pow_op, B, rational<N, D>> e) const {
    if constexpr (carried_power<T, B, N, D>) {
      const auto t = two_node(e);
      keep_two(e, t);
      return t.lo == T(0) ? t.hi : math::add(t.hi, t.lo);
    } else {
      return rational_power<T, N, D>(v[slot<B>]);
    }
  }
  // Conditions are stored as 1 (true), 0 (false) or NaN (unordered).
  template <class Op, class A, class B>
  constexpr T operator()(cmp<Op, A, B>) const {
    const T& a = v[slot<A>];
    const T& b = v[slot<B>];
    if (a != a || b != b) return nan_value<T>();
    return Op::test(a, b) ? T(1) : T(0);
  }
  template <class C, class A, class B>
  constexpr T operator()(fn<where_op, C, A, B>) const {
    const T& c = v[slot<C>];
    if (c != c) return nan_value<T>();
    return c != T(0) ? v[slot<A>] : v[slot<B>];
  }
  template <class Op, class... As>
  constexpr T operator()(fn<Op, As...>) const {
    if constexpr (sizeof...(As) == 1 && has_slope<Op, T>) {
      using A = type_at<0, As...>;
      if constexpr (compensable<T, A>)
        return compensated_apply<Op>(two_of(A{}));
      else
        return Op::apply(v[slot<A>]);
    } else {
      return Op::apply(v[slot<As>]...);
    }
  }

  // ---- compensated arguments (core/compensated.hpp), built-in types only;
  // auto return types keep two<T> from being formed for the wide ones ----
  template <class N>
  constexpr auto two_of(N) const {
    if constexpr (!compensable<T, N>)
      return two<T>{v[slot<N>], T(0)};
    else if constexpr (builtin_float<T> && variable_free<N>)
      return folded_two<T, N>::value;
    else if constexpr (kept_two<T, N>)
      return twos ? (*twos)[slot<N>] : two_node(N{});
    else
      return two_node(N{});
  }
  template <class N, class Two>
  constexpr void keep_two(N, const Two& t) const {
    if (twos) (*twos)[slot<N>] = t;
  }
  template <i64 N, i64 D>
  constexpr auto two_node(rational<N, D>) const {
    return rational_two<T, N, D>();
  }
  template <class Tag>
  constexpr auto two_node(constant<Tag>) const {
    return constant_two<T, Tag>();
  }
  template <class A, class... As>
  constexpr auto two_node(fn<add_op, A, As...>) const {
    two<T> r = two_of(A{});
    ((r = math::detail::dw_add(r, two_of(As{}))), ...);
    return r;
  }
  template <class A, class... As>
  constexpr auto two_node(fn<mul_op, A, As...>) const {
    two<T> r = two_of(A{});
    ((r = math::detail::dw_mul(r, two_of(As{}))), ...);
    return r;
  }
  template <class B, i64 N, i64 D>
  constexpr auto two_node(fn<pow_op, B, rational<N, D>>) const {
    if constexpr (D == 1)
      return math::detail::dw_pow(two_of(B{}), N);
    else
      return math::detail::dw_pow(math::detail::dw_sqrt(two_of(B{})), N);
  }
  template <class Op, class... As>
  constexpr auto two_node(fn<Op, As...>) const {
    return Op::apply_two(v[slot<As>]...);
  }

  // ---- a factor as m·2^e (math/wide.hpp), built-in types only: products
  // and powers from their parts, sums that are not normal from their terms,
  // exp, σ, sech², softplus and erfc from their argument, tanh of a tiny
  // argument as the argument, named functions from their definition, the
  // rest from their value ----
  template <class N>
  constexpr auto wide_of(N) const {
    if constexpr (folded<T, N>)
      return folded_wide<T, N>::value;  // 2/π in gelu_tanh: the same at every point
    else
      return wide_node(N{});
  }
  template <class N>
  constexpr auto wide_node(N) const {
    return math::to_wide<T>(v[slot<N>]);
  }
  template <class... Fs>
  constexpr auto wide_node(fn<mul_op, Fs...>) const {
    if constexpr (!folded<T, fn<mul_op, Fs...>>)
      if (wides && !wides->fine[slot<fn<mul_op, Fs...>>]) return wides->w[slot<fn<mul_op, Fs...>>];
    return (wide_of(Fs{}) * ...);
  }
  // a sum that is not normal from its terms: 1 + 0.134x² in gelu_tanh' at
  // x = 1e200 (overflows), Φ(a) + a·φ(a) in geglu's ∂/∂a at a = -40 (underflows)
  template <class... Ts>
  constexpr auto wide_node(fn<add_op, Ts...>) const {
    const T r = v[slot<fn<add_op, Ts...>>];
    if (!math::isnormal(r)) return math::wide_add(r, wide_of(Ts{})...);
    // r rounds the compensated hi + lo: the rest decides a tie (silu'(x) =
    // 1/2 + x/2 for tiny x, times the least subnormal in swiglu's ∂/∂a).
    // Where hi + lo is r exactly the rest may have underflowed in T (σ(2^-149)
    // = 1/2 + 2^-151 in float): the terms as m·2^e keep its sign.
    const math::wide<T> w = math::to_wide(r, two_node(fn<add_op, Ts...>{}));
    if (w.sticky != 0) return w;
    return math::with_sticky_of(w, math::wide_add(r, wide_of(Ts{})...));
  }
  template <class B, i64 N, i64 D>
  constexpr auto wide_node(fn<pow_op, B, rational<N, D>>) const {
    if constexpr (D == 1)
      return math::pow(wide_of(B{}), N);
    else if constexpr (D == 2)
      return math::pow(math::sqrt(wide_of(B{})), N);
    else
      return math::to_wide<T>(v[slot<fn<pow_op, B, rational<N, D>>>]);
  }
  template <class Op, class A>
    requires has_wide<Op, T>
  constexpr auto wide_node(fn<Op, A>) const {
    return Op::apply_wide(two_of(A{}), v[slot<fn<Op, A>>]);
  }
  // f(a) = a to far below an ulp for |a| < Op::identity_below (tanh): the argument's
  template <class Op, class A>
    requires(requires { Op::identity_below; } && !has_wide<Op, T>)
  constexpr auto wide_node(fn<Op, A>) const {
    if (math::fabs(v[slot<A>]) < T(Op::identity_below)) return wide_of(A{});
    return math::to_wide<T>(v[slot<fn<Op, A>>]);
  }
  // a named function (core/named.hpp) from its definition, a member of the
  // softmax family from its inputs, where its value is 0 or subnormal
  template <class Op, class... As>
    requires has_wide_value<Op, T, As...>
  constexpr auto wide_node(fn<Op, As...>) const {
    const T r = v[slot<fn<Op, As...>>];
    if (math::isnormal(r) || !math::isfinite(r)) return math::to_wide<T>(r);
    return Op::wide_value(v[slot<As>]...);
  }
};

// v = the values of the nodes of List (children first) at env.
template <class T, class List, class Env>
constexpr void evaluate_into(std::array<T, List::size>& v, const Env& env) {
  two_table<T, List::size> twos;  // written before read: each node after its children
  wide_table<T, List::size> wides;
  evaluator<T, List, Env> ev{env, v, &twos, &wides};
  [&]<class... Ns>(type_list<Ns...>) {
    std::size_t i = 0;
    // (no function per node between this loop and the evaluator where no
    // node is folded: most expressions, and all in the wide types)
    if constexpr (!(folded<T, Ns> || ...)) {
      ((v[i++] = ev(Ns{})), ...);
    } else {
      const auto value = [&]<class N>(N n) {
        // the last node is the one that folded_value itself computes
        if constexpr (folded<T, N> && !std::is_same_v<N, type_at<List::size - 1, Ns...>>)
          return folded_value<T, N>::value;
        else
          return ev(n);
      };
      ((v[i++] = value(Ns{})), ...);
    }
  }(List{});
}

// e's value at env as m·2^e (math/wide.hpp): a named function's definition,
// for the products around it (core/named.hpp).
template <class T, class E, class Env>
constexpr math::wide<T> evaluate_wide(E, const Env& env) {
  using list = nodes_of<E>;
  std::array<T, list::size> v{};
  evaluate_into<T, list>(v, env);
  return evaluator<T, list, Env>{env, v}.wide_node(E{});  // not wide_of: folded_wide comes here for its own node
}

// The first bound value that is NaN, as T, if any. A point with a NaN
// coordinate is outside every function's domain, so eval gives NaN there even
// where the expression does not use that input (relu'' = 0, d glu/da = σ(b)):
// NaN in, NaN out, as NUMERICS.md asks of every derivative.
template <class T, class Env>
constexpr bool nan_bound(const Env& env, T& nan) {
  return std::apply(
      [&](const auto&... b) {
        return ((b.value != b.value ? (nan = static_cast<T>(b.value), true) : false) || ... || false);
      },
      env.values);
}

// An infinite input can meet inf - inf, 0 inf or inf/inf on the way and give
// NaN where the function has a limit (x/(1 + |x|), x sigmoid(x) at -inf,
// softmax with an infinite input). In float, double and long double eval
// then gives the value at L = 2^(max_exponent/2) of the same sign: a power of
// two whose reciprocal is as exact as itself, and far enough out that every
// catalog function has settled to its limit (e^-L is 0, 1/L below an ulp).
template <class T, class V>
constexpr int limit_exponent = (builtin_float<V> && std::numeric_limits<V>::max_exponent < std::numeric_limits<T>::max_exponent
                                    ? std::numeric_limits<V>::max_exponent
                                    : std::numeric_limits<T>::max_exponent) /
                               2;
// v = +-L if v is infinite (then true); otherwise v is left alone (false).
template <class T, class V>
constexpr bool limit_in_place(V& v) {
  if constexpr (!builtin_float<T> || !std::numeric_limits<V>::has_infinity) {
    return false;
  } else {
    // (comparisons: inf - inf is not a constant expression for GCC)
    const V big = std::numeric_limits<V>::max();
    if (!(v > big || v < -big)) return false;
    constexpr T large = math::detail::pow2<T>(limit_exponent<T, V>);
    v = v > 0 ? static_cast<V>(large) : -static_cast<V>(large);
    return true;
  }
}
// Env with each infinite value replaced so; false when none is infinite.
template <class T, class Env>
constexpr bool to_finite_limit(Env& env) {
  return std::apply(
      [](auto&... b) {
        int n = 0;  // every binding is visited (no short circuit)
        ((n += limit_in_place<T>(b.value) ? 1 : 0), ...);
        return n > 0;
      },
      env.values);
}

template <class T, class E, class Env>
constexpr T evaluate(E, const Env& env) {
  if (T nan{}; nan_bound(env, nan)) return nan;
  using list = nodes_of<E>;
  std::array<T, list::size> v{};
  evaluate_into<T, list>(v, env);
  const T r = v[list::size - 1];
  if (r == r) return r;
  // NaN from an infinite input: the limit (same Env type, so no second
  // instantiation of the evaluator)
  Env limit = env;
  if (!to_finite_limit<T>(limit)) return r;
  evaluate_into<T, list>(v, limit);
  return v[list::size - 1];
}

template <class T, class N>
struct folded_value {
  static constexpr T value = evaluate<T>(N{}, environment<>{});
};
template <class T, class N>
struct folded_two {
  static constexpr two<T> value = [] {
    using list = nodes_of<N>;
    const environment<> env{};
    std::array<T, list::size> v{};
    evaluate_into<T, list>(v, env);
    return evaluator<T, list, environment<>>{env, v}.two_node(N{});
  }();
};
template <class T, class N>
struct folded_wide {
  static constexpr math::wide<T> value = evaluate_wide<T>(N{}, environment<>{});
};

template <class... Bs>
struct deduced_scalar {
  using type = std::common_type_t<std::remove_cvref_t<decltype(Bs::value)>...>;
};
template <>
struct deduced_scalar<> {
  using type = double;
};

}  // namespace detail

// The number of distinct subexpressions of e: what eval computes, and the
// measure of an expression's size.
template <expression E>
constexpr std::size_t node_count(E) {
  return detail::nodes_of<E>::size;
}

// eval(e, x = 0.5, alpha = 0.01): the value of e, in the common type of the
// bound values (double when nothing is bound); eval<T>(e, ...) picks T.
template <class T = void, expression E, class... Bs>
constexpr auto eval(E e, Bs... bs) {
  using scalar_t = std::conditional_t<std::is_void_v<T>, typename detail::deduced_scalar<Bs...>::type, T>;
  static_assert(floating_scalar<scalar_t>,
                "actdiff::eval: the scalar type must be floating point (float, double, long double or a "
                "Boost.Multiprecision type); bind 1.0, not 1, or call eval<double>(...)");
  return detail::evaluate<scalar_t>(e, detail::environment<Bs...>{{bs...}});
}

}  // namespace actdiff

#endif
