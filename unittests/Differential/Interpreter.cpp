//===- Interpreter.cpp - reference interpreter with error bounds ----------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#include "Interpreter.h"

#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Semantics/Semantics.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>
#include <functional>

using namespace mlir;
using llvm::APFloat;
using llvm::APInt;
namespace sem = mlir::act::semantics;

namespace mlir {
namespace act {
namespace difftest {

//===----------------------------------------------------------------------===//
// Elements
//===----------------------------------------------------------------------===//

std::optional<ElementInfo> ElementInfo::get(Type type) {
  ElementInfo info;
  if (auto f = dyn_cast<FloatType>(type)) {
    info.semantics = &f.getFloatSemantics();
    info.bits = f.getWidth();
    return info;
  }
  if (auto i = dyn_cast<IntegerType>(type)) {
    if (i.getWidth() > 64)
      return std::nullopt;
    info.bits = i.getWidth();
    return info;
  }
  return std::nullopt;
}

static uint64_t mask(unsigned bits) {
  return bits == 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1;
}

bool ElementInfo::isNaN(uint64_t raw) const {
  return isFloat() && APFloat(*semantics, APInt(bits, raw)).isNaN();
}

int64_t ElementInfo::key(uint64_t raw) const {
  raw &= mask(bits);
  if (!isFloat())
    return APInt(bits, raw).getSExtValue();
  uint64_t sign = uint64_t(1) << (bits - 1);
  uint64_t magnitude = raw & ~sign;
  return (raw & sign) ? -static_cast<int64_t>(magnitude) - 1
                      : static_cast<int64_t>(magnitude);
}

uint64_t ElementInfo::raw(int64_t key) const {
  if (!isFloat())
    return static_cast<uint64_t>(key) & mask(bits);
  uint64_t sign = uint64_t(1) << (bits - 1);
  if (key >= 0)
    return static_cast<uint64_t>(key);
  return sign | static_cast<uint64_t>(-(key + 1));
}

std::string ElementInfo::format(uint64_t raw) const {
  std::string s;
  llvm::raw_string_ostream os(s);
  if (!isFloat()) {
    os << APInt(bits, raw).getSExtValue();
    return s;
  }
  APFloat v(*semantics, APInt(bits, raw));
  llvm::SmallString<32> text;
  v.toString(text, /*FormatPrecision=*/0, /*FormatMaxPadding=*/0);
  os << text << " (0x";
  os.write_hex(raw);
  os << ")";
  return s;
}

static APFloat toFloat(const ElementInfo &e, uint64_t raw) {
  return APFloat(*e.semantics, APInt(e.bits, raw));
}

static uint64_t toRaw(const APFloat &v) {
  return v.bitcastToAPInt().getZExtValue();
}

static Interval pointOf(const ElementInfo &e, uint64_t raw) {
  Interval i;
  if (e.isNaN(raw)) {
    i.maybeNaN = true;
    return i;
  }
  i.lo = i.hi = e.key(raw);
  return i;
}

static void include(Interval &i, const ElementInfo &e, uint64_t raw) {
  if (e.isNaN(raw)) {
    i.maybeNaN = true;
    return;
  }
  int64_t k = e.key(raw);
  if (!i.hasValue()) {
    i.lo = i.hi = k;
    return;
  }
  i.lo = std::min(i.lo, k);
  i.hi = std::max(i.hi, k);
}

static Interval unknownOf(const ElementInfo &e) {
  Interval i;
  i.unknown = true;
  if (e.isFloat()) {
    i.lo = e.key(toRaw(APFloat::getInf(*e.semantics, true)));
    i.hi = e.key(toRaw(APFloat::getInf(*e.semantics, false)));
    i.maybeNaN = true;
  } else {
    i.lo = APInt::getSignedMinValue(e.bits).getSExtValue();
    i.hi = APInt::getSignedMaxValue(e.bits).getSExtValue();
  }
  return i;
}

bool accepts(const ElementInfo &e, const Interval &i, uint64_t raw) {
  if (i.unknown)
    return true;
  if (e.isNaN(raw))
    return i.maybeNaN;
  int64_t k = e.key(raw);
  return i.hasValue() && i.lo <= k && k <= i.hi;
}

std::string describe(const ElementInfo &e, const Interval &i) {
  if (i.unknown)
    return "unknown";
  std::string s;
  if (i.hasValue()) {
    if (i.lo == i.hi)
      s = e.format(e.raw(i.lo));
    else
      s = "[" + e.format(e.raw(i.lo)) + ", " + e.format(e.raw(i.hi)) + "]";
  }
  if (i.maybeNaN)
    s += s.empty() ? "NaN" : " or NaN";
  return s.empty() ? "nothing" : s;
}

/// The values to evaluate a function at to bound it over `i`: every value
/// when there are at most `limit` of them (`complete`), else the end points
/// and the values around zero (the break point of the piecewise ops).
static std::vector<uint64_t> candidates(const ElementInfo &e, const Interval &i,
                                        int64_t limit, bool &complete) {
  std::vector<uint64_t> out;
  complete = true;
  if (i.hasValue()) {
    // hi - lo fits: keys are at most 64-bit wide magnitudes of narrower types
    // except for i64, where a non-point interval never occurs.
    __int128 count = static_cast<__int128>(i.hi) - i.lo + 1;
    if (count <= limit) {
      for (int64_t k = i.lo; k <= i.hi; ++k)
        out.push_back(e.raw(k));
    } else {
      complete = false;
      out.push_back(e.raw(i.lo));
      out.push_back(e.raw(i.hi));
      for (int64_t k : {int64_t(-2), int64_t(-1), int64_t(0), int64_t(1)})
        if (i.lo <= k && k <= i.hi)
          out.push_back(e.raw(k));
    }
  }
  if (i.maybeNaN)
    out.push_back(toRaw(APFloat::getQNaN(*e.semantics)));
  return out;
}

//===----------------------------------------------------------------------===//
// Elementwise maps over intervals
//===----------------------------------------------------------------------===//

namespace {

constexpr int64_t kEnumerationLimit = 256;

/// Maps a unary function over an interval. `monotone`: the function is
/// monotone on each side of zero, so end points and zeros bound it.
Interval mapUnary(const ElementInfo &in, const ElementInfo &out,
                  const Interval &x, bool monotone,
                  const std::function<uint64_t(uint64_t)> &fn) {
  if (x.unknown)
    return unknownOf(out);
  if (x.lo == x.hi || !x.hasValue()) {
    Interval r;
    if (x.hasValue())
      include(r, out, fn(in.raw(x.lo)));
    if (x.maybeNaN)
      include(r, out, fn(toRaw(APFloat::getQNaN(*in.semantics))));
    return r;
  }
  bool complete;
  std::vector<uint64_t> cs = candidates(in, x, kEnumerationLimit, complete);
  if (!complete && !monotone)
    return unknownOf(out);
  Interval r;
  for (uint64_t c : cs)
    include(r, out, fn(c));
  return r;
}

/// Maps a binary function that is monotone or bilinear in each argument on
/// each side of zero (arith ops, prelu, relu_grad): the end points and the
/// zeros of both operands bound it.
Interval mapBinary(const ElementInfo &e, const Interval &a, const Interval &b,
                   const std::function<uint64_t(uint64_t, uint64_t)> &fn) {
  if (a.unknown || b.unknown)
    return unknownOf(e);
  if (a.isPoint() && b.isPoint()) {
    Interval r;
    include(r, e, fn(e.raw(a.lo), e.raw(b.lo)));
    return r;
  }
  bool complete;
  std::vector<uint64_t> ca = candidates(e, a, 16, complete);
  std::vector<uint64_t> cb = candidates(e, b, 16, complete);
  Interval r;
  for (uint64_t x : ca)
    for (uint64_t y : cb)
      include(r, e, fn(x, y));
  return r;
}

/// The ULP bound of a transcendental op (docs/Numerics.md).
unsigned ulpBound(sem::OpKind kind, const sem::Params &params,
                  const ElementInfo &e) {
  if (e.bits == 16)
    return 1;
  if (kind == sem::OpKind::Gelu &&
      params.approximate == sem::GeluApproximation::None)
    return 5;
  if (kind == sem::OpKind::Mish && e.bits == 32)
    return 6;
  return 4;
}

/// Widens the result interval of a transcendental op by `ulps`, and to
/// zero where it reaches the underflow tail (|r| < 2^-102 for f16, bf16
/// and f32, computed in f32; 2^-969 for f64).
void widen(const ElementInfo &e, Interval &i, unsigned ulps) {
  if (!i.hasValue())
    return;
  const llvm::fltSemantics &s = *e.semantics;
  int64_t negInf = e.key(toRaw(APFloat::getInf(s, true)));
  int64_t posInf = e.key(toRaw(APFloat::getInf(s, false)));
  int64_t negLargest = e.key(toRaw(APFloat::getLargest(s, true)));
  int64_t posLargest = e.key(toRaw(APFloat::getLargest(s, false)));
  if (i.lo != negInf && i.lo != posInf) {
    int64_t lo = i.lo - static_cast<int64_t>(ulps);
    if (i.lo >= 0 && lo < 0)
      --lo; // -0 and +0 count as one value
    i.lo = std::max(lo, negLargest);
  }
  if (i.hi != negInf && i.hi != posInf) {
    int64_t hi = i.hi + static_cast<int64_t>(ulps);
    if (i.hi < 0 && hi >= 0)
      ++hi;
    i.hi = std::min(hi, posLargest);
  }
  APFloat tiny(e.bits == 64 ? 0x1p-969 : 0x1p-102);
  bool losesInfo;
  tiny.convert(s, APFloat::rmNearestTiesToEven, &losesInfo);
  if (tiny.isZero())
    return;
  // In the tail the error may reach the magnitude of the result (sign
  // kept): anything between 0 and twice the end point.
  int64_t tinyKey = e.key(toRaw(tiny));
  auto doubled = [&](int64_t key) {
    APFloat v = toFloat(e, e.raw(key));
    v.multiply(APFloat(s, 2), APFloat::rmNearestTiesToEven);
    return e.key(toRaw(v));
  };
  if (i.lo <= tinyKey && i.hi >= -tinyKey - 1) {
    if (i.lo < 0 && i.lo >= -tinyKey - 1)
      i.lo = doubled(i.lo);
    if (i.hi > 0 && i.hi <= tinyKey)
      i.hi = doubled(i.hi);
    i.lo = std::min<int64_t>(i.lo, -1);
    i.hi = std::max<int64_t>(i.hi, 0);
  }
}

/// Whether `kind` is monotone on each side of zero for `params`.
bool isPiecewiseMonotone(sem::OpKind kind) {
  switch (kind) {
  case sem::OpKind::Relu:
  case sem::OpKind::Clamp:
  case sem::OpKind::LeakyRelu:
  case sem::OpKind::Elu:
  case sem::OpKind::Selu:
  case sem::OpKind::Celu:
  case sem::OpKind::Sigmoid:
  case sem::OpKind::HardSigmoid:
    return true;
  default:
    return false;
  }
}

//===----------------------------------------------------------------------===//
// The interpreter
//===----------------------------------------------------------------------===//

class Interpreter {
public:
  bool run(func::FuncOp func, const std::vector<Buffer> &args,
           std::vector<IntervalBuffer> &results, std::string &error);

private:
  bool step(Operation *op);
  bool fail(Operation *op, const Twine &message) {
    std::string s;
    llvm::raw_string_ostream os(s);
    os << message << ": " << *op;
    error = s;
    return false;
  }
  std::optional<int64_t> index(OpFoldResult ofr) {
    if (auto attr = dyn_cast<Attribute>(ofr))
      return cast<IntegerAttr>(attr).getInt();
    auto it = indices.find(cast<Value>(ofr));
    if (it == indices.end())
      return std::nullopt;
    return it->second;
  }
  IntervalBuffer *tensor(Value v) {
    auto it = tensors.find(v);
    return it == tensors.end() ? nullptr : &it->second;
  }
  /// The shape of a value of `type` whose dynamic sizes are `sizes`.
  std::optional<std::vector<int64_t>> shapeOf(RankedTensorType type,
                                              ValueRange sizes);
  IntervalBuffer make(RankedTensorType type, std::vector<int64_t> shape) {
    IntervalBuffer b;
    b.element = *ElementInfo::get(type.getElementType());
    b.shape = std::move(shape);
    int64_t n = 1;
    for (int64_t d : b.shape)
      n *= d;
    b.data.resize(n);
    return b;
  }
  bool actOp(Operation *op, sem::OpKind kind);
  bool arithOp(Operation *op);


