// The kernels (include/actdiff/kernels/) against eval, bit for bit: every
// one-input catalog activation, in float and double, on a few thousand
// inputs that include ±0, ±inf, NaN, subnormals, the largest values and the
// ranges where the math leaves its fast paths; and the kernels' rules for
// span sizes and overlaps.
#include <doctest/doctest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <exception>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>

#include <actdiff/actdiff.hpp>

using namespace actdiff;
using namespace actdiff::literals;

namespace {

constexpr auto x = var<"x">;

// The bounded pass asks σ in float where its wide form is its value (the
// op's wide_is_value_at); σ in double and the other ops have no such hook.
static_assert(detail::wide_value_conditional<float, decltype(sigmoid(x))>);
static_assert(!detail::wide_value_conditional<double, decltype(sigmoid(x))>);
static_assert(!detail::wide_value_conditional<float, decltype(exp(x))>);
static_assert(!detail::wide_is_value<float, decltype(x * sigmoid(x))>);
static_assert(detail::wide_is_value<double, decltype(x * sigmoid(x))>);

// The bounded pass leaves a product that is not fine to the sums that read
// it, where they are its only readers and it is not an output (only_summed).
using product_t = decltype(x * exp(x));
using summed_t = decltype(x * exp(x) + sigmoid(x));
using reused_t = decltype(x * exp(x) + exp(x * exp(x)));
static_assert(detail::only_summed<product_t, detail::nodes_of<summed_t>, detail::type_list<summed_t>>);
static_assert(!detail::only_summed<product_t, detail::nodes_of<summed_t>, detail::type_list<summed_t, product_t>>);
static_assert(!detail::only_summed<product_t, detail::nodes_of<reused_t>, detail::type_list<reused_t>>);
static_assert(!detail::only_summed<product_t, detail::nodes_of<product_t>, detail::type_list<product_t>>);

// 4227 inputs: not a multiple of the block size, so the tail is covered too;
// the special values are spread over several blocks and a few blocks hold
// ordinary values only.
template <class T>
std::vector<T> inputs() {
  using lim = std::numeric_limits<T>;
  std::vector<T> v;
  std::mt19937_64 g(8);
  std::uniform_real_distribution<double> wide(-50, 50), unit(-1, 1);
  for (int i = 0; i < 1024; ++i) v.push_back(static_cast<T>(wide(g)));  // sixteen blocks of ordinary values
  const T special[] = {T(0), -T(0), lim::infinity(), -lim::infinity(), lim::quiet_NaN(), -lim::quiet_NaN(),
                       lim::denorm_min(), -lim::denorm_min(), lim::min(), -lim::min(), lim::max(), lim::lowest(),
                       lim::min() / 3, -lim::min() / 7, lim::epsilon(), T(1), T(-1), T(0.5), T(-0.5), T(2), T(-2)};
  for (T s : special) v.push_back(s);
  for (int i = 0; i < 600; ++i) v.push_back(static_cast<T>(unit(g)));
  // log-spaced magnitudes of both signs, from the least subnormal up to max
  for (int i = 0; i <= 400; ++i) {
    const double e = -1074.0 + (1074.0 + 1023.0) * i / 400.0;
    const T m = static_cast<T>(std::ldexp(1.0, static_cast<int>(e)));
    v.push_back(m);
    v.push_back(-m);
  }
  // where the math changes paths: tails of exp, sigmoid, sech2, erfc, softplus
  // ({-16, -9}: gelu's and gelu_tanh's products that underflow in float, some
  // certainly to ±0 (redone in a second branch-free pass), some not;
  // {-14.7, -10} and {10, 14.7}: where the second pass starts to settle the
  // sums of gelu' and gelu_tanh' in float, to a term's value or to ±0)
  const double edges[][2] = {{-760, -690}, {-110, -80},   {-20, -15}, {15, 45},    {20, 30},
                             {340, 380},   {700, 715},    {-7, 7},    {-0.3, 0.3}, {86, 90},
                             {-1e-5, 1e-5}, {-16, -9},    {-14.7, -10}, {10, 14.7}};
  for (const auto& r : edges) {
    std::uniform_real_distribution<double> u(r[0], r[1]);
    for (int i = 0; i < 100; ++i) v.push_back(static_cast<T>(u(g)));
  }
  // random bit patterns
  using U = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
  for (int i = 0; i < 300; ++i) v.push_back(std::bit_cast<T>(static_cast<U>(g())));
  while (v.size() < 4227) v.push_back(static_cast<T>(wide(g)));
  return v;
}

template <class T>
bool same_bits(T a, T b) {
  using U = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
  if (a != a || b != b) return a != a && b != b;  // NaN payloads are not part of the contract
  return std::bit_cast<U>(a) == std::bit_cast<U>(b);
}

// The first index where got differs from want, or -1.
template <class T>
long first_difference(const std::vector<T>& got, const std::vector<T>& want) {
  for (std::size_t i = 0; i < got.size(); ++i)
    if (!same_bits(got[i], want[i])) return static_cast<long>(i);
  return -1;
}

template <class T, class E>
void check_kernels(E e, const char* name) {
  using X = detail::kernel_variable<E>;
  const auto df = d(e, X{});
  const std::vector<T> in = inputs<T>();
  const std::size_t n = in.size();
  std::vector<T> f(n), fd(n), up(n), up_fd(n);
  std::mt19937_64 g(3);
  std::uniform_real_distribution<double> u(-3, 3);
  for (std::size_t i = 0; i < n; ++i) {
    f[i] = eval<T>(e, X{} = in[i]);
    fd[i] = eval<T>(df, X{} = in[i]);
    up[i] = i % 97 == 5 ? std::numeric_limits<T>::infinity() : static_cast<T>(u(g));
    up_fd[i] = up[i] * fd[i];
  }
  const std::string what = std::string(name) + (sizeof(T) == 4 ? " float" : " double");
  CAPTURE(what);

  std::vector<T> out(n), dout(n);
  apply(e, in, out);
  long at = first_difference(out, f);
  CAPTURE(at);
  CHECK(at == -1);

  std::fill(out.begin(), out.end(), T(0));
  value_and_grad(e, in, out, dout);
  at = first_difference(out, f);
  CHECK(at == -1);
  at = first_difference(dout, fd);
  CHECK(at == -1);

  std::vector<T> grad_in(n);
  value_and_grad(e, in, out, up, grad_in);
  at = first_difference(grad_in, up_fd);
  CHECK(at == -1);

  // in place: out is in, grad_in is grad_out
  std::vector<T> v = in;
  apply(e, v, v);
  at = first_difference(v, f);
  CHECK(at == -1);
  std::vector<T> w = up;
  v = in;
  value_and_grad(e, v, v, w, w);
  at = first_difference(v, f);
  CHECK(at == -1);
  at = first_difference(w, up_fd);
  CHECK(at == -1);
}

}  // namespace

