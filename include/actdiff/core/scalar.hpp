// Which scalar types eval accepts, and which of them use actdiff's own
// constexpr math (the built-in floating types) rather than the type's own.
#ifndef ACTDIFF_CORE_SCALAR_HPP
#define ACTDIFF_CORE_SCALAR_HPP

#include <limits>
#include <type_traits>

namespace actdiff {

template <class T>
concept builtin_float = std::is_same_v<T, float> || std::is_same_v<T, double> || std::is_same_v<T, long double>;

// float, double, long double, and types such as Boost.Multiprecision's
// cpp_bin_float_50/100 or mpfr_float that model a real floating type.
template <class T>
concept floating_scalar = builtin_float<T> || (std::numeric_limits<T>::is_specialized &&
                                               !std::numeric_limits<T>::is_integer && !std::is_arithmetic_v<T>);

}  // namespace actdiff

#endif
