// eval's steps without a branch, for the kernels' vectorised loops.
//
// branch_free_evaluator computes the same table as eval's evaluator, node by
// node, with the branch-free versions of the math (math/fp.hpp, "branch-free
// versions"): where eval picks a path, every path is computed and the result
// selected. Its values are eval's bits wherever it leaves ok set; where a
// math function would take a rare path (a result scaled into the
// subnormals, say), it clears ok and the kernel evaluates that element with
// eval itself. Leaves and products are eval's own code.
//
// Nodes without a variable (sqrt(2/pi) in gelu_tanh) are the same at every
// element: their values are eval's compile-time constants (eval.hpp,
// folded_value and folded_two).
//
// branch_free_list<T, List> says whether every node of List (and of the
// bodies of the named functions in it) is constant or has a branch-free
// version; when one does not (a square root or rational power of the
// variable, an n-ary primitive), the kernel uses eval for every element.
#ifndef ACTDIFF_KERNELS_BRANCH_FREE_EVAL_HPP
#define ACTDIFF_KERNELS_BRANCH_FREE_EVAL_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/compensated.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/named.hpp>
#include <actdiff/core/rational.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/core/where.hpp>
#include <actdiff/eval.hpp>
#include <actdiff/math/double_word.hpp>
#include <actdiff/math/fp.hpp>

