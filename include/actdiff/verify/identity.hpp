// verify::identity(lhs, rhs): both sides evaluated over sample points in a
// chosen precision; the largest relative and absolute differences and where
// they occur, and whether the two sides are one canonical type (a proof).
//
//   auto r = verify::identity(d(s, x), s * (1_c - s)).over(x, -40, 40).samples(2000).in<hp>();
//
// Each .over(v, lo, hi) gives variable v a uniform range (samples() points),
// .at(v, {...}) an explicit list, .on(v, points) any point set; variables
// with no points use points::standard() (IDENTITIES.md's sweep). With several
// variables, evaluation point j takes the j-th point of the first variable's
// set and rotated positions of the others' (so pairs are not all diagonal).
#ifndef ACTDIFF_VERIFY_IDENTITY_HPP
#define ACTDIFF_VERIFY_IDENTITY_HPP

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <actdiff/core/expr.hpp>
#include <actdiff/eval.hpp>
#include <actdiff/verify/points.hpp>
#include <actdiff/verify/report.hpp>
#include <actdiff/verify/variables.hpp>

namespace actdiff::verify {

namespace detail {

template <class T>
double to_double(const T& v) {
  return static_cast<double>(v);
}

// |a - b| and |a - b| / max(|a|, |b|), as doubles (0 when a == b, so two
// infinities of one sign agree); NaN on one side only is a mismatch.
template <class T>
struct difference {
  double rel = 0, abs = 0;
  bool nan_mismatch = false;
  bool both_nan = false;
};
template <class T>
difference<T> compare_values(const T& a, const T& b) {
  using std::abs;
  difference<T> d;
  bool na = a != a, nb = b != b;
  if (na || nb) {
    d.nan_mismatch = na != nb;
    d.both_nan = na && nb;
    if (d.nan_mismatch) d.rel = d.abs = std::numeric_limits<double>::infinity();
    return d;
  }
  if (a == b) return d;
  T diff = abs(T(a - b));
  T scale = std::max(T(abs(a)), T(abs(b)));
  d.abs = to_double(diff);
  d.rel = (diff != diff || scale != scale) ? std::numeric_limits<double>::infinity() : to_double(T(diff / scale));
  if (d.rel != d.rel) d.rel = std::numeric_limits<double>::infinity();
  return d;
}

// The point sets of the variables, zipped: point j of variable i is
// set_i[(j + i * stride) mod size_i].
struct grid {
  std::vector<points> sets;
  std::size_t count() const {
    std::size_t n = 0;
    for (auto& s : sets) n = std::max(n, s.size());
    return n;
  }
  double value(std::size_t var, std::size_t j) const {
    const auto& s = sets[var];
    std::size_t stride = var == 0 ? 0 : (s.size() / 7 + 3) * var;
    return s[(j + stride) % s.size()];
  }
};

}  // namespace detail

template <class L, class R>
class identity_check {
 public:
  using vars = variables_of<L, R>;
  static constexpr std::size_t nvars = vars::size;
  static constexpr auto names = names_of(vars{});

  // lhs and rhs are the same canonical type: proved by construction.
  static constexpr bool same_type = std::is_same_v<L, R>;

  template <class V>
  identity_check over(V, double lo, double hi) const {
    identity_check c = *this;
    c.set(V::name, range{lo, hi});
    return c;
  }
  template <class V>
  identity_check at(V, std::initializer_list<double> list) const {
    identity_check c = *this;
    c.set(V::name, points::list(list));
    return c;
  }
  template <class V>
  identity_check on(V, points p) const {
    identity_check c = *this;
    c.set(V::name, std::move(p));
    return c;
  }
  // The number of points of each uniform range (default 1001).
  identity_check samples(std::size_t n) const {
    identity_check c = *this;
    c.samples_ = n;
    return c;
  }
  // Only the points where keep(value) holds, for every variable's set.
  identity_check where(bool (*keep)(double)) const {
    identity_check c = *this;
    c.filter_ = keep;
    return c;
  }

  detail::grid grid() const {
    detail::grid g;
    for (std::size_t i = 0; i < nvars; ++i) {
      points p = sets_[i] ? *sets_[i]
                 : ranges_[i] ? points::range(ranges_[i]->lo, ranges_[i]->hi, samples_)
                              : points::standard();
      if (filter_) p = p.filter(filter_);
      g.sets.push_back(std::move(p));
    }
    return g;
  }

  // Both sides evaluated in T at every point.
  template <class T>
  identity_report in() const {
    identity_report r;
    r.same_type = same_type;
    const auto g = grid();
    const std::size_t n = nvars == 0 ? 1 : g.count();
    for (std::size_t j = 0; j < n; ++j) {
      std::array<T, nvars> v{};
      std::array<double, nvars> xd{};
      for (std::size_t i = 0; i < nvars; ++i) {
        xd[i] = g.value(i, j);
        v[i] = T(xd[i]);
      }
      T a = eval_at<T>(L{}, vars{}, v);
      T b = eval_at<T>(R{}, vars{}, v);
      record(r, detail::compare_values(a, b), xd);
    }
    return r;
  }

  // Adds one compared point to a report (for callers that evaluate
  // themselves, e.g. in a precision chosen per point).
  template <class D>
  static void record(identity_report& r, const D& d, const std::array<double, nvars>& xd) {
    ++r.points;
    if (d.nan_mismatch) ++r.nan_mismatches;
    auto loc = [&] {
      location l;
      for (std::size_t i = 0; i < nvars; ++i) {
        l.names.push_back(names[i]);
        l.values.push_back(xd[i]);
      }
      return l;
    };
    if (r.points == 1 || d.rel > r.max_rel) {
      r.max_rel = std::max(r.max_rel, d.rel);
      r.at_rel = loc();
    }
    if (r.points == 1 || d.abs > r.max_abs) {
      r.max_abs = std::max(r.max_abs, d.abs);
      r.at_abs = loc();
    }
  }

 private:
  struct range {
    double lo, hi;
  };
  void set(std::string_view name, range rg) {
    for (std::size_t i = 0; i < nvars; ++i)
      if (names[i] == name) {
        ranges_[i] = rg;
        sets_[i].reset();
      }
  }
  void set(std::string_view name, points p) {
    for (std::size_t i = 0; i < nvars; ++i)
      if (names[i] == name) {
        sets_[i] = p;
        ranges_[i].reset();
      }
  }
  std::array<std::optional<range>, nvars> ranges_{};
  std::array<std::optional<points>, nvars> sets_{};
  std::size_t samples_ = 1001;
  bool (*filter_)(double) = nullptr;
};

// The check lhs == rhs; configure with .over/.at/.samples, run with .in<T>().
template <expression L, expression R>
identity_check<L, R> identity(L, R) {
  return {};
}

}  // namespace actdiff::verify

#endif
