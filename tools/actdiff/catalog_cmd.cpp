// actdiff catalog --markdown FILE [--svg-dir DIR]: docs/catalog.md and its
// plots (scripts/gen_docs.sh). Formulas come from catalog_text, values from
// values_at and figures from plot_svg, so this file instantiates none of the
// catalog's expressions. Everything written is deterministic (the same bytes
// from GCC and Clang builds): tests/docs compares it with the committed docs.
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "commands.hpp"
#include "formulas.hpp"
#include "plot.hpp"
#include "values.hpp"

namespace cli {

namespace {

// Where zeros are looked for, and how finely.
constexpr int scan_lo = -10, scan_hi = 10;
constexpr int scan_steps = 400;  // samples every 0.05
constexpr int halvings = 120;    // bisection: 0.05/2^120 ≈ 4e-38
constexpr double plot_lo = -5, plot_hi = 5;  // widened to show every kink with 2 on either side

std::array<double, 2> plot_range(const entry_text& t) {
  std::array<double, 2> r{plot_lo, plot_hi};
  for (double k : t.kinks) r = {std::min(r[0], k - 2), std::max(r[1], k + 2)};
  return r;
}

// 15 significant digits, no "-0".
std::string number(const hp& v) {
  char b[40];
  std::snprintf(b, sizeof b, "%.15g", static_cast<double>(v));
  std::string s = b;
  return s == "-0" ? "0" : s;
}
std::string number(double v) { return number(hp(v)); }

int sign(const hp& v) { return v > 0 ? 1 : v < 0 ? -1 : v == 0 ? 0 : 2; }  // 2: NaN

// f, f', f'' by the first input along the slice plot_svg draws.
struct slice {
  std::string name;
  std::vector<std::string> inputs;
  std::vector<hp> par;
  std::array<hp, 3> at(const hp& x) const {
    std::array<hp, 3> y{};
    for (const auto& v : values_at<hp>(name, slice_point(inputs, x), par, 2, true))
      y[static_cast<std::size_t>(v.order)] = v.v;
    return y;
  }
};

// The decimal with the fewest digits after the point in [a, b]: where a
// bisection has closed in on a round number (0, -3), that number, not a
// point 1e-38 beside it.
hp shortest_in(const hp& a, const hp& b) {
  const hp m = (a + b) / 2;
  hp scale = 1;
  for (int p = 0; p < 60; ++p, scale *= 10) {
    const hp c = boost::multiprecision::round(m * scale) / scale;
    if (a <= c && c <= b) return c;
  }
  return m;
}

// The zeros of derivative k on the scan: sign changes (bisected; a jump
// across 0 is named as such), isolated exact zeros at samples, and runs of
// exact zeros as intervals (their ends bisected, and open or closed as g is
// non-zero or 0 there). v names the variable.
std::vector<std::string> zeros(const slice& s, int k, const std::string& v, const std::vector<hp>& xs,
                               const std::vector<std::array<hp, 3>>& ys) {
  const std::size_t n = xs.size(), kk = static_cast<std::size_t>(k);
  auto g = [&](const hp& x) { return s.at(x)[kk]; };
  auto sg = [&](std::size_t i) { return sign(ys[i][kk]); };
  struct end {
    hp at;
    bool closed;  // g is 0 at the end itself
  };
  // the end of a run of zeros between a non-zero sample and a zero one
  auto edge = [&](hp nonzero, hp zero) {
    for (int h = 0; h < halvings; ++h) {
      const hp m = (nonzero + zero) / 2;
      (g(m) == 0 ? zero : nonzero) = m;
    }
    const hp c = nonzero < zero ? shortest_in(nonzero, zero) : shortest_in(zero, nonzero);
    return end{c, g(c) == 0};
  };
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n;) {
    if (sg(i) == 0) {
      std::size_t j = i;
      while (j + 1 < n && sg(j + 1) == 0) ++j;
      if (i == 0 && j == n - 1) {
        out.push_back("everywhere (identically 0)");
      } else if (j > i && i == 0) {
        const end e = edge(xs[j + 1], xs[j]);
        out.push_back("all " + v + (e.closed ? " ≤ " : " < ") + number(e.at));
      } else if (j > i && j == n - 1) {
        const end e = edge(xs[i - 1], xs[i]);
        out.push_back("all " + v + (e.closed ? " ≥ " : " > ") + number(e.at));
      } else if (j > i) {
        const end l = edge(xs[i - 1], xs[i]), r = edge(xs[j + 1], xs[j]);
        out.push_back("all " + v + " in " + (l.closed ? "[" : "(") + number(l.at) + ", " + number(r.at) +
                      (r.closed ? "]" : ")"));
      } else if (i > 0 && i < n - 1) {
        out.push_back(number(xs[i]));
      }
      i = j + 1;
      continue;
    }
    if (i + 1 < n && sg(i) * sg(i + 1) == -1) {
      hp a = xs[i], b = xs[i + 1];
      bool exact = false;
      for (int h = 0; h < halvings && !exact; ++h) {
        const hp m = (a + b) / 2, gm = g(m);
        if (gm == 0) {
          a = b = m;
          exact = true;
        } else {
          (sign(gm) == sg(i) ? a : b) = m;
        }
      }
      using boost::multiprecision::abs;
      // continuous: |g| at the final bracket is far below its size at the samples
      const hp scale = std::max(abs(ys[i][kk]), abs(ys[i + 1][kk]));
      const bool jump = !exact && std::max(abs(g(a)), abs(g(b))) > scale * hp("1e-20");
      const std::string at = number(shortest_in(a, b));
      out.push_back(jump ? "a jump across 0 at " + at : at);
    }
    ++i;
  }
  return out;
}

std::string join(const std::vector<std::string>& v, const std::string& none) {
  std::string s;
  for (const auto& e : v) s += (s.empty() ? "" : ", ") + e;
  return s.empty() ? none : s;
}

std::string markdown(const std::vector<entry_text>& entries, const std::string& plots) {
  const double step = static_cast<double>(scan_hi - scan_lo) / scan_steps;
  std::ostringstream o;
  o << "# The activation catalog\n\n"
       "Generated by `scripts/gen_docs.sh` (`actdiff catalog --markdown docs/catalog.md --svg-dir docs/plots`)\n"
       "from `actdiff::catalog::activations`; do not edit by hand: `meson test --suite docs` regenerates it\n"
       "and fails when it differs.\n\n"
       "Each entry: its definition, and its first and second derivatives as actdiff derives them (printed\n"
       "by `to_latex`), its parameters with their defaults, the derivative used at kinks (CATALOG.md's\n"
       "convention), the zeros of f, f' and f'' on the real line, and a plot on ["
    << number(plot_lo) << ", " << number(plot_hi)
    << "] (wider where\na kink is near its ends). For several inputs, "
"derivatives, zeros and plots are along the first input,\nwith the others held at 0 "
       "(b at 1 in the GLU family, so the gate is open). Off that line their zeros are surfaces:\n"
       "logsumexp is 0 where $\\sum_j e^{z_j} = 1$, and softmax's second partials with a factor\n"
       "$1 - 2\\operatorname{softmax}_j$ are 0 where $\\operatorname{softmax}_j = 1/2$.\n\n"
       "The softmax entries' derivatives are written with the members of softmax's family, functions of\n"
       "their own (`functions/softmax.hpp`): $\\overline{\\operatorname{softmax}}_i = 1 - \\operatorname{softmax}_i$,\n"
       "$\\operatorname{softmax\\_gap}_i = 1 - 2\\operatorname{softmax}_i$ and\n"
       "$J^{\\operatorname{softmax}}_{i,j} = \\partial\\operatorname{softmax}_i/\\partial z_j = "
       "\\operatorname{softmax}_i(\\delta_{ij} - \\operatorname{softmax}_j)$, each\n"
       "computed from the inputs, so that the second partials are products with nothing to cancel.\n\n"
       "**Zeros** are computed, not copied: f, f' and f'' are evaluated in `cpp_bin_float_100` at "
    << scan_steps + 1 << "\npoints of [" << scan_lo << ", " << scan_hi << "] (every " << number(step)
    << "). Each sign change is narrowed by " << halvings
    << " bisections and printed to 15\n"
       "significant digits (\"a jump across 0\" where the function is discontinuous there). Exact zeros\n"
       "at sample points are listed; runs of them are intervals whose ends are bisected the same way\n"
       "(\"all x < 0\": the function is 0 left of 0 but not at 0). Zeros outside the range, and pairs of\n"
       "zeros closer than "
    << number(step) << " with no sign change between samples, are not found.\n\n";
  o << "| " << entries.size() << " activations |\n|---|\n|";
  for (std::size_t i = 0; i < entries.size(); ++i)
    o << (i ? " · " : " ") << "[" << entries[i].name << "](#" << entries[i].name << ")";
  o << " |\n";
  for (const auto& t : entries) {
    const bool several = t.inputs.size() > 1;
    const std::string dx = several ? "\\partial " + t.latex_var : "d" + t.latex_var;
    const std::string d1 = several ? "\\frac{\\partial}{\\partial " + t.latex_var + "}" : "\\frac{d}{" + dx + "}";
    const std::string d2 = several ? "\\frac{\\partial^2}{\\partial " + t.latex_var + "^2}"
                                   : "\\frac{d^2}{d" + t.latex_var + "^2}";
    o << "\n## " << t.name << "\n\n";
    if (t.latex_definition == t.latex_f)  // sigmoid, tanh: evaluated and differentiated as themselves
      o << "$$" << t.latex_f << "$$\n\nA primitive of actdiff (`functions/`), not defined through other functions.\n\n";
    else
      o << "$$" << t.latex_f << " = " << t.latex_definition << "$$\n\n";
    o << "$$" << d1 << " " << t.latex_f << " = " << t.latex_d1 << "$$\n\n";
    o << "$$" << d2 << " " << t.latex_f << " = " << t.latex_d2 << "$$\n\n";
    std::string inputs;
    for (const auto& v : t.inputs) inputs += (inputs.empty() ? "" : ", ") + v;
    std::string kinks;
    for (double k : t.kinks) kinks += (kinks.empty() ? "x = " : ", ") + number(k);
    o << "| | |\n|---|---|\n";
    o << "| inputs | " << inputs << " |\n";
    o << "| parameters (defaults) | " << (t.params.empty() ? "none" : t.params) << " |\n";
    o << "| at kinks | "
      << (t.convention.empty() ? "no kinks" : t.convention + (kinks.empty() ? "" : "; kinks: " + kinks)) << " |\n";
    o << "| in the source documents | " << (t.source ? "yes" : "no") << " |\n";
    slice s{t.name, t.inputs, {}};
    for (double p : t.param_defaults) s.par.push_back(hp(p));
    std::vector<hp> xs;
    std::vector<std::array<hp, 3>> ys;
    for (int i = 0; i <= scan_steps; ++i) {
      xs.push_back(hp(scan_lo) + hp(i) * (scan_hi - scan_lo) / scan_steps);
      ys.push_back(s.at(xs.back()));
    }
    const char* what[] = {"zeros of f", "zeros of f'", "zeros of f''"};
    for (int k = 0; k < 3; ++k)
      o << "| " << what[k] << " | " << join(zeros(s, k, t.inputs[0], xs, ys), "none") << " |\n";
    if (!plots.empty())
      o << "\n![" << t.name << " and its first two derivatives](" << plots << "/" << t.name << ".svg)\n";
  }
  return o.str();
}

bool write_file(const std::filesystem::path& p, const std::string& text) {
  std::ofstream f(p, std::ios::binary);
  f << text;
  return static_cast<bool>(f);
}

}  // namespace

