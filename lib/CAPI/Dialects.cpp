//===- Dialects.cpp - C API for the act dialect -----------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#include "act-c/Dialects.h"

#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/IR/ActOps.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::act;

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Act, act, mlir::act::ActDialect)

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

static NanMode unwrapNanMode(MlirActNanMode mode) {
  return mode == MlirActNanModeIgnore ? NanMode::ignore : NanMode::propagate;
}

static GeluApproximation
unwrapApproximation(MlirActGeluApproximation approximation) {
  return approximation == MlirActGeluApproximationTanh
             ? GeluApproximation::tanh
             : GeluApproximation::none;
}

MlirAttribute mlirActNanModeAttrGet(MlirContext ctx, MlirActNanMode mode) {
  MLIRContext *context = unwrap(ctx);
  context->getOrLoadDialect<ActDialect>();
  return wrap(NanModeAttr::get(context, unwrapNanMode(mode)));
}

bool mlirAttributeIsAActNanModeAttr(MlirAttribute attr) {
  return isa<NanModeAttr>(unwrap(attr));
}

MlirActNanMode mlirActNanModeAttrGetValue(MlirAttribute attr) {
  return cast<NanModeAttr>(unwrap(attr)).getValue() == NanMode::ignore
             ? MlirActNanModeIgnore
             : MlirActNanModePropagate;
}

MlirAttribute
mlirActGeluApproximationAttrGet(MlirContext ctx,
                                MlirActGeluApproximation approximation) {
  MLIRContext *context = unwrap(ctx);
  context->getOrLoadDialect<ActDialect>();
  return wrap(
      GeluApproximationAttr::get(context, unwrapApproximation(approximation)));
}

bool mlirAttributeIsAActGeluApproximationAttr(MlirAttribute attr) {
  return isa<GeluApproximationAttr>(unwrap(attr));
}

MlirActGeluApproximation
mlirActGeluApproximationAttrGetValue(MlirAttribute attr) {
  return cast<GeluApproximationAttr>(unwrap(attr)).getValue() ==
                 GeluApproximation::tanh
             ? MlirActGeluApproximationTanh
             : MlirActGeluApproximationNone;
}

//===----------------------------------------------------------------------===//
// Operations
//===----------------------------------------------------------------------===//

/// A builder without insertion point: ops it creates are detached and owned
/// by the caller. Loads the act dialect, which OpBuilder requires.
static OpBuilder getDetachedBuilder(MlirLocation loc) {
  MLIRContext *context = unwrap(loc)->getContext();
  context->getOrLoadDialect<ActDialect>();
  return OpBuilder(context);
}

MlirOperation mlirActReluOpCreate(MlirLocation loc, MlirValue input,
                                  MlirActNanMode mode) {
  OpBuilder builder = getDetachedBuilder(loc);
  return wrap(
      ReluOp::create(builder, unwrap(loc), unwrap(input), unwrapNanMode(mode))
          .getOperation());
}

MlirOperation mlirActClampOpCreate(MlirLocation loc, MlirValue input,
                                   double min, double max,
                                   MlirActNanMode mode) {
  OpBuilder builder = getDetachedBuilder(loc);
  return wrap(ClampOp::create(builder, unwrap(loc), unwrap(input),
                              llvm::APFloat(min), llvm::APFloat(max),
                              unwrapNanMode(mode))
                  .getOperation());
}

MlirOperation mlirActLeakyReluOpCreate(MlirLocation loc, MlirValue input,
                                       double alpha) {
  OpBuilder builder = getDetachedBuilder(loc);
  return wrap(LeakyReluOp::create(builder, unwrap(loc), unwrap(input),
                                  llvm::APFloat(alpha))
                  .getOperation());
}

MlirOperation mlirActGeluOpCreate(MlirLocation loc, MlirValue input,
                                  MlirActGeluApproximation approximation) {
  OpBuilder builder = getDetachedBuilder(loc);
  return wrap(GeluOp::create(builder, unwrap(loc), unwrap(input),
                             unwrapApproximation(approximation))
                  .getOperation());
}

MlirOperation mlirActSigmoidOpCreate(MlirLocation loc, MlirValue input) {
  OpBuilder builder = getDetachedBuilder(loc);
  return wrap(
      SigmoidOp::create(builder, unwrap(loc), unwrap(input)).getOperation());
}

MlirOperation mlirActSiluOpCreate(MlirLocation loc, MlirValue input) {
  OpBuilder builder = getDetachedBuilder(loc);
  return wrap(
      SiluOp::create(builder, unwrap(loc), unwrap(input)).getOperation());
}
