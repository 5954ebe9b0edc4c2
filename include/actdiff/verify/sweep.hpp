// The accuracy sweep of a catalog entry: f, every first partial and every
// second partial (i <= j), in float, double or long double, against
// cpp_bin_float_100, as NUMERICS.md measures (verify/accuracy.hpp for one
// variable; this one binds any number of inputs). Used by the bench sweep
// (bench/accuracy, docs/accuracy.md) and by `actdiff accuracy`.
//
//   std::vector<verify::sweep::row> rows;
//   verify::sweep::measure_entry<double, catalog::gelu_entry>(rows, 10000);
//
// Points per function (each input rounded to T first): uniform in [-50, 50],
// log-spaced magnitudes from the least subnormal of T to its max (both signs),
// the kinks, ±0, ±inf and NaN; several inputs draw each coordinate from the
// same mixture. At ±inf the reference is the value at ±10^5000, so a
// function must give its mathematical limit. The reference is trusted where
// it agrees with a cpp_bin_float_50 evaluation to 1e-30 (relative), or both
// are below 10^-5000 in magnitude; other points are counted as "unreliable"
// and not measured.
#ifndef ACTDIFF_VERIFY_SWEEP_HPP
#define ACTDIFF_VERIFY_SWEEP_HPP

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/hana/at.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/range.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>

#include <actdiff/core/named.hpp>
#include <actdiff/diff.hpp>
#include <actdiff/eval.hpp>
#include <actdiff/verify/accuracy.hpp>

namespace actdiff::verify::sweep {

namespace hana = boost::hana;
using hp = boost::multiprecision::cpp_bin_float_100;
using hp50 = boost::multiprecision::cpp_bin_float_50;

template <class E>
constexpr std::size_t arity = decltype(hana::length(E::inputs))::value;

struct row {
  std::string function, derivative, type;
  std::size_t points = 0, measured = 0, unreliable = 0;
  double max_ulp = 0, max_bounded = 0;
  std::string worst, worst_bounded;
  std::size_t false_zeros = 0, false_infs = 0, false_nans = 0, nan_lost = 0, limit_misses = 0;
  std::string first_false;

  // NUMERICS.md's targets: <= 4 ulp in float and double, <= 8 in long
  // double, with the absolute bound near interior roots; no false zeros,
  // infinities or NaNs; NaN in gives NaN out; the limits at ±inf.
  bool within_targets() const {
    const double limit = type == "long double" ? 8 : 4;
    return max_bounded <= limit && false_zeros + false_infs + false_nans == 0 && nan_lost == 0 && limit_misses == 0;
  }
};

// An error in ulps as the tables print it: 2 decimals below 100, else 3 digits.
inline std::string ulp_text(double u) {
  char b[32];
  std::snprintf(b, sizeof b, u < 100 ? "%.2f" : "%.3g", u);
  return b;
}

// Called while a row is measured: the row so far, points done, points in all.
using progress_fn = std::function<void(const row&, std::size_t done, std::size_t total)>;

namespace detail {

// A deterministic generator (splitmix64): the sweep is reproducible.
struct rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1p-53; }
};

// One coordinate from the mixture: 60% uniform in [-50, 50], 40% a random
// magnitude log-uniform between T's least subnormal and its max, random sign.
template <class T>
long double draw(rng& r) {
  if (r.unit() < 0.6) return static_cast<long double>(-50 + 100 * r.unit());
  const long double lo = std::log2(static_cast<long double>(std::numeric_limits<T>::denorm_min()));
  const long double hi = std::log2(static_cast<long double>((std::numeric_limits<T>::max)()));
  const long double m = std::exp2(lo + (hi - lo) * static_cast<long double>(r.unit()));
  return r.unit() < 0.5 ? -m : m;
}

