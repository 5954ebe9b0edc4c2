// actdiff table --markdown: the catalog with formulas and derivatives; and
// catalog_text (formulas.hpp), the one place where the program prints the
// catalog's formulas as LaTeX.
#include <cstdio>
#include <string>

#include "commands.hpp"
#include "derivatives.hpp"
#include "formulas.hpp"

namespace cli {

std::vector<entry_text> catalog_text() {
  std::vector<entry_text> out;
  hana::for_each(actdiff::catalog::activations, [&](auto e) {
    using E = decltype(e);
    auto v = hana::at_c<0>(E::inputs);
    entry_text t;
    t.name = E::name;
    t.inputs = input_names(t.name);
    for (const auto& p : E::params) {
      t.params += (t.params.empty() ? "" : ", ") + std::string(p.name) + " = " + std::string(p.default_text);
      t.param_defaults.push_back(p.default_value);
    }
    t.convention = E::convention;
    t.kinks.assign(E::kinks.begin(), E::kinks.end());
    t.source = E::source;
    t.smooth = E::smooth;
    t.latex_var = std::string(actdiff::to_latex(v).view());
    t.latex_f = std::string(actdiff::to_latex(E::f_params).view());
    t.latex_definition = std::string(actdiff::to_latex(actdiff::definition_of(E::f_params)).view());
    t.latex_d1 = std::string(actdiff::to_latex(actdiff::d(E::f_params, v)).view());
    t.latex_d2 = std::string(actdiff::to_latex(actdiff::d<2>(E::f_params, v)).view());
    out.push_back(std::move(t));
  });
  return out;
}

int cmd_table(const argv_t& argv) {
  auto a = parse(argv, {"markdown"}, {});
  if (!a.positional.empty()) throw usage_error("table takes no arguments");
  if (!a.flag("markdown")) throw usage_error("table needs --markdown (the only format so far)");
  std::printf("| name | definition | first derivative | second derivative | parameters | at kinks | source |\n");
  std::printf("|---|---|---|---|---|---|---|\n");
  for (const auto& t : catalog_text())
    std::printf("| %s | $%s = %s$ | $\\partial/\\partial %s: %s$ | $%s$ | %s | %s | %s |\n", t.name.c_str(),
                t.latex_f.c_str(), t.latex_definition.c_str(), t.inputs[0].c_str(), t.latex_d1.c_str(),
                t.latex_d2.c_str(), t.params.empty() ? "-" : t.params.c_str(),
                t.convention.empty() ? "-" : t.convention.c_str(), t.source ? "yes" : "no");
  return 0;
}

}  // namespace cli
