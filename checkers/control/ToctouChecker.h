//===- ToctouChecker.h - Check then use of a file path ----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CONTROL_TOCTOUCHECKER_H
#define WARDEN_CHECKERS_CONTROL_TOCTOUCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

namespace clang {
class CallExpr;
class FunctionDecl;
} // namespace clang

namespace warden::checkers {

/// Flags a file path that one function checks (access, stat, ...) and then
/// uses (open, fopen, chmod, unlink, ...): the file can be replaced between
/// the two calls (time of check, time of use). The path is the same when it
/// is the same variable, not modified between the calls in source order,
/// the same member of the same object, or the same string literal; the use
/// must be reachable from the check in the function's CFG.
class ToctouChecker : public Checker {
public:
  ToctouChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "toctou";
  static constexpr llvm::StringLiteral Summary =
      "Flags a file path that a function checks and then uses, leaving a "
      "window in which the file can be replaced";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
  void finishTranslationUnit(clang::ASTContext &Context) override;

private:
  struct FunctionCalls {
    llvm::SmallVector<const clang::CallExpr *, 4> Checks;
    llvm::SmallVector<const clang::CallExpr *, 4> Uses;
  };
  void analyse(const clang::FunctionDecl &F, const FunctionCalls &Calls);

  /// Function name -> 0-based positions of its path arguments.
  const PositionLists CheckPositions;
  const PositionLists UsePositions;
  llvm::MapVector<const clang::FunctionDecl *, FunctionCalls> Calls;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CONTROL_TOCTOUCHECKER_H
