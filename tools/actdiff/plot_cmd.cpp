// actdiff plot NAME --svg FILE [--range a:b] [--order N]: f, f', f'' along the
// first input (the other inputs at 0, b = 1 for the GLU family) as SVG.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "derivatives.hpp"
#include "plot.hpp"
#include "values.hpp"

namespace cli {

namespace {
struct series {
  std::string label;
  std::vector<double> y;
};

// Tick spacing 1, 2 or 5 times a power of ten, about `want` ticks.
double nice_step(double span, int want) {
  double raw = span / want;
  double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= raw) return m * p;
  return 10 * p;
}

std::string fmt(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", std::abs(v) < 1e-12 ? 0.0 : v);
  return b;
}

std::string svg(const std::string& title, const std::string& xlabel, const std::vector<double>& xs,
                const std::vector<series>& ss) {
  const double W = 760, H = 440, L = 60, R = 200, T = 40, B = 50;  // R: room for the legend
  double xmin = xs.front(), xmax = xs.back(), ymin = 1e300, ymax = -1e300;
  for (auto& s : ss)
    for (double v : s.y)
      if (std::isfinite(v)) ymin = std::min(ymin, v), ymax = std::max(ymax, v);
  if (!(ymin <= ymax)) ymin = -1, ymax = 1;
  if (ymax - ymin < 1e-9) ymin -= 0.5, ymax += 0.5;
  double pad = 0.06 * (ymax - ymin);
  ymin -= pad;
  ymax += pad;
  auto px = [&](double x) { return L + (x - xmin) / (xmax - xmin) * (W - L - R); };
  auto py = [&](double y) { return H - B - (y - ymin) / (ymax - ymin) * (H - T - B); };
  std::ostringstream o;
  o << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << W << "\" height=\"" << H << "\" viewBox=\"0 0 " << W << ' ' << H
    << "\" font-family=\"sans-serif\" font-size=\"13\">\n";
  o << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  o << "<text x=\"" << (L + (W - L - R) / 2) << "\" y=\"24\" text-anchor=\"middle\" font-size=\"16\">" << title << "</text>\n";
  // grid and ticks
  double xs_step = nice_step(xmax - xmin, 8), ys_step = nice_step(ymax - ymin, 6);
  for (double t = std::ceil(xmin / xs_step) * xs_step; t <= xmax + 1e-9; t += xs_step) {
    o << "<line x1=\"" << px(t) << "\" y1=\"" << T << "\" x2=\"" << px(t) << "\" y2=\"" << (H - B)
      << "\" stroke=\"#e4e4e4\"/>\n";
    o << "<text x=\"" << px(t) << "\" y=\"" << (H - B + 18) << "\" text-anchor=\"middle\">" << fmt(t) << "</text>\n";
  }
  for (double t = std::ceil(ymin / ys_step) * ys_step; t <= ymax + 1e-9; t += ys_step) {
    o << "<line x1=\"" << L << "\" y1=\"" << py(t) << "\" x2=\"" << (W - R) << "\" y2=\"" << py(t)
      << "\" stroke=\"#e4e4e4\"/>\n";
    o << "<text x=\"" << (L - 6) << "\" y=\"" << (py(t) + 4) << "\" text-anchor=\"end\">" << fmt(t) << "</text>\n";
  }
  // axes through 0 where 0 is in range, else the frame
  double ax = (ymin <= 0 && 0 <= ymax) ? py(0) : H - B, ay = (xmin <= 0 && 0 <= xmax) ? px(0) : L;
  o << "<line x1=\"" << L << "\" y1=\"" << ax << "\" x2=\"" << (W - R) << "\" y2=\"" << ax << "\" stroke=\"#333\"/>\n";
  o << "<line x1=\"" << ay << "\" y1=\"" << T << "\" x2=\"" << ay << "\" y2=\"" << (H - B) << "\" stroke=\"#333\"/>\n";
  o << "<rect x=\"" << L << "\" y=\"" << T << "\" width=\"" << (W - L - R) << "\" height=\"" << (H - T - B)
    << "\" fill=\"none\" stroke=\"#888\"/>\n";
  o << "<text x=\"" << (L + (W - L - R) / 2) << "\" y=\"" << (H - 12) << "\" text-anchor=\"middle\">" << xlabel << "</text>\n";
  const char* colors[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};
  const char* dashes[] = {"", "6,4", "2,3", "8,3,2,3"};
  for (std::size_t k = 0; k < ss.size(); ++k) {
    std::string d;
    bool pen = false;
    for (std::size_t i = 0; i < xs.size(); ++i) {
      double v = ss[k].y[i];
      if (!std::isfinite(v)) {
        pen = false;
        continue;
      }
      char b[64];
      std::snprintf(b, sizeof b, "%c%.2f %.2f ", pen ? 'L' : 'M', px(xs[i]), py(std::clamp(v, ymin, ymax)));
      d += b;
      pen = true;
    }
    o << "<path d=\"" << d << "\" fill=\"none\" stroke=\"" << colors[k % 4] << "\" stroke-width=\"2\"";
    if (*dashes[k % 4]) o << " stroke-dasharray=\"" << dashes[k % 4] << "\"";
    o << "/>\n";
    double ly = T + 20 + 22 * k;
    o << "<line x1=\"" << (W - R + 14) << "\" y1=\"" << ly << "\" x2=\"" << (W - R + 44) << "\" y2=\"" << ly << "\" stroke=\""
      << colors[k % 4] << "\" stroke-width=\"2\"";
    if (*dashes[k % 4]) o << " stroke-dasharray=\"" << dashes[k % 4] << "\"";
    o << "/>\n<text x=\"" << (W - R + 50) << "\" y=\"" << (ly + 4) << "\">" << ss[k].label << "</text>\n";
  }
  o << "</svg>\n";
  return o.str();
}
}  // namespace

