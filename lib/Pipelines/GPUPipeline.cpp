//===- GPUPipeline.cpp - act-gpu-pipeline -----------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// act programs become one GPU kernel per fused elementwise loop:
//  * fusion and one-shot bufferization as on the CPU;
//  * act-gpu-map-elementwise: each elementwise linalg.generic becomes a
//    gpu.launch in which every thread walks the flattened iteration space in
//    a grid-stride loop of 128-bit vector loads and stores (4 x f32, 8 x
//    f16/bf16) when all buffers are contiguous and, checked at run time,
//    16-byte aligned; a scalar grid-stride loop takes the tail (and every
//    element when the vector path does not apply). Buffers that the host
//    code allocates for kernels move to device memory (gpu.alloc);
//  * kernel outlining; in each gpu.module the act ops become arith/math
//    through the builders of the CPU lowering (convert-act-to-arith) and
//    the f32 transcendental math ops upstream's polynomial approximations
//    (act-approximate-math), so neither libdevice nor ocml is needed;
//  * act-gpu-lower-to-target: the kernels to the LLVM dialect with NVVM or
//    ROCDL intrinsics, as convert-gpu-to-nvvm/-rocdl do except that the
//    cheap math ops left (fma, fabs, floor, copysign) become LLVM
//    intrinsics, which both backends select to instructions, instead of
//    libdevice/ocml calls;
//  * gpu-module-to-binary, and the host code through gpu-async-region and
//    gpu-to-llvm to calls of the mgpu* runtime functions (runtime/ has a
//    CUDA implementation).
//
//===----------------------------------------------------------------------===//

#include "act/Pipelines/Pipelines.h"

#include "mlir/Conversion/AMDGPUToROCDL/AMDGPUToROCDL.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/GPUToNVVM/GPUToNVVMPass.h"
#include "mlir/Conversion/GPUToROCDL/GPUToROCDLPass.h"
#include "mlir/Conversion/GPUToROCDL/Runtimes.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/LLVMCommon/ConversionTarget.h"
#include "mlir/Conversion/LLVMCommon/LoweringOptions.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/UBToLLVM/UBToLLVM.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVM.h"
#include "mlir/Dialect/AMDGPU/Utils/Chipset.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVM/NVVM/Target.h"
#include "mlir/Target/LLVM/ROCDL/Target.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/GPU/GPUToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/NVVM/NVVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/ROCDL/ROCDLToLLVMIRTranslation.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::act;

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

std::string mlir::act::getGPUChip(const GPUPipelineOptions &options) {
  if (!options.chip.empty())
    return options.chip;
  return options.target == "rocdl" ? "gfx942" : "sm_90";
}

/// Why `options` cannot be used, or an empty string.
static std::string diagnoseOptions(const GPUPipelineOptions &options) {
  std::string message;
  llvm::raw_string_ostream os(message);
  bool nvvm = options.target == "nvvm";
  if (!nvvm && options.target != "rocdl") {
    os << "unknown target '" << options.target
       << "' (expected 'nvvm' or 'rocdl')";
    return message;
  }
  std::string chip = getGPUChip(options);
  if (nvvm) {
    unsigned version = 0;
    if (!StringRef(chip).starts_with("sm_") || StringRef(chip)
                                                   .drop_front(3)
                                                   .take_while(llvm::isDigit)
                                                   .getAsInteger(10, version))
      os << "chip '" << chip << "' is not an NVIDIA architecture (sm_XX)";
  } else if (!StringRef(chip).starts_with("gfx") ||
             failed(amdgpu::Chipset::parse(chip))) {
    os << "chip '" << chip << "' is not an AMD architecture (gfxXXX)";
  }
  if (!message.empty())
    return message;
  StringRef format = options.format;
  if (format != "isa" && format != "bin" && format != "fatbin" &&
      format != "llvm")
    os << "unknown format '" << options.format
       << "' (expected 'isa', 'bin', 'fatbin' or 'llvm')";
  else if (!nvvm && options.format == "fatbin")
    os << "format 'fatbin' is NVIDIA-only; use 'bin' for rocdl";
  else if (options.blockSize < 1 || options.blockSize > 1024)
    os << "block-size " << options.blockSize << " is not in [1, 1024]";
  else if (options.vectorWidth < 0 ||
           !llvm::isPowerOf2_64(std::max<int64_t>(options.vectorWidth, 1)))
    os << "vector-width " << options.vectorWidth
       << " is not 0 or a power of two";
  else if (options.maxBlocks < 1 || options.maxBlocks > 0x7fffffff)
    os << "max-blocks " << options.maxBlocks << " is not in [1, 2^31 - 1]";
  else if (options.optLevel > 3)
    os << "opt-level " << options.optLevel << " is not in [0, 3]";
  return message;
}

