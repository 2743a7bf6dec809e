//===- Generator.h - random act programs for difftest -----------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Generates random, verifiable act programs: one function `@f` on tensors
// whose body is a DAG of act ops, arith ops, constants (splat special values
// or dense), broadcasts, reshapes, transposes, pads and slices, matmuls and
// max poolings, over one element type (f16, bf16, f32, f64 or a signless
// integer type) and a random shape of rank 0 to 4 whose dimensions may be
// dynamic and may be zero. The same seed always gives the same program.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_UNITTESTS_DIFFERENTIAL_GENERATOR_H
#define ACT_UNITTESTS_DIFFERENTIAL_GENERATOR_H

#include <cstdint>
#include <string>
#include <vector>

namespace mlir {
namespace act {
namespace difftest {

struct GeneratorOptions {
  /// Most nodes of the DAG (act, arith, data movement, constants).
  unsigned maxNodes = 10;
  /// Most transcendental act ops per program (their error bounds compose).
  unsigned maxTranscendental = 3;
  /// Most elements of the main shape.
  int64_t maxElements = 1024;
  /// Percentage of programs on signless integers (relu and clamp only).
  unsigned integerPercent = 10;
};

struct Program {
  uint64_t seed = 0;
  /// A module with one public function `@f` (tensor arguments and results).
  std::string source;
  /// The run-time shape of every argument of `@f` (its type may have
  /// dynamic dimensions).
  std::vector<std::vector<int64_t>> argShapes;
  /// Whether the unoptimized and the optimized compilations must agree bit
  /// for bit: false where a transcendental op has only constant inputs (the
  /// optimized pipeline folds it with the correctly rounded reference).
  bool bitwiseAcrossPipelines = true;
  /// A short description of the program's features, for statistics.
  std::vector<std::string> features;
};

/// The program of `seed`.
Program generateProgram(uint64_t seed, const GeneratorOptions &options);

} // namespace difftest
} // namespace act
} // namespace mlir

#endif // ACT_UNITTESTS_DIFFERENTIAL_GENERATOR_H
