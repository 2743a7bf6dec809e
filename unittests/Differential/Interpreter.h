//===- Interpreter.h - reference interpreter with error bounds --*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Evaluates a function on tensors the way the reference semantics define
// it: act ops through include/act/Dialect/Act/Semantics, arith ops through
// APFloat/APInt in the element type (IEEE, round to nearest even), data
// movement exactly.
//
// Every element is a set of acceptable results: an interval in the total
// order -inf < ... < -0 < +0 < ... < +inf plus "may be NaN". Exact ops map
// exact inputs to single points, so a program of exact ops (piecewise-linear
// act ops, arith, data movement, matmul, pooling) must be reproduced bit for
// bit, signed zeros included (NaN payloads are not compared). A
// transcendental act op widens its result by the ULP bound of
// docs/Numerics.md (and towards zero in the underflow tail), and later ops
// propagate the interval: by interval arithmetic for arith ops, by
// evaluating every value of a narrow interval, or the end points for
// monotone act ops. Elements whose interval gets too wide to bound are
// "unknown" (not checked) and counted.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_UNITTESTS_DIFFERENTIAL_INTERPRETER_H
#define ACT_UNITTESTS_DIFFERENTIAL_INTERPRETER_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/APFloat.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mlir {
namespace act {
namespace difftest {

/// An element type: float (with semantics) or signless integer.
struct ElementInfo {
  const llvm::fltSemantics *semantics = nullptr; // null for integers
  unsigned bits = 0;

  static std::optional<ElementInfo> get(Type type);
  bool isFloat() const { return semantics != nullptr; }
  bool isNaN(uint64_t raw) const;
  /// The position of a non-NaN value in the total order (-0 < +0).
  int64_t key(uint64_t raw) const;
  /// The value at position `key`.
  uint64_t raw(int64_t key) const;
  std::string format(uint64_t raw) const;
};

/// A tensor of raw element bits (row-major).
struct Buffer {
  std::vector<int64_t> shape;
  std::vector<uint64_t> data;
};

/// The acceptable results of one element.
struct Interval {
  int64_t lo = 0, hi = -1; // empty when lo > hi
  bool maybeNaN = false;
  bool unknown = false;

  bool hasValue() const { return lo <= hi; }
  bool isPoint() const { return lo == hi && !maybeNaN; }
};

struct IntervalBuffer {
  ElementInfo element;
  std::vector<int64_t> shape;
  std::vector<Interval> data;
};

/// Evaluates `func` on `args`. Fails with a message for an op the
/// interpreter does not know.
bool interpret(func::FuncOp func, const std::vector<Buffer> &args,
               std::vector<IntervalBuffer> &results, std::string &error);

/// Whether the computed element `raw` is acceptable.
bool accepts(const ElementInfo &element, const Interval &interval,
             uint64_t raw);

/// "[lo, hi]", "NaN", "[lo, hi] or NaN", "unknown".
std::string describe(const ElementInfo &element, const Interval &interval);

} // namespace difftest
} // namespace act
} // namespace mlir

#endif // ACT_UNITTESTS_DIFFERENTIAL_INTERPRETER_H
