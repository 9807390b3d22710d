//===- UncheckedAllocChecker.h - Allocations used unchecked -----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_ERRORS_UNCHECKEDALLOCCHECKER_H
#define WARDEN_CHECKERS_ERRORS_UNCHECKEDALLOCCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"
#include <string>

namespace clang {
class Expr;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace warden::checkers {

/// Flags the result of malloc, calloc, realloc, strdup and the like (and of
/// new (std::nothrow)) used before it is checked for null: dereferenced,
/// indexed, accessed through '->' or passed to a function that dereferences
/// it, such as memcpy. Flow-sensitive and intraprocedural: the result is
/// followed through the local variable it is stored in, over the function's
/// CFG, and any null test of that variable (if, while, ?:, &&, ||, assert)
/// counts as a check on every path after it.
class UncheckedAllocChecker : public Checker {
public:
  UncheckedAllocChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "unchecked-alloc";
  static constexpr llvm::StringLiteral Summary =
      "Flags allocation results used before they are checked for null";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
  void finishTranslationUnit(clang::ASTContext &Context) override;

  /// An assert-like macro expansion and the identifiers of its argument.
  struct AssertExpansion {
    clang::SourceLocation Loc;
    llvm::StringSet<> Names;
  };

private:
  /// The allocating function E calls ('malloc', 'new (std::nothrow)'), or
  /// an empty string when E does not allocate in a way that can fail.
  std::string allocatorOf(const clang::Expr *E) const;
  /// The library function name of a call that dereferences its pointer
  /// arguments, or an empty string.
  llvm::StringRef dereferencingCallee(const clang::CallExpr &Call) const;
  /// True for a function whose name says it checks its arguments.
  bool isCheckingFunction(const clang::FunctionDecl &FD) const;
  void analyze(const clang::FunctionDecl &Function);
  bool isAsserted(const clang::VarDecl &Var, const clang::Expr &Allocation,
                  const clang::Expr &Use);

  const StringList FunctionList;
  const llvm::StringSet<> Functions;
  const StringList DereferencingList;
  const llvm::StringSet<> Dereferencing;
  const bool IncludeNothrowNew;
  const llvm::StringSet<> AssertMacros;
  const std::string CheckingFunctionSource;
  const llvm::Regex CheckingFunctionPattern;

  llvm::DenseSet<const clang::FunctionDecl *> Analyzed;
  llvm::SmallVector<AssertExpansion, 0> Asserts;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_ERRORS_UNCHECKEDALLOCCHECKER_H
