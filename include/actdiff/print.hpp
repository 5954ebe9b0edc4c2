// to_string / to_latex: constexpr, precedence-correct printing.
//
// Both return a fixed_string sized exactly, so `static_assert(to_string(e) ==
// "x^2 + 1")` and `constexpr auto s = to_latex(e);` work. Printing runs twice:
// once to count characters, once to write them.
#ifndef ACTDIFF_PRINT_HPP
#define ACTDIFF_PRINT_HPP

#include <cstddef>
#include <iosfwd>
#include <string_view>
#include <type_traits>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/constants.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/fixed_string.hpp>
#include <actdiff/core/rational.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/core/where.hpp>

namespace actdiff {

namespace detail {

enum class style { text, latex };

// Binding strength: a child weaker than its context gets parentheses.
enum prec : int { sum_prec = 0, product_prec = 1, unary_prec = 2, power_prec = 3, atom_prec = 4 };

struct length_sink {
  std::size_t n = 0;
  constexpr void put(char) { ++n; }
  constexpr void put(std::string_view s) { n += s.size(); }
};
struct buffer_sink {
  char* p;
  constexpr void put(char c) { *p++ = c; }
  constexpr void put(std::string_view s) {
    for (char c : s) *p++ = c;
  }
};

template <class Out>
constexpr void put_int(Out& out, i64 v) {
  if (v < 0) {
    out.put('-');
    v = -v;
  }
  char digits[20]{};
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (n > 0) out.put(digits[--n]);
}

// Digits after the point when n/d is a short decimal (0.044715, 1.702),
// or -1: printed as a fraction (x/2, 1/3).
constexpr int decimal_places(i64 d) {
  if (d % 10 != 0) return -1;
  int twos = 0, fives = 0;
  while (d % 2 == 0) d /= 2, ++twos;
  while (d % 5 == 0) d /= 5, ++fives;
  return d == 1 ? (twos > fives ? twos : fives) : -1;
}

template <class Out>
constexpr void put_decimal(Out& out, i64 n, i64 d) {
  int k = decimal_places(d);
  i64 scale = 1;
  for (int i = 0; i < k; ++i) scale *= 10;
  __extension__ using i128 = __int128;
  i128 scaled = static_cast<i128>(n) * (scale / d);
  if (scaled < 0) {
    out.put('-');
    scaled = -scaled;
  }
  put_int(out, static_cast<i64>(scaled / scale));
  out.put('.');
  i64 frac = static_cast<i64>(scaled % scale);
  for (i64 p = scale / 10; p > 0; p /= 10) out.put(static_cast<char>('0' + (frac / p) % 10));
}

template <style S, class Out>
constexpr void open_paren(Out& out) {
  out.put(S == style::latex ? std::string_view("\\left(") : std::string_view("("));
}
template <style S, class Out>
constexpr void close_paren(Out& out) {
  out.put(S == style::latex ? std::string_view("\\right)") : std::string_view(")"));
}

constexpr std::string_view greek_letters[] = {"alpha", "beta",  "gamma", "delta", "epsilon", "zeta",  "eta",
                                              "theta", "kappa", "lambda", "mu",   "nu",      "xi",    "rho",
                                              "sigma", "tau",   "phi",   "chi",   "psi",     "omega"};

template <style S, class Out>
constexpr void put_variable_name(Out& out, std::string_view name) {
  if constexpr (S == style::latex) {
    for (auto g : greek_letters)
      if (g == name) {
        out.put('\\');
        out.put(name);
        return;
      }
    if (name.size() > 1) {
      out.put("\\mathrm{");
      out.put(name);
      out.put('}');
      return;
    }
  }
  out.put(name);
}

// ---- precedence of a node ------------------------------------------------------
template <style S, class E>
constexpr int precedence() {
  if constexpr (is_rational<E>)
    return E::value.num < 0 ? unary_prec
                            : (E::value.den != 1 && decimal_places(E::value.den) < 0 ? product_prec : atom_prec);
  else if constexpr (is_constant<E>)
    // "1/sqrt(2*pi)" is a quotient in text; \frac{..}{..} is an atom.
    return S == style::text && E::tag::text.find('/') != std::string_view::npos ? product_prec : atom_prec;
  else if constexpr (is_add<E>)
    return sum_prec;
  else if constexpr (is_mul<E>)
    return is_negated<E> ? unary_prec : product_prec;
  else if constexpr (is_pow<E>)
    return []<class B, i64 N, i64 D>(fn<pow_op, B, rational<N, D>>) {
      return N < 0 ? product_prec : (D == 2 ? atom_prec : power_prec);
    }(E{});
  else if constexpr (is_cmp<E>)
    return sum_prec;
  else
    return atom_prec;
}

template <style S, class Out, class E>
constexpr void print(Out& out, E e, int context);

template <style S, class Out, class E>
constexpr void print_at(Out& out, E e, int context) {
  if (precedence<S, E>() < context) {
    open_paren<S>(out);
    print<S>(out, e, sum_prec);
    close_paren<S>(out);
  } else {
    print<S>(out, e, context);
  }
}

// ---- products and quotients ----------------------------------------------------
// Positive powers go above the line, negative ones below.
template <class F>
constexpr bool in_denominator = false;
template <class B, i64 N, i64 D>
constexpr bool in_denominator<fn<pow_op, B, rational<N, D>>> = N < 0;

template <class F>
struct flipped {
  using type = F;
};
template <class B, i64 N, i64 D>
struct flipped<fn<pow_op, B, rational<N, D>>> {
  using type = decltype(make_pow<-N, D, B>());
};

// In LaTeX a lone factor of a \frac needs no parentheses.
template <style S>
constexpr int factor_context(std::size_t count) {
  return S == style::latex ? (count > 1 ? power_prec : sum_prec) : unary_prec;
}

template <style S, class Out, class... Fs>
constexpr void print_factors(Out& out, bool leading_number, [[maybe_unused]] int context) {
  [[maybe_unused]] bool first = !leading_number;
  (
      [&] {
        if (!first) out.put(S == style::latex ? std::string_view(" ") : std::string_view("*"));
        first = false;
        print_at<S>(out, Fs{}, context);
      }(),
      ...);
}

template <style S, class Out, i64 N, i64 D, class... Ps>
constexpr void print_numerator(Out& out, type_list<Ps...>) {
  constexpr i64 n = N < 0 ? -N : N;
  constexpr bool decimal = decimal_places(D) >= 0;
  constexpr bool number = n != 1 || (decimal && D != 1) || sizeof...(Ps) == 0;
  if constexpr (number) {
    if constexpr (decimal)
      put_decimal(out, n, D);
    else
      put_int(out, n);
  }
  constexpr bool lone = sizeof...(Ps) == 1 && !number;
  print_factors<S, Out, Ps...>(out, number, lone && S == style::latex ? sum_prec : factor_context<S>(2));
}

template <style S, class Out, i64 D, class... Qs>
constexpr void print_denominator(Out& out, bool parens_if_many, type_list<Qs...>) {
  constexpr std::size_t count = sizeof...(Qs) + (D != 1 ? 1 : 0);
  const bool parens = parens_if_many && count > 1;
  if (parens) open_paren<S>(out);
  if constexpr (D != 1) put_int(out, D);
  print_factors<S, Out, typename flipped<Qs>::type...>(
      out, D != 1, S == style::latex ? factor_context<S>(count) : (count > 1 ? unary_prec : power_prec));
  if (parens) close_paren<S>(out);
}

template <style S, class Out, i64 N, i64 D, class... Fs>
constexpr void print_product(Out& out, type_list<Fs...>) {
  using num = typename filter_impl<std::array<bool, sizeof...(Fs)>{!in_denominator<Fs>...}, type_list<Fs...>>::type;
  using den = typename filter_impl<std::array<bool, sizeof...(Fs)>{in_denominator<Fs>...}, type_list<Fs...>>::type;
  // A short decimal coefficient (0.044715) stays in the numerator.
  constexpr i64 d = decimal_places(D) >= 0 ? 1 : D;
  constexpr bool has_den = d != 1 || den::size > 0;
  if constexpr (N < 0) out.put('-');
  if constexpr (S == style::latex && has_den) {
    out.put("\\frac{");
    print_numerator<S, Out, N, D>(out, num{});
    out.put("}{");
    print_denominator<S, Out, d>(out, false, den{});
    out.put('}');
  } else {
    print_numerator<S, Out, N, D>(out, num{});
    if constexpr (has_den) {
      out.put('/');
      print_denominator<S, Out, d>(out, true, den{});
    }
  }
}

template <class F>
struct product_parts {
  static constexpr i64 num = 1, den = 1;
  using factors = type_list<F>;
};
template <class... Fs>
struct product_parts<fn<mul_op, Fs...>> {
  static constexpr i64 num = 1, den = 1;
  using factors = type_list<Fs...>;
};
template <i64 N, i64 D, class... Fs>
struct product_parts<fn<mul_op, rational<N, D>, Fs...>> {
  static constexpr i64 num = N, den = D;
  using factors = type_list<Fs...>;
};

template <style S, class Out, class E>
constexpr void print_as_product(Out& out) {
  using parts = product_parts<E>;
  print_product<S, Out, parts::num, parts::den>(out, typename parts::factors{});
}

// ---- the nodes, one overload per pattern ----------------------------------------
template <style S, class Out, i64 N, i64 D>
constexpr void print_node(Out& out, rational<N, D>) {
  if constexpr (D != 1 && decimal_places(D) >= 0) {
    put_decimal(out, N, D);
  } else if constexpr (S == style::latex && D != 1) {
    if constexpr (N < 0) out.put('-');
    out.put("\\frac{");
    put_int(out, N < 0 ? -N : N);
    out.put("}{");
    put_int(out, D);
    out.put('}');
  } else {
    put_int(out, N);
    if constexpr (D != 1) {
      out.put('/');
      put_int(out, D);
    }
  }
}

template <style S, class Out, class Tag>
constexpr void print_node(Out& out, constant<Tag>) {
  out.put(S == style::latex ? Tag::latex : Tag::text);
}

template <style S, class Out, fixed_string Name>
constexpr void print_node(Out& out, variable<Name>) {
  put_variable_name<S>(out, std::string_view(Name));
}

template <style S, class Out, bool B>
constexpr void print_node(Out& out, boolean<B>) {
  out.put(B ? std::string_view("true") : std::string_view("false"));
}

template <style S, class Out, class Op, class A, class B>
constexpr void print_node(Out& out, cmp<Op, A, B>) {
  print_at<S>(out, A{}, product_prec);
  out.put(' ');
  out.put(S == style::latex ? Op::latex : Op::text);
  out.put(' ');
  print_at<S>(out, B{}, product_prec);
}

template <style S, class Out, class T>
constexpr void print_signed_term(Out& out) {
  if constexpr (is_negated<T>) {
    out.put(" - ");
    print_at<S>(out, decltype(mul(rational<-1>{}, T{})){}, product_prec);
  } else {
    out.put(" + ");
    print_at<S>(out, T{}, product_prec);
  }
}

template <style S, class Out, class T0, class... Ts>
constexpr void print_node(Out& out, fn<add_op, T0, Ts...>) {
  print_at<S>(out, T0{}, sum_prec);
  (print_signed_term<S, Out, Ts>(out), ...);
}

template <style S, class Out, class... Fs>
constexpr void print_node(Out& out, fn<mul_op, Fs...>) {
  print_as_product<S, Out, fn<mul_op, Fs...>>(out);
}

template <style S, class Out, class B, i64 N, i64 D>
constexpr void print_node(Out& out, fn<pow_op, B, rational<N, D>>) {
  if constexpr (N < 0) {
    print_as_product<S, Out, fn<pow_op, B, rational<N, D>>>(out);
  } else if constexpr (D == 2) {
    out.put(S == style::latex ? std::string_view("\\sqrt{") : std::string_view("sqrt("));
    print<S>(out, B{}, sum_prec);
    out.put(S == style::latex ? '}' : ')');
    if constexpr (N != 1) {
      out.put(S == style::latex ? std::string_view("^{") : std::string_view("^"));
      put_int(out, N);
      if constexpr (S == style::latex) out.put('}');
    }
  } else {
    print_at<S>(out, B{}, atom_prec);
    if constexpr (S == style::latex) {
      out.put("^{");
      print<S>(out, rational<N, D>{}, sum_prec);
      out.put('}');
    } else {
      out.put('^');
      print_at<S>(out, rational<N, D>{}, atom_prec);
    }
  }
}

template <style S, class Out, class C, class A, class B>
constexpr void print_node(Out& out, fn<where_op, C, A, B>) {
  if constexpr (S == style::latex) {
    out.put("\\begin{cases} ");
    print<S>(out, A{}, sum_prec);
    out.put(" & \\text{if } ");
    print<S>(out, C{}, sum_prec);
    out.put(" \\\\ ");
    print<S>(out, B{}, sum_prec);
    out.put(" & \\text{otherwise} \\end{cases}");
  } else {
    out.put("where(");
    print<S>(out, C{}, sum_prec);
    out.put(", ");
    print<S>(out, A{}, sum_prec);
    out.put(", ");
    print<S>(out, B{}, sum_prec);
    out.put(')');
  }
}

// A function call: name(arg, ...).
template <style S, class Out, class Op, class... As>
constexpr void print_node(Out& out, fn<Op, As...>) {
  out.put(S == style::latex ? Op::latex : Op::name);
  open_paren<S>(out);
  bool first = true;
  (
      [&] {
        if (!first) out.put(", ");
        first = false;
        print<S>(out, As{}, sum_prec);
      }(),
      ...);
  close_paren<S>(out);
}

template <style S, class Out, class E>
constexpr void print(Out& out, E e, int) {
  print_node<S>(out, e);
}

template <style S, class E>
constexpr auto render(E) {
  constexpr std::size_t n = [] {
    length_sink s;
    print<S>(s, E{}, sum_prec);
    return s.n;
  }();
  fixed_string<n> str;
  buffer_sink b{str.data};
  print<S>(b, E{}, sum_prec);
  return str;
}

template <class T>
concept printable = expression<T> || condition<T>;

}  // namespace detail

// The expression as text: "x^2 + 2*x/(1 + x)".
template <detail::printable E>
constexpr auto to_string(E e) {
  return detail::render<detail::style::text>(e);
}

// The expression as LaTeX: "x^{2} + \frac{2 x}{1 + x}".
template <detail::printable E>
constexpr auto to_latex(E e) {
  return detail::render<detail::style::latex>(e);
}

template <class CharT, class Traits, detail::printable E>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, E e) {
  return os << to_string(e).view();
}

}  // namespace actdiff

#endif
