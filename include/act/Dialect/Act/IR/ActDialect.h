//===- ActDialect.h - act dialect declaration -------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_IR_ACTDIALECT_H
#define ACT_DIALECT_ACT_IR_ACTDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Dialect.h"

#include "act/Dialect/Act/IR/ActDialect.h.inc"

#include "act/Dialect/Act/IR/ActEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "act/Dialect/Act/IR/ActAttrs.h.inc"

#endif // ACT_DIALECT_ACT_IR_ACTDIALECT_H
