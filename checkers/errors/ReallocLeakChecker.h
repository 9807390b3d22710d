//===- ReallocLeakChecker.h - p = realloc(p, n) -----------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_ERRORS_REALLOCLEAKCHECKER_H
#define WARDEN_CHECKERS_ERRORS_REALLOCLEAKCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

namespace clang {
class BinaryOperator;
class Expr;
class Stmt;
} // namespace clang

namespace warden::checkers {

/// Flags 'p = realloc(p, n)': the same pointer is both the block to resize
/// and the target of the result, so a failed realloc overwrites the only
/// pointer to the still-allocated block with null. Accepted: the old pointer
/// was copied to another variable first, or the null result is immediately
/// tested and the program ends (exit, abort, assert).
class ReallocLeakChecker : public Checker {
public:
  ReallocLeakChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "realloc-leak";
  static constexpr llvm::StringLiteral Summary =
      "Flags reallocations whose result overwrites the pointer to the block "
      "being resized";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

  /// The assignment when E is 'x = realloc(x, n)' for a listed function.
  const clang::BinaryOperator *
  selfReallocation(const clang::Expr *E, clang::ASTContext &Context) const;
  /// Records in Terminating the self-reallocations that S, a block or an
  /// if statement, follows with a null test ending the program.
  bool recordTerminatingGuards(const clang::Stmt &S,
                               clang::ASTContext &Context);

private:
  const StringList FunctionList;
  const llvm::StringSet<> Functions;
  /// Self-reallocations whose failure ends the program: nothing leaks.
  llvm::DenseSet<const clang::BinaryOperator *> Terminating;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_ERRORS_REALLOCLEAKCHECKER_H
