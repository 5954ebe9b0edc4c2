// actdiff: constexpr activation functions as expression templates, with
// symbolic derivatives, evaluation in any floating type, and printing.
#ifndef ACTDIFF_ACTDIFF_HPP
#define ACTDIFF_ACTDIFF_HPP

#include <actdiff/core/canonical.hpp>
#include <actdiff/core/constants.hpp>
#include <actdiff/core/expand.hpp>
#include <actdiff/core/expr.hpp>
#include <actdiff/core/fixed_string.hpp>
#include <actdiff/core/literals.hpp>
#include <actdiff/core/named.hpp>
#include <actdiff/core/operators.hpp>
#include <actdiff/core/rational.hpp>
#include <actdiff/core/rebuild.hpp>
#include <actdiff/core/scalar.hpp>
#include <actdiff/core/variable.hpp>
#include <actdiff/core/where.hpp>
#include <actdiff/diff.hpp>
#include <actdiff/eval.hpp>
#include <actdiff/functions/erf.hpp>
#include <actdiff/functions/erfc.hpp>
#include <actdiff/functions/exp.hpp>
#include <actdiff/functions/expm1.hpp>
#include <actdiff/functions/log.hpp>
#include <actdiff/functions/log1p.hpp>
#include <actdiff/functions/log_softmax.hpp>
#include <actdiff/functions/logsumexp.hpp>
#include <actdiff/functions/sech2.hpp>
#include <actdiff/functions/sigmoid.hpp>
#include <actdiff/functions/softmax.hpp>
#include <actdiff/functions/softplus.hpp>
#include <actdiff/functions/tanh.hpp>
#include <actdiff/functions/tanh_residual.hpp>
#include <actdiff/activations/catalog.hpp>
#include <actdiff/kernels/apply.hpp>
#include <actdiff/kernels/value_and_grad.hpp>
#include <actdiff/print.hpp>
// verify: only the light constexpr check; the rest of <actdiff/verify/verify.hpp>
// pulls in Boost.Multiprecision (and MPFR) and is included explicitly.
#include <actdiff/verify/holds.hpp>

#endif
