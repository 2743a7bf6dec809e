//===- ActSortConstantGlobals.cpp - deterministic constant globals --------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringExtras.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTSORTCONSTANTGLOBALSPASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;

namespace {
constexpr llvm::StringLiteral kPrefix = "__constant_";

/// `name` without bufferization's `_<digits>` uniquing suffixes.
StringRef stemOf(StringRef name) {
  while (true) {
    auto [head, tail] = name.rsplit('_');
    if (tail.empty() || head.size() <= kPrefix.size() ||
        !llvm::all_of(tail, llvm::isDigit))
      return name;
    name = head;
  }
}

/// What orders two globals: the stem, the printed type, alignment, then the
/// raw contents (or the printed initial value when it is not dense data).
/// Identical globals, which bufferization does not create, keep the order
/// of their current names.
struct Key {
  std::string stem, type, contents, name;
  uint64_t alignment;
  bool operator<(const Key &other) const {
    return std::tie(stem, type, alignment, contents, name) <
           std::tie(other.stem, other.type, other.alignment, other.contents,
                    other.name);
  }
};

Key keyOf(memref::GlobalOp global) {
  Key key;
  key.name = global.getSymName().str();
  key.stem = stemOf(key.name).str();
  llvm::raw_string_ostream(key.type) << global.getType();
  key.alignment = global.getAlignment().value_or(0);
  Attribute value = global.getInitialValueAttr();
  if (auto dense = dyn_cast_or_null<DenseElementsAttr>(value)) {
    ArrayRef<char> raw = dense.getRawData();
    key.contents.assign(raw.begin(), raw.end());
    key.contents += dense.isSplat() ? 's' : 'd';
  } else if (value) {
    llvm::raw_string_ostream(key.contents) << value;
  }
  return key;
}

struct ActSortConstantGlobalsPass
    : public act::impl::ActSortConstantGlobalsPassBase<
          ActSortConstantGlobalsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<std::pair<Key, memref::GlobalOp>> globals;
    for (auto global : module.getOps<memref::GlobalOp>())
      if (global.isPrivate() && global.getConstant() &&
          global.getSymName().starts_with(kPrefix))
        globals.emplace_back(keyOf(global), global);
    if (globals.empty())
      return;
    llvm::sort(globals, [](const auto &a, const auto &b) {
      return a.first < b.first;
    });

    SymbolTable table(module);
    // Out of the way first, so that the final names are free.
    for (auto [index, entry] : llvm::enumerate(globals))
      if (failed(table.rename(entry.second,
                              (Twine("__act_sorting_") + Twine(index)).str())))
        return signalPassFailure();
    llvm::StringMap<unsigned> uses;
    Block *body = module.getBody();
    Operation *insertionPoint = &body->front();
    for (auto &[key, global] : globals) {
      unsigned &count = uses[key.stem];
      std::string name;
      do {
        name = count == 0 ? key.stem : key.stem + "_" + std::to_string(count - 1);
        ++count;
      } while (table.lookup(name));
      if (failed(table.rename(global, name)))
        return signalPassFailure();
      if (global.getOperation() != insertionPoint)
        global->moveBefore(insertionPoint);
      else
        insertionPoint = insertionPoint->getNextNode();
    }
  }
};
} // namespace
