//===- SizeofPointerChecker.h - sizeof(pointer) as length -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_SIZES_SIZEOFPOINTERCHECKER_H
#define WARDEN_CHECKERS_SIZES_SIZEOFPOINTERCHECKER_H

#include "sizes/SizeArguments.h"
#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"

namespace clang {
class UnaryExprOrTypeTraitExpr;
} // namespace clang

namespace warden::checkers {

/// Flags 'sizeof' of a pointer used as the length of a memory, string or
/// I/O call where the object was meant: sizeof of the call's own buffer
/// argument (memset(p, 0, sizeof(p))), of the pointer an allocation is
/// assigned to (p = malloc(sizeof(p))), of a pointer to a non-character
/// object, or of the same pointer type as a buffer argument; and 'sizeof'
/// of an array parameter anywhere, which is the size of a pointer.
class SizeofPointerChecker : public Checker {
public:
  SizeofPointerChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "sizeof-pointer";
  static constexpr llvm::StringLiteral Summary =
      "Flags 'sizeof' of a pointer used as a length where the object was "
      "meant, and 'sizeof' of an array parameter";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  void checkCall(const clang::CallExpr &Call, llvm::StringRef Function,
                 const clang::Expr *AssignedTo, const clang::VarDecl *InitOf,
                 clang::ASTContext &Context);
  void reportPointer(const clang::UnaryExprOrTypeTraitExpr &Sizeof,
                     const clang::Expr &Pointer, llvm::StringRef Function,
                     bool Allocation, clang::ASTContext &Context);

  const PositionLists Functions;
  /// sizeof expressions already reported (an allocation is seen both as an
  /// assignment and as a call).
  llvm::DenseSet<const clang::UnaryExprOrTypeTraitExpr *> Reported;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_SIZES_SIZEOFPOINTERCHECKER_H
