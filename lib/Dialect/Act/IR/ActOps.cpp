//===- ActOps.cpp - act dialect operations ----------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Verifiers and the mapping from ops to the reference semantics. Folders and
// canonicalization patterns live in ActFolds.cpp.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::act;

#define GET_OP_CLASSES
#include "act/Dialect/Act/IR/ActOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Mapping to the reference semantics
//===----------------------------------------------------------------------===//

namespace {
semantics::NanMode toSemantics(NanMode mode) {
  return mode == NanMode::ignore ? semantics::NanMode::Ignore
                                 : semantics::NanMode::Propagate;
}
} // namespace

std::optional<semantics::OpKind> mlir::act::getOpKind(Operation *op) {
  using semantics::OpKind;
  return llvm::TypeSwitch<Operation *, std::optional<OpKind>>(op)
      .Case([](ReluOp) { return OpKind::Relu; })
      .Case([](ClampOp) { return OpKind::Clamp; })
      .Case([](LeakyReluOp) { return OpKind::LeakyRelu; })
      .Case([](PReluOp) { return OpKind::PRelu; })
      .Case([](EluOp) { return OpKind::Elu; })
      .Case([](SeluOp) { return OpKind::Selu; })
      .Case([](CeluOp) { return OpKind::Celu; })
      .Case([](GeluOp) { return OpKind::Gelu; })
      .Case([](SigmoidOp) { return OpKind::Sigmoid; })
      .Case([](SiluOp) { return OpKind::Silu; })
      .Case([](HardSigmoidOp) { return OpKind::HardSigmoid; })
      .Case([](HardSwishOp) { return OpKind::HardSwish; })
      .Case([](SoftplusOp) { return OpKind::Softplus; })
      .Case([](MishOp) { return OpKind::Mish; })
      .Case([](ThresholdOp) { return OpKind::Threshold; })
      .Case([](ReluGradOp) { return OpKind::ReluGrad; })
      .Default([](Operation *) { return std::nullopt; });
}

semantics::Params mlir::act::getParams(Operation *op) {
  std::optional<semantics::OpKind> kind = getOpKind(op);
  semantics::Params params =
      semantics::Params::defaultsFor(kind.value_or(semantics::OpKind::Relu));
  llvm::TypeSwitch<Operation *>(op)
      .Case([&](ReluOp relu) {
        params.nanMode = toSemantics(relu.getNanMode());
      })
      .Case([&](ClampOp clamp) {
        params.min = clamp.getMin().convertToDouble();
        params.max = clamp.getMax().convertToDouble();
        params.nanMode = toSemantics(clamp.getNanMode());
      })
      .Case<LeakyReluOp, EluOp, CeluOp>([&](auto actOp) {
        params.alpha = actOp.getAlpha().convertToDouble();
      })
      .Case([&](GeluOp gelu) {
        params.approximate = gelu.getApproximate() == GeluApproximation::tanh
                                 ? semantics::GeluApproximation::Tanh
                                 : semantics::GeluApproximation::None;
      })
      .Case([&](HardSigmoidOp hardSigmoid) {
        params.alpha = hardSigmoid.getAlpha().convertToDouble();
        params.beta = hardSigmoid.getBeta().convertToDouble();
      })
      .Case([&](SoftplusOp softplus) {
        params.beta = softplus.getBeta().convertToDouble();
        params.threshold = softplus.getThreshold().convertToDouble();
      })
      .Case([&](ThresholdOp threshold) {
        params.threshold = threshold.getThreshold().convertToDouble();
        params.value = threshold.getValue().convertToDouble();
      });
  return params;
}

//===----------------------------------------------------------------------===//
// Verifiers
//===----------------------------------------------------------------------===//

/// Checks that the F64 attribute `name` of `op` is finite.
static LogicalResult verifyFinite(Operation *op, StringRef name,
                                  llvm::APFloat value) {
  if (value.isFinite())
    return success();
  return op->emitOpError() << "attribute '" << name
                           << "' must be finite, got "
                           << value.convertToDouble();
}

/// Checks that every listed F64 attribute of `op` is finite.
static LogicalResult
verifyAllFinite(Operation *op,
                ArrayRef<std::pair<StringRef, llvm::APFloat>> attrs) {
  for (const auto &[name, value] : attrs)
    if (failed(verifyFinite(op, name, value)))
      return failure();
  return success();
}

/// Checks that the clamp bound `name` is an integer representable in
/// `type`.
static LogicalResult verifyIntegerBound(Operation *op, StringRef name,
                                        double value, IntegerType type) {
  if (std::trunc(value) != value)
    return op->emitOpError()
           << "attribute '" << name << "' must be an integer for element type "
           << type << ", got " << value;
  unsigned width = type.getWidth();
  // Exact for widths up to 1024 (the range of double's exponent).
  double lowest = -std::ldexp(1.0, static_cast<int>(width) - 1);
  double highest = std::ldexp(1.0, static_cast<int>(width) - 1);
  if (value < lowest || value >= highest)
    return op->emitOpError()
           << "attribute '" << name << "' is out of range of element type "
           << type << ", got " << value;
  return success();
}

LogicalResult ClampOp::verify() {
  if (failed(verifyAllFinite(*this, {{"min", getMin()}, {"max", getMax()}})))
    return failure();
  double min = getMin().convertToDouble();
  double max = getMax().convertToDouble();
  // -0.0 < +0.0 in the clamp's order.
  if (min > max || (min == 0.0 && max == 0.0 && !std::signbit(min) &&
                    std::signbit(max)))
    return emitOpError() << "attribute 'min' (" << min
                         << ") must not be greater than attribute 'max' ("
                         << max << ")";
  Type elementType = getElementTypeOrSelf(getType());
  if (auto intType = dyn_cast<IntegerType>(elementType)) {
    if (failed(verifyIntegerBound(*this, "min", min, intType)) ||
        failed(verifyIntegerBound(*this, "max", max, intType)))
      return failure();
  }
  return success();
}

LogicalResult LeakyReluOp::verify() {
  return verifyFinite(*this, "alpha", getAlpha());
}

LogicalResult ThresholdOp::verify() {
  return verifyAllFinite(
      *this, {{"threshold", getThreshold()}, {"value", getValue()}});
}

LogicalResult HardSigmoidOp::verify() {
  return verifyAllFinite(*this, {{"alpha", getAlpha()}, {"beta", getBeta()}});
}

LogicalResult EluOp::verify() {
  return verifyFinite(*this, "alpha", getAlpha());
}

LogicalResult CeluOp::verify() {
  if (failed(verifyFinite(*this, "alpha", getAlpha())))
    return failure();
  if (getAlpha().isZero())
    return emitOpError() << "attribute 'alpha' must be nonzero, got "
                         << getAlpha().convertToDouble();
  return success();
}

LogicalResult SoftplusOp::verify() {
  if (failed(verifyAllFinite(
          *this, {{"beta", getBeta()}, {"threshold", getThreshold()}})))
    return failure();
  if (getBeta().isZero() || getBeta().isNegative())
    return emitOpError() << "attribute 'beta' must be positive, got "
                         << getBeta().convertToDouble();
  return success();
}