int cmd_catalog(const argv_t& argv) {
  auto a = parse(argv, {}, {"markdown", "svg-dir"});
  if (!a.positional.empty()) throw usage_error("catalog takes no arguments");
  if (a.get("markdown", "").empty()) throw usage_error("catalog needs --markdown FILE");
  namespace fs = std::filesystem;
  const fs::path md = fs::absolute(a.get("markdown", "")).lexically_normal();
  const auto entries = catalog_text();
  std::string link;  // the plots' folder, relative to the Markdown file
  if (a.flag("svg-dir")) {
    if (a.get("svg-dir", "").empty()) throw usage_error("--svg-dir needs a folder");
    const fs::path dir = fs::absolute(a.get("svg-dir", "")).lexically_normal();
    std::error_code ec;
    fs::create_directories(dir, ec);
    for (const auto& t : entries) {
      const fs::path file = dir / (t.name + ".svg");
      if (!write_file(file, plot_svg(t.name, plot_range(t)[0], plot_range(t)[1], 2, t.param_defaults))) {
        std::fprintf(stderr, "actdiff: cannot write '%s'\n", file.string().c_str());
        return 1;
      }
    }
    link = dir.lexically_relative(md.parent_path()).generic_string();
  }
  if (!write_file(md, markdown(entries, link))) {
    std::fprintf(stderr, "actdiff: cannot write '%s'\n", md.string().c_str());
    return 1;
  }
  std::printf("wrote %s%s\n", a.get("markdown", "").c_str(),
              link.empty() ? "" : (" and " + std::to_string(entries.size()) + " plots in " + a.get("svg-dir", "")).c_str());
  return 0;
}

}  // namespace cli
