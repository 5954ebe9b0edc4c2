// What the kernels accept: an expression of exactly one variable, and spans
// of the input's length that either are the same span or share no element.
//
// A kernel whose spans break these rules throws actdiff::span_error (a
// std::exception) before it writes anything. It is not a std::length_error:
// <stdexcept> costs the umbrella header a third of a second (issue 8's
// budget for it is 1 s), <exception> costs nothing.
#ifndef ACTDIFF_KERNELS_SPANS_HPP
#define ACTDIFF_KERNELS_SPANS_HPP

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <initializer_list>
#include <span>

#include <actdiff/core/meta.hpp>
#include <actdiff/verify/variables.hpp>

namespace actdiff {

class span_error : public std::exception {
 public:
  explicit span_error(const char* what) noexcept : what_(what) {}
  const char* what() const noexcept override { return what_; }

 private:
  const char* what_;
};

namespace detail {

// The number of variables of E, and the one a kernel runs over.
template <class E>
constexpr std::size_t variable_count = verify::variables_of<E>::size;
template <class E>
using kernel_variable = list_at<0, verify::variables_of<E>>;

[[noreturn]] inline void kernel_error(const char* what) {
#if defined(__cpp_exceptions)
  throw span_error(what);
#else
  (void)what;
  std::abort();
#endif
}

// A span's elements as addresses [begin, end), compared as integers (a total
// order even for unrelated arrays).
struct span_extent {
  std::uintptr_t begin, end;
  std::size_t size;
  template <class T>
  span_extent(std::span<T> s)
      : begin(reinterpret_cast<std::uintptr_t>(s.data())),
        end(reinterpret_cast<std::uintptr_t>(s.data() + s.size())),
        size(s.size()) {}
  bool overlaps(const span_extent& o) const { return size != 0 && o.size != 0 && begin < o.end && o.begin < end; }
  bool same(const span_extent& o) const { return begin == o.begin && size == o.size; }
};

// Every span has n elements; no output shares an element with another
// output, or with an input unless it is that very span (in place).
inline void check_kernel_spans(const char* length_error, const char* overlap_error, std::size_t n,
                               std::initializer_list<span_extent> inputs,
                               std::initializer_list<span_extent> outputs) {
  for (const auto* list : {&inputs, &outputs})
    for (const auto& s : *list)
      if (s.size != n) kernel_error(length_error);
  for (auto o = outputs.begin(); o != outputs.end(); ++o) {
    for (auto p = outputs.begin(); p != o; ++p)
      if (o->overlaps(*p)) kernel_error(overlap_error);
    for (const auto& i : inputs)
      if (o->overlaps(i) && !o->same(i)) kernel_error(overlap_error);
  }
}

}  // namespace detail

}  // namespace actdiff

#endif
