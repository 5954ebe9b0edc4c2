// LaTeX for a paper: swish with a learnable β and ELU with its α, each with
// derivatives derived by the library, printed as align* environments ready
// to paste (they need amsmath). Everything printed is to_latex() of the
// expressions the library evaluates, so the paper and the code agree.
//
// The program checks what it prints is well-formed LaTeX: braces balance,
// every \left has its \right and every \begin its \end, and nothing of the
// text form (*, sqrt() or of a named function's inside (#0) leaks through.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <actdiff/actdiff.hpp>

namespace {

using namespace actdiff;
using namespace actdiff::literals;

constexpr auto x = var<"x">;
constexpr auto beta = var<"beta">;
constexpr auto alpha = var<"alpha">;

// σ'(x) = σ(x)σ(-x) = sech²(x/2)/4, written by hand: the library prints the stable form.
static_assert(to_latex(d(sigmoid(x), x)) == "\\frac{\\operatorname{sech}^2\\left(\\frac{x}{2}\\right)}{4}");

struct line {
  std::string lhs, rhs;
};

std::string align(const std::vector<line>& lines) {
  std::string s = "\\begin{align*}\n";
  for (std::size_t i = 0; i < lines.size(); ++i)
    s += "  " + lines[i].lhs + " &= " + lines[i].rhs + (i + 1 < lines.size() ? " \\\\\n" : "\n");
  return s + "\\end{align*}\n";
}

int count(std::string_view s, std::string_view what) {
  int n = 0;
  for (auto p = s.find(what); p != std::string_view::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

// Why text is not well-formed LaTeX, or "" when it is.
std::string problem(std::string_view s) {
  int depth = 0;
  for (char c : s) {
    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    if (depth < 0) return "a } closes nothing";
  }
  if (depth != 0) return "unbalanced braces";
  if (count(s, "\\left") != count(s, "\\right")) return "\\left without \\right";
  if (count(s, "\\begin{") != count(s, "\\end{")) return "\\begin without \\end";
  if (count(s, "*") != count(s, "{align*}")) return "plain text '*'";
  for (std::string_view bad : {"sqrt(", "#"})
    if (count(s, bad) != 0) return "plain text '" + std::string(bad) + "'";
  return "";
}

}  // namespace

int main() {
  constexpr auto sw = swish(x, beta);
  const std::string swish_tex = align({
      {to_latex(sw).c_str(), to_latex(definition_of(sw)).c_str()},
      {"\\frac{\\partial}{\\partial x} \\operatorname{swish}", to_latex(d(sw, x)).c_str()},
      {"\\frac{\\partial^2}{\\partial x^2} \\operatorname{swish}", to_latex(d<2>(sw, x)).c_str()},
      {"\\frac{\\partial}{\\partial \\beta} \\operatorname{swish}", to_latex(d(sw, beta)).c_str()},
  });
  constexpr auto e = elu(x, alpha);
  const std::string elu_tex = align({
      {to_latex(e).c_str(), to_latex(definition_of(e)).c_str()},
      {"\\frac{\\partial}{\\partial x} \\operatorname{ELU}", to_latex(d(e, x)).c_str()},
      {"\\frac{\\partial}{\\partial \\alpha} \\operatorname{ELU}", to_latex(d(e, alpha)).c_str()},
  });
  std::printf("%% swish with a learnable beta (sigma is the logistic sigmoid)\n%s\n", swish_tex.c_str());
  std::printf("%% ELU; at x = 0 the derivative takes the left branch (PyTorch's convention)\n%s", elu_tex.c_str());

  int failures = 0;
  for (const std::string& tex : {swish_tex, elu_tex})
    if (const std::string p = problem(tex); !p.empty()) {
      std::printf("NOT WELL-FORMED: %s\n", p.c_str());
      ++failures;
    }
  return failures == 0 ? 0 : 1;
}
