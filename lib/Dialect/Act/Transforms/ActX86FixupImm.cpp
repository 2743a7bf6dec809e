//===- ActX86FixupImm.cpp - NaN-exact relu as one AVX-512 vfixupimm -------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// convert-act-to-arith lowers relu (and a clamp's lower bound of +0) to
// `x <= 0 ? +0 : x`, which keeps NaN (its sign and payload too), maps -0 to
// +0 and is bit-exact. LLVM's x86 backend selects a compare into a mask
// register and a zero-masked move for it: two instructions, where the
// NaN-inexact `vmaxps` that other libraries use is one. AVX-512's
// `vfixupimmps`/`vfixupimmpd` classifies each lane (QNaN, SNaN, zero, +1,
// -inf, +inf, negative, positive) and picks a response per class from a
// table: with the table "quiet NaN of the input" for NaNs, +0 for zeros,
// negatives and -inf, and "the input" for +1, +inf and positives, it is
// exactly that select in one instruction. Denormals are classified as
// negative or positive values unless MXCSR.DAZ is set, as in any other
// AVX-512 instruction.
//
// LLVM does not form it from generic IR, so this pass rewrites the
// LLVM-dialect select into the x86 intrinsic, on 512-bit vectors of f32 or
// f64. Its output must be compiled for a CPU with AVX-512F: act-cpu-pipeline
// runs it only when its `target-cpu`/`target-features` have AVX-512F, and
// its output is compiled for those (llc -mcpu, as act_add_mlir_object does).
// No target-features attribute is added to the function: LLVM would take it
// instead of the target machine's features, not in addition to them.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTX86FIXUPIMMPASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;

namespace {
/// The response table: one nibble per input class, lowest first (QNaN,
/// SNaN, zero, +1, -inf, +inf, negative, positive); 1 is the input, 2 the
/// input quieted, 8 is +0.
constexpr int64_t kReluTable = 0x18181822;

/// Whether `value` is a constant splat of +0.0 (not -0.0).
bool isPositiveZeroSplat(Value value) {
  return matchPattern(value, m_PosZeroFloat());
}

/// `select(x <= +0, +0, x)` or `select(x > +0 unordered, x, +0)` on a
/// 512-bit vector of f32 or f64 -> `llvm.x86.avx512.mask.fixupimm.p{s,d}.512`.
struct ReluToFixupImm : OpRewritePattern<LLVM::SelectOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(LLVM::SelectOp select,
                                PatternRewriter &rewriter) const override {
    auto type = dyn_cast<VectorType>(select.getType());
    if (!type || type.isScalable() || type.getRank() != 1)
      return rewriter.notifyMatchFailure(select, "not a 1-D vector");
    Type element = type.getElementType();
    bool isF32 = element.isF32() && type.getNumElements() == 16;
    bool isF64 = element.isF64() && type.getNumElements() == 8;
    if (!isF32 && !isF64)
      return rewriter.notifyMatchFailure(select, "not 512 bits of f32/f64");
    auto cmp = select.getCondition().getDefiningOp<LLVM::FCmpOp>();
    if (!cmp || !isPositiveZeroSplat(cmp.getRhs()))
      return rewriter.notifyMatchFailure(select, "not a compare with +0");
    Value x = cmp.getLhs();
    bool zeroIfTrue = cmp.getPredicate() == LLVM::FCmpPredicate::ole &&
                      isPositiveZeroSplat(select.getTrueValue()) &&
                      select.getFalseValue() == x;
    bool inputIfTrue = cmp.getPredicate() == LLVM::FCmpPredicate::ugt &&
                       select.getTrueValue() == x &&
                       isPositiveZeroSplat(select.getFalseValue());
    if (!zeroIfTrue && !inputIfTrue)
      return rewriter.notifyMatchFailure(select, "not a NaN-keeping relu");

    Location loc = select.getLoc();
    MLIRContext *context = rewriter.getContext();
    auto i32 = rewriter.getI32Type();
    auto tableType = VectorType::get(type.getNumElements(),
                                     rewriter.getIntegerType(isF32 ? 32 : 64));
    Value table = LLVM::ConstantOp::create(
        rewriter, loc, tableType,
        DenseElementsAttr::get(
            tableType, rewriter.getIntegerAttr(tableType.getElementType(),
                                               kReluTable)));
    // No exception reporting; all lanes; the current rounding direction.
    Value flags = LLVM::ConstantOp::create(rewriter, loc, i32,
                                           rewriter.getI32IntegerAttr(0));
    Type maskType = rewriter.getIntegerType(isF32 ? 16 : 8);
    Value mask = LLVM::ConstantOp::create(
        rewriter, loc, maskType, rewriter.getIntegerAttr(maskType, -1));
    Value rounding = LLVM::ConstantOp::create(rewriter, loc, i32,
                                              rewriter.getI32IntegerAttr(4));
    StringRef name = isF32 ? "llvm.x86.avx512.mask.fixupimm.ps.512"
                           : "llvm.x86.avx512.mask.fixupimm.pd.512";
    auto call = LLVM::CallIntrinsicOp::create(
        rewriter, loc, type, StringAttr::get(context, name),
        ValueRange{x, x, table, flags, mask, rounding});
    rewriter.replaceOp(select, call.getResults());

    return success();
  }
};

struct ActX86FixupImmPass
    : public act::impl::ActX86FixupImmPassBase<ActX86FixupImmPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<ReluToFixupImm>(&getContext());
    // Every rewrite is final (the intrinsic call is not matched again): one
    // walk, without the greedy driver's worklist, folding and region
    // simplification (a third of this pass's time on large modules). The
    // walk may erase only the matched op, so a compare left without uses is
    // for the next canonicalize (act-cpu-pipeline runs one) to remove.
    walkAndApplyPatterns(getOperation(), std::move(patterns));
  }
};
} // namespace