namespace {
/// Fails with a fixed message: how an invalid pipeline configuration is
/// reported when the pipeline runs (the builder cannot fail).
struct ReportErrorPass : public PassWrapper<ReportErrorPass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ReportErrorPass)

  explicit ReportErrorPass(std::string message) : message(std::move(message)) {}
  StringRef getArgument() const final { return "act-gpu-report-error"; }
  void runOnOperation() override {
    getOperation()->emitError(message);
    signalPassFailure();
  }

  std::string message;
};
} // namespace

//===----------------------------------------------------------------------===//
// act-gpu-map-elementwise
//===----------------------------------------------------------------------===//

namespace {
struct MappingOptions {
  int64_t vectorWidth;
  int64_t blockSize;
  int64_t maxBlocks;
};
} // namespace

/// The buffer that `value` is, or is a view or the metadata of.
static Value getUnderlyingBuffer(Value value) {
  while (true) {
    if (auto view = value.getDefiningOp<ViewLikeOpInterface>())
      value = view.getViewSource();
    else if (auto metadata =
                 value.getDefiningOp<memref::ExtractStridedMetadataOp>())
      value = metadata.getSource();
    else
      return value;
  }
}

static bool isVectorizableElementType(Type type) {
  if (!isa<IntegerType, FloatType>(type))
    return false;
  unsigned width = type.getIntOrFloatBitWidth();
  return width == 8 || width == 16 || width == 32 || width == 64;
}

/// Lanes per vector access for `op`: more than one when every buffer is a
/// contiguous memref indexed by the identity, and the body consists of
/// elementwise-mappable ops on integers and floats (including act ops), so
/// it can be cloned on vectors; 1 otherwise.
static int64_t getVectorLanes(linalg::GenericOp op, int64_t vectorWidth) {
  if (vectorWidth == 1 || op.getNumLoops() == 0)
    return 1;
  unsigned maxBits = 0;
  for (OpOperand &operand : op->getOpOperands()) {
    auto type = dyn_cast<MemRefType>(operand.get().getType());
    if (!type) {
      if (!isVectorizableElementType(operand.get().getType()))
        return 1;
      continue;
    }
    if (!type.getLayout().isIdentity() ||
        !op.getMatchingIndexingMap(&operand).isIdentity() ||
        !isVectorizableElementType(type.getElementType()))
      return 1;
    maxBits = std::max(maxBits, type.getElementTypeBitWidth());
  }
  Block &body = op.getRegion().front();
  for (Operation &nested : body.without_terminator()) {
    if (auto constant = dyn_cast<arith::ConstantOp>(nested)) {
      if (!isa<IntegerType, FloatType>(constant.getType()))
        return 1;
      continue;
    }
    if (!OpTrait::hasElementwiseMappableTraits(&nested) ||
        nested.getNumRegions() != 0)
      return 1;
    auto isScalar = [](Type type) { return isa<IntegerType, FloatType>(type); };
    if (!llvm::all_of(nested.getOperandTypes(), isScalar) ||
        !llvm::all_of(nested.getResultTypes(), isScalar))
      return 1;
  }
  if (maxBits == 0)
    return 1;
  return vectorWidth > 0 ? vectorWidth : std::max(128u / maxBits, 1u);
}

/// Clones the body of `op` at `b` with its block arguments replaced by
/// `args` and linalg.index by `ivs`. With `lanes` > 1 every scalar becomes a
/// vector of `lanes` elements (values from outside the body are broadcast).
/// Returns the yielded values.
static SmallVector<Value> cloneBody(OpBuilder &b, Location loc,
                                    linalg::GenericOp op, ValueRange args,
                                    ValueRange ivs, int64_t lanes) {
  Block &body = op.getRegion().front();
  IRMapping mapping;
  for (auto [arg, value] : llvm::zip(body.getArguments(), args))
    if (value)
      mapping.map(arg, value);
  auto lookup = [&](Value value) -> Value {
    if (Value mapped = mapping.lookupOrNull(value))
      return mapped;
    if (lanes == 1)
      return value;
    Value splat = vector::BroadcastOp::create(
        b, loc, VectorType::get({lanes}, value.getType()), value);
    mapping.map(value, splat);
    return splat;
  };
  for (Operation &nested : body.without_terminator()) {
    if (auto index = dyn_cast<linalg::IndexOp>(nested)) {
      mapping.map(index.getResult(), ivs[index.getDim()]);
      continue;
    }
    if (auto constant = dyn_cast<arith::ConstantOp>(nested);
        constant && lanes > 1) {
      auto type = VectorType::get({lanes}, constant.getType());
      Value splat = arith::ConstantOp::create(
          b, loc, type, DenseElementsAttr::get(type, constant.getValue()));
      mapping.map(constant.getResult(), splat);
      continue;
    }
    for (Value operand : nested.getOperands())
      (void)lookup(operand);
    Operation *clone = b.clone(nested, mapping);
    if (lanes > 1)
      for (OpResult result : clone->getResults())
        result.setType(VectorType::get({lanes}, result.getType()));
  }
  SmallVector<Value> results;
  for (Value yielded : body.getTerminator()->getOperands())
    results.push_back(lookup(yielded));
  return results;
}

