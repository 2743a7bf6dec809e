//===- CPUPipeline.cpp - act-cpu-pipeline -----------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Upstream MLIR does the heavy lifting: elementwise fusion, one-shot
// bufferization, lowering to affine loops and the affine super-vectorizer
// (whose out-of-bounds transfers become masked loads/stores for the tail).
// act-mlir contributes the act-to-linalg and act-to-arith conversions and the
// choice of the vector width for the target.
//
//===----------------------------------------------------------------------===//

#include "act/Pipelines/Pipelines.h"

#include "act/Conversion/Passes.h"
#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/VectorInterfaces.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"

using namespace mlir;
using namespace mlir::act;

/// Lanes of 32-bit elements in the widest vector register of `cpu`.
static int64_t getNativeWidth(StringRef cpu, StringRef features) {
  int64_t width = 4; // SSE, NEON: 128 bits.
  if (cpu == "host") {
    llvm::StringMap<bool> hostFeatures = llvm::sys::getHostCPUFeatures();
    if (hostFeatures.lookup("avx512f"))
      width = 16;
    else if (hostFeatures.lookup("avx"))
      width = 8;
  } else {
    width = llvm::StringSwitch<int64_t>(cpu)
                .StartsWith("skylake-avx512", 16)
                .StartsWith("cascadelake", 16)
                .StartsWith("cooperlake", 16)
                .StartsWith("icelake", 16)
                .StartsWith("tigerlake", 16)
                .StartsWith("sapphirerapids", 16)
                .StartsWith("graniterapids", 16)
                .StartsWith("emeraldrapids", 16)
                .StartsWith("znver4", 16)
                .StartsWith("znver5", 16)
                .StartsWith("x86-64-v4", 16)
                .StartsWith("haswell", 8)
                .StartsWith("broadwell", 8)
                .StartsWith("skylake", 8)
                .StartsWith("alderlake", 8)
                .StartsWith("znver", 8)
                .StartsWith("x86-64-v3", 8)
                .StartsWith("sandybridge", 8)
                .StartsWith("ivybridge", 8)
                .Default(4);
  }
  // Explicit features override the CPU's.
  SmallVector<StringRef> list;
  features.split(list, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef feature : list) {
    feature = feature.trim();
    if (feature == "+avx512f")
      width = 16;
    else if (feature == "-avx512f" && width == 16)
      width = 8;
    else if ((feature == "+avx" || feature == "+avx2") && width < 8)
      width = 8;
    else if (feature == "-avx" && width > 4)
      width = 4;
  }
  return width;
}

/// Whether the pipeline's target CPU and features have AVX-512F (the
/// native width is 16 lanes of 32 bits exactly then).
static bool hasAVX512F(const CPUPipelineOptions &options) {
  return getNativeWidth(options.targetCPU, options.targetFeatures) == 16;
}

int64_t mlir::act::getCPUVectorWidth(const CPUPipelineOptions &options) {
  // A nonzero width is passed on as given; act-vectorize rejects widths
  // outside [1, 1024] with a diagnostic.
  if (options.vectorWidth != 0)
    return options.vectorWidth;
  return getNativeWidth(options.targetCPU, options.targetFeatures);
}