// The points for an entry of n inputs, as values of T (exact in T).
template <class T, std::size_t N>
std::vector<std::array<T, N>> points_for(std::size_t count, const double* kinks, std::size_t nkinks,
                                         std::uint64_t seed) {
  std::vector<std::array<T, N>> p;
  const T inf = std::numeric_limits<T>::infinity(), nan = std::numeric_limits<T>::quiet_NaN();
  const T specials[] = {T(0), -T(0), inf, -inf, nan};
  if constexpr (N == 1) {
    for (T s : specials) p.push_back({s});
    for (std::size_t i = 0; i < nkinks; ++i) {
      const T k = static_cast<T>(kinks[i]);
      p.push_back({k});
      p.push_back({std::nextafter(k, -inf)});
      p.push_back({std::nextafter(k, inf)});
    }
    // a regular grid in [-50, 50] for half, log-spaced magnitudes for the rest
    const std::size_t rest = count > p.size() ? count - p.size() : 0;
    const std::size_t grid = rest / 2, logs = rest - grid;
    for (std::size_t i = 0; i < grid; ++i)
      p.push_back({static_cast<T>(-50 + 100.0L * static_cast<long double>(i) / static_cast<long double>(grid - 1))});
    const long double lo = std::log2(static_cast<long double>(std::numeric_limits<T>::denorm_min()));
    const long double hi = std::log2(static_cast<long double>((std::numeric_limits<T>::max)()));
    for (std::size_t i = 0; i < logs / 2; ++i) {
      const long double t = static_cast<long double>(i) / static_cast<long double>(logs / 2 - 1);
      const T m = static_cast<T>(std::exp2(lo + (hi - lo) * t));
      p.push_back({m});
      p.push_back({-m});
    }
  } else {
    for (std::size_t c = 0; c < N; ++c)
      for (T s : specials) {
        std::array<T, N> v{};
        v[c] = s;
        p.push_back(v);
      }
    p.push_back({});  // all 0
    std::array<T, N> all_neg_inf;
    all_neg_inf.fill(-inf);
    p.push_back(all_neg_inf);
    rng r{seed};
    while (p.size() < count) {
      std::array<T, N> v;
      for (auto& e : v) e = static_cast<T>(draw<T>(r));
      if (r.unit() < 0.1) v[1] = v[0];  // ties (maxout's kink, equal softmax inputs)
      p.push_back(v);
    }
  }
  return p;
}

template <class T>
std::string show(const T& v) {
  // every digit the type needs to read back the same value (9 for float, 17
  // for double, 21 for long double): a worst input can be evaluated again
  char b[64];
  std::snprintf(b, sizeof b, "%.*Lg", std::numeric_limits<T>::max_digits10, static_cast<long double>(v));
  return b;
}
template <class T, std::size_t N>
std::string show_point(const std::array<T, N>& v) {
  if constexpr (N == 1) {
    return show(v[0]);
  } else {
    std::string s = "(";
    for (std::size_t i = 0; i < N; ++i) s += (i ? ", " : "") + show(v[i]);
    return s + ")";
  }
}

// eval<R>(g, inputs = values...)
template <class R, class E, class G, class V>
R eval_inputs(G g, const V& v) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return actdiff::eval<R>(g, (hana::at_c<I>(E::inputs) = R(v[I]))...);
  }(std::make_index_sequence<arity<E>>{});
}

// The largest |term| of any sum in g at the point (the absolute bound near
// interior roots), in R.
template <class R, class E, class G, class V>
R largest_term_at(G, const V& v) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    using env_t = actdiff::detail::environment<decltype(hana::at_c<I>(E::inputs) = R(v[I]))...>;
    const env_t env{{(hana::at_c<I>(E::inputs) = R(v[I]))...}};
    return actdiff::verify::detail::largest_term<R>(decltype(actdiff::inline_named(G{})){}, env);
  }(std::make_index_sequence<arity<E>>{});
}

template <class T>
const char* type_name() {
  if constexpr (std::is_same_v<T, float>) return "float";
  if constexpr (std::is_same_v<T, double>) return "double";
  return "long double";
}

}  // namespace detail