/// `value` as a 1-D memref (a contiguous, identity-layout one).
static Value flatten(OpBuilder &b, Location loc, Value value) {
  auto type = cast<MemRefType>(value.getType());
  if (type.getRank() == 1)
    return value;
  SmallVector<ReassociationIndices> reassociation(1);
  for (int64_t dim = 0; dim < type.getRank(); ++dim)
    reassociation.front().push_back(dim);
  return memref::CollapseShapeOp::create(b, loc, value, reassociation);
}

/// Why `op` cannot become a kernel, or success.
static LogicalResult checkMappable(linalg::GenericOp op) {
  if (!op.hasPureBufferSemantics())
    return op.emitOpError("is not on buffers: act-gpu-pipeline maps "
                          "linalg ops after bufferization");
  if (op.getNumLoops() != op.getNumParallelLoops())
    return op.emitOpError("has non-parallel iterators: act-gpu-pipeline "
                          "maps elementwise ops only");
  for (OpOperand &operand : op->getOpOperands()) {
    if (!isa<MemRefType>(operand.get().getType()))
      continue;
    Operation *root = getUnderlyingBuffer(operand.get()).getDefiningOp();
    if (isa_and_nonnull<memref::GetGlobalOp, memref::AllocaOp>(root))
      return op.emitOpError("operand #")
             << operand.getOperandNumber()
             << " is in host memory (a constant or a stack buffer); "
                "act-gpu-pipeline needs device buffers";
  }
  return success();
}

namespace {
/// Builds the gpu.launch that replaces one elementwise linalg.generic on
/// buffers: thread t of T handles the vectors t, t + T, t + 2T, ... of the
/// flattened iteration space, then at most one element of the tail; the
/// scalar loop takes every element when the vector path does not apply.
class KernelBuilder {
public:
  KernelBuilder(linalg::GenericOp op, const MappingOptions &options)
      : op(op), options(options), b(op), loc(op.getLoc()) {}

  void build() {
    // The iteration space, flattened, on the host.
    auto linalgOp = cast<linalg::LinalgOp>(op.getOperation());
    for (Range range : linalgOp.createLoopRanges(b, loc))
      sizes.push_back(getValueOrCreateConstantIndexOp(b, loc, range.size));
    total = sizes.empty() ? index(1) : sizes.front();
    for (size_t dim = 1; dim < sizes.size(); ++dim)
      total = arith::MulIOp::create(b, loc, total, sizes[dim]);
    lanes = getVectorLanes(op, options.vectorWidth);
    SmallVector<Value> buffers(op->getOperands());
    if (lanes > 1)
      for (Value &buffer : buffers)
        if (isa<MemRefType>(buffer.getType()))
          buffer = flatten(b, loc, buffer);

    // Enough blocks for one vector per thread, at most maxBlocks.
    Value one = index(1), blockSize = index(options.blockSize);
    Value items = total;
    if (lanes > 1)
      items = arith::CeilDivUIOp::create(b, loc, total, index(lanes));
    Value grid = arith::CeilDivUIOp::create(b, loc, items, blockSize);
    grid = arith::MinUIOp::create(b, loc, grid, index(options.maxBlocks));
    grid = arith::MaxUIOp::create(b, loc, grid, one);
    Value stride = arith::MulIOp::create(b, loc, grid, blockSize);

    auto launch =
        gpu::LaunchOp::create(b, loc, grid, one, one, blockSize, one, one);
    b.setInsertionPointToStart(&launch.getBody().front());
    Value threadId = arith::AddIOp::create(
        b, loc,
        arith::MulIOp::create(b, loc, launch.getBlockIds().x,
                              index(options.blockSize)),
        launch.getThreadIds().x);
    Value start = threadId;
    if (lanes > 1)
      start = buildVectorLoop(buffers, threadId, stride);
    buildScalarLoop(buffers, start, stride);
    gpu::TerminatorOp::create(b, loc);
    op.erase();
  }

private:
  using IndicesFn = function_ref<SmallVector<Value>(OpOperand &)>;

