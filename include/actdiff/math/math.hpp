#ifndef ACTDIFF_MATH_MATH_HPP
#define ACTDIFF_MATH_MATH_HPP

// Umbrella: actdiff's constexpr elementary functions for float, double and
// long double. One header per function; add new ones here.

#include <actdiff/math/fp.hpp>
#include <actdiff/math/exp.hpp>
#include <actdiff/math/expm1.hpp>
#include <actdiff/math/log.hpp>
#include <actdiff/math/log1p.hpp>
#include <actdiff/math/sqrt.hpp>
#include <actdiff/math/tanh.hpp>
#include <actdiff/math/erf.hpp>
#include <actdiff/math/sigmoid.hpp>
#include <actdiff/math/softplus.hpp>
#include <actdiff/math/sech2.hpp>
#include <actdiff/math/tanh_residual.hpp>
#include <actdiff/math/double_word.hpp>
#include <actdiff/math/logsumexp.hpp>
#include <actdiff/math/softmax.hpp>

#endif  // ACTDIFF_MATH_MATH_HPP
