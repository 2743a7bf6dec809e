// Malformed IR: every chunk gives a located diagnostic, and act-opt exits
// with status 1 (not with a crash: `not` alone would accept one, so the
// status is compared exactly, as in test/Dialect/Act/invalid-exit-code.mlir).

// RUN: not act-opt %s -split-input-file -o /dev/null 2>&1 | FileCheck %s
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s -split-input-file -o /dev/null
// Bytes that are not MLIR at all, and an empty input (an empty module).
// RUN: %python -c "import sys; sys.stdout.buffer.write(bytes([0, 255, 254, 1, 10]))" > %t.bin
// RUN: not act-opt %t.bin 2>&1 | FileCheck %s --check-prefix=BINARY
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %t.bin -o /dev/null
// RUN: %python -c "" > %t.empty
// RUN: act-opt %t.empty | FileCheck %s --check-prefix=EMPTY

// BINARY: error: unexpected character
// EMPTY: module {
// EMPTY-NEXT: }

// The closing brace is missing: the parser reaches the end of the chunk.
// CHECK: malformed-ir.mlir:[[# @LINE + 3]]:18: error: expected operation name in quotes
func.func @missing_brace(%x: f32) -> f32 {
  %0 = act.relu %x : f32
  return %0 : f32

// -----

// CHECK: malformed-ir.mlir:[[# @LINE + 2]]:19: error: expected ':'
func.func @missing_type(%x: f32) -> f32 {
  %0 = act.relu %x
  return %0 : f32
}

// -----

// CHECK: malformed-ir.mlir:[[# @LINE + 2]]:8: error: custom op 'act.rleu' is unknown
func.func @unknown_op(%x: f32) -> f32 {
  %0 = act.rleu %x : f32
  return %0 : f32
}

// -----

// CHECK: malformed-ir.mlir:[[# @LINE + 2]]:17: error: use of undeclared SSA value name
func.func @undefined_value(%x: f32) -> f32 {
  %0 = act.relu %y : f32
  return %0 : f32
}

// -----

// CHECK: malformed-ir.mlir:[[# @LINE + 2]]:44: error: expected attribute value
func.func @incomplete_attribute_dictionary(%x: f32) -> f32 {
  %0 = act.clamp %x {min = 0.0 : f64, max = } : f32
  return %0 : f32
}

// -----

// CHECK: malformed-ir.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op requires attribute 'max'
func.func @missing_required_attribute(%x: f32) -> f32 {
  %0 = act.clamp %x {min = 0.0 : f64} : f32
  return %0 : f32
}

// -----

// CHECK: malformed-ir.mlir:[[# @LINE + 2]]:26: error: {{.*}}'act.leaky_relu' op attribute 'alpha' failed to satisfy constraint: 64-bit float attribute
func.func @attribute_of_wrong_kind(%x: f32) -> f32 {
  %0 = act.leaky_relu %x {alpha = "big"} : f32
  return %0 : f32
}

// -----

// CHECK: malformed-ir.mlir:[[# @LINE + 2]]:8: error: 'act.sigmoid' op requires a single operand
func.func @wrong_operand_count(%x: f32) -> f32 {
  %0 = "act.sigmoid"(%x, %x) : (f32, f32) -> f32
  return %0 : f32
}

// -----

// CHECK: malformed-ir.mlir:[[# @LINE + 2]]:56: error: expected ::mlir::act::GeluApproximation to be one of: none, tanh
func.func @unknown_enum_in_generic_form(%x: f32) -> f32 {
  %0 = "act.gelu"(%x) <{approximate = #act.approximate<erf>}> : (f32) -> f32
  return %0 : f32
}

// -----

// CHECK: malformed-ir.mlir:[[# @LINE + 2]]:40: error: expected '"' in string literal
func.func @unterminated_string(%x: f32) -> f32 {
  %0 = act.relu %x {note = "oops} : f32
  return %0 : f32
}