  Value index(int64_t value) {
    return arith::ConstantIndexOp::create(b, loc, value);
  }

  /// The loop over whole vectors when every buffer is aligned to its
  /// vector size (cuMemAlloc/hipMalloc give 256 bytes; views into a buffer
  /// may not be). Returns the first linear index of the tail, offset by
  /// `threadId`.
  Value buildVectorLoop(ArrayRef<Value> buffers, Value threadId, Value stride) {
    Value aligned;
    for (Value buffer : buffers) {
      auto type = dyn_cast<MemRefType>(buffer.getType());
      if (!type)
        continue;
      int64_t bytes = lanes * type.getElementTypeBitWidth() / 8;
      Value pointer =
          memref::ExtractAlignedPointerAsIndexOp::create(b, loc, buffer);
      Value misalignment =
          arith::AndIOp::create(b, loc, pointer, index(bytes - 1));
      Value isAligned = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                              misalignment, index(0));
      aligned =
          aligned
              ? arith::AndIOp::create(b, loc, aligned, isAligned).getResult()
              : isAligned;
    }
    Value vectors = arith::DivUIOp::create(b, loc, total, index(lanes));
    vectors = arith::SelectOp::create(b, loc, aligned, vectors, index(0));
    auto loop = scf::ForOp::create(b, loc, threadId, vectors, stride);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPoint(loop.getBody()->getTerminator());
      Value first =
          arith::MulIOp::create(b, loc, loop.getInductionVar(), index(lanes));
      auto at = [&](OpOperand &) { return SmallVector<Value>{first}; };
      SmallVector<Value> args = loadArguments(buffers, at, lanes);
      storeResults(cloneBody(b, loc, op, args, {}, lanes), buffers, at, lanes);
    }
    return arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, vectors, index(lanes)), threadId);
  }

  /// The element loop from `start`. Without the vector path, the loop
  /// indices are recovered from the linear index by unsigned division
  /// (row-major), with the divisors computed once per thread.
  void buildScalarLoop(ArrayRef<Value> buffers, Value start, Value stride) {
    SmallVector<Value> divisors(lanes == 1 ? sizes.size() : 0);
    if (!divisors.empty()) {
      divisors.back() = index(1);
      for (int64_t dim = static_cast<int64_t>(sizes.size()) - 2; dim >= 0;
           --dim)
        divisors[dim] =
            arith::MulIOp::create(b, loc, divisors[dim + 1], sizes[dim + 1]);
    }
    auto loop = scf::ForOp::create(b, loc, start, total, stride);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(loop.getBody()->getTerminator());
    Value linear = loop.getInductionVar();
    SmallVector<Value> ivs;
    for (auto [dim, divisor] : llvm::enumerate(divisors)) {
      Value iv = linear;
      if (dim > 0)
        iv = arith::RemUIOp::create(b, loc, iv, divisors[dim - 1]);
      if (dim + 1 < divisors.size())
        iv = arith::DivUIOp::create(b, loc, iv, divisor);
      ivs.push_back(iv);
    }
    auto at = [&](OpOperand &operand) -> SmallVector<Value> {
      if (lanes > 1)
        return {linear};
      AffineMap map = op.getMatchingIndexingMap(&operand);
      SmallVector<Value> indices;
      for (unsigned result = 0; result < map.getNumResults(); ++result)
        indices.push_back(affine::AffineApplyOp::create(
            b, loc, map.getSubMap({result}), ivs));
      return indices;
    };
    SmallVector<Value> args = loadArguments(buffers, at, 1);
    storeResults(cloneBody(b, loc, op, args, ivs, 1), buffers, at, 1);
  }

  /// The values of the body's arguments: loads of `width` elements at
  /// `indicesOf(operand)` (none for outputs the body does not read), or the
  /// scalar operands, broadcast.
  SmallVector<Value> loadArguments(ArrayRef<Value> buffers, IndicesFn indicesOf,
                                   int64_t width) {
    SmallVector<Value> args;
    for (OpOperand &operand : op->getOpOperands()) {
      BlockArgument arg = op.getMatchingBlockArgument(&operand);
      Value buffer = buffers[operand.getOperandNumber()];
      auto type = dyn_cast<MemRefType>(buffer.getType());
      if (!type) {
        if (width > 1)
          buffer = vector::BroadcastOp::create(
              b, loc, VectorType::get({width}, arg.getType()), buffer);
        args.push_back(buffer);
      } else if (op.isDpsInit(&operand) && arg.use_empty()) {
        args.push_back(Value());
      } else if (width > 1) {
        args.push_back(vector::LoadOp::create(
            b, loc, VectorType::get({width}, type.getElementType()), buffer,
            indicesOf(operand), /*nontemporal=*/false,
            llvm::MaybeAlign(width * type.getElementTypeBitWidth() / 8)));
      } else {
        args.push_back(
            memref::LoadOp::create(b, loc, buffer, indicesOf(operand)));
      }
    }
    return args;
  }

  void storeResults(ValueRange results, ArrayRef<Value> buffers,
                    IndicesFn indicesOf, int64_t width) {
    for (auto [result, output] : llvm::zip(results, op.getDpsInitsMutable())) {
      Value buffer = buffers[output.getOperandNumber()];
      if (width > 1) {
        auto type = cast<MemRefType>(buffer.getType());
        vector::StoreOp::create(
            b, loc, result, buffer, indicesOf(output), /*nontemporal=*/false,
            llvm::MaybeAlign(width * type.getElementTypeBitWidth() / 8));
      } else {
        memref::StoreOp::create(b, loc, result, buffer, indicesOf(output));
      }
    }
  }

  linalg::GenericOp op;
  const MappingOptions &options;
  OpBuilder b;
  Location loc;
  /// The loop sizes, their product, and the lanes of the vector path (1:
  /// none).
  SmallVector<Value> sizes;
  Value total;
  int64_t lanes = 1;
};
} // namespace

