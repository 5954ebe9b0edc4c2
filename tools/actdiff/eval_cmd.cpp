// actdiff eval NAME X[,Y,...] [--order N] [--type float|double|long-double|100] [--param k=v]
// and values_at (values.hpp), the one place where the program evaluates the
// catalog's expressions.
#include <cstdio>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "commands.hpp"
#include "derivatives.hpp"
#include "values.hpp"

namespace cli {

template <class T>
std::vector<value<T>> values_at(const std::string& name, const std::vector<T>& in, const std::vector<T>& par, int order,
                                bool first_only) {
  std::vector<value<T>> out;
  with_entry(name, [&](auto e) {
    using E = decltype(e);
    // evaluate() reads in[i] and par[j] by position
    if (in.size() != input_count<E> || par.size() != param_count<E>)
      throw std::invalid_argument("values_at: wrong number of inputs or parameters for " + name);
    out.push_back({std::string(E::name), 0, 0, evaluate<T>(e, E::f_params, in, par)});
    for (int n = 1; n <= order; ++n) {
      std::size_t i = 0;
      for_each_derivative(e, n, [&](const std::string& label, auto d) {
        if (i == 0 || !first_only) out.push_back({label, n, i, evaluate<T>(e, d, in, par)});
        ++i;
      });
    }
  });
  return out;
}

template std::vector<value<float>> values_at(const std::string&, const std::vector<float>&, const std::vector<float>&, int,
                                             bool);
template std::vector<value<double>> values_at(const std::string&, const std::vector<double>&,
                                              const std::vector<double>&, int, bool);
template std::vector<value<long double>> values_at(const std::string&, const std::vector<long double>&,
                                                   const std::vector<long double>&, int, bool);
template std::vector<value<hp>> values_at(const std::string&, const std::vector<hp>&, const std::vector<hp>&, int,
                                          bool);

namespace {

template <class T>
T convert(const std::string& s, const std::string& what) {
  if constexpr (std::is_same_v<T, hp>) {
    parse_double(s, what);  // same syntax as the other types
    return hp(s);
  } else if constexpr (std::is_same_v<T, long double>) {
    return parse_long_double(s, what);
  } else {
    return static_cast<T>(parse_double(s, what));
  }
}

template <class T>
std::string show(const T& v) {
  if constexpr (std::is_same_v<T, hp>)
    return v.str(100, std::ios_base::scientific);
  else {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*Lg", std::numeric_limits<T>::max_digits10, static_cast<long double>(v));
    return buf;
  }
}

template <class T>
void run(const std::string& name, const std::vector<std::string>& xs, const std::vector<double>& pars, int order) {
  std::vector<T> in, par;
  for (std::size_t i = 0; i < xs.size(); ++i) in.push_back(convert<T>(xs[i], "input " + std::to_string(i + 1)));
  for (double p : pars) par.push_back(static_cast<T>(p));
  for (const auto& v : values_at<T>(name, in, par, order)) std::printf("%-16s %s\n", v.label.c_str(), show(v.v).c_str());
}
}  // namespace

int cmd_eval(const argv_t& argv) {
  auto a = parse(argv, {}, {"order", "type"});
  if (a.positional.size() != 2) throw usage_error("eval needs an activation name and a point");
  const int order = parse_int(a.get("order", "2"), "--order", 0, max_order);
  const std::string type = a.get("type", "double");
  if (type != "float" && type != "double" && type != "long-double" && type != "100")
    throw usage_error("--type must be float, double, long-double or 100, not '" + type + "'");
  const std::string name = a.positional[0];
  auto xs = split(a.positional[1], ',');
  std::vector<double> pars;
  bool ok = with_entry(name, [&](auto e) {
    using E = decltype(e);
    if (xs.size() != input_count<E>)
      throw usage_error("'" + name + "' takes " + std::to_string(input_count<E>) + " input(s), separated by commas; got " +
                        std::to_string(xs.size()));
    pars = parameter_values<E>(a);
  });
  if (!ok) throw usage_error(unknown_name_message(name));
  if (type == "float")
    run<float>(name, xs, pars, order);
  else if (type == "double")
    run<double>(name, xs, pars, order);
  else if (type == "long-double")
    run<long double>(name, xs, pars, order);
  else
    run<hp>(name, xs, pars, order);
  return 0;
}

}  // namespace cli