// One row: g (f or one of its partials, as derivative names it) at about
// count points for entry E, in T.
template <class T, class E, class G>
row measure(G g, std::string derivative, std::size_t count, const progress_fn& progress = {}) {
  constexpr std::size_t n = arity<E>;
  row r;
  r.function = std::string(E::name);
  r.derivative = std::move(derivative);
  r.type = detail::type_name<T>();
  const auto pts = detail::points_for<T, n>(count, E::kinks.data(), E::kinks.size(), 0x5eed0000u + n);
  const hp big("1e5000");
  for (const auto& p : pts) {
    if (progress && r.points % 256 == 0) progress(r, r.points, pts.size());
    ++r.points;
    bool any_nan = false;
    std::array<hp, n> ph;
    std::array<hp50, n> p50;
    for (std::size_t i = 0; i < n; ++i) {
      if (p[i] != p[i]) any_nan = true;
      const hp v = std::isinf(p[i]) ? (p[i] > 0 ? big : hp(-big)) : hp(p[i]);
      ph[i] = v;
      p50[i] = hp50(v);
    }
    const T got = detail::eval_inputs<T, E>(g, p);
    if (any_nan) {
      if (got == got) ++r.nan_lost;
      continue;
    }
    const hp ref = detail::eval_inputs<hp, E>(g, ph);
    const hp50 ref50 = detail::eval_inputs<hp50, E>(g, p50);
    using boost::multiprecision::abs;
    if (ref != ref) {
      if (ref50 != ref50) continue;  // outside the domain
      ++r.unreliable;
      continue;
    }
    const bool tiny = abs(ref) < hp("1e-5000") && abs(hp(ref50)) < hp("1e-5000");
    if (!tiny && abs(hp(ref50) - ref) > hp("1e-30") * abs(ref)) {
      ++r.unreliable;
      continue;
    }
    ++r.measured;
    const bool at_inf = std::any_of(p.begin(), p.end(), [](T v) { return std::isinf(v); });
    const auto sc = actdiff::verify::detail::score_point(got, ref, [&] { return detail::largest_term_at<hp, E>(g, ph); });
    using score = actdiff::verify::detail::point_score;
    auto note_false = [&](const char* what) {
      if (r.first_false.empty()) r.first_false = std::string(what) + " at " + detail::show_point(p);
    };
    switch (sc.kind) {
      case score::false_nan:
        ++r.false_nans;
        note_false("NaN");
        continue;
      case score::false_inf:
        ++r.false_infs;
        note_false("inf");
        continue;
      case score::overflow_missed:
        if (at_inf) ++r.limit_misses;
        r.max_ulp = r.max_bounded = std::numeric_limits<double>::infinity();
        r.worst = r.worst_bounded = detail::show_point(p);
        continue;
      case score::overflow_ok:
        continue;
      case score::measured:
        break;
    }
    if (sc.false_zero) {
      ++r.false_zeros;
      note_false("0");
    }
    if (at_inf && sc.ulps > 4) ++r.limit_misses;
    if (sc.ulps > r.max_ulp) {
      r.max_ulp = sc.ulps;
      r.worst = detail::show_point(p);
    }
    if (sc.bounded > r.max_bounded) {
      r.max_bounded = sc.bounded;
      r.worst_bounded = detail::show_point(p);
    }
  }
  if (progress) progress(r, r.points, pts.size());
  return r;
}

// f, every first partial, every second partial with i <= j.
template <class T, class E>
void measure_entry(std::vector<row>& out, std::size_t count, const progress_fn& progress = {}) {
  constexpr auto f = E::f;
  constexpr std::size_t n = arity<E>;
  out.push_back(measure<T, E>(f, "f", count, progress));
  hana::for_each(hana::make_range(hana::size_c<0>, hana::size_c<n>), [&](auto i) {
    constexpr auto xi = hana::at(E::inputs, i);
    constexpr auto fi = actdiff::d(f, xi);
    const std::string di = n == 1 ? "f'" : "d/d" + std::string(decltype(xi)::name.view());
    out.push_back(measure<T, E>(fi, di, count, progress));
    hana::for_each(hana::make_range(i, hana::size_c<n>), [&](auto j) {
      constexpr auto xj = hana::at(E::inputs, j);
      constexpr auto fij = actdiff::d(fi, xj);
      const std::string dij = n == 1 ? "f''"
                                     : "d2/d" + std::string(decltype(xi)::name.view()) + "d" +
                                           std::string(decltype(xj)::name.view());
      out.push_back(measure<T, E>(fij, dij, count, progress));
    });
  });
}

}  // namespace actdiff::verify::sweep

#endif