  llvm::DenseMap<Value, IntervalBuffer> tensors;
  llvm::DenseMap<Value, int64_t> indices;
  std::string error;
};

std::vector<int64_t> strides(const std::vector<int64_t> &shape) {
  std::vector<int64_t> s(shape.size(), 1);
  for (int64_t i = static_cast<int64_t>(shape.size()) - 2; i >= 0; --i)
    s[i] = s[i + 1] * shape[i + 1];
  return s;
}

/// Calls fn(linear index, multi-index) for every element of `shape`.
void forEachIndex(
    const std::vector<int64_t> &shape,
    const std::function<void(int64_t, const std::vector<int64_t> &)> &fn) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  std::vector<int64_t> idx(shape.size(), 0);
  for (int64_t linear = 0; linear < n; ++linear) {
    fn(linear, idx);
    for (int64_t d = static_cast<int64_t>(shape.size()) - 1; d >= 0; --d) {
      if (++idx[d] < shape[d])
        break;
      idx[d] = 0;
    }
  }
}

int64_t linearize(const std::vector<int64_t> &idx,
                  const std::vector<int64_t> &stride) {
  int64_t l = 0;
  for (size_t i = 0; i < idx.size(); ++i)
    l += idx[i] * stride[i];
  return l;
}

std::optional<std::vector<int64_t>> Interpreter::shapeOf(RankedTensorType type,
                                                         ValueRange sizes) {
  std::vector<int64_t> shape;
  unsigned next = 0;
  for (int64_t d : type.getShape()) {
    if (!ShapedType::isDynamic(d)) {
      shape.push_back(d);
      continue;
    }
    if (next >= sizes.size())
      return std::nullopt;
    auto it = indices.find(sizes[next++]);
    if (it == indices.end())
      return std::nullopt;
    shape.push_back(it->second);
  }
  return shape;
}

bool Interpreter::actOp(Operation *op, sem::OpKind kind) {
  IntervalBuffer *x = tensor(op->getOperand(0));
  if (!x)
    return fail(op, "operand not evaluated");
  auto type = cast<RankedTensorType>(op->getResult(0).getType());
  IntervalBuffer r = make(type, x->shape);
  const ElementInfo &e = x->element;
  sem::Params params = getParams(op);
  if (!e.isFloat()) {
    for (size_t i = 0; i < r.data.size(); ++i)
      r.data[i] = mapUnary(e, e, x->data[i], true, [&](uint64_t raw) {
        return sem::evaluateInteger(kind, params, APInt(e.bits, raw))
            .getZExtValue();
      });
    tensors[op->getResult(0)] = std::move(r);
    return true;
  }
  if (sem::getNumOperands(kind) == 2) {
    IntervalBuffer *y = tensor(op->getOperand(1));
    if (!y)
      return fail(op, "operand not evaluated");
    for (size_t i = 0; i < r.data.size(); ++i)
      r.data[i] =
          mapBinary(e, x->data[i], y->data[i], [&](uint64_t a, uint64_t b) {
            return toRaw(
                sem::evaluate(kind, params, {toFloat(e, a), toFloat(e, b)}));
          });
    tensors[op->getResult(0)] = std::move(r);
    return true;
  }
  if (kind == sem::OpKind::Relu || kind == sem::OpKind::Clamp) {
    for (size_t i = 0; i < r.data.size(); ++i)
      r.data[i] = mapUnary(e, e, x->data[i], true, [&](uint64_t a) {
        return toRaw(sem::evaluate(kind, params, {toFloat(e, a)}));
      });
    tensors[op->getResult(0)] = std::move(r);
    return true;
  }
  bool transcendental = !sem::isPiecewiseLinear(kind);
  bool monotone = isPiecewiseMonotone(kind);
  unsigned ulps = transcendental ? ulpBound(kind, params, e) : 0;
  for (size_t i = 0; i < r.data.size(); ++i) {
    r.data[i] = mapUnary(e, e, x->data[i], monotone, [&](uint64_t a) {
      return toRaw(sem::evaluate(kind, params, {toFloat(e, a)}));
    });
    if (transcendental && !r.data[i].unknown)
      widen(e, r.data[i], ulps);
  }
  tensors[op->getResult(0)] = std::move(r);
  return true;
}

bool Interpreter::arithOp(Operation *op) {
  auto rm = APFloat::rmNearestTiesToEven;
  std::function<uint64_t(uint64_t, uint64_t)> binary;
  std::function<uint64_t(uint64_t)> unary;
  IntervalBuffer *x = tensor(op->getOperand(0));
  if (!x)
    return fail(op, "operand not evaluated");
  const ElementInfo e = x->element;
  auto f = [&](auto fn) {
    return [e, fn](uint64_t a, uint64_t b) {
      APFloat l = toFloat(e, a), r = toFloat(e, b);
      return toRaw(fn(l, r));
    };
  };
  auto i = [&](auto fn) {
    return [e, fn](uint64_t a, uint64_t b) {
      return fn(APInt(e.bits, a), APInt(e.bits, b)).getZExtValue();
    };
  };
  llvm::TypeSwitch<Operation *>(op)
      .Case([&](arith::AddFOp) {
        binary = f([rm](APFloat l, const APFloat &r) {
          l.add(r, rm);
          return l;
        });
      })
      .Case([&](arith::SubFOp) {
        binary = f([rm](APFloat l, const APFloat &r) {
          l.subtract(r, rm);
          return l;
        });
      })
      .Case([&](arith::MulFOp) {
        binary = f([rm](APFloat l, const APFloat &r) {
          l.multiply(r, rm);
          return l;
        });
      })
      .Case([&](arith::DivFOp) {
        binary = f([rm](APFloat l, const APFloat &r) {
          l.divide(r, rm);
          return l;
        });
      })
      .Case([&](arith::MaximumFOp) {
        binary = f([](const APFloat &l, const APFloat &r) {
          return llvm::maximum(l, r);
        });
      })
      .Case([&](arith::MinimumFOp) {
        binary = f([](const APFloat &l, const APFloat &r) {
          return llvm::minimum(l, r);
        });
      })
      .Case([&](arith::AddIOp) {
        binary = i([](const APInt &l, const APInt &r) { return l + r; });
      })
      .Case([&](arith::SubIOp) {
        binary = i([](const APInt &l, const APInt &r) { return l - r; });
      })
      .Case([&](arith::MulIOp) {
        binary = i([](const APInt &l, const APInt &r) { return l * r; });
      })
      .Case([&](arith::MaxSIOp) {
        binary = i([](const APInt &l, const APInt &r) {
          return llvm::APIntOps::smax(l, r);
        });
      })
      .Case([&](arith::MinSIOp) {
        binary = i([](const APInt &l, const APInt &r) {
          return llvm::APIntOps::smin(l, r);
        });
      })
      .Case([&](arith::NegFOp) {
        unary = [e](uint64_t a) { return a ^ (uint64_t(1) << (e.bits - 1)); };
      })
      .Case([&](math::AbsFOp) {
        unary = [e](uint64_t a) { return a & ~(uint64_t(1) << (e.bits - 1)); };
      });
  auto type = cast<RankedTensorType>(op->getResult(0).getType());
  IntervalBuffer r = make(type, x->shape);
  if (unary) {
    for (size_t k = 0; k < r.data.size(); ++k)
      r.data[k] = mapUnary(e, e, x->data[k], true, unary);
  } else if (binary) {
    IntervalBuffer *y = tensor(op->getOperand(1));
    if (!y)
      return fail(op, "operand not evaluated");
    if (y->shape != x->shape)
      return fail(op, "operand shapes differ");
    for (size_t k = 0; k < r.data.size(); ++k)
      r.data[k] = mapBinary(e, x->data[k], y->data[k], binary);
  } else {
    return fail(op, "unsupported arith op");
  }
  tensors[op->getResult(0)] = std::move(r);
  return true;
}

bool Interpreter::step(Operation *op) {
  if (std::optional<sem::OpKind> kind = getOpKind(op))
    return actOp(op, *kind);
  if (isa<arith::AddFOp, arith::SubFOp, arith::MulFOp, arith::DivFOp,
          arith::MaximumFOp, arith::MinimumFOp, arith::AddIOp, arith::SubIOp,
          arith::MulIOp, arith::MaxSIOp, arith::MinSIOp, arith::NegFOp,
          math::AbsFOp>(op)) {
    if (!isa<RankedTensorType>(op->getResult(0).getType()))
      return fail(op, "only tensor arith is interpreted");
    return arithOp(op);
  }
  if (auto c = dyn_cast<arith::ConstantOp>(op)) {
    Attribute value = c.getValue();
    if (isa<IndexType>(c.getType())) {
      indices[c] = cast<IntegerAttr>(value).getInt();
      return true;
    }
    if (auto fa = dyn_cast<FloatAttr>(value)) {
      IntervalBuffer b;
      b.element = *ElementInfo::get(fa.getType());
      b.data.push_back(pointOf(b.element, toRaw(fa.getValue())));
      tensors[c] = std::move(b);
      return true;
    }
    if (auto ia = dyn_cast<IntegerAttr>(value)) {
      std::optional<ElementInfo> e = ElementInfo::get(ia.getType());
      if (!e)
        return fail(op, "unsupported constant");
      IntervalBuffer b;
      b.element = *e;
      b.data.push_back(pointOf(*e, ia.getValue().getZExtValue()));
      tensors[c] = std::move(b);
      return true;
    }
    if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
      auto type = cast<RankedTensorType>(dense.getType());
      IntervalBuffer b =
          make(type, std::vector<int64_t>(type.getShape().begin(),
                                          type.getShape().end()));
      size_t k = 0;
      if (b.element.isFloat())
        for (const APFloat &v : dense.getValues<APFloat>())
          b.data[k++] = pointOf(b.element, toRaw(v));
      else
        for (const APInt &v : dense.getValues<APInt>())
          b.data[k++] = pointOf(b.element, v.getZExtValue());
      tensors[c] = std::move(b);
      return true;
    }
    return fail(op, "unsupported constant");
  }
  if (auto dim = dyn_cast<tensor::DimOp>(op)) {
    IntervalBuffer *src = tensor(dim.getSource());
    std::optional<int64_t> d = index(OpFoldResult(dim.getIndex()));
    if (!src || !d || *d < 0 || *d >= static_cast<int64_t>(src->shape.size()))
      return fail(op, "bad tensor.dim");
    indices[dim] = src->shape[*d];
    return true;
  }
  if (auto empty = dyn_cast<tensor::EmptyOp>(op)) {
    auto shape = shapeOf(empty.getType(), empty.getDynamicSizes());
    if (!shape)
      return fail(op, "unknown sizes");
    tensors[empty] = make(empty.getType(), *shape); // empty intervals
    return true;
  }
  if (auto fill = dyn_cast<linalg::FillOp>(op)) {
    IntervalBuffer *value = tensor(fill.getInputs()[0]);
    IntervalBuffer *init = tensor(fill.getOutputs()[0]);
    if (!value || !init)
      return fail(op, "operand not evaluated");
    IntervalBuffer r = *init;
    std::fill(r.data.begin(), r.data.end(), value->data[0]);
    tensors[fill.getResult(0)] = std::move(r);
    return true;
  }
  if (auto broadcast = dyn_cast<linalg::BroadcastOp>(op)) {
    IntervalBuffer *in = tensor(broadcast.getInput());
    IntervalBuffer *init = tensor(broadcast.getInit());
    if (!in || !init)
      return fail(op, "operand not evaluated");
    IntervalBuffer r = *init;
    ArrayRef<int64_t> added = broadcast.getDimensions();
    std::vector<int64_t> inStrides = strides(in->shape);
    forEachIndex(r.shape, [&](int64_t linear, const std::vector<int64_t> &idx) {
      std::vector<int64_t> inIdx;
      for (size_t d = 0; d < idx.size(); ++d)
        if (!llvm::is_contained(added, static_cast<int64_t>(d)))
          inIdx.push_back(idx[d]);
      r.data[linear] = in->data[linearize(inIdx, inStrides)];
    });
    tensors[broadcast.getResult()[0]] = std::move(r);
    return true;
  }
  if (auto transpose = dyn_cast<linalg::TransposeOp>(op)) {
    IntervalBuffer *in = tensor(transpose.getInput());
    IntervalBuffer *init = tensor(transpose.getInit());
    if (!in || !init)
      return fail(op, "operand not evaluated");
    IntervalBuffer r = *init;
    ArrayRef<int64_t> perm = transpose.getPermutation();
    std::vector<int64_t> inStrides = strides(in->shape);
    forEachIndex(r.shape, [&](int64_t linear, const std::vector<int64_t> &idx) {
      std::vector<int64_t> inIdx(idx.size());
      for (size_t d = 0; d < idx.size(); ++d)
        inIdx[perm[d]] = idx[d];
      r.data[linear] = in->data[linearize(inIdx, inStrides)];
    });
    tensors[transpose.getResult()[0]] = std::move(r);
    return true;
  }
  if (auto matmul = dyn_cast<linalg::MatmulOp>(op)) {
    IntervalBuffer *a = tensor(matmul.getInputs()[0]);
    IntervalBuffer *b = tensor(matmul.getInputs()[1]);
    IntervalBuffer *c = tensor(matmul.getOutputs()[0]);
    if (!a || !b || !c)
      return fail(op, "operand not evaluated");
    if (matmul.hasUserDefinedMaps() ||
        matmul.getCast() != linalg::TypeFn::cast_signed)
      return fail(op, "only the default matmul is interpreted");
    const ElementInfo e = c->element;
    int64_t m = c->shape[0], n = c->shape[1], kk = a->shape[1];
    IntervalBuffer r = *c;
    auto rm = APFloat::rmNearestTiesToEven;
    auto mul = [&](uint64_t x, uint64_t y) {
      if (!e.isFloat())
        return (APInt(e.bits, x) * APInt(e.bits, y)).getZExtValue();
      APFloat p = toFloat(e, x);
      p.multiply(toFloat(e, y), rm);
      return toRaw(p);
    };
    auto add = [&](uint64_t x, uint64_t y) {
      if (!e.isFloat())
        return (APInt(e.bits, x) + APInt(e.bits, y)).getZExtValue();
      APFloat s = toFloat(e, x);
      s.add(toFloat(e, y), rm);
      return toRaw(s);
    };
    for (int64_t i = 0; i < m; ++i)
      for (int64_t j = 0; j < n; ++j) {
        Interval acc = c->data[i * n + j];
        for (int64_t k = 0; k < kk; ++k) {
          Interval p =
              mapBinary(e, a->data[i * kk + k], b->data[k * n + j], mul);
          acc = mapBinary(e, acc, p, add);
        }
        r.data[i * n + j] = acc;
      }
    tensors[matmul.getResult(0)] = std::move(r);
    return true;
  }
  if (auto pool = dyn_cast<linalg::PoolingNhwcMaxOp>(op)) {
    IntervalBuffer *in = tensor(pool.getInputs()[0]);
    IntervalBuffer *init = tensor(pool.getOutputs()[0]);
    auto windowType = cast<RankedTensorType>(pool.getInputs()[1].getType());
    if (!in || !init)
      return fail(op, "operand not evaluated");
    int64_t sh = pool.getStrides().getValues<int64_t>()[0];
    int64_t sw = pool.getStrides().getValues<int64_t>()[1];
    int64_t dh = pool.getDilations().getValues<int64_t>()[0];
    int64_t dw = pool.getDilations().getValues<int64_t>()[1];
    int64_t kh = windowType.getShape()[0], kw = windowType.getShape()[1];
    const ElementInfo e = init->element;
    IntervalBuffer r = *init;
    std::vector<int64_t> inStrides = strides(in->shape);
    auto max = [&](uint64_t x, uint64_t y) {
      return toRaw(llvm::maximum(toFloat(e, x), toFloat(e, y)));
    };
    forEachIndex(r.shape, [&](int64_t linear, const std::vector<int64_t> &idx) {
      Interval acc = r.data[linear];
      for (int64_t y = 0; y < kh; ++y)
        for (int64_t x = 0; x < kw; ++x) {
          std::vector<int64_t> inIdx = {idx[0], idx[1] * sh + y * dh,
                                        idx[2] * sw + x * dw, idx[3]};
          acc = mapBinary(e, acc, in->data[linearize(inIdx, inStrides)], max);
        }
      r.data[linear] = acc;
    });
    tensors[pool.getResult(0)] = std::move(r);
    return true;
  }
  if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(op)) {
    IntervalBuffer *in = tensor(collapse.getSrc());
    if (!in)
      return fail(op, "operand not evaluated");
    IntervalBuffer r = *in;
    r.shape.clear();
    for (const auto &group : collapse.getReassociationIndices()) {
      int64_t size = 1;
      for (int64_t d : group)
        size *= in->shape[d];
      r.shape.push_back(size);
    }
    tensors[collapse.getResult()] = std::move(r);
    return true;
  }
  if (auto expand = dyn_cast<tensor::ExpandShapeOp>(op)) {
    IntervalBuffer *in = tensor(expand.getSrc());
    if (!in)
      return fail(op, "operand not evaluated");
    IntervalBuffer r = *in;
    r.shape.clear();
    for (OpFoldResult size : expand.getMixedOutputShape()) {
      std::optional<int64_t> s = index(size);
      if (!s)
        return fail(op, "unknown output size");
      r.shape.push_back(*s);
    }
    tensors[expand.getResult()] = std::move(r);
    return true;
  }
  if (auto cast = dyn_cast<tensor::CastOp>(op)) {
    IntervalBuffer *in = tensor(cast.getSource());
    if (!in)
      return fail(op, "operand not evaluated");
    tensors[cast.getResult()] = *in;
    return true;
  }
  if (auto pad = dyn_cast<tensor::PadOp>(op)) {
    IntervalBuffer *in = tensor(pad.getSource());
    Value padValue = pad.getConstantPaddingValue();
    IntervalBuffer *value = padValue ? tensor(padValue) : nullptr;
    if (!in || !value)
      return fail(op, "operand not evaluated");
    std::vector<int64_t> low, shape;
    auto lows = pad.getMixedLowPad(), highs = pad.getMixedHighPad();
    for (size_t d = 0; d < in->shape.size(); ++d) {
      std::optional<int64_t> l = index(lows[d]), h = index(highs[d]);
      if (!l || !h)
        return fail(op, "unknown padding");
      low.push_back(*l);
      shape.push_back(in->shape[d] + *l + *h);
    }
    IntervalBuffer r = make(pad.getResultType(), shape);
    std::fill(r.data.begin(), r.data.end(), value->data[0]);
    std::vector<int64_t> outStrides = strides(shape);
    forEachIndex(in->shape,
                 [&](int64_t linear, const std::vector<int64_t> &idx) {
                   std::vector<int64_t> outIdx(idx);
                   for (size_t d = 0; d < idx.size(); ++d)
                     outIdx[d] += low[d];
                   r.data[linearize(outIdx, outStrides)] = in->data[linear];
                 });
    tensors[pad.getResult()] = std::move(r);
    return true;
  }
  if (auto slice = dyn_cast<tensor::ExtractSliceOp>(op)) {
    IntervalBuffer *in = tensor(slice.getSource());
    if (!in)
      return fail(op, "operand not evaluated");
    std::vector<int64_t> offsets, sizes, steps;
    for (OpFoldResult o : slice.getMixedOffsets())
      offsets.push_back(index(o).value_or(-1));
    for (OpFoldResult s : slice.getMixedSizes())
      sizes.push_back(index(s).value_or(-1));
    for (OpFoldResult s : slice.getMixedStrides())
      steps.push_back(index(s).value_or(-1));
    for (size_t d = 0; d < offsets.size(); ++d)
      if (offsets[d] < 0 || sizes[d] < 0 || steps[d] < 0 ||
          (sizes[d] > 0 &&
           offsets[d] + (sizes[d] - 1) * steps[d] >= in->shape[d]))
        return fail(op, "slice out of bounds");
    IntervalBuffer r = make(slice.getResultType(), sizes);
    std::vector<int64_t> inStrides = strides(in->shape);
    forEachIndex(sizes, [&](int64_t linear, const std::vector<int64_t> &idx) {
      std::vector<int64_t> inIdx(idx.size());
      for (size_t d = 0; d < idx.size(); ++d)
        inIdx[d] = offsets[d] + idx[d] * steps[d];
      r.data[linear] = in->data[linearize(inIdx, inStrides)];
    });
    // Rank reduction drops unit dimensions: the data stays row-major.
    llvm::SmallBitVector dropped = slice.getDroppedDims();
    r.shape.clear();
    for (size_t d = 0; d < sizes.size(); ++d)
      if (!dropped.test(d))
        r.shape.push_back(sizes[d]);
    tensors[slice.getResult()] = std::move(r);
    return true;
  }
  return fail(op, "unsupported op");
}

bool Interpreter::run(func::FuncOp func, const std::vector<Buffer> &args,
                      std::vector<IntervalBuffer> &results,
                      std::string &errorOut) {
  Block &body = func.getBody().front();
  if (body.getNumArguments() != args.size()) {
    errorOut = "argument count mismatch";
    return false;
  }
  for (auto [arg, buffer] : llvm::zip(body.getArguments(), args)) {
    auto type = dyn_cast<RankedTensorType>(arg.getType());
    std::optional<ElementInfo> e =
        type ? ElementInfo::get(type.getElementType()) : std::nullopt;
    if (!e) {
      errorOut = "unsupported argument type";
      return false;
    }
    IntervalBuffer b;
    b.element = *e;
    b.shape = buffer.shape;
    for (uint64_t raw : buffer.data)
      b.data.push_back(pointOf(*e, raw));
    tensors[arg] = std::move(b);
  }
  for (Operation &op : body) {
    if (auto ret = dyn_cast<func::ReturnOp>(op)) {
      for (Value v : ret.getOperands()) {
        IntervalBuffer *t = tensor(v);
        if (!t) {
          errorOut = "result not evaluated";
          return false;
        }
        results.push_back(*t);
      }
      return true;
    }
    if (!step(&op)) {
      errorOut = error;
      return false;
    }
  }
  errorOut = "no return";
  return false;
}

} // namespace

bool interpret(func::FuncOp func, const std::vector<Buffer> &args,
               std::vector<IntervalBuffer> &results, std::string &error) {
  return Interpreter().run(func, args, results, error);
}

} // namespace difftest
} // namespace act
} // namespace mlir