namespace actdiff::detail {

template <class T, class List>
constexpr bool branch_free_list_impl();

// ---- which nodes have a branch-free version ----------------------------------
template <class T, class N>
constexpr bool branch_free_node = true;  // variables, literals, constants, comparisons
template <class T, class... As>
constexpr bool branch_free_node<T, fn<add_op, As...>> = true;
template <class T, class... As>
constexpr bool branch_free_node<T, fn<mul_op, As...>> = true;
template <class T, class C, class A, class B>
constexpr bool branch_free_node<T, fn<where_op, C, A, B>> = true;
// integer powers (squaring); others go through sqrt, exp and log
template <class T, class B, i64 N, i64 D>
constexpr bool branch_free_node<T, fn<pow_op, B, rational<N, D>>> = D == 1;
template <class T, class Def, std::size_t N, class... As>
constexpr bool branch_free_node<T, fn<named_op<Def, N>, As...>> =
    branch_free_list_impl<T, nodes_of<typename named_op<Def, N>::body>>();
template <class T, class Op, class... As>
constexpr bool branch_free_node<T, fn<Op, As...>> = sizeof...(As) == 1 && has_branch_free_apply<Op, T>;

template <class T, class List>
constexpr bool branch_free_list_impl() {
  return []<class... Ns>(type_list<Ns...>) { return ((variable_free<Ns> || branch_free_node<T, Ns>) && ...); }(List{});
}
template <class T, class List>
constexpr bool branch_free_list = math::branch_free::float_or_double<T> && branch_free_list_impl<T, List>();

// An argument that is a value scaled by a power of two (x/2 in σ' = sech²(x/2)/4).
// Its compensated form (eval's two_of: a double-word product) is the plain
// product with lo = 0 wherever the product and the parts of Dekker's product
// are exact: from 2^(digits + 2) times the least normal number up (no part
// is then subnormal), for a zero from a zero, and for inf and NaN. There
// f(product) is eval's value; the rest (products near the subnormals) is
// eval's to compute, and neither the double-word product nor f's slope is
// worth computing for every element.
template <class T, class A>
constexpr bool scaled_value = false;
template <class T, i64 N, i64 D, class B>
constexpr bool scaled_value<T, fn<mul_op, rational<N, D>, B>> =
    !compensable<T, B> && ((N == 1 || N == -1) ? (D & (D - 1)) == 0 : D == 1 && ((N < 0 ? -N : N) & ((N < 0 ? -N : N) - 1)) == 0);

template <class A>
struct scaled_parts;
template <i64 N, i64 D, class B>
struct scaled_parts<fn<mul_op, rational<N, D>, B>> {
  using value = B;
};

// A function factor whose op bounds its value from its argument: log2_bound(a)
// is the log2 of a bound above |f(a)|, rounded or as eval's m·2^e, for a
// within a few roundings of the argument eval takes; log2_lower_bound(a),
// where an op has it, the log2 of a bound below. The bounded pass makes a
// product ±0 from them, and settles a sum (settled_sum).
template <class A>
constexpr bool has_log2_bound = false;
template <class Op, class A>
  requires requires(double a) { Op::log2_bound(a); }
constexpr bool has_log2_bound<fn<Op, A>> = true;
template <class A>
constexpr bool has_log2_lower_bound = false;
template <class Op, class A>
  requires requires(double a) { Op::log2_lower_bound(a); }
constexpr bool has_log2_lower_bound<fn<Op, A>> = true;
template <class A>
struct bounded_argument;
template <class Op, class A>
struct bounded_argument<fn<Op, A>> {
  using type = A;
};

// A sum term whose m·2^e in eval's wide sum (eval.hpp, wide_of) rounds to
// its value wherever that is normal: a leaf, a sum, an op that gives its
// value as it is (apply_wide of exp, sech², softplus, erfc, σ in double; an
// op without apply_wide or identity_below), and a product of two of these
// (one rounding, as eval's plain product; in float it is exact in double,
// so the bounded pass also asks that it is exact in float, not a tie).
// An op whose m·2^e is its value only in part of its range says where with
// wide_is_value_at(a, f), for the types it concerns (σ in float, widened
// from double): the bounded pass asks it, and no product takes it.
template <class T, class N>
constexpr bool wide_value_conditional = false;
template <class T, class Op, class A>
  requires requires(T a) { Op::template wide_is_value_at<T>(a, a); }
constexpr bool wide_value_conditional<T, fn<Op, A>> = true;

template <class T, class N>
constexpr bool wide_is_value = !is_fn<N>;
template <class T, class... As>
constexpr bool wide_is_value<T, fn<add_op, As...>> = !variable_free<fn<add_op, As...>>;
template <class T, class Op, class A>
  requires(!std::is_same_v<Op, add_op>)
constexpr bool wide_is_value<T, fn<Op, A>> = !variable_free<fn<Op, A>> && !requires { Op::identity_below; };
template <class T, class A, class B>
constexpr bool wide_is_value<T, fn<mul_op, A, B>> =
    !variable_free<fn<mul_op, A, B>> && wide_is_value<T, A> && wide_is_value<T, B> && !is_fn_of<A, add_op> &&
    !is_fn_of<B, add_op> && !wide_value_conditional<T, A> && !wide_value_conditional<T, B>;

// A product whose value only sums read, as a term (no other node, and not
// an output of the evaluation, Roots): where it is not fine, the bounded pass
// leaves it to those sums, which settle from the factors' bounds, or not
// (x·sech²(u)·(1 + 3kx²)/2 + σ(2u) in gelu_tanh', subnormal next to 1 for x
// in [10, 10.9] in float: 8% of [10, 20] went to eval one by one).
template <class N, class M>
constexpr bool has_child = false;
template <class N, class Op, class... As>
constexpr bool has_child<N, fn<Op, As...>> = (std::is_same_v<N, As> || ...);
template <class N, class Op, class A, class B>
constexpr bool has_child<N, cmp<Op, A, B>> = std::is_same_v<N, A> || std::is_same_v<N, B>;
template <class N, class List, class Roots>
constexpr bool only_summed = false;
template <class N, class... Ms, class... Rs>
constexpr bool only_summed<N, type_list<Ms...>, type_list<Rs...>> =
    !(std::is_same_v<N, Rs> || ...) && (has_child<N, Ms> || ...) && ((!has_child<N, Ms> || is_fn_of<Ms, add_op>) && ...);

template <class T, class List, bool Bounds = false, class Roots = type_list<list_at<List::size - 1, List>>, class Env>
void evaluate_branch_free(std::array<T, List::size>& v, const Env& env, bool& ok);

// ---- one node ---------------------------------------------------------------------
// Bounds: products that are certainly below half the least subnormal are
// ±0, as eval rounds them, and sums that eval adds wide are a term's value
// or ±0 where the terms' bounds say so, instead of leaving the fast paths.
// It costs the vectorised loop a third of silu's speed in float, so the
// kernels use it only for a block that has elements that left
// (kernels/blocks.hpp).
template <class T, class List, class Env, bool Bounds = false, class Roots = type_list<list_at<List::size - 1, List>>>
struct branch_free_evaluator {
  const Env& env;
  const std::array<T, List::size>& v;
  bool& ok;