/// Moves the buffers of host code to device memory: in `func`, a function
/// that launches kernels, every allocation, deallocation and copy; in other
/// functions the deallocations and copies of buffers known to be in device
/// memory (gpu.alloc results and buffers returned by `deviceFuncs`).
static LogicalResult
moveBuffersToDevice(func::FuncOp func, bool launchesKernels,
                    const DenseSet<StringAttr> &deviceFuncs) {
  auto isDevice = [&](Value buffer) {
    if (launchesKernels)
      return true;
    Operation *root = getUnderlyingBuffer(buffer).getDefiningOp();
    if (isa_and_nonnull<gpu::AllocOp>(root))
      return true;
    auto call = dyn_cast_or_null<func::CallOp>(root);
    return call && deviceFuncs.contains(call.getCalleeAttr().getAttr());
  };
  SmallVector<Operation *> ops;
  func.walk([&](Operation *op) {
    if (isa<memref::AllocOp>(op) && launchesKernels)
      ops.push_back(op);
    else if (auto dealloc = dyn_cast<memref::DeallocOp>(op);
             dealloc && isDevice(dealloc.getMemref()))
      ops.push_back(op);
    else if (auto copy = dyn_cast<memref::CopyOp>(op);
             copy && (isDevice(copy.getSource()) || isDevice(copy.getTarget())))
      ops.push_back(op);
  });
  for (Operation *op : ops) {
    OpBuilder b(op);
    if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
      auto device = gpu::AllocOp::create(
          b, alloc.getLoc(), alloc.getType(), /*asyncToken=*/Type(),
          /*asyncDependencies=*/ValueRange(), alloc.getDynamicSizes(),
          alloc.getSymbolOperands(), /*hostShared=*/false);
      alloc.replaceAllUsesWith(device.getMemref());
    } else if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
      gpu::DeallocOp::create(b, dealloc.getLoc(), /*asyncToken=*/Type(),
                             ValueRange(), dealloc.getMemref());
    } else {
      auto copy = cast<memref::CopyOp>(op);
      auto sourceType = cast<MemRefType>(copy.getSource().getType());
      auto targetType = cast<MemRefType>(copy.getTarget().getType());
      if (!sourceType.getLayout().isIdentity() ||
          !targetType.getLayout().isIdentity())
        return copy.emitOpError("copies a strided buffer from or to device "
                                "memory: act-gpu-pipeline copies contiguous "
                                "buffers only");
      gpu::MemcpyOp::create(b, copy.getLoc(), /*asyncToken=*/Type(),
                            ValueRange(), copy.getTarget(), copy.getSource());
    }
    op->erase();
  }
  return success();
}

namespace {
struct MapElementwiseToGPUPass
    : public PassWrapper<MapElementwiseToGPUPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(MapElementwiseToGPUPass)

  MapElementwiseToGPUPass() = default;
  MapElementwiseToGPUPass(const MapElementwiseToGPUPass &other)
      : PassWrapper(other) {}

