// Normalisation for proofs. Evaluation keeps the stable forms (sech²(x/2)/4,
// sech², softplus, logsumexp, expm1, erfc); a proof needs one form per
// value, so normalize(e) rewrites, bottom-up, after inline_named:
//   σ(a) -> 1/(1 + e^-a)           tanh(a) -> (1 - e^-2a)/(1 + e^-2a)
//   sech²(a) -> 4e^-2a/(1 + e^-2a)²  softplus(a) -> log(1 + e^a)
//   logsumexp(a, ...) -> log(e^a + ...)   expm1(a) -> e^a - 1
//   log1p(a) -> log(1 + a)          erfc(a) -> 1 - erf(a)
//   log_softmax_i(z) -> z_i - log(e^z0 + ...)   tanh_residual(a) -> a - tanh(a)
//   softmax_i(z) -> e^z_i/Σ e^z_j, and its family (complement, gap, Jacobian)
//   e^(a + b) -> e^a·e^b            e^(k·a) -> (e^a)^k (k an integer)
//   e^(k·log w) -> w^k              (w^2)^(1/2) -> |w|
//   2/√π -> 2·π^(-1/2)              1/√(2π) -> 2^(-1/2)·π^(-1/2)
// so expressions in exponentials become rational functions of atoms such as
// e^x. These rules are for proofs only; nothing evaluates the result.
//
// proves(lhs, rhs) is true when
//   1. lhs and rhs are one type, or
//   2. normalize(lhs) and normalize(rhs) are one type, or
//   3. lhs - rhs, normalised and brought over one denominator (together()),
//      has a numerator that expand() reduces to 0, or
//   4. (piecewise) lhs and rhs depend on one variable x, every condition of
//      every where() is linear in x with a rational root, and 1-3 hold on
//      each open interval between the roots (conditions decided there) and
//      at each root (x substituted exactly).
// A false result proves nothing: the identity may still hold (then check it
// numerically, verify::identity).
#ifndef ACTDIFF_VERIFY_NORMALIZE_HPP
#define ACTDIFF_VERIFY_NORMALIZE_HPP

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/constants.hpp>
#include <actdiff/core/expand.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/meta.hpp>
#include <actdiff/core/named.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/rational.hpp>
#include <actdiff/core/rebuild.hpp>
#include <actdiff/core/where.hpp>
#include <actdiff/functions/erf.hpp>
#include <actdiff/functions/erfc.hpp>
#include <actdiff/functions/exp.hpp>
#include <actdiff/functions/expm1.hpp>
#include <actdiff/functions/log.hpp>
#include <actdiff/functions/log1p.hpp>
#include <actdiff/functions/log_softmax.hpp>
#include <actdiff/functions/softmax.hpp>
#include <actdiff/functions/logsumexp.hpp>
#include <actdiff/functions/sech2.hpp>
#include <actdiff/functions/sigmoid.hpp>
#include <actdiff/functions/softplus.hpp>
#include <actdiff/functions/tanh.hpp>
#include <actdiff/functions/tanh_residual.hpp>
#include <actdiff/verify/variables.hpp>

