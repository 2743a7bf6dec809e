/*===- act-capi.c - test of the act dialect's C API ---------------*- C -*-===*\
|*                                                                            *|
|* Part of the act-mlir project.                                              *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

/* RUN: act-capi-test 2>&1 | FileCheck %s
 */

#include "act-c/Dialects.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/Dialect/Func.h"
#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#include <stdio.h>
#include <stdlib.h>

static void printToStderr(MlirStringRef str, void *userData) {
  (void)userData;
  fwrite(str.data, 1, str.length, stderr);
}

static void printOperation(MlirOperation op) {
  mlirOperationPrint(op, printToStderr, NULL);
  fprintf(stderr, "\n");
}

static MlirLogicalResult printDiagnostic(MlirDiagnostic diagnostic,
                                         void *userData) {
  (void)userData;
  fprintf(stderr, "diagnostic: ");
  mlirDiagnosticPrint(diagnostic, printToStderr, NULL);
  fprintf(stderr, "\n");
  return mlirLogicalResultSuccess();
}

#define CHECK_OR_EXIT(cond)                                                    \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond);       \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

static MlirContext createContext(void) {
  MlirContext ctx = mlirContextCreate();
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__func__(), ctx);
  mlirContextAttachDiagnosticHandler(ctx, printDiagnostic, NULL, NULL);
  return ctx;
}

/* The handle loads the dialect (and arith, which act depends on). */
static void testLoadThroughHandle(void) {
  fprintf(stderr, "@load\n");
  MlirContext ctx = mlirContextCreate();
  MlirDialectHandle handle = mlirGetDialectHandle__act__();
  MlirStringRef ns = mlirDialectHandleGetNamespace(handle);
  fprintf(stderr, "namespace: %.*s\n", (int)ns.length, ns.data);
  MlirDialect act = mlirDialectHandleLoadDialect(handle, ctx);
  CHECK_OR_EXIT(!mlirDialectIsNull(act));
  MlirDialect arith =
      mlirContextGetOrLoadDialect(ctx, mlirStringRefCreateFromCString("arith"));
  fprintf(stderr, "arith loaded: %d\n", !mlirDialectIsNull(arith));
  mlirContextDestroy(ctx);
  // CHECK-LABEL: @load
  //       CHECK: namespace: act
  //       CHECK: arith loaded: 1
}

/* Through a registry the dialect loads lazily, when the parser meets it. */
static void testParseAndPrint(void) {
  fprintf(stderr, "@parse\n");
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirDialectHandleInsertDialect(mlirGetDialectHandle__act__(), registry);
  mlirDialectHandleInsertDialect(mlirGetDialectHandle__func__(), registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  mlirContextAttachDiagnosticHandler(ctx, printDiagnostic, NULL, NULL);

  const char *source =
      "func.func @layer(%x: tensor<?xf32>) -> tensor<?xf32> {\n"
      "  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : "
      "tensor<?xf32>\n"
      "  %1 = \"act.clamp\"(%0) <{min = 0.0 : f64, max = 6.0 : f64}> : "
      "(tensor<?xf32>) -> tensor<?xf32>\n"
      "  %2 = act.relu %1 {nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>\n"
      "  return %2 : tensor<?xf32>\n"
      "}\n";
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(source));
  CHECK_OR_EXIT(!mlirModuleIsNull(module));
  MlirOperation moduleOp = mlirModuleGetOperation(module);
  CHECK_OR_EXIT(mlirOperationVerify(moduleOp));
  printOperation(moduleOp);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  // CHECK-LABEL: @parse
  //       CHECK: func.func @layer(%[[X:.*]]: tensor<?xf32>) -> tensor<?xf32> {
  //       CHECK:   %[[G:.*]] = act.gelu %[[X]] {approximate = #act.approximate<tanh>} : tensor<?xf32>
  //       CHECK:   %[[C:.*]] = act.clamp %[[G]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<?xf32>
  //       CHECK:   %[[R:.*]] = act.relu %[[C]] {nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
  //       CHECK:   return %[[R]] : tensor<?xf32>
}

