// The _c literals: 2_c, 0.044715_c, 1.702_c, 1e-3_c are exact rationals.
#ifndef ACTDIFF_CORE_LITERALS_HPP
#define ACTDIFF_CORE_LITERALS_HPP

#include <actdiff/core/rational.hpp>

namespace actdiff {

namespace detail {

// Parses a decimal literal (digits, optional fraction, optional exponent)
// into an exact rational; `ok` is false when it does not fit 64 bits.
template <char... Cs>
constexpr q parse_literal() {
  constexpr char s[] = {Cs..., '\0'};
  i64 num = 0, den = 1;
  bool ok = true, frac = false;
  std::size_t i = 0;
  for (; s[i] != '\0' && s[i] != 'e' && s[i] != 'E'; ++i) {
    if (s[i] == '\'') continue;
    if (s[i] == '.') {
      frac = true;
      continue;
    }
    if (s[i] < '0' || s[i] > '9') return {0, 1, false};
    ok = ok && mul_ok(num, 10, num) && add_ok(num, s[i] - '0', num);
    if (frac) ok = ok && mul_ok(den, 10, den);
  }
  q r = make_q(num, den, ok);
  if (s[i] == 'e' || s[i] == 'E') {
    ++i;
    bool neg = false;
    if (s[i] == '-' || s[i] == '+') neg = s[i++] == '-';
    i64 e = 0;
    for (; s[i] != '\0'; ++i) {
      if (s[i] < '0' || s[i] > '9' || e > 100) return {0, 1, false};
      e = e * 10 + (s[i] - '0');
    }
    r = r * pow(q{10, 1, true}, neg ? -e : e);
  }
  return r;
}

template <char... Cs>
constexpr bool is_hex_or_binary() {
  constexpr char s[] = {Cs..., '\0', '\0'};
  return s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'b' || s[1] == 'B');
}

}  // namespace detail

namespace literals {

template <char... Cs>
constexpr auto operator""_c() {
  static_assert(!detail::is_hex_or_binary<Cs...>(), "actdiff: _c literals are decimal (2_c, 0.5_c, 1e-3_c)");
  constexpr detail::q v = detail::parse_literal<Cs...>();
  static_assert(v.ok,
                "actdiff: this _c literal does not fit an exact 64-bit rational; use fewer digits "
                "or a named constant");
  return rational<v.num, v.den>{};
}

}  // namespace literals

}  // namespace actdiff

#endif
