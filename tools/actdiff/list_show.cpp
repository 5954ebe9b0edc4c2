// actdiff list, actdiff show.
#include <charconv>
#include <cstdio>
#include <string>

#include "commands.hpp"
#include "derivatives.hpp"

namespace cli {

namespace {
// The shortest decimal that reads back as v.
std::string shortest(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

template <class Entry>
std::string inputs_text() {
  std::string s;
  hana::for_each(Entry::inputs, [&](auto v) { s += (s.empty() ? "" : ", ") + std::string(decltype(v)::name.view()); });
  return s;
}
template <class Entry>
std::string params_text() {
  std::string s;
  for (const auto& p : Entry::params) s += (s.empty() ? "" : ", ") + std::string(p.name) + " = " + std::string(p.default_text);
  return s.empty() ? "-" : s;
}
}  // namespace

int cmd_list(const argv_t& argv) {
  auto a = parse(argv, {}, {});
  if (!a.positional.empty()) throw usage_error("list takes no arguments");
  std::printf("%-13s %-12s %-6s %-7s %s\n", "name", "inputs", "source", "smooth", "parameters (defaults)");
  hana::for_each(actdiff::catalog::activations, [](auto e) {
    using E = decltype(e);
    std::printf("%-13s %-12s %-6s %-7s %s\n", std::string(E::name).c_str(), inputs_text<E>().c_str(),
                E::source ? "yes" : "no", E::smooth ? "yes" : "no", params_text<E>().c_str());
  });
  return 0;
}

int cmd_show(const argv_t& argv) {
  auto a = parse(argv, {"latex", "expand"}, {"order"});
  if (a.positional.size() != 1) throw usage_error("show needs exactly one activation name");
  const int order = parse_int(a.get("order", "2"), "--order", 0, max_order);
  const bool latex = a.flag("latex"), expand = a.flag("expand");
  const std::string name = a.positional[0];
  bool ok = with_entry(name, [&](auto e) {
    using E = decltype(e);
    auto values = parameter_values<E>(a);  // validates --param names and values
    auto print = [&](const std::string& label, auto expr) {
      if (latex)
        std::printf("%-16s %s\n", label.c_str(), actdiff::to_latex(expr).c_str());
      else
        std::printf("%-16s %s\n", label.c_str(), actdiff::to_string(expr).c_str());
    };
    print(std::string(E::name), E::f_params);
    if (expand) print("definition", actdiff::definition_of(E::f_params));
    for (int n = 1; n <= order; ++n) for_each_derivative(e, n, print);
    if (E::params.size() > 0) {
      std::printf("parameters:");
      for (std::size_t i = 0; i < E::params.size(); ++i)
        std::printf(" %s = %s%s", std::string(E::params[i].name).c_str(), shortest(values[i]).c_str(),
                    values[i] == E::params[i].default_value ? " (default)" : "");
      std::printf("\n");
    }
    if (!E::convention.empty()) std::printf("at kinks:        %s\n", std::string(E::convention).c_str());
  });
  if (!ok) throw usage_error(unknown_name_message(name));
  return 0;
}

}  // namespace cli