  StringRef getArgument() const final { return "act-gpu-map-elementwise"; }
  StringRef getDescription() const final {
    return "Map elementwise linalg.generic ops on buffers to gpu.launch "
           "grid-stride loops with vector accesses, and the buffers of "
           "their functions to device memory (a stage of act-gpu-pipeline)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<affine::AffineDialect, arith::ArithDialect, gpu::GPUDialect,
                    memref::MemRefDialect, scf::SCFDialect,
                    vector::VectorDialect>();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    MappingOptions options{vectorWidth, blockSize, maxBlocks};
    if (options.blockSize < 1 || options.blockSize > 1024 ||
        options.vectorWidth < 0 ||
        !llvm::isPowerOf2_64(std::max<int64_t>(options.vectorWidth, 1)) ||
        options.maxBlocks < 1) {
      module.emitError("act-gpu-map-elementwise: invalid options");
      return signalPassFailure();
    }
    DenseSet<StringAttr> deviceFuncs;
    for (auto func : module.getOps<func::FuncOp>()) {
      SmallVector<linalg::LinalgOp> linalgOps;
      func.walk([&](linalg::LinalgOp op) { linalgOps.push_back(op); });
      if (linalgOps.empty())
        continue;
      for (linalg::LinalgOp linalgOp : linalgOps) {
        auto generic = dyn_cast<linalg::GenericOp>(linalgOp.getOperation());
        if (!generic) {
          linalgOp->emitOpError(
              "is not a linalg.generic: act-gpu-pipeline maps elementwise "
              "linalg.generic ops (see linalg-generalize-named-ops)");
          return signalPassFailure();
        }
        if (failed(checkMappable(generic)))
          return signalPassFailure();
        KernelBuilder(generic, options).build();
      }
      deviceFuncs.insert(func.getSymNameAttr());
    }
    for (auto func : module.getOps<func::FuncOp>())
      if (failed(moveBuffersToDevice(
              func, deviceFuncs.contains(func.getSymNameAttr()), deviceFuncs)))
        return signalPassFailure();
    if (!deviceFuncs.empty())
      module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(),
                      UnitAttr::get(&getContext()));
  }

  Option<int64_t> vectorWidth{
      *this, "vector-width",
      llvm::cl::desc("Elements per thread access; 0: 128 bits"),
      llvm::cl::init(0)};
  Option<int64_t> blockSize{*this, "block-size",
                            llvm::cl::desc("Threads per block"),
                            llvm::cl::init(256)};
  Option<int64_t> maxBlocks{*this, "max-blocks",
                            llvm::cl::desc("Most blocks per launch"),
                            llvm::cl::init(65535)};
};
} // namespace

//===----------------------------------------------------------------------===//
// act-gpu-lower-to-target
//===----------------------------------------------------------------------===//

/// The data layout convert-gpu-to-rocdl gives AMDGPU modules (LLVM 22).
static constexpr StringLiteral kAMDGCNDataLayout =
    "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32"
    "-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16"
    "-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024"
    "-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9";

/// Math ops that LLVM's NVPTX and AMDGPU backends select to instructions.
static bool isNativeMathOp(Operation *op) {
  return isa<math::AbsFOp, math::AbsIOp, math::CeilOp, math::CopySignOp,
             math::FloorOp, math::FmaOp, math::RoundEvenOp, math::SqrtOp,
             math::TruncOp>(op);
}

