// A string usable as a template argument (variable names) and as the
// constexpr result of printing (to_string / to_latex).
#ifndef ACTDIFF_CORE_FIXED_STRING_HPP
#define ACTDIFF_CORE_FIXED_STRING_HPP

#include <cstddef>
#include <iosfwd>
#include <string_view>

namespace actdiff {

// N is the length without the terminating '\0'. Public members keep the type
// structural, so `var<"alpha">` works.
template <std::size_t N>
struct fixed_string {
  char data[N + 1]{};

  constexpr fixed_string() = default;
  constexpr fixed_string(const char (&s)[N + 1]) noexcept {
    for (std::size_t i = 0; i <= N; ++i) data[i] = s[i];
  }

  static constexpr std::size_t size() noexcept { return N; }
  constexpr const char* c_str() const noexcept { return data; }
  constexpr std::string_view view() const noexcept { return {data, N}; }
  constexpr operator std::string_view() const noexcept { return view(); }

  template <std::size_t M>
  friend constexpr bool operator==(const fixed_string& a, const fixed_string<M>& b) noexcept {
    return a.view() == b.view();
  }
  template <std::size_t M>
  friend constexpr bool operator==(const fixed_string& a, const char (&b)[M]) noexcept {
    return a.view() == std::string_view(b, M - 1);
  }
  friend constexpr bool operator==(const fixed_string& a, std::string_view b) noexcept {
    return a.view() == b;
  }
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const fixed_string& s) {
    return os << s.view();
  }
};

template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

}  // namespace actdiff

#endif
