// actdiff eval NAME X[,Y,...] [--order N] [--type float|double|long-double|100] [--param k=v]
#include <cstdio>
#include <string>
#include <vector>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include "commands.hpp"
#include "derivatives.hpp"

namespace cli {

namespace {
using hp = boost::multiprecision::cpp_bin_float_100;

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

template <class T, class E>
void run(E e, const std::vector<std::string>& xs, const std::vector<double>& pars, int order) {
  std::vector<T> in, par;
  for (std::size_t i = 0; i < xs.size(); ++i) in.push_back(convert<T>(xs[i], "input " + std::to_string(i + 1)));
  for (double p : pars) par.push_back(static_cast<T>(p));
  std::printf("%-16s %s\n", std::string(E::name).c_str(), show(evaluate<T>(e, E::f_params, in, par)).c_str());
  for (int n = 1; n <= order; ++n)
    for_each_derivative(e, n, [&](const std::string& label, auto d) {
      std::printf("%-16s %s\n", label.c_str(), show(evaluate<T>(e, d, in, par)).c_str());
    });
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
  bool ok = with_entry(name, [&](auto e) {
    using E = decltype(e);
    auto xs = split(a.positional[1], ',');
    if (xs.size() != input_count<E>)
      throw usage_error("'" + name + "' takes " + std::to_string(input_count<E>) + " input(s), separated by commas; got " +
                        std::to_string(xs.size()));
    auto pars = parameter_values<E>(a);
    if (type == "float")
      run<float>(e, xs, pars, order);
    else if (type == "double")
      run<double>(e, xs, pars, order);
    else if (type == "long-double")
      run<long double>(e, xs, pars, order);
    else
      run<hp>(e, xs, pars, order);
  });
  if (!ok) throw usage_error(unknown_name_message(name));
  return 0;
}

}  // namespace cli