//===----------------------------------------------------------------------===//
// Full-vector loops with a masked tail
//===----------------------------------------------------------------------===//
//
// The super-vectorizer turns `for i in [lb, ub)` into `for i in [lb, ub) step
// S` whose transfers may be out of bounds, which become masked loads and
// stores in every iteration. A loop it produced is split here into
//
//   for i in [lb, split) step S   full vectors: plain loads and stores
//   for i in [split, ub) step S   at most one iteration, masked
//
// with split = lb + floor((ub - lb) / S) * S. A transfer at index `i` (in the
// vector dimension) of the first loop is in bounds because the scalar loop it
// came from accessed elements i .. i+S-1. The first loop is unrolled, and
// where the written buffer is large and aligned, a second copy of it with
// non-temporal stores is selected at run time (they do not read the
// destination's cache lines before overwriting them, and do not evict the
// cache: a pass over a buffer larger than the last-level cache moves 2/3 of
// the bytes). That copy also prefetches what it reads a few KiB ahead
// (`prefetch-distance`, into L2): without it, a loop as short as relu's issues
// its loads faster than the hardware prefetcher runs ahead of them, and
// streams at 0.75 of memcpy's rate instead of 0.95 (AVX-512, 256 MiB).
// Loops of 512-bit vectors over 1-D buffers that only stream (a few
// piecewise-linear or arith ops per vector) get a third copy at half the
// width, selected at run time for written buffers beyond L1
// (`half-width-threshold`) and below the non-temporal threshold: in L2,
// 256-bit loads and stores are 7-11% faster on this kind of CPU, while in
// L1 512 bits are 1.4-1.7x faster (relu, bench/analysis.md). Upstream's
// vector unrolling splits its operations.
//
// Loops that held vector transfers before vectorization (the input's own)
// are marked first and left alone: their out-of-bounds accesses may be
// intended.

namespace {

constexpr llvm::StringLiteral kInputVectorLoop = "act.input_vector_loop";

struct MarkInputVectorLoopsPass
    : public PassWrapper<MarkInputVectorLoopsPass,
                         OperationPass<func::FuncOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(MarkInputVectorLoopsPass)
  StringRef getArgument() const final {
    return "act-cpu-pipeline-mark-input-vector-loops";
  }
  StringRef getDescription() const final {
    return "act-cpu-pipeline stage: mark the affine loops that hold vector "
           "transfers before vectorization, which peeling leaves alone";
  }
  void runOnOperation() override {
    getOperation().walk([](affine::AffineForOp loop) {
      WalkResult found = loop.getBody()->walk([](Operation *op) {
        return isa<VectorTransferOpInterface>(op) ? WalkResult::interrupt()
                                                  : WalkResult::advance();
      });
      if (found.wasInterrupted())
        loop->setAttr(kInputVectorLoop, UnitAttr::get(loop.getContext()));
    });
  }
};

