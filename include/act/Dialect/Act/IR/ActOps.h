//===- ActOps.h - act dialect operations ------------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_IR_ACTOPS_H
#define ACT_DIALECT_ACT_IR_ACTOPS_H

#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/Semantics/Semantics.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/VectorInterfaces.h"

#define GET_OP_CLASSES
#include "act/Dialect/Act/IR/ActOps.h.inc"

namespace mlir {
namespace act {

/// The reference-semantics kind of an act op, or std::nullopt for an op of
/// another dialect.
std::optional<semantics::OpKind> getOpKind(Operation *op);

/// The scalar parameters of an act op, in the form the reference semantics
/// take them.
semantics::Params getParams(Operation *op);

} // namespace act
} // namespace mlir

#endif // ACT_DIALECT_ACT_IR_ACTOPS_H