TEST_CASE("kernels give eval's bits for every one-input catalog activation") {
  int checked = 0;
  boost::hana::for_each(catalog::activations, [&](auto entry) {
    using entry_t = decltype(entry);
    if constexpr (decltype(boost::hana::length(entry_t::inputs))::value == 1) {
      check_kernels<float>(entry_t::f, entry_t::name.data());
      check_kernels<double>(entry_t::f, entry_t::name.data());
      ++checked;
    }
  });
  CHECK(checked >= 25);
}

TEST_CASE("the issue's eight activations take the branch-free (vectorisable) path") {
  // Which loop the compiler vectorises is checked on the generated code (see
  // bench/kernels); here only that the kernels pick the branch-free path.
  const auto check = [](auto e) {
    using D = decltype(d(e, x));
    using list = detail::union_of<detail::nodes_of<decltype(e)>, detail::nodes_of<D>>;
    CHECK(detail::branch_free_list<float, list>);
    CHECK(detail::branch_free_list<double, list>);
  };
  check(sigmoid(x));
  check(tanh(x));
  check(gelu(x));
  check(gelu_tanh(x));
  check(silu(x));
  check(softplus(x));
  check(mish(x));
  check(elu(x));
  // a square root of the variable has no branch-free version: eval's path
  CHECK(!detail::branch_free_list<double, detail::nodes_of<decltype(squareplus(x))>>);
}

TEST_CASE("kernels: expressions as written by hand, parameters as literals") {
  check_kernels<double>(x * sigmoid(1.702_c * x), "x*sigmoid(1.702x)");
  check_kernels<float>(elu(x, 0.5_c), "elu(x, 0.5)");
  check_kernels<double>(pow<3>(x) - 2_c * x + 1_c, "x^3 - 2x + 1");
  check_kernels<float>(exp(-pow<2>(x) / 2_c), "exp(-x^2/2)");
}

TEST_CASE("kernels: lengths and overlaps") {
  std::vector<double> in = {-1.0, 0.0, 2.0}, out(3, 7.0), dout(3, 7.0), shorter(2, 7.0), up = {1.0, 2.0, 3.0};
  const auto untouched = [](const std::vector<double>& v) {
    for (double e : v)
      if (e != 7.0) return false;
    return true;
  };
  const char* const length = "as many elements as in";
  const char* const overlap = "overlaps";
  CHECK_THROWS_WITH_AS(apply(tanh(x), in, shorter), doctest::Contains(length), span_error);
  CHECK(untouched(shorter));
  CHECK_THROWS_WITH_AS(value_and_grad(tanh(x), in, out, shorter), doctest::Contains(length), span_error);
  CHECK_THROWS_WITH_AS(value_and_grad(tanh(x), in, shorter, dout), doctest::Contains(length), span_error);
  CHECK_THROWS_WITH_AS(value_and_grad(tanh(x), in, out, std::span<const double>(up).first(2), dout),
                       doctest::Contains(length), span_error);
  CHECK(untouched(out));
  CHECK(untouched(dout));
  // a span_error is a std::exception
  CHECK_THROWS_AS(apply(tanh(x), in, shorter), std::exception);

  // out and dout the same span, or overlapping
  CHECK_THROWS_WITH_AS(value_and_grad(tanh(x), in, out, out), doctest::Contains(overlap), span_error);
  std::vector<double> big(6, 7.0);
  const std::span<double> s(big);
  CHECK_THROWS_WITH_AS(value_and_grad(tanh(x), in, s.first(3), s.subspan(2, 3)), doctest::Contains(overlap),
                       span_error);
  CHECK(std::count(big.begin(), big.end(), 7.0) == 6);
  // an output overlapping an input without being it
  std::vector<double> shifted = {-1.0, 0.0, 2.0, 7.0};
  const std::span<double> t(shifted);
  CHECK_THROWS_WITH_AS(apply(tanh(x), t.first(3), t.subspan(1, 3)), doctest::Contains(overlap), span_error);
  CHECK_THROWS_WITH_AS(value_and_grad(tanh(x), in, out, t.first(3), t.subspan(1, 3)), doctest::Contains(overlap),
                       span_error);
  CHECK(shifted[3] == 7.0);
  // the very same span: in place
  CHECK_NOTHROW(apply(tanh(x), t.first(3), t.first(3)));
  CHECK(shifted[0] == eval(tanh(x), x = -1.0));

  // empty spans
  std::vector<float> none;
  CHECK_NOTHROW(apply(gelu(x), none, none));
  CHECK_NOTHROW(value_and_grad(gelu(x), none, none, none));
}
