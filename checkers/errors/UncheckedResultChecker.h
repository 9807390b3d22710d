//===- UncheckedResultChecker.h - Discarded error results -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_ERRORS_UNCHECKEDRESULTCHECKER_H
#define WARDEN_CHECKERS_ERRORS_UNCHECKEDRESULTCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"

namespace clang {
class ASTContext;
class CallExpr;
class CompoundStmt;
class Expr;
class FunctionDecl;
class IfStmt;
class Stmt;
class VarDecl;
} // namespace clang

namespace warden::checkers {

/// Flags calls of functions that report failure through their result when
/// that result is discarded. A call is discarded when it is an expression
/// statement, the left operand of a comma, or a branch of a discarded
/// conditional; a cast to void is accepted or not (allowVoidCast), and a
/// result stored in a local variable that is never read counts as discarded
/// (unreadVariables). Ignored results that cannot hide a loss of data are
/// accepted: output to stdout and stderr, closing what was opened read-only,
/// cleanup in a destructor or on a path that already reports a failure. One
/// checker serves the I/O rule, where (void) is the accepted way to say "the
/// failure does not matter", and the privilege-drop rule, where it is not.
class UncheckedResultChecker : public Checker {
public:
  UncheckedResultChecker(const RuleBinding &Binding,
                         TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "unchecked-result";
  static constexpr llvm::StringLiteral Summary =
      "Flags calls of functions whose result reports failure when that "
      "result is discarded";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
  void finishTranslationUnit(clang::ASTContext &Context) override;

  /// Remembers the branches of If that end by reporting a failure: closing
  /// a file there is cleanup, not the place to check for a lost write.
  void recordFailureBranches(const clang::IfStmt &If,
                             const clang::ASTContext &Context);

  /// The function a call calls when its result must be checked, or null.
  const clang::FunctionDecl *checkedCallee(const clang::CallExpr &Call) const;

private:
  void visitDiscarded(const clang::Expr *E, bool ThroughVoidCast);
  void reportCall(const clang::CallExpr &Call, bool ThroughVoidCast,
                  bool InFailureBranch);
  /// True inside the body of a destructor, which cannot report a failure.
  bool inDestructor(clang::SourceLocation Loc);
  /// True for an ignored result that cannot hide a loss of data: output to
  /// stdout or stderr, closing what the function opened read-only.
  bool isHarmless(const clang::CallExpr &Call, llvm::StringRef Name,
                  const clang::ASTContext &Context);

  const StringList FunctionList;
  const llvm::StringSet<> Functions;
  const bool AllowVoidCast;
  const std::string Advice;
  const bool UnreadVariables;
  const bool IgnoreStandardStreams;
  const bool IgnoreReadOnlyClose;
  const bool IgnoreErrorPathCleanup;

  /// Bodies of GNU statement expressions: their last statement is the
  /// value of the expression, not a discarded statement.
  llvm::DenseSet<const clang::CompoundStmt *> ValueBodies;
  /// Per local variable: only ever opened read-only in its function.
  llvm::DenseMap<const clang::VarDecl *, bool> ReadOnlyVars;
  /// If branches that end by reporting a failure.
  llvm::DenseSet<const clang::CompoundStmt *> FailureBranches;
  /// Bodies of the destructors seen so far, as expansion ranges.
  std::vector<clang::SourceRange> DestructorBodies;
  /// Results stored in local variables, to report if the variable turns out
  /// never to be read; grouped by the function that owns the variable.
  struct StoredResult {
    const clang::VarDecl *Var;
    const clang::CallExpr *Call;
  };
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::SmallVector<StoredResult, 2>>
      StoredResults;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_ERRORS_UNCHECKEDRESULTCHECKER_H
