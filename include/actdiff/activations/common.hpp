// What every activation family header needs: the DSL, the primitives and
// named functions.
#ifndef ACTDIFF_ACTIVATIONS_COMMON_HPP
#define ACTDIFF_ACTIVATIONS_COMMON_HPP

#include <string_view>

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/constants.hpp>
#include <actdiff/core/literals.hpp>
#include <actdiff/core/named.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/where.hpp>
#include <actdiff/functions/erfc.hpp>
#include <actdiff/functions/expm1.hpp>
#include <actdiff/functions/log_softmax.hpp>
#include <actdiff/functions/logsumexp.hpp>
#include <actdiff/functions/sigmoid.hpp>
#include <actdiff/functions/softplus.hpp>
#include <actdiff/functions/tanh.hpp>
#include <actdiff/functions/tanh_residual.hpp>

#endif
