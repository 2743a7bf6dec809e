// RUN: act-opt %s | act-opt | FileCheck %s
// RUN: act-opt %s --mlir-print-op-generic | act-opt | FileCheck %s

// Round-trip of every act op in custom form: default attributes on the
// scalar and shaped float types, then every attribute and fastmath set.
// (softplus spells out every fastmath flag, which prints as `fast`.)

// CHECK-LABEL: func.func @relu(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>,
//  CHECK-SAME:     %[[I8:[^:]+]]: i8,
//  CHECK-SAME:     %[[I32:[^:]+]]: i32,
//  CHECK-SAME:     %[[IVEC:[^:]+]]: vector<16xi8>,
//  CHECK-SAME:     %[[IDYN:[^:]+]]: tensor<?x16xi32>,
//  CHECK-SAME:     %[[I4:[^:]+]]: i4,
//  CHECK-SAME:     %[[I64:[^:]+]]: i64)
func.func @relu(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>, %i8: i8, %i32: i32, %ivec: vector<16xi8>, %idyn: tensor<?x16xi32>, %i4: i4, %i64: i64) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, i8, i32, vector<16xi8>, tensor<?x16xi32>, i4, i64, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.relu %[[F16]] : f16
  %r0 = act.relu %f16 : f16
  // CHECK: %[[R1:.+]] = act.relu %[[BF16]] : bf16
  %r1 = act.relu %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.relu %[[F32]] : f32
  %r2 = act.relu %f32 : f32
  // CHECK: %[[R3:.+]] = act.relu %[[F64]] : f64
  %r3 = act.relu %f64 : f64
  // CHECK: %[[R4:.+]] = act.relu %[[VEC]] : vector<4xf32>
  %r4 = act.relu %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.relu %[[SVEC]] : vector<[8]xf16>
  %r5 = act.relu %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.relu %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.relu %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.relu %[[T0D]] : tensor<f32>
  %r7 = act.relu %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.relu %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.relu %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.relu %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.relu %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.relu %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.relu %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.relu %[[I8]] : i8
  %r11 = act.relu %i8 : i8
  // CHECK: %[[R12:.+]] = act.relu %[[I32]] : i32
  %r12 = act.relu %i32 : i32
  // CHECK: %[[R13:.+]] = act.relu %[[IVEC]] : vector<16xi8>
  %r13 = act.relu %ivec : vector<16xi8>
  // CHECK: %[[R14:.+]] = act.relu %[[IDYN]] : tensor<?x16xi32>
  %r14 = act.relu %idyn : tensor<?x16xi32>
  // CHECK: %[[R15:.+]] = act.relu %[[I4]] : i4
  %r15 = act.relu %i4 : i4
  // CHECK: %[[R16:.+]] = act.relu %[[I64]] : i64
  %r16 = act.relu %i64 : i64
  // CHECK: %[[R17:.+]] = act.relu %[[F16]] fastmath<nnan,ninf> {nan_mode = #act.nan_mode<ignore>} : f16
  %r17 = act.relu %f16 fastmath<nnan,ninf> {nan_mode = #act.nan_mode<ignore>} : f16
  // CHECK: %[[R18:.+]] = act.relu %[[VEC]] fastmath<nnan,ninf> {nan_mode = #act.nan_mode<ignore>} : vector<4xf32>
  %r18 = act.relu %vec fastmath<nnan,ninf> {nan_mode = #act.nan_mode<ignore>} : vector<4xf32>
  // CHECK: %[[R19:.+]] = act.relu %[[DYN]] fastmath<nnan,ninf> {nan_mode = #act.nan_mode<ignore>} : tensor<?x?xbf16>
  %r19 = act.relu %dyn fastmath<nnan,ninf> {nan_mode = #act.nan_mode<ignore>} : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]], %[[R14]], %[[R15]], %[[R16]], %[[R17]], %[[R18]], %[[R19]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13, %r14, %r15, %r16, %r17, %r18, %r19 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, i8, i32, vector<16xi8>, tensor<?x16xi32>, i4, i64, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @clamp(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>,
//  CHECK-SAME:     %[[I8:[^:]+]]: i8,
//  CHECK-SAME:     %[[I32:[^:]+]]: i32,
//  CHECK-SAME:     %[[IVEC:[^:]+]]: vector<16xi8>,
//  CHECK-SAME:     %[[IDYN:[^:]+]]: tensor<?x16xi32>,
//  CHECK-SAME:     %[[I4:[^:]+]]: i4,
//  CHECK-SAME:     %[[I64:[^:]+]]: i64)
func.func @clamp(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>, %i8: i8, %i32: i32, %ivec: vector<16xi8>, %idyn: tensor<?x16xi32>, %i4: i4, %i64: i64) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, i8, i32, vector<16xi8>, tensor<?x16xi32>, i4, i64, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.clamp %[[F16]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : f16
  %r0 = act.clamp %f16 {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : f16
  // CHECK: %[[R1:.+]] = act.clamp %[[BF16]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : bf16
  %r1 = act.clamp %bf16 {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : bf16
  // CHECK: %[[R2:.+]] = act.clamp %[[F32]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : f32
  %r2 = act.clamp %f32 {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : f32
  // CHECK: %[[R3:.+]] = act.clamp %[[F64]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : f64
  %r3 = act.clamp %f64 {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : f64
  // CHECK: %[[R4:.+]] = act.clamp %[[VEC]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : vector<4xf32>
  %r4 = act.clamp %vec {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.clamp %[[SVEC]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : vector<[8]xf16>
  %r5 = act.clamp %svec {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.clamp %[[VEC2D]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : vector<2x4xbf16>
  %r6 = act.clamp %vec2d {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.clamp %[[T0D]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<f32>
  %r7 = act.clamp %t0d {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<f32>
  // CHECK: %[[R8:.+]] = act.clamp %[[STATIC]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<4x8xf32>
  %r8 = act.clamp %static {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.clamp %[[DYN]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<?x?xbf16>
  %r9 = act.clamp %dyn {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.clamp %[[MIXED]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<2x?xf64>
  %r10 = act.clamp %mixed {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.clamp %[[I8]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : i8
  %r11 = act.clamp %i8 {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : i8
  // CHECK: %[[R12:.+]] = act.clamp %[[I32]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : i32
  %r12 = act.clamp %i32 {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : i32
  // CHECK: %[[R13:.+]] = act.clamp %[[IVEC]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : vector<16xi8>
  %r13 = act.clamp %ivec {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : vector<16xi8>
  // CHECK: %[[R14:.+]] = act.clamp %[[IDYN]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<?x16xi32>
  %r14 = act.clamp %idyn {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<?x16xi32>
  // CHECK: %[[R15:.+]] = act.clamp %[[I4]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : i4
  %r15 = act.clamp %i4 {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : i4
  // CHECK: %[[R16:.+]] = act.clamp %[[I64]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : i64
  %r16 = act.clamp %i64 {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : i64
  // CHECK: %[[R17:.+]] = act.clamp %[[F16]] fastmath<fast> {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : f16
  %r17 = act.clamp %f16 fastmath<fast> {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : f16
  // CHECK: %[[R18:.+]] = act.clamp %[[VEC]] fastmath<fast> {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : vector<4xf32>
  %r18 = act.clamp %vec fastmath<fast> {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : vector<4xf32>
  // CHECK: %[[R19:.+]] = act.clamp %[[DYN]] fastmath<fast> {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?x?xbf16>
  %r19 = act.clamp %dyn fastmath<fast> {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]], %[[R14]], %[[R15]], %[[R16]], %[[R17]], %[[R18]], %[[R19]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13, %r14, %r15, %r16, %r17, %r18, %r19 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, i8, i32, vector<16xi8>, tensor<?x16xi32>, i4, i64, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @leaky_relu(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @leaky_relu(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.leaky_relu %[[F16]] : f16
  %r0 = act.leaky_relu %f16 : f16
  // CHECK: %[[R1:.+]] = act.leaky_relu %[[BF16]] : bf16
  %r1 = act.leaky_relu %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.leaky_relu %[[F32]] : f32
  %r2 = act.leaky_relu %f32 : f32
  // CHECK: %[[R3:.+]] = act.leaky_relu %[[F64]] : f64
  %r3 = act.leaky_relu %f64 : f64
  // CHECK: %[[R4:.+]] = act.leaky_relu %[[VEC]] : vector<4xf32>
  %r4 = act.leaky_relu %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.leaky_relu %[[SVEC]] : vector<[8]xf16>
  %r5 = act.leaky_relu %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.leaky_relu %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.leaky_relu %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.leaky_relu %[[T0D]] : tensor<f32>
  %r7 = act.leaky_relu %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.leaky_relu %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.leaky_relu %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.leaky_relu %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.leaky_relu %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.leaky_relu %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.leaky_relu %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.leaky_relu %[[F16]] fastmath<reassoc,nsz> {alpha = 2.000000e-01 : f64} : f16
  %r11 = act.leaky_relu %f16 fastmath<reassoc,nsz> {alpha = 2.000000e-01 : f64} : f16
  // CHECK: %[[R12:.+]] = act.leaky_relu %[[VEC]] fastmath<reassoc,nsz> {alpha = 2.000000e-01 : f64} : vector<4xf32>
  %r12 = act.leaky_relu %vec fastmath<reassoc,nsz> {alpha = 2.000000e-01 : f64} : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.leaky_relu %[[DYN]] fastmath<reassoc,nsz> {alpha = 2.000000e-01 : f64} : tensor<?x?xbf16>
  %r13 = act.leaky_relu %dyn fastmath<reassoc,nsz> {alpha = 2.000000e-01 : f64} : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @prelu(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @prelu(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.prelu %[[F16]], %[[F16]] : f16
  %r0 = act.prelu %f16, %f16 : f16
  // CHECK: %[[R1:.+]] = act.prelu %[[BF16]], %[[BF16]] : bf16
  %r1 = act.prelu %bf16, %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.prelu %[[F32]], %[[F32]] : f32
  %r2 = act.prelu %f32, %f32 : f32
  // CHECK: %[[R3:.+]] = act.prelu %[[F64]], %[[F64]] : f64
  %r3 = act.prelu %f64, %f64 : f64
  // CHECK: %[[R4:.+]] = act.prelu %[[VEC]], %[[VEC]] : vector<4xf32>
  %r4 = act.prelu %vec, %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.prelu %[[SVEC]], %[[SVEC]] : vector<[8]xf16>
  %r5 = act.prelu %svec, %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.prelu %[[VEC2D]], %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.prelu %vec2d, %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.prelu %[[T0D]], %[[T0D]] : tensor<f32>
  %r7 = act.prelu %t0d, %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.prelu %[[STATIC]], %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.prelu %static, %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.prelu %[[DYN]], %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.prelu %dyn, %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.prelu %[[MIXED]], %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.prelu %mixed, %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.prelu %[[F16]], %[[F16]] fastmath<nnan,nsz> : f16
  %r11 = act.prelu %f16, %f16 fastmath<nnan,nsz> : f16
  // CHECK: %[[R12:.+]] = act.prelu %[[VEC]], %[[VEC]] fastmath<nnan,nsz> : vector<4xf32>
  %r12 = act.prelu %vec, %vec fastmath<nnan,nsz> : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.prelu %[[DYN]], %[[DYN]] fastmath<nnan,nsz> : tensor<?x?xbf16>
  %r13 = act.prelu %dyn, %dyn fastmath<nnan,nsz> : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @elu(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @elu(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.elu %[[F16]] : f16
  %r0 = act.elu %f16 : f16
  // CHECK: %[[R1:.+]] = act.elu %[[BF16]] : bf16
  %r1 = act.elu %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.elu %[[F32]] : f32
  %r2 = act.elu %f32 : f32
  // CHECK: %[[R3:.+]] = act.elu %[[F64]] : f64
  %r3 = act.elu %f64 : f64
  // CHECK: %[[R4:.+]] = act.elu %[[VEC]] : vector<4xf32>
  %r4 = act.elu %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.elu %[[SVEC]] : vector<[8]xf16>
  %r5 = act.elu %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.elu %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.elu %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.elu %[[T0D]] : tensor<f32>
  %r7 = act.elu %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.elu %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.elu %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.elu %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.elu %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.elu %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.elu %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.elu %[[F16]] fastmath<afn> {alpha = 5.000000e-01 : f64} : f16
  %r11 = act.elu %f16 fastmath<afn> {alpha = 5.000000e-01 : f64} : f16
  // CHECK: %[[R12:.+]] = act.elu %[[VEC]] fastmath<afn> {alpha = 5.000000e-01 : f64} : vector<4xf32>
  %r12 = act.elu %vec fastmath<afn> {alpha = 5.000000e-01 : f64} : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.elu %[[DYN]] fastmath<afn> {alpha = 5.000000e-01 : f64} : tensor<?x?xbf16>
  %r13 = act.elu %dyn fastmath<afn> {alpha = 5.000000e-01 : f64} : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @selu(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @selu(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.selu %[[F16]] : f16
  %r0 = act.selu %f16 : f16
  // CHECK: %[[R1:.+]] = act.selu %[[BF16]] : bf16
  %r1 = act.selu %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.selu %[[F32]] : f32
  %r2 = act.selu %f32 : f32
  // CHECK: %[[R3:.+]] = act.selu %[[F64]] : f64
  %r3 = act.selu %f64 : f64
  // CHECK: %[[R4:.+]] = act.selu %[[VEC]] : vector<4xf32>
  %r4 = act.selu %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.selu %[[SVEC]] : vector<[8]xf16>
  %r5 = act.selu %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.selu %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.selu %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.selu %[[T0D]] : tensor<f32>
  %r7 = act.selu %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.selu %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.selu %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.selu %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.selu %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.selu %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.selu %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.selu %[[F16]] fastmath<contract> : f16
  %r11 = act.selu %f16 fastmath<contract> : f16
  // CHECK: %[[R12:.+]] = act.selu %[[VEC]] fastmath<contract> : vector<4xf32>
  %r12 = act.selu %vec fastmath<contract> : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.selu %[[DYN]] fastmath<contract> : tensor<?x?xbf16>
  %r13 = act.selu %dyn fastmath<contract> : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @celu(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @celu(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.celu %[[F16]] : f16
  %r0 = act.celu %f16 : f16
  // CHECK: %[[R1:.+]] = act.celu %[[BF16]] : bf16
  %r1 = act.celu %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.celu %[[F32]] : f32
  %r2 = act.celu %f32 : f32
  // CHECK: %[[R3:.+]] = act.celu %[[F64]] : f64
  %r3 = act.celu %f64 : f64
  // CHECK: %[[R4:.+]] = act.celu %[[VEC]] : vector<4xf32>
  %r4 = act.celu %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.celu %[[SVEC]] : vector<[8]xf16>
  %r5 = act.celu %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.celu %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.celu %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.celu %[[T0D]] : tensor<f32>
  %r7 = act.celu %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.celu %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.celu %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.celu %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.celu %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.celu %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.celu %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.celu %[[F16]] fastmath<arcp> {alpha = -2.000000e+00 : f64} : f16
  %r11 = act.celu %f16 fastmath<arcp> {alpha = -2.000000e+00 : f64} : f16
  // CHECK: %[[R12:.+]] = act.celu %[[VEC]] fastmath<arcp> {alpha = -2.000000e+00 : f64} : vector<4xf32>
  %r12 = act.celu %vec fastmath<arcp> {alpha = -2.000000e+00 : f64} : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.celu %[[DYN]] fastmath<arcp> {alpha = -2.000000e+00 : f64} : tensor<?x?xbf16>
  %r13 = act.celu %dyn fastmath<arcp> {alpha = -2.000000e+00 : f64} : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @gelu(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @gelu(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.gelu %[[F16]] : f16
  %r0 = act.gelu %f16 : f16
  // CHECK: %[[R1:.+]] = act.gelu %[[BF16]] : bf16
  %r1 = act.gelu %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.gelu %[[F32]] : f32
  %r2 = act.gelu %f32 : f32
  // CHECK: %[[R3:.+]] = act.gelu %[[F64]] : f64
  %r3 = act.gelu %f64 : f64
  // CHECK: %[[R4:.+]] = act.gelu %[[VEC]] : vector<4xf32>
  %r4 = act.gelu %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.gelu %[[SVEC]] : vector<[8]xf16>
  %r5 = act.gelu %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.gelu %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.gelu %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.gelu %[[T0D]] : tensor<f32>
  %r7 = act.gelu %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.gelu %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.gelu %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.gelu %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.gelu %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.gelu %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.gelu %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.gelu %[[F16]] fastmath<contract,afn> {approximate = #act.approximate<tanh>} : f16
  %r11 = act.gelu %f16 fastmath<contract,afn> {approximate = #act.approximate<tanh>} : f16
  // CHECK: %[[R12:.+]] = act.gelu %[[VEC]] fastmath<contract,afn> {approximate = #act.approximate<tanh>} : vector<4xf32>
  %r12 = act.gelu %vec fastmath<contract,afn> {approximate = #act.approximate<tanh>} : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.gelu %[[DYN]] fastmath<contract,afn> {approximate = #act.approximate<tanh>} : tensor<?x?xbf16>
  %r13 = act.gelu %dyn fastmath<contract,afn> {approximate = #act.approximate<tanh>} : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @sigmoid(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @sigmoid(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.sigmoid %[[F16]] : f16
  %r0 = act.sigmoid %f16 : f16
  // CHECK: %[[R1:.+]] = act.sigmoid %[[BF16]] : bf16
  %r1 = act.sigmoid %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.sigmoid %[[F32]] : f32
  %r2 = act.sigmoid %f32 : f32
  // CHECK: %[[R3:.+]] = act.sigmoid %[[F64]] : f64
  %r3 = act.sigmoid %f64 : f64
  // CHECK: %[[R4:.+]] = act.sigmoid %[[VEC]] : vector<4xf32>
  %r4 = act.sigmoid %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.sigmoid %[[SVEC]] : vector<[8]xf16>
  %r5 = act.sigmoid %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.sigmoid %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.sigmoid %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.sigmoid %[[T0D]] : tensor<f32>
  %r7 = act.sigmoid %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.sigmoid %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.sigmoid %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.sigmoid %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.sigmoid %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.sigmoid %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.sigmoid %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.sigmoid %[[F16]] fastmath<ninf> : f16
  %r11 = act.sigmoid %f16 fastmath<ninf> : f16
  // CHECK: %[[R12:.+]] = act.sigmoid %[[VEC]] fastmath<ninf> : vector<4xf32>
  %r12 = act.sigmoid %vec fastmath<ninf> : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.sigmoid %[[DYN]] fastmath<ninf> : tensor<?x?xbf16>
  %r13 = act.sigmoid %dyn fastmath<ninf> : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @silu(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @silu(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.silu %[[F16]] : f16
  %r0 = act.silu %f16 : f16
  // CHECK: %[[R1:.+]] = act.silu %[[BF16]] : bf16
  %r1 = act.silu %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.silu %[[F32]] : f32
  %r2 = act.silu %f32 : f32
  // CHECK: %[[R3:.+]] = act.silu %[[F64]] : f64
  %r3 = act.silu %f64 : f64
  // CHECK: %[[R4:.+]] = act.silu %[[VEC]] : vector<4xf32>
  %r4 = act.silu %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.silu %[[SVEC]] : vector<[8]xf16>
  %r5 = act.silu %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.silu %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.silu %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.silu %[[T0D]] : tensor<f32>
  %r7 = act.silu %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.silu %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.silu %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.silu %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.silu %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.silu %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.silu %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.silu %[[F16]] fastmath<fast> : f16
  %r11 = act.silu %f16 fastmath<fast> : f16
  // CHECK: %[[R12:.+]] = act.silu %[[VEC]] fastmath<fast> : vector<4xf32>
  %r12 = act.silu %vec fastmath<fast> : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.silu %[[DYN]] fastmath<fast> : tensor<?x?xbf16>
  %r13 = act.silu %dyn fastmath<fast> : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @hardsigmoid(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @hardsigmoid(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.hardsigmoid %[[F16]] : f16
  %r0 = act.hardsigmoid %f16 : f16
  // CHECK: %[[R1:.+]] = act.hardsigmoid %[[BF16]] : bf16
  %r1 = act.hardsigmoid %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.hardsigmoid %[[F32]] : f32
  %r2 = act.hardsigmoid %f32 : f32
  // CHECK: %[[R3:.+]] = act.hardsigmoid %[[F64]] : f64
  %r3 = act.hardsigmoid %f64 : f64
  // CHECK: %[[R4:.+]] = act.hardsigmoid %[[VEC]] : vector<4xf32>
  %r4 = act.hardsigmoid %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.hardsigmoid %[[SVEC]] : vector<[8]xf16>
  %r5 = act.hardsigmoid %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.hardsigmoid %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.hardsigmoid %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.hardsigmoid %[[T0D]] : tensor<f32>
  %r7 = act.hardsigmoid %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.hardsigmoid %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.hardsigmoid %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.hardsigmoid %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.hardsigmoid %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.hardsigmoid %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.hardsigmoid %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.hardsigmoid %[[F16]] fastmath<nnan> {alpha = 2.000000e-01 : f64, beta = 2.500000e-01 : f64} : f16
  %r11 = act.hardsigmoid %f16 fastmath<nnan> {alpha = 2.000000e-01 : f64, beta = 2.500000e-01 : f64} : f16
  // CHECK: %[[R12:.+]] = act.hardsigmoid %[[VEC]] fastmath<nnan> {alpha = 2.000000e-01 : f64, beta = 2.500000e-01 : f64} : vector<4xf32>
  %r12 = act.hardsigmoid %vec fastmath<nnan> {alpha = 2.000000e-01 : f64, beta = 2.500000e-01 : f64} : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.hardsigmoid %[[DYN]] fastmath<nnan> {alpha = 2.000000e-01 : f64, beta = 2.500000e-01 : f64} : tensor<?x?xbf16>
  %r13 = act.hardsigmoid %dyn fastmath<nnan> {alpha = 2.000000e-01 : f64, beta = 2.500000e-01 : f64} : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @hardswish(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @hardswish(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.hardswish %[[F16]] : f16
  %r0 = act.hardswish %f16 : f16
  // CHECK: %[[R1:.+]] = act.hardswish %[[BF16]] : bf16
  %r1 = act.hardswish %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.hardswish %[[F32]] : f32
  %r2 = act.hardswish %f32 : f32
  // CHECK: %[[R3:.+]] = act.hardswish %[[F64]] : f64
  %r3 = act.hardswish %f64 : f64
  // CHECK: %[[R4:.+]] = act.hardswish %[[VEC]] : vector<4xf32>
  %r4 = act.hardswish %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.hardswish %[[SVEC]] : vector<[8]xf16>
  %r5 = act.hardswish %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.hardswish %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.hardswish %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.hardswish %[[T0D]] : tensor<f32>
  %r7 = act.hardswish %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.hardswish %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.hardswish %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.hardswish %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.hardswish %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.hardswish %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.hardswish %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.hardswish %[[F16]] fastmath<nsz> : f16
  %r11 = act.hardswish %f16 fastmath<nsz> : f16
  // CHECK: %[[R12:.+]] = act.hardswish %[[VEC]] fastmath<nsz> : vector<4xf32>
  %r12 = act.hardswish %vec fastmath<nsz> : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.hardswish %[[DYN]] fastmath<nsz> : tensor<?x?xbf16>
  %r13 = act.hardswish %dyn fastmath<nsz> : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @softplus(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @softplus(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.softplus %[[F16]] : f16
  %r0 = act.softplus %f16 : f16
  // CHECK: %[[R1:.+]] = act.softplus %[[BF16]] : bf16
  %r1 = act.softplus %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.softplus %[[F32]] : f32
  %r2 = act.softplus %f32 : f32
  // CHECK: %[[R3:.+]] = act.softplus %[[F64]] : f64
  %r3 = act.softplus %f64 : f64
  // CHECK: %[[R4:.+]] = act.softplus %[[VEC]] : vector<4xf32>
  %r4 = act.softplus %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.softplus %[[SVEC]] : vector<[8]xf16>
  %r5 = act.softplus %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.softplus %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.softplus %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.softplus %[[T0D]] : tensor<f32>
  %r7 = act.softplus %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.softplus %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.softplus %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.softplus %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.softplus %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.softplus %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.softplus %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.softplus %[[F16]] fastmath<fast> {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : f16
  %r11 = act.softplus %f16 fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : f16
  // CHECK: %[[R12:.+]] = act.softplus %[[VEC]] fastmath<fast> {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : vector<4xf32>
  %r12 = act.softplus %vec fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.softplus %[[DYN]] fastmath<fast> {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : tensor<?x?xbf16>
  %r13 = act.softplus %dyn fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @mish(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @mish(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.mish %[[F16]] : f16
  %r0 = act.mish %f16 : f16
  // CHECK: %[[R1:.+]] = act.mish %[[BF16]] : bf16
  %r1 = act.mish %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.mish %[[F32]] : f32
  %r2 = act.mish %f32 : f32
  // CHECK: %[[R3:.+]] = act.mish %[[F64]] : f64
  %r3 = act.mish %f64 : f64
  // CHECK: %[[R4:.+]] = act.mish %[[VEC]] : vector<4xf32>
  %r4 = act.mish %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.mish %[[SVEC]] : vector<[8]xf16>
  %r5 = act.mish %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.mish %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.mish %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.mish %[[T0D]] : tensor<f32>
  %r7 = act.mish %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.mish %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.mish %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.mish %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.mish %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.mish %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.mish %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.mish %[[F16]] fastmath<nnan,ninf,nsz> : f16
  %r11 = act.mish %f16 fastmath<nnan,ninf,nsz> : f16
  // CHECK: %[[R12:.+]] = act.mish %[[VEC]] fastmath<nnan,ninf,nsz> : vector<4xf32>
  %r12 = act.mish %vec fastmath<nnan,ninf,nsz> : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.mish %[[DYN]] fastmath<nnan,ninf,nsz> : tensor<?x?xbf16>
  %r13 = act.mish %dyn fastmath<nnan,ninf,nsz> : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @threshold(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @threshold(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.threshold %[[F16]] {threshold = 1.000000e+00 : f64} : f16
  %r0 = act.threshold %f16 {threshold = 1.000000e+00 : f64} : f16
  // CHECK: %[[R1:.+]] = act.threshold %[[BF16]] {threshold = 1.000000e+00 : f64} : bf16
  %r1 = act.threshold %bf16 {threshold = 1.000000e+00 : f64} : bf16
  // CHECK: %[[R2:.+]] = act.threshold %[[F32]] {threshold = 1.000000e+00 : f64} : f32
  %r2 = act.threshold %f32 {threshold = 1.000000e+00 : f64} : f32
  // CHECK: %[[R3:.+]] = act.threshold %[[F64]] {threshold = 1.000000e+00 : f64} : f64
  %r3 = act.threshold %f64 {threshold = 1.000000e+00 : f64} : f64
  // CHECK: %[[R4:.+]] = act.threshold %[[VEC]] {threshold = 1.000000e+00 : f64} : vector<4xf32>
  %r4 = act.threshold %vec {threshold = 1.000000e+00 : f64} : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.threshold %[[SVEC]] {threshold = 1.000000e+00 : f64} : vector<[8]xf16>
  %r5 = act.threshold %svec {threshold = 1.000000e+00 : f64} : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.threshold %[[VEC2D]] {threshold = 1.000000e+00 : f64} : vector<2x4xbf16>
  %r6 = act.threshold %vec2d {threshold = 1.000000e+00 : f64} : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.threshold %[[T0D]] {threshold = 1.000000e+00 : f64} : tensor<f32>
  %r7 = act.threshold %t0d {threshold = 1.000000e+00 : f64} : tensor<f32>
  // CHECK: %[[R8:.+]] = act.threshold %[[STATIC]] {threshold = 1.000000e+00 : f64} : tensor<4x8xf32>
  %r8 = act.threshold %static {threshold = 1.000000e+00 : f64} : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.threshold %[[DYN]] {threshold = 1.000000e+00 : f64} : tensor<?x?xbf16>
  %r9 = act.threshold %dyn {threshold = 1.000000e+00 : f64} : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.threshold %[[MIXED]] {threshold = 1.000000e+00 : f64} : tensor<2x?xf64>
  %r10 = act.threshold %mixed {threshold = 1.000000e+00 : f64} : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.threshold %[[F16]] fastmath<ninf,nsz> {threshold = 1.000000e+00 : f64, value = -5.000000e-01 : f64} : f16
  %r11 = act.threshold %f16 fastmath<ninf,nsz> {threshold = 1.000000e+00 : f64, value = -5.000000e-01 : f64} : f16
  // CHECK: %[[R12:.+]] = act.threshold %[[VEC]] fastmath<ninf,nsz> {threshold = 1.000000e+00 : f64, value = -5.000000e-01 : f64} : vector<4xf32>
  %r12 = act.threshold %vec fastmath<ninf,nsz> {threshold = 1.000000e+00 : f64, value = -5.000000e-01 : f64} : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.threshold %[[DYN]] fastmath<ninf,nsz> {threshold = 1.000000e+00 : f64, value = -5.000000e-01 : f64} : tensor<?x?xbf16>
  %r13 = act.threshold %dyn fastmath<ninf,nsz> {threshold = 1.000000e+00 : f64, value = -5.000000e-01 : f64} : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @relu_grad(
//  CHECK-SAME:     %[[F16:[^:]+]]: f16,
//  CHECK-SAME:     %[[BF16:[^:]+]]: bf16,
//  CHECK-SAME:     %[[F32:[^:]+]]: f32,
//  CHECK-SAME:     %[[F64:[^:]+]]: f64,
//  CHECK-SAME:     %[[VEC:[^:]+]]: vector<4xf32>,
//  CHECK-SAME:     %[[SVEC:[^:]+]]: vector<[8]xf16>,
//  CHECK-SAME:     %[[VEC2D:[^:]+]]: vector<2x4xbf16>,
//  CHECK-SAME:     %[[T0D:[^:]+]]: tensor<f32>,
//  CHECK-SAME:     %[[STATIC:[^:]+]]: tensor<4x8xf32>,
//  CHECK-SAME:     %[[DYN:[^:]+]]: tensor<?x?xbf16>,
//  CHECK-SAME:     %[[MIXED:[^:]+]]: tensor<2x?xf64>)
func.func @relu_grad(%f16: f16, %bf16: bf16, %f32: f32, %f64: f64, %vec: vector<4xf32>, %svec: vector<[8]xf16>, %vec2d: vector<2x4xbf16>, %t0d: tensor<f32>, %static: tensor<4x8xf32>, %dyn: tensor<?x?xbf16>, %mixed: tensor<2x?xf64>) -> (f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>) {
  // CHECK: %[[R0:.+]] = act.relu_grad %[[F16]], %[[F16]] : f16
  %r0 = act.relu_grad %f16, %f16 : f16
  // CHECK: %[[R1:.+]] = act.relu_grad %[[BF16]], %[[BF16]] : bf16
  %r1 = act.relu_grad %bf16, %bf16 : bf16
  // CHECK: %[[R2:.+]] = act.relu_grad %[[F32]], %[[F32]] : f32
  %r2 = act.relu_grad %f32, %f32 : f32
  // CHECK: %[[R3:.+]] = act.relu_grad %[[F64]], %[[F64]] : f64
  %r3 = act.relu_grad %f64, %f64 : f64
  // CHECK: %[[R4:.+]] = act.relu_grad %[[VEC]], %[[VEC]] : vector<4xf32>
  %r4 = act.relu_grad %vec, %vec : vector<4xf32>
  // CHECK: %[[R5:.+]] = act.relu_grad %[[SVEC]], %[[SVEC]] : vector<[8]xf16>
  %r5 = act.relu_grad %svec, %svec : vector<[8]xf16>
  // CHECK: %[[R6:.+]] = act.relu_grad %[[VEC2D]], %[[VEC2D]] : vector<2x4xbf16>
  %r6 = act.relu_grad %vec2d, %vec2d : vector<2x4xbf16>
  // CHECK: %[[R7:.+]] = act.relu_grad %[[T0D]], %[[T0D]] : tensor<f32>
  %r7 = act.relu_grad %t0d, %t0d : tensor<f32>
  // CHECK: %[[R8:.+]] = act.relu_grad %[[STATIC]], %[[STATIC]] : tensor<4x8xf32>
  %r8 = act.relu_grad %static, %static : tensor<4x8xf32>
  // CHECK: %[[R9:.+]] = act.relu_grad %[[DYN]], %[[DYN]] : tensor<?x?xbf16>
  %r9 = act.relu_grad %dyn, %dyn : tensor<?x?xbf16>
  // CHECK: %[[R10:.+]] = act.relu_grad %[[MIXED]], %[[MIXED]] : tensor<2x?xf64>
  %r10 = act.relu_grad %mixed, %mixed : tensor<2x?xf64>
  // CHECK: %[[R11:.+]] = act.relu_grad %[[F16]], %[[F16]] fastmath<nnan> : f16
  %r11 = act.relu_grad %f16, %f16 fastmath<nnan> : f16
  // CHECK: %[[R12:.+]] = act.relu_grad %[[VEC]], %[[VEC]] fastmath<nnan> : vector<4xf32>
  %r12 = act.relu_grad %vec, %vec fastmath<nnan> : vector<4xf32>
  // CHECK: %[[R13:.+]] = act.relu_grad %[[DYN]], %[[DYN]] fastmath<nnan> : tensor<?x?xbf16>
  %r13 = act.relu_grad %dyn, %dyn fastmath<nnan> : tensor<?x?xbf16>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]], %[[R10]], %[[R11]], %[[R12]], %[[R13]]
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12, %r13 : f16, bf16, f32, f64, vector<4xf32>, vector<[8]xf16>, vector<2x4xbf16>, tensor<f32>, tensor<4x8xf32>, tensor<?x?xbf16>, tensor<2x?xf64>, f16, vector<4xf32>, tensor<?x?xbf16>
}