struct PeelVectorLoopsPass
    : public PassWrapper<PeelVectorLoopsPass, OperationPass<func::FuncOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(PeelVectorLoopsPass)
  PeelVectorLoopsPass() = default;
  PeelVectorLoopsPass(const PeelVectorLoopsPass &other)
      : PassWrapper(other) {}
  PeelVectorLoopsPass(unsigned unrollFactor, int64_t threshold,
                      int64_t distance, int64_t halfThreshold) {
    unroll = unrollFactor;
    ntThreshold = threshold;
    prefetchDistance = distance;
    halfWidthThreshold = halfThreshold;
  }
  StringRef getArgument() const final {
    return "act-cpu-pipeline-peel-vector-loops";
  }
  StringRef getDescription() const final {
    return "act-cpu-pipeline stage: split vectorized loops into full vectors "
           "(unrolled, non-temporal stores into large aligned buffers) and "
           "a masked tail";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<affine::AffineDialect, arith::ArithDialect,
                    memref::MemRefDialect, scf::SCFDialect,
                    vector::VectorDialect>();
  }

  /// A 1-D transfer along the innermost, unit-stride dimension of a memref
  /// at index `iv`, possibly out of bounds, unmasked.
  static bool isPeelable(Operation *op, Value iv) {
    auto xfer = dyn_cast<VectorTransferOpInterface>(op);
    if (!xfer || xfer.getVectorType().getRank() != 1 || xfer.getMask() ||
        xfer.isDimInBounds(0) || !xfer.getPermutationMap().isMinorIdentity())
      return false;
    auto memref = dyn_cast<MemRefType>(xfer.getShapedType());
    return memref && memref.isLastDimUnitStride() &&
           !xfer.getIndices().empty() && xfer.getIndices().back() == iv;
  }

  static bool isCandidate(affine::AffineForOp loop) {
    if (loop->hasAttr(kInputVectorLoop) || loop.getStepAsInt() <= 1 ||
        loop.getNumIterOperands() != 0)
      return false;
    bool peelable = false;
    for (Operation &op : loop.getBody()->without_terminator()) {
      // Straight-line, non-affine bodies only (the induction variable
      // becomes an scf.for's, which affine ops may not use).
      if (op.getNumRegions() != 0 ||
          isa<affine::AffineDialect>(op.getDialect()))
        return false;
      peelable |= isPeelable(&op, loop.getInductionVar());
    }
    return peelable;
  }

  /// The outermost loop around `loop` that `values` are defined outside of
  /// (or `loop`): what depends on them only is computed before it, once,
  /// not per row.
  static Operation *hoistingPoint(affine::AffineForOp loop,
                                  ArrayRef<Value> values) {
    Operation *anchor = loop;
    while (Operation *parent = anchor->getParentOp()) {
      if (!isa<LoopLikeOpInterface>(parent) ||
          llvm::any_of(values, [&](Value v) {
            return parent->isAncestor(v.getParentBlock()->getParentOp());
          }))
        break;
      anchor = parent;
    }
    return anchor;
  }

  /// A read buffer seen as the 1-D memref of the elements it spans, to
  /// prefetch across the ends of rows.
  struct FlatView {
    /// The view, and its last index.
    Value flat, last;
    /// The buffer's strides, in elements.
    SmallVector<Value> strides;
    /// The prefetch distance, in elements.
    int64_t ahead;
  };

  /// `base` as a FlatView, built before the loops around `loop` that
  /// `base` is defined outside of (or before `loop`). Its extent is 1 + sum
  /// (size_k - 1) stride_k, from the buffer's own offset; `prefetchDistance`
  /// bytes are `ahead` elements.
  FlatView flatten(OpBuilder &b, affine::AffineForOp loop, Value base) const {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(hoistingPoint(loop, {base}));
    Location loc = loop.getLoc();
    auto type = cast<MemRefType>(base.getType());
    auto meta = memref::ExtractStridedMetadataOp::create(b, loc, base);
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    Value last = zero;
    for (auto [size, stride] : llvm::zip(meta.getSizes(), meta.getStrides()))
      last = arith::AddIOp::create(
          b, loc, last,
          arith::MulIOp::create(
              b, loc, arith::MaxSIOp::create(
                          b, loc, arith::SubIOp::create(b, loc, size, one),
                          zero),
              stride));
    Value extent = arith::AddIOp::create(b, loc, last, one);
    auto flatType = MemRefType::get(
        {ShapedType::kDynamic}, type.getElementType(),
        StridedLayoutAttr::get(b.getContext(), ShapedType::kDynamic, {1}),
        type.getMemorySpace());
    Value flat = memref::ReinterpretCastOp::create(
        b, loc, flatType, meta.getBaseBuffer(), OpFoldResult(meta.getOffset()),
        ArrayRef<OpFoldResult>{OpFoldResult(extent)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
    int64_t ahead = std::max<int64_t>(
        1, prefetchDistance / (type.getElementTypeBitWidth() / 8));
    return {flat, last, SmallVector<Value>(meta.getStrides()), ahead};
  }

  /// Whether the buffer of `meta` (elements of `elementBytes`) holds at
  /// least `threshold` bytes.
  static Value holdsAtLeast(OpBuilder &b, Location loc,
                            memref::ExtractStridedMetadataOp meta,
                            int64_t elementBytes, int64_t threshold) {
    Value bytes = arith::ConstantIndexOp::create(b, loc, elementBytes);
    for (Value size : meta.getSizes())
      bytes = arith::MulIOp::create(b, loc, bytes, size);
    return arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::uge, bytes,
        arith::ConstantIndexOp::create(b, loc, threshold));
  }

  /// Whether `written` (a buffer written by full vectors in `loop`) holds at
  /// least `halfWidthThreshold` bytes, computed before the loops around
  /// `loop` it is defined outside of.
  Value halfWidthCondition(OpBuilder &b, affine::AffineForOp loop,
                           Value written) const {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(hoistingPoint(loop, {written}));
    auto meta =
        memref::ExtractStridedMetadataOp::create(b, loop.getLoc(), written);
    return holdsAtLeast(
        b, loop.getLoc(), meta,
        cast<MemRefType>(written.getType()).getElementTypeBitWidth() / 8,
        halfWidthThreshold);
  }

  /// Whether `loop` does little per element: act's piecewise-linear ops
  /// without a division (relu, clamp, leaky_relu, prelu, threshold,
  /// relu_grad), arith ops other than divisions, vector ops, and at most 8
  /// of them. Such loops stream; in L2 their 512-bit loads and stores are
  /// slower than 256-bit ones (bench/analysis.md).
  static bool isMemoryBound(affine::AffineForOp loop) {
    using semantics::OpKind;
    unsigned count = 0;
    for (Operation &op : loop.getBody()->without_terminator()) {
      if (isa<VectorTransferOpInterface>(op))
        continue;
      ++count;
      if (std::optional<OpKind> kind = getOpKind(&op)) {
        if (!llvm::is_contained({OpKind::Relu, OpKind::Clamp,
                                 OpKind::LeakyRelu, OpKind::PRelu,
                                 OpKind::Threshold, OpKind::ReluGrad},
                                *kind))
          return false;
        continue;
      }
      if (isa<arith::DivFOp, arith::RemFOp, arith::DivSIOp, arith::DivUIOp,
              arith::RemSIOp, arith::RemUIOp, arith::CeilDivSIOp,
              arith::CeilDivUIOp, arith::FloorDivSIOp>(op) ||
          !isa<arith::ArithDialect, vector::VectorDialect>(op.getDialect()))
        return false;
    }
    return count <= 8;
  }

  /// Splits every vector operation in the body of `loop` into ones of
  /// `lanes` lanes (upstream's vector unrolling).
  static LogicalResult splitVectors(scf::ForOp loop, int64_t lanes) {
    RewritePatternSet patterns(loop.getContext());
    vector::populateVectorUnrollPatterns(
        patterns, vector::UnrollVectorOptions().setNativeShape({lanes}));
    SmallVector<Operation *> ops;
    for (Operation &op : loop.getBody()->without_terminator())
      ops.push_back(&op);
    GreedyRewriteConfig config;
    config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
    return applyOpPatternsGreedily(ops, std::move(patterns), config);
  }

  /// Whether every buffer written by full vectors in `loop` is aligned to
  /// `align` bytes at every store, and the first one holds at least
  /// `ntThreshold` bytes.
  Value nontemporalCondition(OpBuilder &b, affine::AffineForOp loop,
                             Value lb, int64_t align) {
    Location loc = loop.getLoc();
    auto cst = [&](int64_t v) -> Value {
      return arith::ConstantIndexOp::create(b, loc, v);
    };
    auto isMultiple = [&](Value v) -> Value {
      Value rem = arith::RemUIOp::create(b, loc, v, cst(align));
      return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rem,
                                   cst(0));
    };
    Value cond;
    auto conjoin = [&](Value c) {
      cond = cond ? arith::AndIOp::create(b, loc, cond, c).getResult() : c;
    };
    SetVector<Value> bases;
    for (Operation &op : loop.getBody()->without_terminator())
      if (auto write = dyn_cast<vector::TransferWriteOp>(op))
        if (isPeelable(write, loop.getInductionVar()))
          bases.insert(write.getBase());
    if (bases.empty())
      return {};
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(hoistingPoint(loop, bases.getArrayRef()));
    bool first = true;
    for (Value base : bases) {
      auto type = cast<MemRefType>(base.getType());
      int64_t elementBytes = type.getElementTypeBitWidth() / 8;
      auto meta = memref::ExtractStridedMetadataOp::create(b, loc, base);
      Value ptr = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, base);
      Value offsetBytes = arith::MulIOp::create(
          b, loc, meta.getOffset(), cst(elementBytes));
      conjoin(isMultiple(arith::AddIOp::create(b, loc, ptr, offsetBytes)));
      for (Value stride : meta.getStrides().drop_back())
        conjoin(isMultiple(
            arith::MulIOp::create(b, loc, stride, cst(elementBytes))));
      if (first) {
        conjoin(holdsAtLeast(b, loc, meta, elementBytes, ntThreshold));
        first = false;
      }
    }
    b.setInsertionPoint(loop);
    if (!matchPattern(lb, m_Zero())) {
      int64_t elementBytes = 0;
      for (Operation &op : loop.getBody()->without_terminator())
        if (auto write = dyn_cast<vector::TransferWriteOp>(op))
          elementBytes = cast<MemRefType>(write.getBase().getType())
                             .getElementTypeBitWidth() /
                         8;
      conjoin(isMultiple(arith::MulIOp::create(b, loc, lb, cst(elementBytes))));
    }
    return cond;
  }

  /// Copies the body of `loop` into `target` (an scf.for) with full-vector
  /// transfers: in bounds, and the writes non-temporal when `align` > 0, in
  /// which case each full-vector read is preceded by a prefetch of the
  /// element `prefetchDistance` bytes further in memory (across the ends of
  /// rows, through a FlatView of its buffer), or of the buffer's last
  /// element, whichever comes first.
  /// (`views`: the FlatView of the buffers to prefetch.)
  void cloneBody(affine::AffineForOp loop, scf::ForOp target, bool fullVectors,
                 int64_t align,
                 const llvm::SmallDenseMap<Value, FlatView> *views = nullptr) {
    OpBuilder b(target.getBody()->getTerminator());
    IRMapping map;
    Value iv = target.getInductionVar();
    map.map(loop.getInductionVar(), iv);
    for (Operation &op : loop.getBody()->without_terminator()) {
      bool peel = fullVectors && isPeelable(&op, loop.getInductionVar());
      auto read = dyn_cast<vector::TransferReadOp>(op);
      const FlatView *view = nullptr;
      if (peel && read && views) {
        auto it = views->find(read.getBase());
        if (it != views->end())
          view = &it->second;
      }
      if (view) {
        Location loc = read.getLoc();
        Value at = arith::ConstantIndexOp::create(b, loc, view->ahead);
        for (auto [index, stride] :
             llvm::zip(read.getIndices(), view->strides)) {
          Value i = map.lookupOrDefault(index);
          at = arith::AddIOp::create(b, loc, at,
                                     arith::MulIOp::create(b, loc, i, stride));
        }
        at = arith::MinSIOp::create(b, loc, at, view->last);
        memref::PrefetchOp::create(b, loc, view->flat, ValueRange{at},
                                   /*isWrite=*/false, /*localityHint=*/2,
                                   /*isDataCache=*/true);
      }
      Operation *clone = b.clone(op, map);
      if (!peel)
        continue;
      auto write = dyn_cast<vector::TransferWriteOp>(clone);
      if (write && align > 0) {
        vector::StoreOp::create(b, write.getLoc(), write.getVector(),
                                write.getBase(), write.getIndices(),
                                /*nontemporal=*/true, llvm::Align(align));
        write.erase();
        continue;
      }
      clone->setAttr("in_bounds", b.getBoolArrayAttr({true}));
    }
  }

  LogicalResult peel(affine::AffineForOp loop) {
    OpBuilder b(loop);
    Location loc = loop.getLoc();
    int64_t step = loop.getStepAsInt();
    Value lb = lowerAffineLowerBound(loop, b);
    Value ub = lowerAffineUpperBound(loop, b);
    Value stepValue = arith::ConstantIndexOp::create(b, loc, step);
    // split = max(lb, lb + floor((ub - lb) / step) * step)
    Value span = arith::SubIOp::create(b, loc, ub, lb);
    Value full = arith::MulIOp::create(
        b, loc, arith::FloorDivSIOp::create(b, loc, span, stepValue),
        stepValue);
    Value split = arith::MaxSIOp::create(
        b, loc, lb, arith::AddIOp::create(b, loc, lb, full));

    // The vector's bytes: the alignment non-temporal stores need; and the
    // rank of the written buffers.
    int64_t align = 0, writtenRank = 0, lanes = 0, vectorBits = 0;
    Value firstWritten;
    for (Operation &op : loop.getBody()->without_terminator())
      if (auto write = dyn_cast<vector::TransferWriteOp>(op))
        if (isPeelable(write, loop.getInductionVar())) {
          if (!firstWritten)
            firstWritten = write.getBase();
          VectorType type = write.getVectorType();
          int64_t bytes =
              type.getNumElements() * type.getElementTypeBitWidth() / 8;
          align = llvm::isPowerOf2_64(bytes) && bytes >= 16 ? bytes : 0;
          writtenRank = std::max(writtenRank, write.getShapedType().getRank());
          lanes = type.getNumElements();
          vectorBits = bytes * 8;
        }
    Value ntCond;
    if (ntThreshold > 0 && align > 0)
      ntCond = nontemporalCondition(b, loop, lb, align);
    // Buffers read by full vectors get prefetched, except those of lower
    // rank than the written one (a per-channel bias is read again for
    // every row: it stays in L1).
    llvm::SmallDenseMap<Value, FlatView> views;
    if (ntCond && prefetchDistance > 0)
      for (Operation &op : loop.getBody()->without_terminator())
        if (auto read = dyn_cast<vector::TransferReadOp>(op))
          if (isPeelable(read, loop.getInductionVar()) &&
              read.getShapedType().getRank() >= writtenRank &&
              !views.count(read.getBase()))
            views.insert({read.getBase(), flatten(b, loop, read.getBase())});

    // A copy at half the width for memory-bound loops of 512-bit vectors
    // writing 1-D buffers beyond L1 (and below the non-temporal threshold).
    // Not for rows of 2-D buffers: the third copy inside the row loop made
    // scale + shift + relu 6% slower at 256 MiB, on the non-temporal copy.
    Value halfCond;
    if (halfWidthThreshold > 0 && vectorBits == 512 && lanes % 2 == 0 &&
        writtenRank == 1 && isMemoryBound(loop))
      halfCond = halfWidthCondition(b, loop, firstWritten);

    enum class Copy { Full, NonTemporal, HalfWidth };
    LogicalResult result = success();
    auto makeMain = [&](OpBuilder &builder, Copy copy) {
      bool nontemporal = copy == Copy::NonTemporal;
      auto main = scf::ForOp::create(builder, loc, lb, split, stepValue);
      cloneBody(loop, main, /*fullVectors=*/true, nontemporal ? align : 0,
                nontemporal ? &views : nullptr);
      if (copy == Copy::HalfWidth && failed(splitVectors(main, lanes / 2)))
        result = failure();
      if (unroll > 1)
        (void)loopUnrollByFactor(main, unroll);
    };
    // `cond ? then : otherwise`, or `otherwise` without a condition.
    auto choose = [&](OpBuilder &builder, Value cond,
                      function_ref<void(OpBuilder &)> then,
                      function_ref<void(OpBuilder &)> otherwise) {
      if (!cond)
        return otherwise(builder);
      scf::IfOp::create(
          builder, loc, cond,
          [&](OpBuilder &thenBuilder, Location) {
            then(thenBuilder);
            scf::YieldOp::create(thenBuilder, loc);
          },
          [&](OpBuilder &elseBuilder, Location) {
            otherwise(elseBuilder);
            scf::YieldOp::create(elseBuilder, loc);
          });
    };
    auto makeTemporal = [&](OpBuilder &builder) {
      choose(
          builder, halfCond,
          [&](OpBuilder &half) { makeMain(half, Copy::HalfWidth); },
          [&](OpBuilder &full) { makeMain(full, Copy::Full); });
    };
    choose(
        b, ntCond,
        [&](OpBuilder &nontemporal) {
          makeMain(nontemporal, Copy::NonTemporal);
        },
        makeTemporal);
    if (failed(result))
      return loop.emitError("could not split the vectors of the half-width "
                            "copy");
    auto tail = scf::ForOp::create(b, loc, split, ub, stepValue);
    cloneBody(loop, tail, /*fullVectors=*/false, 0);
    loop.erase();
    return success();
  }

  void runOnOperation() override {
    SmallVector<affine::AffineForOp> loops;
    getOperation().walk([&](affine::AffineForOp loop) {
      if (isCandidate(loop))
        loops.push_back(loop);
      loop->removeAttr(kInputVectorLoop);
    });
    for (affine::AffineForOp loop : loops)
      if (failed(peel(loop)))
        return signalPassFailure();
  }

  Option<unsigned> unroll{*this, "unroll",
                          llvm::cl::desc("Unroll factor of the full-vector "
                                         "loops"),
                          llvm::cl::init(4)};
  Option<int64_t> ntThreshold{
      *this, "nontemporal-threshold",
      llvm::cl::desc("Non-temporal stores into aligned buffers of at least "
                     "this many bytes; 0: never"),
      llvm::cl::init(64 << 20)};
  Option<int64_t> prefetchDistance{
      *this, "prefetch-distance",
      llvm::cl::desc("With non-temporal stores, prefetch what is read this "
                     "many bytes ahead; 0: never"),
      llvm::cl::init(4096)};
  Option<int64_t> halfWidthThreshold{
      *this, "half-width-threshold",
      llvm::cl::desc("Memory-bound loops of 512-bit vectors: a copy at half "
                     "the width for written buffers of at least this many "
                     "bytes (below the non-temporal threshold); 0: never"),
      llvm::cl::init(0)};
};

} // namespace