std::string plot_svg(const std::string& name, double lo, double hi, int order, const std::vector<double>& par) {
  const int n = 481;
  std::vector<double> xs(n);
  for (int i = 0; i < n; ++i) xs[i] = lo + (hi - lo) * i / (n - 1);
  const auto inputs = input_names(name);
  if (inputs.empty()) return "";
  const bool several = inputs.size() > 1;
  const std::string& v0 = inputs[0];
  std::vector<series> ss;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    // f, then by order the partial by the first input
    std::size_t k = 0;
    for (const auto& v : values_at<double>(name, slice_point(inputs, xs[i]), par, order, true)) {
      if (i == 0) {
        std::string label = v.order == 0 ? name + "(" + v0 + (several ? ", ...)" : ")")
                            : several    ? (v.order == 1 ? "∂/∂" + v0 : "∂²/∂" + v0 + "²")  // the title names f
                                         : name + std::string(static_cast<std::size_t>(v.order), '\'') + "(" + v0 + ")";
        ss.push_back({label, {}});
      }
      ss[k++].y.push_back(v.v);
    }
  }
  return svg(name + " and its derivatives along " + v0, v0, xs, ss);
}

int cmd_plot(const argv_t& argv) {
  auto a = parse(argv, {}, {"svg", "range", "order"});
  if (a.positional.size() != 1) throw usage_error("plot needs exactly one activation name");
  if (!a.flag("svg") || a.get("svg", "").empty()) throw usage_error("plot needs --svg FILE");
  const int order = parse_int(a.get("order", "2"), "--order", 0, max_order);
  auto range = split(a.get("range", "-5:5"), ':');
  if (range.size() != 2) throw usage_error("--range must be A:B, e.g. -5:5");
  double lo = parse_double(range[0], "--range start"), hi = parse_double(range[1], "--range end");
  if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi)) throw usage_error("--range needs finite A < B");
  const std::string name = a.positional[0];
  std::vector<double> pars;
  bool ok = with_entry(name, [&](auto e) { pars = parameter_values<decltype(e)>(a); });
  if (!ok) throw usage_error(unknown_name_message(name));
  std::ofstream file(a.get("svg", ""));
  if (!file) {
    std::fprintf(stderr, "actdiff: cannot write '%s'\n", a.get("svg", "").c_str());
    return 1;
  }
  file << plot_svg(name, lo, hi, order, pars);
  std::printf("wrote %s\n", a.get("svg", "").c_str());
  return 0;
}

}  // namespace cli
