// actdiff table --markdown: the catalog with formulas and derivatives.
#include <cstdio>
#include <string>

#include "commands.hpp"
#include "derivatives.hpp"

namespace cli {

int cmd_table(const argv_t& argv) {
  auto a = parse(argv, {"markdown"}, {});
  if (!a.positional.empty()) throw usage_error("table takes no arguments");
  if (!a.flag("markdown")) throw usage_error("table needs --markdown (the only format so far)");
  std::printf("| name | definition | first derivative | second derivative | parameters | at kinks | source |\n");
  std::printf("|---|---|---|---|---|---|---|\n");
  hana::for_each(actdiff::catalog::activations, [](auto e) {
    using E = decltype(e);
    auto v = hana::at_c<0>(E::inputs);
    std::string var(decltype(v)::name.view());
    std::string params;
    for (const auto& p : E::params) params += (params.empty() ? "" : ", ") + std::string(p.name) + " = " + std::string(p.default_text);
    std::printf("| %s | $%s = %s$ | $\\partial/\\partial %s: %s$ | $%s$ | %s | %s | %s |\n", std::string(E::name).c_str(),
                actdiff::to_latex(E::f_params).c_str(), actdiff::to_latex(actdiff::definition_of(E::f_params)).c_str(),
                var.c_str(), actdiff::to_latex(actdiff::d(E::f_params, v)).c_str(),
                actdiff::to_latex(actdiff::d<2>(E::f_params, v)).c_str(), params.empty() ? "-" : params.c_str(),
                E::convention.empty() ? "-" : std::string(E::convention).c_str(), E::source ? "yes" : "no");
  });
  return 0;
}

}  // namespace cli