namespace actdiff::verify {

namespace detail {
using actdiff::detail::i64;
using actdiff::detail::is_add;
using actdiff::detail::is_cmp;
using actdiff::detail::is_fn;
using actdiff::detail::is_fn_of;
using actdiff::detail::is_mul;
using actdiff::detail::is_pow;
using actdiff::detail::is_rational;

// ---- exponentials -------------------------------------------------------------
template <class A>
constexpr auto exp_n(A a);

template <class T>
constexpr auto exp_term(T t) {
  using st = actdiff::detail::split_term<T>;
  if constexpr (is_rational<T>)
    return actdiff::exp(t);
  else if constexpr (is_fn_of<typename st::monomial, actdiff::detail::log_op>) {
    // e^(k·log w) = w^k
    return []<class W>(fn<actdiff::detail::log_op, W>) { return pow<st::coef.num, st::coef.den>(W{}); }(
        typename st::monomial{});
  } else if constexpr (st::coef.is_one())
    return actdiff::exp(t);
  else {
    // e^(p/q·m) = (e^(m/q))^p
    using m = typename st::monomial;
    return pow<st::coef.num>(actdiff::exp(mul(rational<1, st::coef.den>{}, m{})));
  }
}

template <class A>
constexpr auto exp_n(A a) {
  if constexpr (is_add<A>)
    return []<class... Ts>(fn<actdiff::detail::add_op, Ts...>) { return mul(exp_term(Ts{})...); }(a);
  else
    return exp_term(a);
}

// log_softmax_op<I>: its component I (is = false for other ops)
template <class Op>
struct log_softmax_index {
  static constexpr bool is = false;
};
template <std::size_t I>
struct log_softmax_index<actdiff::detail::log_softmax_op<I>> {
  static constexpr bool is = true;
  static constexpr std::size_t value = I;
};

// The softmax family (functions/softmax.hpp): which member, and its indices
template <class Op>
struct softmax_member_of {
  static constexpr bool is = false;
};
template <actdiff::math::softmax_part P, std::size_t I, std::size_t J>
struct softmax_member_of<actdiff::detail::softmax_member_op<P, I, J>> {
  static constexpr bool is = true;
  static constexpr actdiff::math::softmax_part part = P;
  static constexpr std::size_t i = I, j = J;
};

// s_i = e_i/S, c_i = (S - e_i)/S, g_i = (S - 2e_i)/S, J_ii = e_i(S - e_i)/S²,
// J_ij = -e_i e_j/S², with e_j = e^(z_j) and S = Σ e_j
template <class Op, class... As>
constexpr auto softmax_rewrite(As... as) {
  using m = softmax_member_of<Op>;
  const auto s = add(exp_n(as)...);
  const auto ei = exp_n(actdiff::detail::type_at<m::i, As...>{});
  using part = actdiff::math::softmax_part;
  if constexpr (m::part == part::value)
    return ei * pow<-1>(s);
  else if constexpr (m::part == part::complement)
    return (s - ei) * pow<-1>(s);
  else if constexpr (m::part == part::gap)
    return (s - rational<2>{} * ei) * pow<-1>(s);
  else if constexpr (m::i == m::j)
    return ei * (s - ei) * pow<-2>(s);
  else
    return -(ei * exp_n(actdiff::detail::type_at<m::j, As...>{}) * pow<-2>(s));
}

// ---- one node, its arguments already normalised ----------------------------------
template <class Op, class... As>
constexpr auto rewrite(As... as) {
  namespace ad = actdiff::detail;
  using one = rational<1>;
  if constexpr (softmax_member_of<Op>::is)
    return softmax_rewrite<Op>(as...);
  else if constexpr (log_softmax_index<Op>::is)
    return ad::type_at<log_softmax_index<Op>::value, As...>{} - actdiff::log(add(exp_n(as)...));
  else if constexpr (std::is_same_v<Op, ad::tanh_residual_op>)
    return [](auto a) {
      auto e = exp_n(rational<-2>{} * a);
      return a - (one{} - e) * pow<-1>(one{} + e);
    }(as...);
  else if constexpr (std::is_same_v<Op, ad::sigmoid_op>)
    return [](auto a) { return pow<-1>(one{} + exp_n(-a)); }(as...);
  else if constexpr (std::is_same_v<Op, ad::tanh_op>)
    return [](auto a) {
      auto e = exp_n(rational<-2>{} * a);
      return (one{} - e) * pow<-1>(one{} + e);
    }(as...);
  else if constexpr (std::is_same_v<Op, ad::sech2_op>)
    return [](auto a) {
      auto e = exp_n(rational<-2>{} * a);
      return rational<4>{} * e * pow<-2>(one{} + e);
    }(as...);
  else if constexpr (std::is_same_v<Op, ad::softplus_op>)
    return [](auto a) { return actdiff::log(one{} + exp_n(a)); }(as...);
  else if constexpr (std::is_same_v<Op, ad::logsumexp_op>)
    return actdiff::log(add(exp_n(as)...));
  else if constexpr (std::is_same_v<Op, ad::expm1_op>)
    return [](auto a) { return exp_n(a) - one{}; }(as...);
  else if constexpr (std::is_same_v<Op, ad::log1p_op>)
    return [](auto a) { return actdiff::log(one{} + a); }(as...);
  else if constexpr (std::is_same_v<Op, ad::erfc_op>)
    return [](auto a) { return one{} - actdiff::erf(a); }(as...);
  else if constexpr (std::is_same_v<Op, ad::exp_op>)
    return exp_n(as...);
  else if constexpr (std::is_same_v<Op, ad::pow_op>)
    return []<class B, i64 N, i64 D>(B b, rational<N, D>) {
      if constexpr (N == 1 && D == 2 && is_pow<B>)
        return []<class W, i64 M, i64 E>(fn<ad::pow_op, W, rational<M, E>>) {
          if constexpr (M == 2 && E == 1)
            return abs(W{});
          else
            return pow<1, 2>(fn<ad::pow_op, W, rational<M, E>>{});
        }(b);
      else
        return pow<N, D>(b);
    }(as...);
  else
    return ad::rebuild<Op>(as...);
}

template <class E>
constexpr auto norm(E e) {
  namespace ad = actdiff::detail;
  if constexpr (std::is_same_v<E, constant<ad::two_over_sqrt_pi_tag>>)
    return rational<2>{} * pow<-1, 2>(pi);
  else if constexpr (std::is_same_v<E, constant<ad::inv_sqrt_2pi_tag>>)
    return inv_sqrt2 * pow<-1, 2>(pi);
  else if constexpr (is_pow<E>)
    return []<class B, class P>(fn<ad::pow_op, B, P>) { return rewrite<ad::pow_op>(norm(B{}), P{}); }(e);
  else if constexpr (is_fn<E>)
    return []<class Op, class... As>(fn<Op, As...>) { return rewrite<Op>(norm(As{})...); }(e);
  else if constexpr (is_cmp<E>)
    return []<class Op, class A, class B>(cmp<Op, A, B>) { return ad::rebuild_cmp<Op>(norm(A{}), norm(B{})); }(e);
  else
    return e;
}

// ---- one denominator --------------------------------------------------------------
template <class N, class D>
struct frac {
  using num = N;
  using den = D;
};

template <class E>
constexpr auto together(E e);

// An atom's arguments in a canonical form: expanded numerator over expanded
// denominator.
template <class E>
constexpr auto canon(E e) {
  if constexpr (is_cmp<E>)
    return []<class Op, class A, class B>(cmp<Op, A, B>) {
      return actdiff::detail::rebuild_cmp<Op>(canon(A{}), canon(B{}));
    }(e);
  else {
    using f = decltype(together(e));
    if constexpr (std::is_same_v<typename f::den, rational<1>>)
      return expand(typename f::num{});
    else
      return expand(typename f::num{}) * pow<-1>(expand(typename f::den{}));
  }
}

template <class A, class B>
constexpr auto frac_add(A, B) {
  using na = typename A::num;
  using da = typename A::den;
  using nb = typename B::num;
  using db = typename B::den;
  if constexpr (std::is_same_v<da, db>)
    return frac<decltype(na{} + nb{}), da>{};
  else
    return frac<decltype(na{} * db{} + nb{} * da{}), decltype(da{} * db{})>{};
}
template <class A, class B>
constexpr auto frac_mul(A, B) {
  return frac<decltype(typename A::num{} * typename B::num{}), decltype(typename A::den{} * typename B::den{})>{};
}
template <class F>
constexpr auto add_all(F f) {
  return f;
}
template <class F, class G, class... Fs>
constexpr auto add_all(F f, G g, Fs... fs) {
  return add_all(frac_add(f, g), fs...);
}
template <class F>
constexpr auto mul_all(F f) {
  return f;
}
template <class F, class G, class... Fs>
constexpr auto mul_all(F f, G g, Fs... fs) {
  return mul_all(frac_mul(f, g), fs...);
}

template <class E>
constexpr auto together(E e) {
  namespace ad = actdiff::detail;
  if constexpr (is_add<E>)
    return []<class... Ts>(fn<ad::add_op, Ts...>) { return add_all(together(Ts{})...); }(e);
  else if constexpr (is_mul<E>)
    return []<class... Fs>(fn<ad::mul_op, Fs...>) { return mul_all(together(Fs{})...); }(e);
  else if constexpr (is_pow<E>)
    return []<class B, i64 N, i64 D>(fn<ad::pow_op, B, rational<N, D>>) {
      if constexpr (D == 1) {
        using f = decltype(together(B{}));
        if constexpr (N > 0)
          return frac<decltype(pow<N>(typename f::num{})), decltype(pow<N>(typename f::den{}))>{};
        else
          return frac<decltype(pow<-N>(typename f::den{})), decltype(pow<-N>(typename f::num{}))>{};
      } else {
        return frac<decltype(pow<N, D>(canon(B{}))), rational<1>>{};
      }
    }(e);
  else if constexpr (is_fn<E>)
    return []<class Op, class... As>(fn<Op, As...>) {
      return frac<decltype(ad::rebuild<Op>(canon(As{})...)), rational<1>>{};
    }(e);
  else
    return frac<E, rational<1>>{};
}

// ---- piecewise: conditions linear in one variable ---------------------------------------
// A condition a op b with a - b = k·x + c (k, c rational, k != 0): root -c/k.
template <class X, class D>
struct linear_form {
  static constexpr bool ok = false;
};
template <class X>
struct linear_form<X, X> {
  static constexpr bool ok = true;
  static constexpr actdiff::detail::q k{1, 1, true}, c{0, 1, true};
};
template <class X, i64 N, i64 D>
struct linear_form<X, fn<actdiff::detail::mul_op, rational<N, D>, X>> {
  static constexpr bool ok = true;
  static constexpr actdiff::detail::q k{N, D, true}, c{0, 1, true};
};
template <class X, i64 C, i64 CD, class T>
struct linear_form<X, fn<actdiff::detail::add_op, rational<C, CD>, T>> {
  static constexpr bool ok = linear_form<X, T>::ok;
  static constexpr actdiff::detail::q k = linear_form<X, T>::k, c{C, CD, true};
};

template <class X, class C>
struct condition_info {
  static constexpr bool ok = false;
  static constexpr actdiff::detail::q root{};
};
template <class X, class Op, class A, class B>
struct condition_info<X, cmp<Op, A, B>> {
  using diff = decltype(A{} - B{});
  using lf = linear_form<X, diff>;
  static constexpr bool ok = [] {
    if constexpr (lf::ok)
      return !lf::k.is_zero();
    else
      return false;
  }();
  static constexpr actdiff::detail::q root = [] {
    if constexpr (lf::ok)
      return lf::k.is_zero() ? actdiff::detail::q{} : -lf::c / lf::k;
    else
      return actdiff::detail::q{};
  }();
};

// The distinct comparisons of an expression.
template <class List>
struct conditions_in;
template <class... Ns>
struct conditions_in<type_list<Ns...>> {
  static constexpr std::array<bool, sizeof...(Ns)> mask{is_cmp<Ns>...};
  using type = typename actdiff::detail::filter_impl<mask, type_list<Ns...>>::type;
};

// Every comparison replaced by its truth value at x = P (a rational).
template <class X, class P, class E>
constexpr auto decide_at(E e) {
  namespace ad = actdiff::detail;
  if constexpr (is_cmp<E>)
    return []<class Op, class A, class B>(cmp<Op, A, B>) {
      return ad::make_cmp<Op>(ad::subst_impl<X, P>(A{}), ad::subst_impl<X, P>(B{}));
    }(e);
  else if constexpr (is_fn<E>)
    return []<class Op, class... As>(fn<Op, As...>) { return ad::rebuild<Op>(decide_at<X, P>(As{})...); }(e);
  else
    return e;
}

template <class L, class R>
constexpr bool proves_algebraic(L, R) {
  if constexpr (std::is_same_v<L, R>)
    return true;
  else {
    using nl = decltype(norm(L{}));
    using nr = decltype(norm(R{}));
    if constexpr (std::is_same_v<nl, nr>)
      return true;
    else {
      using f = decltype(together(nl{} - nr{}));
      return std::is_same_v<decltype(expand(typename f::num{})), rational<0>>;
    }
  }
}

template <class L, class R>
constexpr bool has_conditions() {
  return conditions_in<actdiff::detail::nodes_of<decltype(L{} - R{})>>::type::size > 0;
}

// The roots of the conditions Cs, sorted, and the test points: a point left
// of the first root, each root, a point between each pair, one right of the last.
template <class X, class... Cs>
struct piecewise_points {
  static constexpr auto distinct = [] {
    namespace ad = actdiff::detail;
    std::array<ad::q, sizeof...(Cs)> r{condition_info<X, Cs>::root...};
    for (std::size_t i = 1; i < r.size(); ++i)
      for (std::size_t j = i; j > 0 && ad::compare(r[j], r[j - 1]) < 0; --j) {
        ad::q t = r[j];
        r[j] = r[j - 1];
        r[j - 1] = t;
      }
    // distinct roots first; m of them
    std::array<ad::q, sizeof...(Cs)> u{};
    std::size_t m = 0;
    for (std::size_t i = 0; i < r.size(); ++i)
      if (m == 0 || !(u[m - 1] == r[i])) u[m++] = r[i];
    return std::pair{u, m};
  }();
  static constexpr std::size_t n = distinct.second;
  static constexpr auto roots = distinct.first;
  static constexpr auto tests = [] {
    namespace ad = actdiff::detail;
    std::array<ad::q, 2 * n + 1> t{};
    t[0] = roots[0] - ad::q{1, 1, true};
    for (std::size_t i = 0; i < n; ++i) {
      t[2 * i + 1] = roots[i];
      t[2 * i + 2] = i + 1 < n ? (roots[i] + roots[i + 1]) * ad::q{1, 2, true} : roots[i] + ad::q{1, 1, true};
    }
    return t;
  }();
};

template <class X, class L, class R, class Pts, std::size_t I>
constexpr bool proves_at_test_point() {
  namespace ad = actdiff::detail;
  constexpr ad::q p = Pts::tests[I];
  using P = rational<p.num, p.den>;
  if constexpr (I % 2 == 1)  // a root: substitute x exactly
    return proves_algebraic(ad::subst_impl<X, P>(L{}), ad::subst_impl<X, P>(R{}));
  else  // an open interval: decide the conditions there
    return proves_algebraic(decide_at<X, P>(L{}), decide_at<X, P>(R{}));
}

template <class X, class L, class R, class... Cs>
constexpr bool proves_piecewise(type_list<Cs...>) {
  if constexpr (!(condition_info<X, Cs>::ok && ...))
    return false;
  else {
    using pts = piecewise_points<X, Cs...>;
    return []<std::size_t... Is>(std::index_sequence<Is...>) {
      return (proves_at_test_point<X, L, R, pts, Is>() && ...);
    }(std::make_index_sequence<2 * pts::n + 1>{});
  }
}

}  // namespace detail

// The normal form used for proofs (see above); not for evaluation.
template <expression E>
constexpr auto normalize(E e) {
  return detail::norm(inline_named(e));
}

// lhs and rhs proved equal (see above); false proves nothing.
template <expression L, expression R>
constexpr bool proves(L, R) {
  using il = decltype(normalize(L{}));
  using ir = decltype(normalize(R{}));
  if constexpr (std::is_same_v<L, R> || std::is_same_v<il, ir>)
    return true;
  else if constexpr (!detail::has_conditions<il, ir>())
    return detail::proves_algebraic(il{}, ir{});
  else {
    using vars = variables_of<il, ir>;
    if constexpr (vars::size != 1)
      return false;
    else {
      using X = actdiff::detail::list_at<0, vars>;
      using conds = typename detail::conditions_in<actdiff::detail::nodes_of<decltype(il{} - ir{})>>::type;
      return detail::proves_piecewise<X, il, ir>(conds{});
    }
  }
}

}  // namespace actdiff::verify

#endif
