// Sample points for verification: uniform ranges, log-spaced tails and
// explicit lists. Points are doubles, so every precision (double, cpp_bin_float,
// mpfr_float) evaluates at exactly the same inputs.
#ifndef ACTDIFF_VERIFY_POINTS_HPP
#define ACTDIFF_VERIFY_POINTS_HPP

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <vector>

namespace actdiff::verify {

struct points {
  std::vector<double> values;

  // n points evenly spaced in [lo, hi], both ends included.
  static points range(double lo, double hi, std::size_t n) {
    points p;
    if (n == 1) {
      p.values.push_back(lo);
      return p;
    }
    for (std::size_t i = 0; i < n; ++i)
      p.values.push_back(lo + (hi - lo) * static_cast<double>(i) / static_cast<double>(n - 1));
    return p;
  }
  // n points per sign, log-spaced in magnitude from lo to hi (0 < lo < hi):
  // ±lo ... ±hi.
  static points log_tails(double lo, double hi, std::size_t n) {
    points p;
    const double a = std::log10(lo), b = std::log10(hi);
    for (std::size_t i = 0; i < n; ++i) {
      double m = std::pow(10.0, n == 1 ? a : a + (b - a) * static_cast<double>(i) / static_cast<double>(n - 1));
      p.values.push_back(m);
      p.values.push_back(-m);
    }
    return p;
  }
  // Only the positive (or only the negative) half of log_tails.
  static points log_spaced(double lo, double hi, std::size_t n, bool negative = false) {
    points p;
    const double a = std::log10(lo), b = std::log10(hi);
    for (std::size_t i = 0; i < n; ++i) {
      double m = std::pow(10.0, n == 1 ? a : a + (b - a) * static_cast<double>(i) / static_cast<double>(n - 1));
      p.values.push_back(negative ? -m : m);
    }
    return p;
  }
  static points list(std::initializer_list<double> v) { return points{std::vector<double>(v)}; }

  // IDENTITIES.md's sweep: 601 uniform points in [-50, 50] and 200 log-spaced
  // magnitudes per sign from 1e-30 to 1e4 (1001 points).
  static points standard() { return range(-50, 50, 601) + log_tails(1e-30, 1e4, 200); }

  std::size_t size() const { return values.size(); }
  double operator[](std::size_t i) const { return values[i]; }

  friend points operator+(points a, const points& b) {
    a.values.insert(a.values.end(), b.values.begin(), b.values.end());
    return a;
  }
  // Only the points with keep(p) true (a restricted domain).
  template <class Pred>
  points filter(Pred keep) const {
    points p;
    for (double v : values)
      if (keep(v)) p.values.push_back(v);
    return p;
  }
};

}  // namespace actdiff::verify

#endif
