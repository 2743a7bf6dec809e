//===- SignAnalysis.h - sign and NaN facts of float values ------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// A sparse forward dataflow analysis (MLIR's dataflow framework) that tracks,
// for every float-like value (scalars, vectors and tensors, elementwise),
// which classes of values it may hold: -inf, negative finite, -0, +0,
// positive finite, +inf, NaN. It proves facts such as "never negative except
// NaN" (relu(x) = x) or "never positive" (relu(x) is dead).
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_ANALYSIS_SIGNANALYSIS_H
#define ACT_DIALECT_ACT_ANALYSIS_SIGNANALYSIS_H

#include "mlir/Analysis/DataFlow/SparseAnalysis.h"
#include "llvm/ADT/APFloat.h"

#include <cstdint>

namespace mlir {
namespace act {

/// A set of classes of float values. The empty set is the lattice's
/// uninitialized bottom; the full set is "anything".
class SignSet {
public:
  enum Class : uint8_t {
    NegInf = 1 << 0,
    NegFinite = 1 << 1, // Negative, nonzero, finite (including subnormals).
    NegZero = 1 << 2,
    PosZero = 1 << 3,
    PosFinite = 1 << 4,
    PosInf = 1 << 5,
    NaN = 1 << 6,
  };
  static constexpr uint8_t kAll = 0x7F;
  static constexpr uint8_t kNegative = NegInf | NegFinite | NegZero;
  static constexpr uint8_t kPositive = PosZero | PosFinite | PosInf;
  static constexpr uint8_t kNumbers = kNegative | kPositive;

  SignSet() = default;
  explicit SignSet(uint8_t bits) : bits(bits) {}

  static SignSet top() { return SignSet(kAll); }
  /// The class of one value.
  static SignSet of(const llvm::APFloat &value);

  uint8_t getBits() const { return bits; }
  bool isUninitialized() const { return bits == 0; }
  bool mayBe(uint8_t classes) const { return bits & classes; }
  /// Every possible value is in `classes`.
  bool isSubsetOf(uint8_t classes) const { return (bits & ~classes) == 0; }

  static SignSet join(const SignSet &lhs, const SignSet &rhs) {
    return SignSet(lhs.bits | rhs.bits);
  }
  bool operator==(const SignSet &rhs) const { return bits == rhs.bits; }
  SignSet operator|(SignSet rhs) const { return SignSet(bits | rhs.bits); }

  void print(llvm::raw_ostream &os) const;

private:
  uint8_t bits = 0;
};

class SignLattice : public dataflow::Lattice<SignSet> {
public:
  using Lattice::Lattice;
};

/// Computes a SignSet for every float-like value. Needs the dead-code and
/// sparse-constant-propagation analyses loaded in the same solver
/// (dataflow::loadBaselineAnalyses).
class SignAnalysis : public dataflow::SparseForwardDataFlowAnalysis<SignLattice> {
public:
  using SparseForwardDataFlowAnalysis::SparseForwardDataFlowAnalysis;

  LogicalResult visitOperation(Operation *op,
                               ArrayRef<const SignLattice *> operands,
                               ArrayRef<SignLattice *> results) override;
  void setToEntryState(SignLattice *lattice) override;
};

/// The SignSet of `value` computed by a solver that ran SignAnalysis, or
/// top when unknown.
SignSet getSignSet(DataFlowSolver &solver, Value value);

} // namespace act
} // namespace mlir

#endif // ACT_DIALECT_ACT_ANALYSIS_SIGNANALYSIS_H
