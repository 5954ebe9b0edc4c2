// verify::accuracy<T>(e): e evaluated in T (float, double, long double) and
// in a reference type R (default cpp_bin_float_100), as NUMERICS.md measures:
//   ulp error       |got - ref| / ulp(ref rounded to T) (ulp of a subnormal or
//                   of 0 is the smallest subnormal)
//   bounded error   near an interior root the bound is absolute: the error in
//                   ulps of m, the largest magnitude among the terms added
//                   anywhere in e (named functions inlined) at that point;
//                   the bounded error of a point is the smaller of the two
//   false zeros, infinities, NaNs: 0, ±inf or NaN where the true value is a
//                   finite number (non-zero, representable in T)
//
//   auto a = verify::accuracy<double>(d(gelu(x), x)).against<hp>().over(x, -1e3, 1e3).run();
//
// over(x, lo, hi) samples 2001 uniform points and 200 log-spaced magnitudes
// per sign from 1e-30 up to max(|lo|, |hi|), inside [lo, hi]; on(x, points)
// takes any set. The variable's value is rounded to T first, and the reference
// is evaluated at that rounded input.
#ifndef ACTDIFF_VERIFY_ACCURACY_HPP
#define ACTDIFF_VERIFY_ACCURACY_HPP

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <ostream>
#include <type_traits>
#include <vector>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/core/expr.hpp>
#include <actdiff/core/named.hpp>
#include <actdiff/eval.hpp>
#include <actdiff/verify/points.hpp>
#include <actdiff/verify/variables.hpp>

namespace actdiff::verify {

struct accuracy_report {
  std::size_t points = 0;
  double max_ulp = 0;          // relative error in ulps of the reference
  double worst_input = 0;
  double max_ulp_bounded = 0;  // with the absolute bound near interior roots
  double worst_input_bounded = 0;
  std::size_t false_zeros = 0, false_infinities = 0, false_nans = 0;
  double first_false_zero = 0;  // an input that gave a false zero (when any)

  std::size_t false_results() const { return false_zeros + false_infinities + false_nans; }
  friend std::ostream& operator<<(std::ostream& os, const accuracy_report& r) {
    return os << r.points << " points, max " << r.max_ulp << " ulp at x = " << r.worst_input << ", bounded "
              << r.max_ulp_bounded << " ulp at x = " << r.worst_input_bounded << ", false zeros "
              << r.false_zeros << ", false infinities " << r.false_infinities << ", false NaNs " << r.false_nans;
  }
};

namespace detail {

// ulp of v (a value of T, finite): the spacing of T at |v|; the smallest
// subnormal for 0 and subnormals.
template <class T>
T ulp_of(T v) {
  v = std::fabs(v);
  if (!(v >= std::numeric_limits<T>::min())) return std::numeric_limits<T>::denorm_min();
  int e = 0;
  (void)std::frexp(v, &e);  // v = m·2^e, m in [0.5, 1)
  return std::ldexp(T(1), e - std::numeric_limits<T>::digits);
}

// The size of the terms E adds, at the environment's values: E expanded
// through its products and sums (not into function arguments), the largest
// |term|. M(sum) = max M(term), M(product) = Π M(factor), M(where) = M of the
// branch taken, M(anything else) = |value|. For φ(x)(2 - x²) that is
// |φ(x)|·max(2, x²): the absolute bound near the roots ±√2 is in ulps of the
// largest term of the expanded sum, not of a sum inside an argument.
template <class R, class List>
struct term_magnitude {
  const std::array<R, List::size>& v;

