//===- Generator.cpp - random act programs for differential testing -------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Most values of a program have the "main" tensor type; the DAG grows by
// applying an operation to values picked from the pool (recent ones more
// often, so that chains form, and any value may get several uses, which
// blocks the single-use rewrites). Shape-changing operations appear as
// round trips (collapse -> act -> expand, transpose -> act -> transpose
// back, pad -> act -> slice) that give a main-typed value again, or as extra
// results of their own type (slice, max pooling).
//
//===----------------------------------------------------------------------===//

#include "Generator.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <random>

using llvm::APFloat;
using llvm::APInt;

namespace mlir {
namespace act {
namespace difftest {
namespace {

struct ElementKind {
  const char *name;
  unsigned bits;
  const llvm::fltSemantics &(*semantics)(); // null for integers
};

const ElementKind kFloatKinds[] = {{"f16", 16, APFloat::IEEEhalf},
                                   {"bf16", 16, APFloat::BFloat},
                                   {"f32", 32, APFloat::IEEEsingle},
                                   {"f64", 64, APFloat::IEEEdouble}};
const ElementKind kIntKinds[] = {{"i8", 8, nullptr},
                                 {"i16", 16, nullptr},
                                 {"i32", 32, nullptr},
                                 {"i64", 64, nullptr}};

/// A double as an MLIR float literal (which needs a '.').
std::string doubleLiteral(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  std::string s = buffer;
  if (s.find_first_of(".n") == std::string::npos) { // no '.', not inf/nan
    size_t e = s.find('e');
    s.insert(e == std::string::npos ? s.size() : e, ".0");
  }
  return s;
}

class Generator {
public:
  Generator(uint64_t seed, const GeneratorOptions &options)
      : rng(seed), options(options) {
    program.seed = seed;
  }

  Program run();

private:
  struct Value {
    std::string name;
    bool constantOnly;
  };

  // Randomness.
  uint64_t below(uint64_t n) { return n ? rng() % n : 0; }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <typename T> const T &pickFrom(const std::vector<T> &v) {
    return v[below(v.size())];
  }

  bool isFloat() const { return element.semantics != nullptr; }
  std::string fresh() { return "%v" + std::to_string(counter++); }
  std::string type(const std::vector<int64_t> &dims,
                   const std::vector<bool> &dynamic) const;
  std::string mainType() const { return type(shape, dynamic); }
  /// The sizes of the main shape as an MLIR index list (constants and the
  /// %dimN values of the dynamic dimensions).
  std::string mixedSizes(const std::vector<size_t> &order) const;
  std::string empty(const std::vector<size_t> &order);
  std::string elementLiteral(const APFloat &value) const;
  APFloat specialFloat();
  std::string specialElement();
  Value pickOperand();
  void note(const std::string &feature);

  // Node kinds.
  Value unaryAct(const Value &x);
  Value binaryAct();
  Value arithmetic();
  Value constant();
  Value broadcast();
  Value collapseRoundTrip();
  Value transposeRoundTrip();
  Value padRoundTrip();
  Value matmul();
  void sliceResult();
  void poolResult();
  std::string addArgument(const std::vector<int64_t> &dims,
                          const std::vector<bool> &dynamic);