  template <class Node>
  static constexpr std::size_t slot = list_index<Node, List>;
  ACTDIFF_BRANCH_FREE static T select(bool c, T a, T b) { return math::branch_free::select(c, a, b); }

  // leaves: eval's code has no branch
  template <class N>
  ACTDIFF_BRANCH_FREE T operator()(N n) const {
    return evaluator<T, List, Env>{env, v}(n);
  }
  // eval's plain product; where eval would recompute it from wide factors
  // (a factor or partial product not normal), the element is eval's, unless
  // the factors bound the product below half the least subnormal: then eval
  // rounds it to ±0 (x·σ(2u) in gelu_tanh for x < -11.3 in float)
  template <class... As>
  ACTDIFF_BRANCH_FREE T operator()(fn<mul_op, As...> e) const {
    bool fine = true;
    const T r = evaluator<T, List, Env>{env, v}.plain_product(e, fine);
    constexpr bool left_to_sums = Bounds && only_summed<fn<mul_op, As...>, List, Roots>;
    if constexpr (Bounds && (has_log2_bound<As> || ...)) {
      constexpr T below = T(math::detail::fmt<T>::min_sub_exp - 1) - T(0x1p-10);  // log2 of half the least subnormal, less a margin
      const bool zero = (factor_log2_bound(As{}) + ...) < below;
      ok &= fine | zero | left_to_sums;
      return select(fine | !zero, r, math::copysign(T(0), r));  // the sign of the factors'
    } else {
      ok &= fine | left_to_sums;
      return r;
    }
  }
  // log2 of a bound above the magnitude eval's wide product takes for a
  // factor: a normal value's from its bits, a function's that is not
  // normal from its argument (log2_bound), -inf for an exact 0, and +inf
  // (no bound) for the rest. In T: every type here vectorises with the rest.
  template <class A>
  ACTDIFF_BRANCH_FREE T factor_log2_bound(A) const {
    const T f = v[slot<A>];
    const T from_value = math::branch_free::log2_chord(f) + T(math::branch_free::log2_chord_gap);
    constexpr T inf = std::numeric_limits<T>::infinity();
    const bool normal = math::branch_free::isnormal(f);
    T b = select(normal, from_value, select((f == T(0)) & exact_zero<A>, -inf, inf));
    if constexpr (has_log2_bound<A>) {
      // from the argument's value, within a few roundings of the hi + lo
      // eval takes: 2^-(digits - 6) of the bound's size covers them
      const T c = A::op::log2_bound(v[slot<typename bounded_argument<A>::type>]);
      constexpr T slack = math::detail::pow2<T>(6 - math::detail::fmt<T>::digits);
      b = select(normal, b, c + math::fabs(c) * slack + T(0x1p-10));
    }
    return b;
  }
  template <class... As>
  ACTDIFF_BRANCH_FREE T operator()(fn<add_op, As...> e) const {
    const auto t = two_of(e);
    const T r = select(t.lo == T(0), t.hi, t.hi + t.lo);  // lo == 0 keeps the sign of a zero
    if constexpr (Bounds) {
      // eval adds the terms wide where the sum is not normal or a product
      // term is not fine (eval's test); that sum rounds to a term's value
      // where the others are bounded below a quarter of its ulp
      const evaluator<T, List, Env> plain{env, v};
      const bool fine[] = {plain.product_fine(As{})...};
      // (a fold, not a loop: the block loop stays vectorisable)
      const bool all_fine = [&]<std::size_t... K>(std::index_sequence<K...>) ACTDIFF_BRANCH_FREE_LAMBDA {
        return (math::branch_free::isnormal(r) & ... & fine[K]);
      }(std::index_sequence_for<As...>{});
      T value = r;
      const bool settled = settled_sum(e, fine, value);
      ok &= all_fine | settled;
      return select(all_fine, r, value);
    } else {
      ok &= math::branch_free::isnormal(r);  // eval adds such a sum's terms wide
      return r;
    }
  }
  // log2 of a bound below the same: a normal value's from its bits (less
  // 2^-10: σ's m·2^e in float may be an ulp below its value), a function's that
  // is not normal from its argument (log2_lower_bound), -inf for the rest
  template <class A>
  ACTDIFF_BRANCH_FREE T factor_log2_lower(A) const {
    const T f = v[slot<A>];
    constexpr T inf = std::numeric_limits<T>::infinity();
    const bool normal = math::branch_free::isnormal(f);
    T b = select(normal, math::branch_free::log2_chord(f) - T(0x1p-10), -inf);
    if constexpr (has_log2_lower_bound<A>) {
      const T c = A::op::log2_lower_bound(v[slot<typename bounded_argument<A>::type>]);
      constexpr T slack = math::detail::pow2<T>(6 - math::detail::fmt<T>::digits);
      b = select(normal | (f != f), b, c - math::fabs(c) * slack - T(0x1p-10));
    }
    return b;
  }
  // (-inf where a factor or a partial product may pass m·2^e's exponent
  // clamp, math/wide.hpp, and be 0 there: x·σ(1.702x) at x = -2^26)
  template <class A>
  ACTDIFF_BRANCH_FREE T term_log2_lower(A) const {
    constexpr T clamp = -T(math::detail::wide_exp_limit / 2);
    constexpr T inf = std::numeric_limits<T>::infinity();
    if constexpr (is_fn_of<A, mul_op>) {
      return []<class... Fs>(const branch_free_evaluator& ev, fn<mul_op, Fs...>) ACTDIFF_BRANCH_FREE_LAMBDA {
        T sum = 0, down = 0;  // a partial product is above the sum of the factors' negative lowers
        const auto add = [&](T l) ACTDIFF_BRANCH_FREE_LAMBDA {
          sum += l;
          down += math::branch_free::select(l < 0, l, T(0));
        };
        (add(ev.factor_log2_lower(Fs{})), ...);
        return math::branch_free::select(down > clamp, sum, -inf);
      }(*this, A{});
    } else {
      const T l = factor_log2_lower(A{});
      return math::branch_free::select(l > clamp, l, -inf);
    }
  }
  // log2 of a bound above the magnitude of a term's m·2^e in eval's wide sum
  template <class A>
  ACTDIFF_BRANCH_FREE T term_log2_bound(A) const {
    if constexpr (is_fn_of<A, mul_op>) {
      return []<class... Fs>(const branch_free_evaluator& ev, fn<mul_op, Fs...>) ACTDIFF_BRANCH_FREE_LAMBDA {
        return (ev.factor_log2_bound(Fs{}) + ...);
      }(*this, A{});
    } else {
      // a value below the normal range is within an ulp or two of its m·2^e
      const T f = v[slot<A>];
      constexpr T below_normal = T(std::numeric_limits<T>::min_exponent + 1);
      const T b = factor_log2_bound(A{});
      const bool finite = math::branch_free::isfinite(f), normal = math::branch_free::isnormal(f);
      return select(finite & !normal & (b > below_normal), below_normal, b);
    }
  }
  // The wide sum's value where one term J (wide_is_value) is normal and the
  // rest are bounded below a quarter of its ulp (with a margin): J's value.
  // fine[K]: term K's product_fine (a product's value is its own only then).
  template <class... As>
  ACTDIFF_BRANCH_FREE bool settled_sum(fn<add_op, As...>, const bool (&fine)[sizeof...(As)], T& value) const {
    constexpr std::size_t n = sizeof...(As);
    const T bounds[] = {term_log2_bound(As{})...};
    constexpr int digits = std::numeric_limits<T>::digits;
    constexpr T margin = T(digits + 3 + std::bit_width(n));
    bool settled = false;
    [&]<std::size_t... J>(std::index_sequence<J...>) ACTDIFF_BRANCH_FREE_LAMBDA {
      const auto one = [&]<std::size_t K>(std::integral_constant<std::size_t, K>) ACTDIFF_BRANCH_FREE_LAMBDA {
        using A = type_at<K, As...>;
        if constexpr (wide_is_value<T, A>) {
          const T f = v[slot<A>];
          bool c = math::branch_free::isnormal(f) & fine[K] & !settled;
          const T e = math::branch_free::exponent_of(f);
          ((c &= (J == K) | (bounds[J] < e - margin)), ...);
          if constexpr (wide_value_conditional<T, A>)
            c &= A::op::wide_is_value_at(v[slot<typename bounded_argument<A>::type>], f);
          if constexpr (is_fn_of<A, mul_op> && std::is_same_v<T, float>)
            c &= []<class F, class G>(const branch_free_evaluator& ev, fn<mul_op, F, G>, float r) ACTDIFF_BRANCH_FREE_LAMBDA {
              return static_cast<double>(r) == static_cast<double>(ev.v[slot<F>]) * static_cast<double>(ev.v[slot<G>]);
            }(*this, A{}, f);
          value = select(c, f, value);
          settled |= c;
        }
      };
      (one(std::integral_constant<std::size_t, J>{}), ...);
      // every term bounds the sum below half the least subnormal, and one
      // term K is above the others together: ±0 with K's sign (the sign of
      // its factors' values; gelu' for x < -14.7 in float)
      T top = -std::numeric_limits<T>::infinity();
      ((top = math::branch_free::select(bounds[J] > top, bounds[J], top)), ...);
      constexpr T below = T(math::detail::fmt<T>::min_sub_exp - 1) - T(std::bit_width(n)) - T(0x1p-10);
      const auto zero = [&]<std::size_t K>(std::integral_constant<std::size_t, K>) ACTDIFF_BRANCH_FREE_LAMBDA {
        using A = type_at<K, As...>;
        const T lower = term_log2_lower(A{});
        bool c = (top < below) & !settled;
        // the others' sum is below (n - 1) times the largest
        ((c &= (J == K) | (bounds[J] + T(std::bit_width(n - 1)) < lower)), ...);
        value = select(c, math::copysign(T(0), v[slot<A>]), value);
        settled |= c;
      };
      (zero(std::integral_constant<std::size_t, J>{}), ...);
    }(std::make_index_sequence<n>{});
    return settled;
  }
  template <class B, i64 N>
  ACTDIFF_BRANCH_FREE T operator()(fn<pow_op, B, rational<N, 1>> e) const {
    if constexpr (carried_power<T, B, N, 1>) {
      // as eval: carried as hi + lo, rounded once
      const auto t = two_node(e);
      return select(t.lo == T(0), t.hi, t.hi + t.lo);
    } else {
      return plain_power(e);
    }
  }
  template <class B, i64 N>
  ACTDIFF_BRANCH_FREE T plain_power(fn<pow_op, B, rational<N, 1>>) const {
    constexpr unsigned long long k = N < 0 ? 0ull - static_cast<unsigned long long>(N) : static_cast<unsigned long long>(N);
    const auto mul = [](T a, T b) ACTDIFF_BRANCH_FREE_LAMBDA { return a * b; };
    const T base = v[slot<B>];
    static_assert(N == 1 || N == 2 || N == -1, "actdiff: carried_power takes every other integer power");
    const T r = math::detail::power_by_squaring_unrolled<k>(base, T(1), mul);
    if constexpr (N < 0)
      return T(1) / r;  // as eval's int_power: 1/x rounds once
    else
      return r;
  }
  template <class Op, class A, class B>
  ACTDIFF_BRANCH_FREE T operator()(cmp<Op, A, B>) const {
    const T& a = v[slot<A>];
    const T& b = v[slot<B>];
    const bool unordered = (a != a) | (b != b);
    return select(unordered, nan_value<T>(), select(Op::test(a, b), T(1), T(0)));
  }
  template <class C, class A, class B>
  ACTDIFF_BRANCH_FREE T operator()(fn<where_op, C, A, B>) const {
    const T& c = v[slot<C>];
    return select(c != c, nan_value<T>(), select(c != T(0), v[slot<A>], v[slot<B>]));
  }
  template <class Op, class A>
    requires has_branch_free_apply<Op, T>
  ACTDIFF_BRANCH_FREE T operator()(fn<Op, A>) const {
    if constexpr (has_slope<Op, T> && compensable<T, A> && scaled_value<T, A>) {
      const T p = v[slot<A>];  // the product, as the node itself is evaluated
      const T magnitude = math::fabs(p);
      const bool zero_from_zero = v[slot<typename scaled_parts<A>::value>] == T(0);
      constexpr T exact_from = math::detail::pow2<T>(math::detail::fmt<T>::min_exp + std::numeric_limits<T>::digits + 2);
      ok &= (magnitude >= exact_from) | (magnitude > std::numeric_limits<T>::max()) | (p != p) | zero_from_zero;
      return Op::apply_branch_free(p, ok);
    } else if constexpr (has_slope<Op, T> && compensable<T, A>) {
      return compensated_apply_branch_free<Op>(two_of(A{}), ok);
    } else {
      return Op::apply_branch_free(v[slot<A>], ok);
    }
  }
  // a named function: its body, with the arguments bound to its placeholders
  template <class Def, std::size_t N, class... As>
  ACTDIFF_BRANCH_FREE T operator()(fn<named_op<Def, N>, As...>) const {
    using body = typename named_op<Def, N>::body;
    using list = nodes_of<body>;
    return [&]<std::size_t... Is>(std::index_sequence<Is...>) ACTDIFF_BRANCH_FREE_LAMBDA {
      const environment<binding<placeholder_name<Is>(), T>...> inner{{{v[slot<As>]}...}};
      std::array<T, list::size> w;
      evaluate_branch_free<T, list, Bounds>(w, inner, ok);
      return w[list::size - 1];
    }(std::make_index_sequence<N>{});
  }