/* The op creation helpers build act ops into a function body. */
static void testCreateOps(void) {
  fprintf(stderr, "@create\n");
  MlirContext ctx = createContext();
  MlirModule module = mlirModuleCreateParse(
      ctx, mlirStringRefCreateFromCString(
               "func.func @built(%x: tensor<?xf32>) -> tensor<?xf32> {\n"
               "  return %x : tensor<?xf32>\n"
               "}\n"));
  CHECK_OR_EXIT(!mlirModuleIsNull(module));
  MlirOperation func = mlirBlockGetFirstOperation(mlirModuleGetBody(module));
  MlirBlock body = mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0));
  MlirOperation ret = mlirBlockGetFirstOperation(body);
  MlirLocation loc = mlirLocationUnknownGet(ctx);

  MlirValue value = mlirBlockGetArgument(body, 0);
  MlirOperation ops[6];
  ops[0] = mlirActGeluOpCreate(loc, value, MlirActGeluApproximationNone);
  ops[1] = mlirActClampOpCreate(loc, mlirOperationGetResult(ops[0], 0), -1.0,
                                6.0, MlirActNanModePropagate);
  ops[2] = mlirActReluOpCreate(loc, mlirOperationGetResult(ops[1], 0),
                               MlirActNanModeIgnore);
  ops[3] = mlirActLeakyReluOpCreate(loc, mlirOperationGetResult(ops[2], 0),
                                    0.25);
  ops[4] = mlirActSigmoidOpCreate(loc, mlirOperationGetResult(ops[3], 0));
  ops[5] = mlirActSiluOpCreate(loc, mlirOperationGetResult(ops[4], 0));
  for (int i = 0; i < 6; ++i)
    mlirBlockInsertOwnedOperationBefore(body, ret, ops[i]);
  mlirOperationSetOperand(ret, 0, mlirOperationGetResult(ops[5], 0));
  CHECK_OR_EXIT(mlirOperationVerify(mlirModuleGetOperation(module)));
  printOperation(mlirModuleGetOperation(module));
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  // CHECK-LABEL: @create
  //       CHECK: func.func @built(%[[X:.*]]: tensor<?xf32>) -> tensor<?xf32> {
  //       CHECK:   %[[V0:.*]] = act.gelu %[[X]] : tensor<?xf32>
  //       CHECK:   %[[V1:.*]] = act.clamp %[[V0]] {max = 6.000000e+00 : f64, min = -1.000000e+00 : f64} : tensor<?xf32>
  //       CHECK:   %[[V2:.*]] = act.relu %[[V1]] {nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
  //       CHECK:   %[[V3:.*]] = act.leaky_relu %[[V2]] {alpha = 2.500000e-01 : f64} : tensor<?xf32>
  //       CHECK:   %[[V4:.*]] = act.sigmoid %[[V3]] : tensor<?xf32>
  //       CHECK:   %[[V5:.*]] = act.silu %[[V4]] : tensor<?xf32>
  //       CHECK:   return %[[V5]] : tensor<?xf32>
}

/* Created ops are verified on request; the act verifier reports through the
 * context's diagnostic handlers. */
static void testVerifier(void) {
  fprintf(stderr, "@verify\n");
  MlirContext ctx = createContext();
  MlirModule module = mlirModuleCreateParse(
      ctx, mlirStringRefCreateFromCString(
               "func.func @bad(%x: f32) -> f32 {\n"
               "  return %x : f32\n"
               "}\n"));
  MlirOperation func = mlirBlockGetFirstOperation(mlirModuleGetBody(module));
  MlirBlock body = mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0));
  MlirOperation ret = mlirBlockGetFirstOperation(body);
  MlirOperation clamp =
      mlirActClampOpCreate(mlirLocationUnknownGet(ctx),
                           mlirBlockGetArgument(body, 0), 6.0, 0.0,
                           MlirActNanModePropagate);
  mlirBlockInsertOwnedOperationBefore(body, ret, clamp);
  fprintf(stderr, "verified: %d\n", mlirOperationVerify(clamp));
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  // CHECK-LABEL: @verify
  //       CHECK: diagnostic: 'act.clamp' op
  //  CHECK-SAME: min
  //       CHECK: verified: 0
}

/* Enum attributes. */
static void testAttributes(void) {
  fprintf(stderr, "@attributes\n");
  MlirContext ctx = mlirContextCreate();
  MlirAttribute nanMode = mlirActNanModeAttrGet(ctx, MlirActNanModeIgnore);
  mlirAttributePrint(nanMode, printToStderr, NULL);
  fprintf(stderr, " isa: %d value: %d\n",
          mlirAttributeIsAActNanModeAttr(nanMode),
          (int)mlirActNanModeAttrGetValue(nanMode));
  MlirAttribute approx =
      mlirActGeluApproximationAttrGet(ctx, MlirActGeluApproximationTanh);
  mlirAttributePrint(approx, printToStderr, NULL);
  fprintf(stderr, " isa: %d value: %d nan_mode isa: %d\n",
          mlirAttributeIsAActGeluApproximationAttr(approx),
          (int)mlirActGeluApproximationAttrGetValue(approx),
          mlirAttributeIsAActNanModeAttr(approx));
  mlirContextDestroy(ctx);
  // CHECK-LABEL: @attributes
  //       CHECK: #act.nan_mode<ignore> isa: 1 value: 1
  //       CHECK: #act.approximate<tanh> isa: 1 value: 1 nan_mode isa: 0
}

int main(void) {
  testLoadThroughHandle();
  testParseAndPrint();
  testCreateOps();
  testVerifier();
  testAttributes();
  return 0;
}
