// Argument parsing, number parsing and name suggestions for the actdiff program.
#include "cli.hpp"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace cli {

arguments parse(const std::vector<std::string>& argv, const std::vector<std::string>& flags,
                const std::vector<std::string>& valued) {
  arguments a;
  auto is = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (s.size() > 2 && s.rfind("--", 0) == 0) {
      std::string name = s.substr(2), value;
      auto eq = name.find('=');
      bool inline_value = eq != std::string::npos;
      if (inline_value) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
      if (name == "param") {
        if (!inline_value) {
          if (i + 1 >= argv.size()) throw usage_error("--param needs NAME=VALUE");
          value = argv[++i];
        }
        auto e2 = value.find('=');
        if (e2 == std::string::npos || e2 == 0) throw usage_error("--param needs NAME=VALUE, got '" + value + "'");
        a.params.emplace_back(value.substr(0, e2), value.substr(e2 + 1));
      } else if (is(flags, name)) {
        if (inline_value) throw usage_error("--" + name + " takes no value");
        a.options[name] = "";
      } else if (is(valued, name)) {
        if (!inline_value) {
          if (i + 1 >= argv.size()) throw usage_error("--" + name + " needs a value");
          value = argv[++i];
        }
        a.options[name] = value;
      } else {
        throw usage_error("unknown option '" + s + "'");
      }
    } else {
      a.positional.push_back(s);
    }
  }
  return a;
}

double parse_double(const std::string& text, const std::string& what) {
  double v = 0;
  const char* b = text.data();
  const char* e = b + text.size();
  if (!text.empty() && *b == '+') ++b;
  auto [p, ec] = std::from_chars(b, e, v);
  if (text.empty() || ec == std::errc::invalid_argument || p != e)
    throw usage_error(what + ": '" + text + "' is not a number");
  if (ec == std::errc::result_out_of_range) {
    // from_chars leaves v alone here; strtod gives ±inf or the subnormal/0
    v = std::strtod(text.c_str(), nullptr);
  }
  return v;
}

long double parse_long_double(const std::string& text, const std::string& what) {
  parse_double(text, what);  // same syntax check
  return std::strtold(text.c_str(), nullptr);
}

int parse_int(const std::string& text, const std::string& what, int lo, int hi) {
  int v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || p != text.data() + text.size())
    throw usage_error(what + ": '" + text + "' is not an integer");
  if (v < lo || v > hi)
    throw usage_error(what + ": " + text + " is out of range (" + std::to_string(lo) + " to " + std::to_string(hi) + ")");
  return v;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::vector<std::string> catalog_names() {
  std::vector<std::string> names;
  hana::for_each(actdiff::catalog::activations, [&](auto e) { names.emplace_back(decltype(e)::name); });
  return names;
}

std::vector<std::string> input_names(const std::string& name) {
  std::vector<std::string> names;
  with_entry(name, [&](auto e) {
    hana::for_each(decltype(e)::inputs, [&](auto v) { names.emplace_back(decltype(v)::name.view()); });
  });
  return names;
}

namespace {
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string suggestion(const std::string& name, const std::vector<std::string>& names, const std::string& otherwise) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (auto& n : names) {
    std::size_t dist = edit_distance(name, n);
    // a prefix or substring match counts as close too
    if (n.find(name) != std::string::npos || name.find(n) != std::string::npos) dist = std::min<std::size_t>(dist, 1);
    scored.emplace_back(dist, n);
  }
  std::sort(scored.begin(), scored.end());
  std::string close;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i)
    if (scored[i].first <= std::max<std::size_t>(2, name.size() / 3)) close += (close.empty() ? "" : ", ") + scored[i].second;
  return close.empty() ? otherwise : " (did you mean " + close + "?)";
}

std::string unknown_name_message(const std::string& name) {
  return "unknown activation '" + name + "'" + suggestion(name, catalog_names(), " (`actdiff list` shows them all)");
}

}  // namespace cli
