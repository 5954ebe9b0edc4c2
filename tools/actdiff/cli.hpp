// Shared pieces of the actdiff program: argument parsing, strict number
// parsing, catalog lookup with suggestions, evaluation of an entry.
#ifndef ACTDIFF_TOOLS_CLI_HPP
#define ACTDIFF_TOOLS_CLI_HPP

#include <algorithm>
#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <utility>

#include <boost/hana/at.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/unpack.hpp>

#include <actdiff/actdiff.hpp>

namespace cli {

namespace hana = boost::hana;

// Bad input: main prints the message and the command's usage, exits with 2.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct arguments {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;              // --name value
  std::vector<std::pair<std::string, std::string>> params;  // --param k=v
  bool flag(const std::string& name) const { return options.count(name) != 0; }
  std::string get(const std::string& name, const std::string& fallback) const {
    auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
};

// flags: options without a value; valued: options that take one.
arguments parse(const std::vector<std::string>& argv, const std::vector<std::string>& flags,
                const std::vector<std::string>& valued);

double parse_double(const std::string& text, const std::string& what);
long double parse_long_double(const std::string& text, const std::string& what);
int parse_int(const std::string& text, const std::string& what, int lo, int hi);
// "3,1,-3" -> three strings
std::vector<std::string> split(const std::string& text, char sep);

std::vector<std::string> catalog_names();
// The names of the inputs of the entry called name (none when there is no such entry).
std::vector<std::string> input_names(const std::string& name);
// " (did you mean gelu, glu?)": up to three of names close to name (by edit
// distance, or containing it), or `otherwise` when none is.
std::string suggestion(const std::string& name, const std::vector<std::string>& names, const std::string& otherwise);
// "unknown activation 'gleu' (did you mean gelu, glu?)"
std::string unknown_name_message(const std::string& name);

template <class Entry>
constexpr std::size_t input_count = decltype(hana::length(Entry::inputs))::value;
template <class Entry>
constexpr std::size_t param_count = Entry::params.size();

// Calls f(entry) for the catalog entry called name; false when there is none.
template <class F>
bool with_entry(std::string_view name, F&& f) {
  bool found = false;
  hana::for_each(actdiff::catalog::activations, [&](auto e) {
    if (!found && decltype(e)::name == name) {
      found = true;
      f(e);
    }
  });
  return found;
}

// Parameter values: defaults, overridden by --param k=v (unknown k is an error).
template <class Entry>
std::vector<double> parameter_values(const arguments& args) {
  std::vector<double> values;
  for (const auto& p : Entry::params) values.push_back(p.default_value);
  for (const auto& [k, v] : args.params) {
    std::size_t i = 0;
    while (i < Entry::params.size() && Entry::params[i].name != k) ++i;
    if (i == Entry::params.size()) {
      std::string known;
      for (const auto& p : Entry::params) known += (known.empty() ? "" : ", ") + std::string(p.name);
      throw usage_error("'" + std::string(Entry::name) + "' has no parameter '" + k + "'" +
                        (known.empty() ? " (it has none)" : " (it has: " + known + ")"));
    }
    values[i] = parse_double(v, "--param " + k);
  }
  return values;
}

// e evaluated in T with the entry's inputs and parameters bound by position.
template <class T, class Entry, class E>
T evaluate(Entry, E e, const std::vector<T>& in, const std::vector<T>& par) {
  return [&]<std::size_t... I, std::size_t... J>(std::index_sequence<I...>, std::index_sequence<J...>) {
    return actdiff::eval<T>(e, (hana::at_c<I>(Entry::inputs) = in[I])..., (hana::at_c<J>(Entry::param_vars) = par[J])...);
  }(std::make_index_sequence<input_count<Entry>>{}, std::make_index_sequence<param_count<Entry>>{});
}

}  // namespace cli

#endif
