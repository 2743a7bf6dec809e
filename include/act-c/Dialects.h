/*===- act-c/Dialects.h - C API for the act dialect ---------------*- C -*-===*\
|*                                                                            *|
|* Part of the act-mlir project.                                              *|
|*                                                                            *|
|*===----------------------------------------------------------------------===*|
|*                                                                            *|
|* The act dialect for MLIR's C API, in the style of mlir-c/Dialect, so       *|
|* bindings in other languages (Python, Rust, ...) can load the dialect and   *|
|* build act ops:                                                             *|
|*                                                                            *|
|*   MlirDialectHandle act = mlirGetDialectHandle__act__();                   *|
|*   mlirDialectHandleLoadDialect(act, ctx);                                  *|
|*                                                                            *|
|* The core C API (mlirContextCreate, mlirModuleCreateParse, ...) comes from  *|
|* MLIR's CAPI libraries (MLIRCAPIIR), which the ActCAPI library links.       *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ACT_C_DIALECTS_H
#define ACT_C_DIALECTS_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// mlirGetDialectHandle__act__(): registers/loads the act dialect (and arith,
/// which it depends on).
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Act, act);

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

/// How act.relu and act.clamp treat a NaN input (#act.nan_mode<...>).
enum MlirActNanMode {
  MlirActNanModePropagate = 0, ///< NaN in, NaN out (the default).
  MlirActNanModeIgnore = 1,    ///< NaN in, the lower bound out.
};
typedef enum MlirActNanMode MlirActNanMode;

/// The formulation of act.gelu (#act.approximate<...>).
enum MlirActGeluApproximation {
  MlirActGeluApproximationNone = 0, ///< 0.5 x (1 + erf(x / sqrt 2)).
  MlirActGeluApproximationTanh = 1, ///< The tanh formulation.
};
typedef enum MlirActGeluApproximation MlirActGeluApproximation;

/// Returns `#act.nan_mode<mode>`.
MLIR_CAPI_EXPORTED MlirAttribute mlirActNanModeAttrGet(MlirContext ctx,
                                                       MlirActNanMode mode);

/// Whether `attr` is an `#act.nan_mode<...>` attribute.
MLIR_CAPI_EXPORTED bool mlirAttributeIsAActNanModeAttr(MlirAttribute attr);

/// The value of an `#act.nan_mode<...>` attribute.
MLIR_CAPI_EXPORTED MlirActNanMode
mlirActNanModeAttrGetValue(MlirAttribute attr);

/// Returns `#act.approximate<approximation>`.
MLIR_CAPI_EXPORTED MlirAttribute mlirActGeluApproximationAttrGet(
    MlirContext ctx, MlirActGeluApproximation approximation);

/// Whether `attr` is an `#act.approximate<...>` attribute.
MLIR_CAPI_EXPORTED bool
mlirAttributeIsAActGeluApproximationAttr(MlirAttribute attr);

/// The value of an `#act.approximate<...>` attribute.
MLIR_CAPI_EXPORTED MlirActGeluApproximation
mlirActGeluApproximationAttrGetValue(MlirAttribute attr);

//===----------------------------------------------------------------------===//
// Operations
//===----------------------------------------------------------------------===//
//
// Each helper creates a detached operation whose result has the type of
// `input`; the caller owns it until it is inserted into a block (e.g. with
// mlirBlockAppendOwnedOperation). The act dialect must be loaded in the
// context of `loc`. Ops are not verified on creation: call
// mlirOperationVerify. Any act op can also be created generically with
// mlirOperationCreate (name "act.<op>"; omitted attributes take their
// defaults).

/// `act.relu %input {nan_mode = mode}`.
MLIR_CAPI_EXPORTED MlirOperation mlirActReluOpCreate(MlirLocation loc,
                                                     MlirValue input,
                                                     MlirActNanMode mode);

/// `act.clamp %input {min = min, max = max, nan_mode = mode}`.
MLIR_CAPI_EXPORTED MlirOperation mlirActClampOpCreate(MlirLocation loc,
                                                      MlirValue input,
                                                      double min, double max,
                                                      MlirActNanMode mode);

/// `act.leaky_relu %input {alpha = alpha}`.
MLIR_CAPI_EXPORTED MlirOperation mlirActLeakyReluOpCreate(MlirLocation loc,
                                                          MlirValue input,
                                                          double alpha);

/// `act.gelu %input {approximate = approximation}`.
MLIR_CAPI_EXPORTED MlirOperation mlirActGeluOpCreate(
    MlirLocation loc, MlirValue input, MlirActGeluApproximation approximation);

/// `act.sigmoid %input`.
MLIR_CAPI_EXPORTED MlirOperation mlirActSigmoidOpCreate(MlirLocation loc,
                                                        MlirValue input);

/// `act.silu %input`.
MLIR_CAPI_EXPORTED MlirOperation mlirActSiluOpCreate(MlirLocation loc,
                                                     MlirValue input);

#ifdef __cplusplus
}
#endif

#endif /* ACT_C_DIALECTS_H */