void mlir::act::buildCPUPipeline(OpPassManager &pm,
                                 const CPUPipelineOptions &options) {
  std::string pipeline;
  llvm::raw_string_ostream os(pipeline);
  // Parses what `os` holds into `pm` (so that the pipeline-private passes
  // can be added between the textual parts).
  auto flush = [&] {
    StringRef text = StringRef(pipeline).rtrim(',');
    if (!text.empty() && failed(parsePassPipeline(text, pm, llvm::errs())))
      llvm::report_fatal_error("act-cpu-pipeline: upstream passes are not "
                               "registered; call mlir::registerAllPasses()");
    pipeline.clear();
  };
  if (options.raise)
    os << "linalg-fuse-elementwise-ops,func.func(act-raise),";
  if (options.simplify)
    os << "func.func(act-simplify),act-sign-simplify,";
  if (options.commute)
    os << "func.func(act-commute),";
  // Shapes are resolved from the function arguments so that producers keep
  // a single use and elementwise fusion applies to dynamic shapes too.
  // Canonicalization first resolves the sizes of destination-style ops
  // through their inits in one top-down sweep; alone, the resolve pass
  // walks every size back through the whole chain of producers, quadratic
  // in the chain's length (bench/: 2.6 s for a chain of 1000 ops, 11 ms).
  os << "func.func(convert-act-to-linalg,convert-elementwise-to-linalg),"
     << "canonicalize,resolve-ranked-shaped-type-result-dims,";
  if (options.fuse)
    os << "func.func(act-fuse{epilogue="
       << (options.fuseEpilogue ? "true" : "false") << "}),canonicalize,cse,";
  else
    os << "linalg-fuse-elementwise-ops,";
  // Results stored into a caller's buffer (materialize_in_destination,
  // insert_slice) are computed in place there, instead of in a new
  // allocation that is then copied (bench/: 8x faster relu on 16 KiB).
  // Reshapes of tensors without elements become tensor.empty (upstream
  // bufferizes some of them into invalid memref reshapes).
  os << "act-legalize-reshapes,eliminate-empty-tensors,"
     << "one-shot-bufferize{bufferize-function-boundaries "
        "function-boundary-type-conversion=identity-layout-map},"
     << "buffer-deallocation-pipeline,"
     // The clones that buffer deallocation inserts for returned buffers it
     // does not own (arguments, constants) become alloc + copy.
     << "convert-bufferization-to-memref,"
     // Bufferization names and orders the constant globals by pointer
     // values: sorted, the output depends on the input only.
     << "act-sort-constant-globals,";
  flush();
  if (options.peel)
    pm.addNestedPass<func::FuncOp>(
        std::make_unique<MarkInputVectorLoopsPass>());
  os << "func.func(convert-linalg-to-affine-loops,";
  // Multithreading: strip-mine every loop nest into chunks and run the
  // outermost chunk loop in parallel; vectorization works within chunks.
  if (options.threads > 0)
    os << "affine-loop-tile{tile-size=" << options.threadChunk << "},"
       << "affine-parallelize{max-nested=1},";
  // The vectorizer's transfers that convert-vector-to-llvm cannot lower
  // (broadcasts of rank-0 memrefs, transposed reads) become loops of
  // simpler transfers.
  os << "act-vectorize{vector-size=" << getCPUVectorWidth(options) << "},"
     << "convert-vector-to-scf),";
  flush();
  if (options.peel)
    pm.addNestedPass<func::FuncOp>(std::make_unique<PeelVectorLoopsPass>(
        options.unroll, options.nontemporalThreshold,
        options.prefetchDistance, options.halfWidthThreshold));
  // The inline GELU is an approximation like act-approximate-math's: with
  // approximate-math=false, its erfc and exp are libm calls too.
  os << "convert-act-to-arith{fast-math="
     << (options.fastMath ? "true" : "false") << " inline-gelu="
     << (options.approximateMath ? "true" : "false") << "},";
  // Before libm declarations appear: only the user's functions get wrappers.
  if (options.cInterface)
    os << "func.func(llvm-request-c-wrappers),";
  os << "act-approximate-math{polynomial="
     << (options.approximateMath ? "true" : "false") << "},";
  // f32 -> bf16 rounding by integer ops: the AVX512-BF16 conversion
  // instructions flush denormals, the reference does not.
  os << "act-expand-bf16,";
  os << "canonicalize,cse,"
     << "lower-affine,";
  if (options.threads > 0)
    os << "convert-scf-to-openmp{num-threads=" << options.threads
       << "},canonicalize,";
  os << "convert-scf-to-cf,"
     // expand_shapes that expand-strided-metadata crashes on (LLVM 22)
     // become reinterpret_casts first.
     << "act-legalize-reshapes,expand-strided-metadata,lower-affine,"
     << "convert-vector-to-llvm,";
  // No bfloat value may reach LLVM's x86 backend, which moves some through
  // the subnormal-flushing vcvtneps2bf16.
  os << "convert-to-llvm,reconcile-unrealized-casts,act-bf16-moves-as-i16,";
  // AVX-512: the exact relu select in one vfixupimm instead of two
  // instructions.
  if (hasAVX512F(options))
    os << "act-x86-fixupimm,";
  os << "canonicalize";
  flush();
}

void mlir::act::registerActPipelines() {
  // The pipeline's own stages: registered so that the textual form of the
  // pipeline (crash reproducers, --dump-pass-pipeline) parses back.
  PassRegistration<MarkInputVectorLoopsPass>();
  PassRegistration<PeelVectorLoopsPass>();
  PassPipelineRegistration<CPUPipelineOptions>(
      "act-cpu-pipeline",
      "Lower act/linalg/arith on tensors or memrefs to the LLVM dialect, "
      "fused, bufferized and vectorized for the target CPU",
      buildCPUPipeline);
  registerActGPUPipeline();
}