  template <class N>
  R value_of() const {
    using std::abs;
    return R(abs(v[actdiff::detail::list_index<N, List>]));
  }
  template <class N>
  R operator()(N) const {
    return value_of<N>();
  }
  template <class A, class... As>
  R operator()(fn<actdiff::detail::add_op, A, As...>) const {
    R m = (*this)(A{});
    ((m = std::max(m, (*this)(As{}))), ...);
    return m;
  }
  template <class A, class... As>
  R operator()(fn<actdiff::detail::mul_op, A, As...>) const {
    R m = (*this)(A{});
    ((m *= (*this)(As{})), ...);
    return m;
  }
  template <class C, class A, class B>
  R operator()(fn<actdiff::detail::where_op, C, A, B>) const {
    const R c = v[actdiff::detail::list_index<C, List>];
    if (c != c) return value_of<fn<actdiff::detail::where_op, C, A, B>>();
    return c != 0 ? (*this)(A{}) : (*this)(B{});
  }
};

template <class R, class E, class Env>
R largest_term(E, const Env& env) {
  namespace ad = actdiff::detail;
  using list = ad::nodes_of<E>;
  std::array<R, list::size> v{};
  ad::evaluator<R, list, Env> ev{env, v};
  [&]<class... Ns>(ad::type_list<Ns...>) {
    std::size_t i = 0;
    ((v[i++] = ev(Ns{})), ...);
  }(list{});
  return term_magnitude<R, list>{v}(E{});
}

}  // namespace detail

namespace detail {

// One point of NUMERICS.md's measure: got (in T) against the true value ref
// (in R, not NaN). largest() gives the largest term (see largest_term); it is
// called only where the relative error exceeds 1 ulp.
struct point_score {
  enum kind_t { measured, false_nan, false_inf, overflow_ok, overflow_missed } kind = measured;
  bool false_zero = false;
  double ulps = 0, bounded = 0;
};
template <class T, class R, class Largest>
point_score score_point(T got, const R& ref, Largest largest) {
  using std::abs;
  point_score s;
  const R tmax = R((std::numeric_limits<T>::max)());
  const R aref = abs(ref);
  if (got != got) {
    s.kind = point_score::false_nan;
  } else if (aref >= tmax + R(ulp_of((std::numeric_limits<T>::max)())) / 2) {
    // the true value rounds to ±inf in T (just above max it rounds to max)
    s.kind = std::isinf(got) && (got > 0) == (ref > 0) ? point_score::overflow_ok : point_score::overflow_missed;
  } else if (std::isinf(got)) {
    s.kind = point_score::false_inf;
  } else {
    s.false_zero = got == 0 && static_cast<T>(ref) != 0;  // the true value rounds to a non-zero T
    const R err = abs(R(got) - ref);
    s.ulps = static_cast<double>(R(err / R(ulp_of(static_cast<T>(ref)))));
    s.bounded = s.ulps;
    if (s.ulps > 1) {  // near an interior root: in ulps of the largest term
      const R m = std::max(aref, R(largest()));
      const T mt = static_cast<T>(std::min(m, tmax));
      s.bounded = std::min(s.ulps, static_cast<double>(R(err / R(ulp_of(mt)))));
    }
  }
  return s;
}

}  // namespace detail

template <class T, class E, class Ref, class R>
class accuracy_check {
 public:
  static_assert(builtin_float<T>, "actdiff::verify::accuracy<T>: T is float, double or long double");
  using vars = variables_of<E, Ref>;
  static_assert(vars::size == 1, "actdiff::verify::accuracy measures functions of one variable");
  using X = actdiff::detail::list_at<0, vars>;

  template <class R2>
  accuracy_check<T, E, Ref, R2> against() const {
    return {pts_};
  }
  template <class V>
  accuracy_check over(V, double lo, double hi) const {
    static_assert(std::is_same_v<V, X>, "actdiff::verify::accuracy: over() names the expression's variable");
    double top = std::max(std::fabs(lo), std::fabs(hi));
    points p = points::range(lo, hi, 2001);
    if (top > 1e-30)
      p = p + points::log_tails(1e-30, top, 200).filter([](double) { return true; });
    std::vector<double> in;
    for (double v : p.values)
      if (v >= lo && v <= hi) in.push_back(v);
    return {points{in}};
  }
  template <class V>
  accuracy_check on(V, points p) const {
    return {std::move(p)};
  }

  accuracy_report run() const {
    accuracy_report r;
    const points p = pts_.size() ? pts_ : points::standard();
    using inlined = decltype(inline_named(Ref{}));
    for (double pd : p.values) {
      const T xt = static_cast<T>(pd);
      const T got = actdiff::eval<T>(E{}, X{} = xt);
      const R xr = R(xt);
      const R ref = actdiff::eval<R>(Ref{}, X{} = xr);
      ++r.points;
      if (ref != ref) continue;  // outside the domain: nothing to measure
      const auto sc = detail::score_point(got, ref, [&] {
        return detail::largest_term<R>(inlined{}, actdiff::detail::environment<decltype(X{} = xr)>{{X{} = xr}});
      });
      if (sc.kind == detail::point_score::false_nan) ++r.false_nans;
      if (sc.kind == detail::point_score::false_inf) ++r.false_infinities;
      if (sc.kind != detail::point_score::measured) continue;  // the true value overflowing T is not measured
      if (sc.false_zero && r.false_zeros++ == 0) r.first_false_zero = pd;
      if (sc.ulps > r.max_ulp) {
        r.max_ulp = sc.ulps;
        r.worst_input = pd;
      }
      if (sc.bounded > r.max_ulp_bounded) {
        r.max_ulp_bounded = sc.bounded;
        r.worst_input_bounded = pd;
      }
    }
    return r;
  }
  operator accuracy_report() const { return run(); }

  points pts_;
};

// e in T against e in R; e depends on one variable.
template <class T, expression E>
accuracy_check<T, E, E, boost::multiprecision::cpp_bin_float_100> accuracy(E) {
  return {};
}
// got: e in T; reference: ref (the same function, written another way) in R.
template <class T, expression E, expression Ref>
accuracy_check<T, E, Ref, boost::multiprecision::cpp_bin_float_100> accuracy(E, Ref) {
  return {};
}

}  // namespace actdiff::verify

#endif