  std::mt19937_64 rng;
  const GeneratorOptions &options;
  Program program;
  ElementKind element{};
  std::vector<int64_t> shape;
  std::vector<bool> dynamic;
  std::vector<std::string> arguments;
  std::string body;
  llvm::raw_string_ostream os{body};
  unsigned counter = 0;
  unsigned transcendental = 0;
  std::vector<Value> pool;
  std::vector<std::pair<std::string, std::string>> results;
};

std::string Generator::type(const std::vector<int64_t> &dims,
                            const std::vector<bool> &dyn) const {
  std::string s = "tensor<";
  for (size_t i = 0; i < dims.size(); ++i)
    s += (dyn[i] ? std::string("?") : std::to_string(dims[i])) + "x";
  return s + element.name + ">";
}

std::string Generator::mixedSizes(const std::vector<size_t> &order) const {
  std::string s;
  for (size_t i : order) {
    if (!s.empty())
      s += ", ";
    s += dynamic[i] ? "%dim" + std::to_string(i) : std::to_string(shape[i]);
  }
  return s;
}

/// A tensor.empty of the main shape permuted by `order`.
std::string Generator::empty(const std::vector<size_t> &order) {
  std::vector<int64_t> dims;
  std::vector<bool> dyn;
  std::string operands;
  for (size_t i : order) {
    dims.push_back(shape[i]);
    dyn.push_back(dynamic[i]);
    if (dynamic[i])
      operands += (operands.empty() ? "" : ", ") + ("%dim" + std::to_string(i));
  }
  std::string name = fresh();
  os << "  " << name << " = tensor.empty(" << operands
     << ") : " << type(dims, dyn) << "\n";
  return name;
}

std::string Generator::elementLiteral(const APFloat &value) const {
  // The bit pattern in hexadecimal: exact for every value, NaN included.
  uint64_t bits = value.bitcastToAPInt().getZExtValue();
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%0*llX",
                static_cast<int>(element.bits / 4),
                static_cast<unsigned long long>(bits));
  return buffer;
}

APFloat Generator::specialFloat() {
  const llvm::fltSemantics &s = element.semantics();
  switch (below(14)) {
  case 0:
    return APFloat::getZero(s, chance(50));
  case 1:
    return APFloat::getInf(s, chance(50));
  case 2:
    return APFloat::getQNaN(s, chance(50));
  case 3:
    return APFloat::getSmallest(s, chance(50));
  case 4:
    return APFloat::getSmallestNormalized(s, chance(50));
  case 5:
    return APFloat::getLargest(s, chance(50));
  default: {
    static const double kNice[] = {
        1.0,  -1.0,  0.5,  -0.5, 2.0,   -2.0,  3.0,    -3.0, 6.0, -6.0,
        20.0, -20.0, 0.25, 1e-3, -1e-3, 100.0, -100.0, 0.75, 1.5, -1.5};
    APFloat v(kNice[below(std::size(kNice))]);
    bool losesInfo;
    v.convert(s, APFloat::rmNearestTiesToEven, &losesInfo);
    return v;
  }
  }
}

std::string Generator::specialElement() {
  if (isFloat())
    return elementLiteral(specialFloat());
  static const int64_t kInts[] = {0, 1, -1, 2, -2, 6, -6, 100, -100, 127, -128};
  return std::to_string(kInts[below(std::size(kInts))]);
}

void Generator::note(const std::string &feature) {
  if (std::find(program.features.begin(), program.features.end(), feature) ==
      program.features.end())
    program.features.push_back(feature);
}

Generator::Value Generator::pickOperand() {
  // Recent values more often: chains form, older values get more uses.
  if (chance(60))
    return pool.back();
  return pickFrom(pool);
}

Generator::Value Generator::unaryAct(const Value &x) {
  std::string result = fresh();
  std::string op, attrs;
  if (!isFloat()) {
    if (chance(50)) {
      op = "relu";
    } else {
      int64_t half = element.bits >= 16 ? 1000 : 100;
      int64_t a = static_cast<int64_t>(below(2 * half + 1)) - half;
      int64_t b = static_cast<int64_t>(below(2 * half + 1)) - half;
      op = "clamp";
      attrs = "{min = " + doubleLiteral(static_cast<double>(std::min(a, b))) +
              " : f64, max = " +
              doubleLiteral(static_cast<double>(std::max(a, b))) + " : f64}";
    }
    note("act." + op);
    os << "  " << result << " = act." << op << " " << x.name << " " << attrs
       << " : " << mainType() << "\n";
    return {result, x.constantOnly};
  }
  static const std::vector<std::string> kExact = {
      "relu", "clamp", "leaky_relu", "threshold", "hardsigmoid", "hardswish"};
  static const std::vector<std::string> kTranscendental = {
      "elu", "selu", "celu", "gelu", "sigmoid", "silu", "softplus", "mish"};
  bool useTranscendental =
      transcendental < options.maxTranscendental && chance(40);
  op = useTranscendental ? pickFrom(kTranscendental) : pickFrom(kExact);
  auto f64 = [](double v) { return doubleLiteral(v) + " : f64"; };
  static const std::vector<double> kBounds = {-6.0, -1.0, -0.5, -0.0, 0.0,
                                              0.5,  1.0,  3.0,  6.0,  1e30};
  std::string nanMode = chance(25) ? "nan_mode = #act.nan_mode<ignore>" : "";
  if (op == "relu") {
    if (!nanMode.empty())
      attrs = "{" + nanMode + "}";
  } else if (op == "clamp") {
    double a = pickFrom(kBounds), b = pickFrom(kBounds);
    if (a > b || (a == b && std::signbit(b)))
      std::swap(a, b);
    attrs = "{min = " + f64(a) + ", max = " + f64(b) +
            (nanMode.empty() ? "" : ", " + nanMode) + "}";
  } else if (op == "leaky_relu") {
    static const std::vector<double> kAlpha = {0.01, 0.2, 0.5,  1.0,   2.0,
                                               -0.5, 0.0, -0.0, 1e-30, 100.0};
    if (chance(80))
      attrs = "{alpha = " + f64(pickFrom(kAlpha)) + "}";
  } else if (op == "threshold") {
    static const std::vector<double> kThreshold = {0.0,  -0.0, 0.5,  1.0,
                                                   -1.0, 6.0,  1e10, -1e-40};
    static const std::vector<double> kValue = {0.0, -0.0, -2.0,
                                               1.0, 20.0, 1e-45};
    attrs = "{threshold = " + f64(pickFrom(kThreshold)) +
            ", value = " + f64(pickFrom(kValue)) + "}";
  } else if (op == "hardsigmoid") {
    static const std::vector<double> kAlpha = {0.2, 0.25, -1.0, 3.0, 1e-3};
    static const std::vector<double> kBeta = {0.5, 0.0, 1.0, -0.25};
    if (chance(60))
      attrs = "{alpha = " + f64(pickFrom(kAlpha)) +
              ", beta = " + f64(pickFrom(kBeta)) + "}";
  } else if (op == "elu" || op == "celu") {
    static const std::vector<double> kAlpha = {1.0, 0.5, 2.0, -1.0, 0.1};
    if (chance(60))
      attrs = "{alpha = " + f64(pickFrom(kAlpha)) + "}";
  } else if (op == "gelu") {
    if (chance(50))
      attrs = "{approximate = #act.approximate<tanh>}";
  } else if (op == "softplus") {
    static const std::vector<double> kBeta = {1.0, 2.0, 0.5, 10.0};
    static const std::vector<double> kThreshold = {20.0, 1.0, 0.0, -5.0};
    if (chance(60))
      attrs = "{beta = " + f64(pickFrom(kBeta)) +
              ", threshold = " + f64(pickFrom(kThreshold)) + "}";
  }
  if (useTranscendental) {
    ++transcendental;
    if (x.constantOnly)
      program.bitwiseAcrossPipelines = false;
  }
  note("act." + op);
  os << "  " << result << " = act." << op << " " << x.name << " " << attrs
     << " : " << mainType() << "\n";
  return {result, x.constantOnly};
}

Generator::Value Generator::binaryAct() {
  Value a = pickOperand(), b = pickFrom(pool);
  std::string op = chance(50) ? "prelu" : "relu_grad";
  note("act." + op);
  std::string result = fresh();
  os << "  " << result << " = act." << op << " " << a.name << ", " << b.name
     << " : " << mainType() << "\n";
  return {result, a.constantOnly && b.constantOnly};
}

Generator::Value Generator::arithmetic() {
  Value a = pickOperand();
  std::string result = fresh();
  if (isFloat() && chance(20)) {
    std::string op = chance(50) ? "arith.negf" : "math.absf";
    note(op);
    os << "  " << result << " = " << op << " " << a.name << " : " << mainType()
       << "\n";
    return {result, a.constantOnly};
  }
  Value b = pickFrom(pool);
  static const std::vector<std::string> kFloat = {
      "arith.addf", "arith.subf",     "arith.mulf",
      "arith.divf", "arith.maximumf", "arith.minimumf"};
  static const std::vector<std::string> kInt = {
      "arith.addi", "arith.subi", "arith.muli", "arith.maxsi", "arith.minsi"};
  std::string op = isFloat() ? pickFrom(kFloat) : pickFrom(kInt);
  note(op);
  if (chance(50))
    std::swap(a, b);
  os << "  " << result << " = " << op << " " << a.name << ", " << b.name
     << " : " << mainType() << "\n";
  return {result, a.constantOnly && b.constantOnly};
}

Generator::Value Generator::constant() {
  bool isStatic =
      std::none_of(dynamic.begin(), dynamic.end(), [](bool d) { return d; });
  std::string result = fresh();
  if (!isStatic || chance(30)) {
    // A fill of the (possibly dynamic) main shape with a scalar.
    note("linalg.fill");
    std::string scalar = fresh();
    os << "  " << scalar << " = arith.constant " << specialElement() << " : "
       << element.name << "\n";
    std::vector<size_t> identity(shape.size());
    for (size_t i = 0; i < identity.size(); ++i)
      identity[i] = i;
    std::string init = empty(identity);
    os << "  " << result << " = linalg.fill ins(" << scalar << " : "
       << element.name << ") outs(" << init << " : " << mainType() << ") -> "
       << mainType() << "\n";
    return {result, true};
  }
  int64_t elements = 1;
  for (int64_t d : shape)
    elements *= d;
  if (chance(50) || elements == 0 || elements > 64) {
    note("splat constant");
    os << "  " << result << " = arith.constant dense<" << specialElement()
       << "> : " << mainType() << "\n";
    return {result, true};
  }
  note("dense constant");
  // Nested brackets of the shape.
  std::string literal;
  std::vector<int64_t> index(shape.size(), 0);
  std::function<void(size_t)> emit = [&](size_t dim) {
    if (dim == shape.size()) {
      literal += specialElement();
      return;
    }
    literal += "[";
    for (int64_t i = 0; i < shape[dim]; ++i) {
      if (i)
        literal += ", ";
      emit(dim + 1);
    }
    literal += "]";
  };
  emit(0);
  os << "  " << result << " = arith.constant dense<" << literal
     << "> : " << mainType() << "\n";
  return {result, true};
}

std::string Generator::addArgument(const std::vector<int64_t> &dims,
                                   const std::vector<bool> &dyn) {
  std::string name = "%a" + std::to_string(arguments.size());
  arguments.push_back(name + ": " + type(dims, dyn));
  program.argShapes.push_back(dims);
  return name;
}

Generator::Value Generator::broadcast() {
  // A per-channel vector (the last dimension) or a scalar tensor, broadcast
  // to the main shape, with an activation on either side.
  bool vector = chance(70);
  std::vector<int64_t> dims;
  std::vector<bool> dyn;
  std::string dimensions;
  size_t rank = shape.size();
  if (vector) {
    dims = {shape.back()};
    dyn = {dynamic.back()};
    for (size_t i = 0; i + 1 < rank; ++i)
      dimensions += (i ? ", " : "") + std::to_string(i);
  } else {
    for (size_t i = 0; i < rank; ++i)
      dimensions += (i ? ", " : "") + std::to_string(i);
  }
  std::string arg = addArgument(dims, dyn);
  std::string input = arg;
  std::string inputType = type(dims, dyn);
  if (chance(30)) {
    // act before the broadcast (also what act-commute produces).
    std::string pre = fresh();
    os << "  " << pre << " = act.relu " << arg << " : " << inputType << "\n";
    input = pre;
  }
  std::vector<size_t> identity(rank);
  for (size_t i = 0; i < rank; ++i)
    identity[i] = i;
  std::string init = empty(identity);
  std::string result = fresh();
  note("linalg.broadcast");
  os << "  " << result << " = linalg.broadcast ins(" << input << " : "
     << inputType << ") outs(" << init << " : " << mainType()
     << ") dimensions = [" << dimensions << "]\n";
  Value v{result, false};
  if (chance(50))
    return unaryAct(v); // act-commute moves it before the broadcast
  return v;
}

Generator::Value Generator::collapseRoundTrip() {
  size_t rank = shape.size();
  Value x = pickOperand();
  int64_t total = 1;
  bool anyDynamic = false;
  std::string group;
  for (size_t i = 0; i < rank; ++i) {
    total *= shape[i];
    anyDynamic |= dynamic[i];
    group += (i ? ", " : "") + std::to_string(i);
  }
  std::string flatType = type({total}, {anyDynamic});
  std::string flat = fresh();
  note("tensor.collapse_shape");
  os << "  " << flat << " = tensor.collapse_shape " << x.name << " [[" << group
     << "]] : " << mainType() << " into " << flatType << "\n";
  std::string act = fresh();
  if (isFloat()) {
    os << "  " << act << " = act.relu " << flat << " : " << flatType << "\n";
  } else {
    os << "  " << act << " = act.clamp " << flat
       << " {min = -5.0 : f64, max = 5.0 : f64} : " << flatType << "\n";
  }
  std::vector<size_t> identity(rank);
  for (size_t i = 0; i < rank; ++i)
    identity[i] = i;
  std::string result = fresh();
  os << "  " << result << " = tensor.expand_shape " << act << " [[" << group
     << "]] output_shape [" << mixedSizes(identity) << "] : " << flatType
     << " into " << mainType() << "\n";
  return {result, x.constantOnly};
}

Generator::Value Generator::transposeRoundTrip() {
  size_t rank = shape.size();
  std::vector<size_t> perm(rank);
  for (size_t i = 0; i < rank; ++i)
    perm[i] = i;
  std::shuffle(perm.begin(), perm.end(), rng);
  std::vector<size_t> inverse(rank);
  for (size_t i = 0; i < rank; ++i)
    inverse[perm[i]] = i;
  std::vector<int64_t> dims;
  std::vector<bool> dyn;
  std::string permText, inverseText;
  for (size_t i = 0; i < rank; ++i) {
    dims.push_back(shape[perm[i]]);
    dyn.push_back(dynamic[perm[i]]);
    permText += (i ? ", " : "") + std::to_string(perm[i]);
    inverseText += (i ? ", " : "") + std::to_string(inverse[i]);
  }
  std::string permutedType = type(dims, dyn);
  Value x = pickOperand();
  std::string init = empty(perm);
  std::string transposed = fresh();
  note("linalg.transpose");
  os << "  " << transposed << " = linalg.transpose ins(" << x.name << " : "
     << mainType() << ") outs(" << init << " : " << permutedType
     << ") permutation = [" << permText << "]\n";
  std::string act = fresh();
  if (isFloat())
    os << "  " << act << " = act.leaky_relu " << transposed
       << " {alpha = 0.25 : f64} : " << permutedType << "\n";
  else
    os << "  " << act << " = act.relu " << transposed << " : " << permutedType
       << "\n";
  std::vector<size_t> identity(rank);
  for (size_t i = 0; i < rank; ++i)
    identity[i] = i;
  std::string back = empty(identity);
  std::string result = fresh();
  os << "  " << result << " = linalg.transpose ins(" << act << " : "
     << permutedType << ") outs(" << back << " : " << mainType()
     << ") permutation = [" << inverseText << "]\n";
  return {result, x.constantOnly};
}

Generator::Value Generator::padRoundTrip() {
  size_t rank = shape.size();
  Value x = pickOperand();
  std::vector<int64_t> low(rank), high(rank), dims(rank);
  std::string lowText, highText, offsets, strides, blockArgs;
  for (size_t i = 0; i < rank; ++i) {
    low[i] = below(3);
    high[i] = below(3);
    // The slice back starts at `low`, which the verifier wants inside the
    // padded dimension (also for an empty slice).
    if (shape[i] == 0 && high[i] == 0)
      high[i] = 1;
    dims[i] = shape[i] + low[i] + high[i];
    lowText += (i ? ", " : "") + std::to_string(low[i]);
    highText += (i ? ", " : "") + std::to_string(high[i]);
    strides += (i ? ", " : "") + std::string("1");
    blockArgs += (i ? ", " : "") + ("%i" + std::to_string(counter) + "_" +
                                    std::to_string(i) + ": index");
  }
  std::string paddedType = type(dims, dynamic);
  std::string padValue = fresh();
  // Values that relu maps to themselves (so act-commute may move the relu
  // before the pad) and others.
  std::string literal;
  if (isFloat()) {
    const llvm::fltSemantics &s = element.semantics();
    switch (below(3)) {
    case 0:
      literal = elementLiteral(APFloat::getZero(s));
      break;
    case 1:
      literal = elementLiteral(APFloat::getInf(s));
      break;
    default:
      literal = specialElement();
    }
  } else {
    literal = specialElement();
  }
  os << "  " << padValue << " = arith.constant " << literal << " : "
     << element.name << "\n";
  std::string padded = fresh();
  note("tensor.pad");
  os << "  " << padded << " = tensor.pad " << x.name << " low[" << lowText
     << "] high[" << highText << "] {\n  ^bb0(" << blockArgs
     << "):\n    tensor.yield " << padValue << " : " << element.name
     << "\n  } : " << mainType() << " to " << paddedType << "\n";
  std::string act = fresh();
  if (isFloat() && chance(50))
    os << "  " << act << " = act.relu " << padded << " : " << paddedType
       << "\n";
  else if (isFloat())
    os << "  " << act << " = act.clamp " << padded
       << " {min = -1.0 : f64, max = 1.0 : f64} : " << paddedType << "\n";
  else
    os << "  " << act << " = act.relu " << padded << " : " << paddedType
       << "\n";
  std::vector<size_t> identity(rank);
  for (size_t i = 0; i < rank; ++i)
    identity[i] = i;
  std::string result = fresh();
  note("tensor.extract_slice");
  os << "  " << result << " = tensor.extract_slice " << act << "[" << lowText
     << "] [" << mixedSizes(identity) << "] [" << strides
     << "] : " << paddedType << " to " << mainType() << "\n";
  return {result, x.constantOnly};
}

Generator::Value Generator::matmul() {
  // main = M x N; A: M x K, B: K x N.
  int64_t k = static_cast<int64_t>(below(6));
  bool kDynamic = chance(30);
  std::string a = addArgument({shape[0], k}, {dynamic[0], kDynamic});
  std::string b = addArgument({k, shape[1]}, {kDynamic, dynamic[1]});
  std::string typeA = type({shape[0], k}, {dynamic[0], kDynamic});
  std::string typeB = type({k, shape[1]}, {kDynamic, dynamic[1]});
  std::string init;
  if (chance(50)) {
    init = pickOperand().name; // accumulate into an existing value
  } else {
    std::string zero = fresh();
    os << "  " << zero << " = arith.constant "
       << (isFloat() ? elementLiteral(APFloat::getZero(element.semantics()))
                     : std::string("0"))
       << " : " << element.name << "\n";
    std::string e = empty({0, 1});
    init = fresh();
    os << "  " << init << " = linalg.fill ins(" << zero << " : " << element.name
       << ") outs(" << e << " : " << mainType() << ") -> " << mainType()
       << "\n";
  }
  std::string result = fresh();
  note("linalg.matmul");
  os << "  " << result << " = linalg.matmul ins(" << a << ", " << b << " : "
     << typeA << ", " << typeB << ") outs(" << init << " : " << mainType()
     << ") -> " << mainType() << "\n";
  Value v{result, false};
  if (chance(60))
    return unaryAct(v); // an epilogue candidate
  return v;
}

void Generator::sliceResult() {
  // extract_slice(act(x)): act-commute slices first.
  size_t rank = shape.size();
  Value x = pickOperand();
  std::string act = fresh();
  os << "  " << act << " = act." << (isFloat() ? "hardswish" : "relu") << " "
     << x.name << " : " << mainType() << "\n";
  std::vector<int64_t> offsets(rank), sizes(rank);
  std::string offsetText, sizeText, strideText;
  for (size_t i = 0; i < rank; ++i) {
    // The verifier wants offset < size of the dimension, also for empty
    // slices.
    offsets[i] = shape[i] ? below(shape[i]) : 0;
    sizes[i] = below(shape[i] - offsets[i] + 1);
    offsetText += (i ? ", " : "") + std::to_string(offsets[i]);
    sizeText += (i ? ", " : "") + std::to_string(sizes[i]);
    strideText += (i ? ", " : "") + std::string("1");
  }
  std::string sliceType = type(sizes, std::vector<bool>(rank, false));
  std::string result = fresh();
  note("tensor.extract_slice");
  os << "  " << result << " = tensor.extract_slice " << act << "[" << offsetText
     << "] [" << sizeText << "] [" << strideText << "] : " << mainType()
     << " to " << sliceType << "\n";
  results.push_back({result, sliceType});
}

void Generator::poolResult() {
  // NHWC max pooling of act(x), window 2x2 or 1x2, stride 1, with an init
  // value that may or may not let act-commute move the act after it.
  Value x = pickOperand();
  std::string act = fresh();
  static const std::vector<std::pair<std::string, std::string>> kActs = {
      {"relu", ""},
      {"clamp", "{min = -1.0 : f64, max = 6.0 : f64}"},
      {"leaky_relu", "{alpha = 0.1 : f64}"},
      {"relu", "{nan_mode = #act.nan_mode<ignore>}"}};
  const auto &[op, attrs] = pickFrom(kActs);
  os << "  " << act << " = act." << op << " " << x.name << " " << attrs << " : "
     << mainType() << "\n";
  int64_t kh = shape[1] >= 2 && chance(70) ? 2 : 1;
  int64_t kw = shape[2] >= 2 ? 2 : 1;
  std::vector<int64_t> out = {shape[0], shape[1] - kh + 1, shape[2] - kw + 1,
                              shape[3]};
  std::string outType = type(out, std::vector<bool>(4, false));
  std::string window = fresh();
  os << "  " << window << " = tensor.empty() : tensor<" << kh << "x" << kw
     << "x" << element.name << ">\n";
  std::string initValue = fresh();
  const llvm::fltSemantics &s = element.semantics();
  APFloat v =
      chance(60) ? APFloat::getInf(s, /*Negative=*/true) : specialFloat();
  os << "  " << initValue << " = arith.constant " << elementLiteral(v) << " : "
     << element.name << "\n";
  std::string e = fresh();
  os << "  " << e << " = tensor.empty() : " << outType << "\n";
  std::string fill = fresh();
  os << "  " << fill << " = linalg.fill ins(" << initValue << " : "
     << element.name << ") outs(" << e << " : " << outType << ") -> " << outType
     << "\n";
  std::string result = fresh();
  note("linalg.pooling_nhwc_max");
  os << "  " << result
     << " = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, "
        "strides = dense<1> : tensor<2xi64>} ins("
     << act << ", " << window << " : " << mainType() << ", tensor<" << kh << "x"
     << kw << "x" << element.name << ">) outs(" << fill << " : " << outType
     << ") -> " << outType << "\n";
  results.push_back({result, outType});
}

Program Generator::run() {
  bool integers = chance(options.integerPercent);
  element = integers ? kIntKinds[below(4)] : kFloatKinds[below(4)];
  note(element.name);

  // The main shape: rank 0 to 4, small dimensions including 0 and sizes
  // around the vector widths.
  static const std::vector<int64_t> kDims = {0, 1, 1,  2,  3,  4,  5, 7,
                                             8, 9, 15, 16, 17, 31, 33};
  size_t rank = std::vector<size_t>{0, 1, 1, 2, 2, 2, 3, 3, 4}[below(9)];
  int64_t elements;
  do {
    shape.clear();
    elements = 1;
    for (size_t i = 0; i < rank; ++i) {
      shape.push_back(pickFrom(kDims));
      elements *= shape.back();
    }
  } while (elements > options.maxElements);
  dynamic.clear();
  for (size_t i = 0; i < rank; ++i)
    dynamic.push_back(chance(30));
  bool anyDynamic =
      std::any_of(dynamic.begin(), dynamic.end(), [](bool d) { return d; });
  note("rank " + std::to_string(rank));
  if (anyDynamic)
    note("dynamic");
  if (elements == 0)
    note("zero-sized");

  // Main-typed arguments; %a0 provides the dynamic sizes.
  unsigned numArgs = 1 + below(3);
  for (unsigned i = 0; i < numArgs; ++i)
    pool.push_back({addArgument(shape, dynamic), false});
  for (size_t i = 0; i < rank; ++i) {
    if (!dynamic[i])
      continue;
    os << "  %c" << i << " = arith.constant " << i << " : index\n";
    os << "  %dim" << i << " = tensor.dim %a0, %c" << i << " : " << mainType()
       << "\n";
  }

  unsigned nodes = 1 + below(options.maxNodes);
  for (unsigned n = 0; n < nodes; ++n) {
    unsigned choice = below(100);
    Value v;
    if (choice < 35)
      v = unaryAct(pickOperand());
    else if (choice < 45 && isFloat())
      v = binaryAct();
    else if (choice < 62)
      v = arithmetic();
    else if (choice < 70)
      v = constant();
    else if (choice < 76 && rank >= 1)
      v = broadcast();
    else if (choice < 82 && rank >= 2)
      v = collapseRoundTrip();
    else if (choice < 87 && rank >= 2)
      v = transposeRoundTrip();
    else if (choice < 92 && rank >= 1)
      v = padRoundTrip();
    else if (choice < 97 && rank == 2)
      v = matmul();
    else
      v = unaryAct(pickOperand());
    pool.push_back(v);
  }

  // Results: the last value, sometimes another one (possibly an argument or
  // a duplicate), and the extra shapes.
  results.insert(results.begin(), {pool.back().name, mainType()});
  if (chance(30))
    results.push_back({pickFrom(pool).name, mainType()});
  // A static slice needs offsets inside every dimension.
  if (rank >= 1 && elements > 0 && chance(15))
    sliceResult();
  if (rank == 4 && isFloat() && chance(50))
    poolResult();

  std::string source;
  llvm::raw_string_ostream out(source);
  out << "func.func @f(";
  for (size_t i = 0; i < arguments.size(); ++i)
    out << (i ? ", " : "") << arguments[i];
  out << ") -> (";
  for (size_t i = 0; i < results.size(); ++i)
    out << (i ? ", " : "") << results[i].second;
  out << ") {\n" << body << "  return ";
  for (size_t i = 0; i < results.size(); ++i)
    out << (i ? ", " : "") << results[i].first;
  out << " : ";
  for (size_t i = 0; i < results.size(); ++i)
    out << (i ? ", " : "") << results[i].second;
  out << "\n}\n";
  program.source = std::move(source);
  return std::move(program);
}

} // namespace

Program generateProgram(uint64_t seed, const GeneratorOptions &options) {
  return Generator(seed, options).run();
}

} // namespace difftest
} // namespace act
} // namespace mlir