/// Fails on what would need a device math library: calls (the libm
/// functions act-approximate-math calls for math ops it does not
/// approximate) and math ops without a native lowering.
static LogicalResult checkNoDeviceLibrary(gpu::GPUModuleOp module) {
  WalkResult walk = module.walk([&](Operation *op) {
    if (auto call = dyn_cast<func::CallOp>(op)) {
      call.emitOpError("calls '")
          << call.getCallee()
          << "': act-gpu-pipeline links no device library; transcendental "
             "act ops are supported on f16, bf16 and f32";
      return WalkResult::interrupt();
    }
    if (isa_and_present<math::MathDialect>(op->getDialect()) && !isNativeMathOp(op)) {
      op->emitOpError("has no lowering without a device math library "
                      "(libdevice/ocml)");
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}

/// Math ops to LLVM intrinsics, before the GPU patterns (which would turn
/// them into libdevice/ocml calls, and whose conversion targets reject the
/// intrinsics).
static LogicalResult lowerMathToIntrinsics(gpu::GPUModuleOp module,
                                           const LLVMTypeConverter &converter) {
  MLIRContext *context = module.getContext();
  RewritePatternSet patterns(context);
  populateMathToLLVMConversionPatterns(converter, patterns,
                                       /*approximateLog1p=*/false);
  ConversionTarget target(*context);
  target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
  target.addIllegalDialect<math::MathDialect>();
  return applyPartialConversion(module, target, std::move(patterns));
}

/// As convert-gpu-to-rocdl: a required work-group size implies the flat
/// one, or the backend assumes up to 1024 threads.
static void setFlatWorkGroupSizes(gpu::GPUModuleOp module) {
  MLIRContext *context = module.getContext();
  auto *rocdl = context->getLoadedDialect<ROCDL::ROCDLDialect>();
  auto required = rocdl->getReqdWorkGroupSizeAttrHelper();
  auto flat = rocdl->getFlatWorkGroupSizeAttrHelper();
  module.walk([&](LLVM::LLVMFuncOp func) {
    if (!required.isAttrPresent(func))
      return;
    int64_t size = 1;
    for (int32_t dim : required.getAttr(func).asArrayRef())
      size *= dim;
    flat.setAttr(func,
                 StringAttr::get(context, Twine(size) + "," + Twine(size)));
  });
}

namespace {
struct LowerGPUModuleToTargetPass
    : public PassWrapper<LowerGPUModuleToTargetPass,
                         OperationPass<gpu::GPUModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(LowerGPUModuleToTargetPass)

  LowerGPUModuleToTargetPass() = default;
  LowerGPUModuleToTargetPass(const LowerGPUModuleToTargetPass &other)
      : PassWrapper(other) {}

  StringRef getArgument() const final { return "act-gpu-lower-to-target"; }
  StringRef getDescription() const final {
    return "Lower a gpu.module to the LLVM dialect with NVVM or ROCDL "
           "intrinsics, without libdevice/ocml calls (a stage of "
           "act-gpu-pipeline)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry
        .insert<LLVM::LLVMDialect, NVVM::NVVMDialect, ROCDL::ROCDLDialect>();
    // What gpu-module-to-binary needs next, so that the pipeline works in
    // any tool: the serializers of the target attributes and the
    // translation of the kernels to LLVM IR.
    NVVM::registerNVVMTargetInterfaceExternalModels(registry);
    ROCDL::registerROCDLTargetInterfaceExternalModels(registry);
    registerBuiltinDialectTranslation(registry);
    registerGPUDialectTranslation(registry);
    registerLLVMDialectTranslation(registry);
    registerNVVMDialectTranslation(registry);
    registerROCDLDialectTranslation(registry);
  }

  void runOnOperation() override {
    gpu::GPUModuleOp module = getOperation();
    MLIRContext *context = &getContext();
    bool nvvm = target == "nvvm";
    std::string chipName = chip.empty() ? "gfx942" : chip.getValue();
    FailureOr<amdgpu::Chipset> chipset = amdgpu::Chipset::parse(chipName);
    if (!nvvm && (target != "rocdl" || failed(chipset))) {
      module.emitError("act-gpu-lower-to-target: invalid target '")
          << target.getValue() << "' or chip '" << chipName << "'";
      return signalPassFailure();
    }
    if (failed(checkNoDeviceLibrary(module)))
      return signalPassFailure();

    if (!nvvm && !module->hasAttr(LLVM::LLVMDialect::getDataLayoutAttrName()))
      module->setAttr(LLVM::LLVMDialect::getDataLayoutAttrName(),
                      StringAttr::get(context, kAMDGCNDataLayout));
    LowerToLLVMOptions options(context, DataLayout(cast<DataLayoutOpInterface>(
                                            module.getOperation())));
    if (auto layout = module->getAttrOfType<StringAttr>(
            LLVM::LLVMDialect::getDataLayoutAttrName()))
      options.dataLayout = llvm::DataLayout(layout.getValue());
    LLVMTypeConverter converter(context, options);
    if (nvvm)
      configureGpuToNVVMTypeConverter(converter);
    else
      amdgpu::populateCommonGPUTypeAndAttributeConversions(converter);
    if (failed(lowerMathToIntrinsics(module, converter)))
      return signalPassFailure();

    RewritePatternSet patterns(context);
    arith::populateArithToLLVMConversionPatterns(converter, patterns);
    cf::populateControlFlowToLLVMConversionPatterns(converter, patterns);
    populateFinalizeMemRefToLLVMConversionPatterns(converter, patterns);
    populateVectorToLLVMConversionPatterns(converter, patterns);
    index::populateIndexToLLVMConversionPatterns(converter, patterns);
    ub::populateUBToLLVMConversionPatterns(converter, patterns);
    LLVMConversionTarget llvmTarget(*context);
    llvmTarget.addLegalOp<gpu::GPUModuleOp>();
    llvmTarget.addIllegalDialect<gpu::GPUDialect>();
    if (nvvm) {
      populateGpuToNVVMConversionPatterns(converter, patterns);
      llvmTarget.addLegalDialect<NVVM::NVVMDialect>();
    } else {
      populateGpuToROCDLConversionPatterns(
          converter, patterns, gpu::amd::Runtime::Unknown, *chipset);
      llvmTarget.addLegalDialect<ROCDL::ROCDLDialect>();
    }
    if (failed(applyFullConversion(module, llvmTarget, std::move(patterns))))
      return signalPassFailure();
    if (!nvvm)
      setFlatWorkGroupSizes(module);
  }

  Option<std::string> target{*this, "target",
                             llvm::cl::desc("'nvvm' or 'rocdl'"),
                             llvm::cl::init("nvvm")};
  Option<std::string> chip{*this, "chip",
                           llvm::cl::desc("AMD chip (rocdl), e.g. gfx942"),
                           llvm::cl::init("")};
};
} // namespace

//===----------------------------------------------------------------------===//
// The pipeline
//===----------------------------------------------------------------------===//

static void addPipeline(OpPassManager &pm, StringRef pipeline) {
  if (failed(parsePassPipeline(pipeline, pm, llvm::errs())))
    llvm::report_fatal_error("act-gpu-pipeline: upstream passes are not "
                             "registered; call mlir::registerAllPasses()");
}

void mlir::act::buildGPUPipeline(OpPassManager &pm,
                                 const GPUPipelineOptions &options) {
  std::string error = diagnoseOptions(options);
  if (!error.empty()) {
    pm.addPass(std::make_unique<ReportErrorPass>("act-gpu-pipeline: " + error));
    return;
  }
  bool nvvm = options.target == "nvvm";
  std::string chip = getGPUChip(options);

  // Tensors to buffers, fused as on the CPU.
  addPipeline(pm, "func.func(act-simplify,convert-act-to-linalg,"
                  "convert-elementwise-to-linalg,linalg-generalize-named-ops),"
                  "resolve-ranked-shaped-type-result-dims,"
                  "linalg-fuse-elementwise-ops,act-legalize-reshapes,"
                  "one-shot-bufferize{bufferize-function-boundaries "
                  "function-boundary-type-conversion=identity-layout-map},"
                  "buffer-deallocation-pipeline,"
                  "convert-bufferization-to-memref,act-sort-constant-globals,"
                  "canonicalize,cse");

  // Kernels.
  auto map = std::make_unique<MapElementwiseToGPUPass>();
  map->vectorWidth = options.vectorWidth.getValue();
  map->blockSize = options.blockSize.getValue();
  map->maxBlocks = options.maxBlocks.getValue();
  pm.addPass(std::move(map));
  // inline-gelu=false: GELU's erfc and exp stay the expansions that were
  // measured on the device (docs/GPU.md); the inline ones are checked on the
  // CPU only.
  addPipeline(pm, "gpu-kernel-outlining,func.func(gpu-async-region),"
                  "gpu.module(convert-act-to-arith{select-bounds=false "
                  "inline-gelu=false},"
                  "act-approximate-math,"
                  "act-legalize-reshapes,expand-strided-metadata,lower-affine,convert-scf-to-cf,"
                  "canonicalize,cse)");
  if (nvvm) {
    GpuNVVMAttachTargetOptions target;
    target.chip = chip;
    target.features = options.features.getValue();
    target.optLevel = options.optLevel.getValue();
    pm.addPass(createGpuNVVMAttachTarget(target));
  } else {
    GpuROCDLAttachTargetOptions target;
    target.chip = chip;
    target.features = options.features.getValue();
    target.optLevel = options.optLevel.getValue();
    pm.addPass(createGpuROCDLAttachTarget(target));
  }
  auto lower = std::make_unique<LowerGPUModuleToTargetPass>();
  lower->target = options.target.getValue();
  lower->chip = nvvm ? "" : chip;
  pm.addNestedPass<gpu::GPUModuleOp>(std::move(lower));
  addPipeline(pm, "gpu.module(canonicalize,cse,reconcile-unrealized-casts)");
  GpuModuleToBinaryPassOptions binary;
  binary.compilationTarget = options.format.getValue();
  binary.toolkitPath = options.toolkit.getValue();
  pm.addPass(createGpuModuleToBinaryPass(binary));

  // Host code.
  std::string host =
      "act-legalize-reshapes,expand-strided-metadata,lower-affine,"
      "convert-scf-to-cf,";
  if (options.cInterface)
    host += "func.func(llvm-request-c-wrappers),";
  host += "gpu-to-llvm,reconcile-unrealized-casts,canonicalize,cse";
  addPipeline(pm, host);
}

void mlir::act::registerActGPUPipeline() {
  PassPipelineRegistration<GPUPipelineOptions>(
      "act-gpu-pipeline",
      "Lower act/linalg/arith on tensors or memrefs to vectorized GPU "
      "kernels (NVVM/PTX or ROCDL/AMDGPU, in gpu.binary) and host code in "
      "the LLVM dialect calling the mgpu* runtime functions",
      buildGPUPipeline);
  PassRegistration<MapElementwiseToGPUPass>();
  PassRegistration<LowerGPUModuleToTargetPass>();
}