  // ---- compensated arguments, as eval's two_of ----
  template <class N>
  ACTDIFF_BRANCH_FREE two<T> two_of(N) const {
    if constexpr (!compensable<T, N>)
      return {v[slot<N>], T(0)};
    else if constexpr (variable_free<N>)
      return folded_two<T, N>::value;
    else
      return two_node(N{});
  }
  template <class A, class... As>
  ACTDIFF_BRANCH_FREE two<T> two_node(fn<add_op, A, As...>) const {
    two<T> r = two_of(A{});
    ((r = math::branch_free::dw_add(r, two_of(As{}))), ...);
    return r;
  }
  template <class A, class... As>
  ACTDIFF_BRANCH_FREE two<T> two_node(fn<mul_op, A, As...>) const {
    two<T> r = two_of(A{});
    ((r = math::branch_free::dw_mul(r, two_of(As{}))), ...);
    return r;
  }
  template <class B, i64 N>
  ACTDIFF_BRANCH_FREE two<T> two_node(fn<pow_op, B, rational<N, 1>>) const {
    return math::branch_free::dw_pow<N>(two_of(B{}));
  }
  // an op that gives its value as hi + lo (softplus), as eval's two_node
  template <class Op, class... As>
    requires has_two<Op, T, As...>
  ACTDIFF_BRANCH_FREE two<T> two_node(fn<Op, As...>) const {
    return Op::apply_two_branch_free(v[slot<As>]..., ok);
  }
};

// The table of List's values at env, as eval's.
template <class T, class List, bool Bounds, class Roots, class Env>
ACTDIFF_BRANCH_FREE void evaluate_branch_free(std::array<T, List::size>& v, const Env& env, bool& ok) {
  const branch_free_evaluator<T, List, Env, Bounds, Roots> ev{env, v, ok};
  [&]<class... Ns>(type_list<Ns...>) ACTDIFF_BRANCH_FREE_LAMBDA {
    std::size_t i = 0;
    const auto value = [&]<class N>(N n) ACTDIFF_BRANCH_FREE_LAMBDA {
      if constexpr (variable_free<N>)
        return folded_value<T, N>::value;
      else
        return ev(n);
    };
    ((v[i++] = value(Ns{})), ...);
  }(List{});
}

}  // namespace actdiff::detail

#endif
