//===- Passes.td - act dialect transformation passes -------*- tablegen -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_TRANSFORMS_PASSES_TD
#define ACT_DIALECT_ACT_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def ActSimplifyPass : Pass<"act-simplify"> {
  let summary = "Fold and simplify act ops with exact rewrites only";
  let description = [{
    Applies the folders and canonicalization patterns of the act dialect, and
    nothing else: constant folding of every op on scalars, splats and dense
    constants through the reference semantics, and the exact composition of
    relu and clamp (`relu(relu x)`, clamp of clamp, relu around clamp),
    respecting `nan_mode`. Unlike `--canonicalize`, ops of other dialects are
    left alone, which makes the pass safe to run inside other pipelines.

    Example:

    ```mlir
    %0 = act.relu %x : tensor<8xf32>
    %1 = act.clamp %0 {min = -1.0 : f64, max = 6.0 : f64} : tensor<8xf32>
    // becomes
    %1 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<8xf32>
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
  let statistics = [
    Statistic<"numRewritten", "num-rewritten",
              "Number of act ops folded or rewritten">
  ];
}

def ActSignSimplifyPass : Pass<"act-sign-simplify", "::mlir::ModuleOp"> {
  let summary = "Remove activations that the sign analysis proves exact";
  let description = [{
    Runs the sign analysis (a sparse forward dataflow analysis tracking
    which of -inf, negative, -0, +0, positive, +inf and NaN each float value
    may hold, through arith, math, act and data-movement ops) and rewrites:

    * `relu(x) -> x` where `x` is provably `+0`, positive or NaN (outputs of
      relu, sigmoid, exp, softplus, abs, `x * x`, ...); with
      `nan_mode = ignore` only where `x` is also never NaN;
    * `clamp(x) -> x` where every class `x` may hold lies within the bounds;
    * dead activations: `relu(x)`, where `x` is provably `<= 0`, becomes a
      zero constant when that is exact (`x` never NaN, or
      `nan_mode = ignore`, or the op has `fastmath<nnan>`). With
      `report-dead`, every dead activation is reported as a remark, folded
      or not.
  }];
  let options = [
    Option<"reportDead", "report-dead", "bool", /*default=*/"false",
           "Emit a remark at every activation whose output is provably zero">
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def ActReportDeadPass : Pass<"act-report-dead", "::mlir::ModuleOp"> {
  let summary = "Report dead activations (outputs provably zero) as remarks";
  let description = [{
    Emits a remark at every `act.relu` whose input the sign analysis proves
    `<= 0` (the "dead neuron" of ReLU): its output is zero except where the
    input is NaN. The IR is not changed; `act-sign-simplify` folds the cases
    where the fold is exact.
  }];
}

def ActCommutePass : Pass<"act-commute"> {
  let summary = "Move activations across scales and data movement, exactly";
  let description = [{
    Exact rewrites that move an activation to where it is cheaper or where it
    can fuse with its producer:

    * positive scaling: `relu(c * x) -> c * relu(x)` for a constant `c > 0`
      (finite), e.g. moving a dequantization scale out of the activation;
    * broadcast: `act(broadcast(x)) -> broadcast(act(x))` (fewer elements);
    * slicing: `extract_slice(act(x)) -> act(extract_slice(x))`;
    * padding: `act(pad(x, v)) -> pad(act(x), v)` when `act(v) == v`;
    * max pooling: `maxpool(act(x)) -> act(maxpool(x))` for monotone
      activations (relu, clamp with `nan_mode = propagate`, leaky_relu with
      `alpha > 0`) when the pooling's init value `v` satisfies
      `act(max(v, w)) == max(v, act(w))` (e.g. `-inf`);
    * reshapes and transposes: `act(reshape(x)) -> reshape(act(x))` when `x`
      is produced by a linalg op, so the activation can become its epilogue.

    Each rewrite requires the moved op to have a single use, so nothing is
    computed twice. Elementwise ops commute exactly with data movement; the
    scaling and pooling rewrites are exact for NaN, signed zeros and
    infinities under the stated conditions.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def ActFusePass : Pass<"act-fuse"> {
  let summary = "Fuse activations with elementwise neighbours and into "
                "matmul/conv epilogues";
  let description = [{
    Two steps on tensors:

    1. Act ops on tensors become `linalg.generic` ops (as in
       `convert-act-to-linalg`), then elementwise fusion (upstream `linalg` elementwise fusion patterns):
       chains of elementwise `linalg.generic` ops (activations, bias adds
       with broadcasts, batch-norm-style affine maps) become one generic.
       A producer is fused only into its single consumer, so nothing is
       recomputed (the cost model: multiple consumers block fusion), and
       only while the fused body stays within `max-fused-ops` operations:
       each fusion copies both bodies, so an unbounded chain of N ops would
       cost N^2 / 2 copies (3.9 s for 10000 ops); a body that large is
       bound by arithmetic, so one more pass over memory costs little.
    2. Epilogue fusion: an elementwise generic that applies an activation to
       the result of a `linalg.matmul`, `batch_matmul` or convolution (its
       only use) is tiled, and the contraction is fused into the tile loop
       (upstream tile-and-fuse through `TilingInterface`). Each output tile
       is computed and immediately activated while it is in cache, instead
       of a second pass over the whole output. Only static shapes are
       tiled, each loop by its tile size where that divides its range (else
       not at all), so that no partial tiles remain.
  }];
  let options = [
    ListOption<"tileSizes", "tile-sizes", "int64_t",
               "Tile sizes of the innermost loops of the epilogue "
               "(outer loops get 1); default 32,64">,
    Option<"elementwise", "elementwise", "bool", /*default=*/"true",
           "Run elementwise fusion first">,
    Option<"epilogue", "epilogue", "bool", /*default=*/"true",
           "Fuse contractions/convolutions into activation epilogues">,
    Option<"maxFusedOps", "max-fused-ops", "unsigned", /*default=*/"256",
           "Operations at most in the body of an elementwise fusion's "
           "result (0: no limit)">
  ];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect"];
}

def ActVectorizePass : Pass<"act-vectorize", "::mlir::func::FuncOp"> {
  let summary = "Vectorize affine loops at the target width (upstream "
                "super-vectorizer, quietly skipping what it cannot do)";
  let description = [{
    Runs upstream's affine super-vectorizer with a 1-D virtual vector size.
    Out-of-bounds tails become masked transfers. Loops over memrefs with
    non-identity layouts (the strided tiles of epilogue fusion) are left
    scalar: upstream reports those as "NYI" errors without failing, which
    this pass turns into silence instead of error messages on a successful
    compilation.
  }];
  let options = [
    Option<"vectorSize", "vector-size", "int64_t", /*default=*/"8",
           "Lanes per vector">
  ];
  let dependentDialects = ["::mlir::vector::VectorDialect",
                           "::mlir::affine::AffineDialect"];
}

def ActBF16MovesAsI16Pass : Pass<"act-bf16-moves-as-i16"> {
  let summary = "Load, store and select bf16 values as i16 in the LLVM dialect";
  let description = [{
    Rewrites `llvm.load`, `llvm.store`, `llvm.intr.masked.load`,
    `llvm.intr.masked.store` and `llvm.select` of `bf16` (scalars and
    one-lane vectors) into the same operations on `i16`, with bitcasts.
    Wider vectors are left alone: their bfloat moves are exact, and their
    `<N x i16>` form hit an LLVM 22 miscompile of NaN inputs. After
    act-expand-bf16 no bf16 arithmetic is left, so LLVM's optimizer then
    removes the bitcasts and no `bfloat` value reaches the backend: LLVM's
    x86 backend moves scalar (and one-lane) `bfloat` values, in `select`
    and masked memory operations, through f32 and back with the
    AVX512-BF16 conversion `vcvtneps2bf16`, which flushes subnormals to
    zero. Run it last, on the LLVM dialect.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def ActX86FixupImmPass : Pass<"act-x86-fixupimm"> {
  let summary = "NaN-exact relu on 512-bit vectors as one AVX-512 vfixupimm";
  let description = [{
    Rewrites the LLVM-dialect form of an exact relu on `vector<16xf32>` or
    `vector<8xf64>`, `select(fcmp ole x, +0), +0, x)` (or `select(fcmp ugt
    x, +0), x, +0)`), into `llvm.x86.avx512.mask.fixupimm.ps.512` /
    `.pd.512` with a response table that gives the input quieted for NaNs,
    +0 for zeros, negatives and -inf, and the input otherwise: the same
    bits in one instruction, where LLVM's x86 backend selects a compare and
    a masked move. The result must be compiled for a CPU with AVX-512F:
    act-cpu-pipeline runs it only when its `target-cpu`/`target-features`
    have AVX-512F.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def ActSortConstantGlobalsPass
    : Pass<"act-sort-constant-globals", "::mlir::ModuleOp"> {
  let summary = "Name and order bufferization's constant globals by content";
  let description = [{
    One-shot bufferization creates a private constant `memref.global` per
    distinct tensor constant, named `__constant_<type>` with `_0`, `_1`,
    ... suffixes, in an order that depends on pointer values: the output of
    a pipeline then differs from run to run (and between threaded and
    serial pass managers). This pass sorts those globals by their type and
    contents, renames them in that order (`__constant_<type>`, then
    `__constant_<type>_0`, ...; every use follows) and places them first
    in the module, so that the output is a function of the input only.
    Only private constant globals whose name starts with `__constant_` are
    touched.
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def ActLegalizeReshapesPass : Pass<"act-legalize-reshapes"> {
  let summary = "Rewrite the reshapes that upstream MLIR 22 lowers wrongly";
  let description = [{
    Two rewrites that keep act-cpu-pipeline and act-gpu-pipeline from
    crashing or producing invalid IR on valid reshapes (docs/Reliability.md,
    bugs 8 and 9):

    - A `tensor.expand_shape` or `tensor.collapse_shape` whose source or
      result has a static size 0 holds no element: it becomes a
      `tensor.empty` of the result's (reified) sizes. Otherwise one-shot
      bufferization may build a `memref.collapse_shape` from
      `memref<8x?x0xf16>` to `memref<0xf16>`, which the memref verifier
      rejects.
    - A `memref.expand_shape` with more than one dynamic size in a
      reassociation group, or a dynamic size beside a static 0, becomes a
      `memref.reinterpret_cast` of the source's base buffer, with the
      strides computed from the source's strides and the output sizes
      (`memref.extract_strided_metadata`). Upstream's
      `expand-strided-metadata` assumes one dynamic size per group and
      crashes on these (llvm/llvm-project#186830, fixed for LLVM 23).

    Run it before bufferization (for the first) and before
    `expand-strided-metadata` (for the second); act-cpu-pipeline does both.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::tensor::TensorDialect"];
}

def ActApproximateMathPass : Pass<"act-approximate-math"> {
  let summary = "Replace f32 math ops by vectorizable polynomial approximations";
  let description = [{
    Applies upstream MLIR's polynomial approximations of `math` ops (exp,
    expm1, log1p, erf, erfc, tanh, ...) on f32 scalars and vectors, so that
    the transcendental activations vectorize instead of calling libm per
    lane. Their accuracy is measured against the reference semantics and
    recorded in docs/Numerics.md. The transcendental ops that remain (f64)
    become calls to libm (`expm1`, `log1p`, `erfc`, `tanh`, ...), never the
    cancelling `exp(x) - 1` / `log(1 + x)` forms.
  }];
  let options = [
    Option<"polynomial", "polynomial", "bool", /*default=*/"true",
           "Use the polynomial approximations for f32 (off: libm calls for "
           "every transcendental op)">
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect"];
}

def ActExpandBF16Pass : Pass<"act-expand-bf16"> {
  let summary = "Round f32 to bf16 (and extend) with integer operations";
  let description = [{
    Rewrites `arith.truncf`/`arith.extf` between f32 and bf16 into bit
    operations (upstream's bf16 expansion patterns, without the rest of
    `arith-expand`, whose expansion of `arith.maximumf`/`minimumf` ignores
    the order -0 < +0). The rounding is round-to-nearest-even and keeps
    subnormals, unlike the AVX512-BF16 conversion instructions, which flush
    them.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def ActRaisePass : Pass<"act-raise"> {
  let summary = "Recognize activation functions and replace them by act ops";
  let description = [{
    Finds activation functions spelled with `arith`, `math` and `tosa` ops,
    in `linalg.generic` bodies or directly on tensors and vectors, and
    replaces each by the act op, only where the act op has the same
    semantics: NaN, infinities and signed zeros behave identically on every
    input (NaNs compared as NaNs), and finite values differ at most by the
    rounding of the composite's intermediate steps (the act op computes the
    same function within its documented accuracy). relu and clamp are raised
    bit-exactly. A composite that differs in a special case is raised only
    when its fastmath flags make that case poison (`x * sigmoid(x)` is NaN
    at -inf where `act.silu` gives -0: raised with `ninf`). Intermediate
    values used outside the pattern block the rewrite.

    Recognized: relu (`maximumf(x, 0)`, `select(x ugt 0, x, 0)` and, mapping
    NaN to 0, `select(x ogt 0, x, 0)`), clamp/relu6 (min/max/select chains,
    `tosa.clamp`), sigmoid (`1 / (1 + exp(-x))`, `tosa.sigmoid`), silu, gelu
    (erf and tanh forms), softplus, mish, elu and hardswish in the shapes
    torch-mlir and TOSA lowerings produce, and hardsigmoid as
    `clamp(alpha * x + beta, 0, 1)` (ONNX, TOSA). Constants may be built
    in the body (`arith.sitofp` of an integer, `math.sqrt(2.0)`) or come from
    fills and splats. torch-mlir spreads some activations over several
    `linalg.generic` ops: run `linalg-fuse-elementwise-ops` first. A generic
    that only applies one act op to its input is replaced by that act op on
    the tensor. docs/Raising.md lists every pattern with its argument.

    Example:

    ```mlir
    %0 = linalg.generic {...} ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %c = arith.cmpf ugt, %in, %zero : f32
      %r = arith.select %c, %in, %zero : f32
      linalg.yield %r : f32
    } -> tensor<8xf32>
    // becomes
    %0 = act.relu %x : tensor<8xf32>
    ```
  }];
  let options = [
    Option<"liftGenerics", "lift-generics", "bool", /*default=*/"true",
           "Replace a linalg.generic that applies one act op to its input by "
           "that act op on the tensor">
  ];
  let dependentDialects = ["::mlir::act::ActDialect",
                           "::mlir::arith::ArithDialect"];
  let statistics = [
    Statistic<"numRaised", "num-raised", "Number of act ops created">
  ];
}

#endif // ACT_DIALECT_ACT_TRANSFORMS_PASSES_TD
