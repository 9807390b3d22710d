//===- GotoChecker.h - goto statements --------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CONTROL_GOTOCHECKER_H
#define WARDEN_CHECKERS_CONTROL_GOTOCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class CompoundStmt;
class FunctionDecl;
class GotoStmt;
class LabelStmt;
class Stmt;
} // namespace clang

namespace warden::checkers {

/// Flags goto statements in C and C++. By default a goto that jumps
/// forward to a label in its own block or an enclosing one (MISRA C 15.2
/// and 15.3; the cleanup chains CERT MEM12-C recommends) is accepted;
/// backward jumps, jumps into a nested block and computed gotos are not.
class GotoChecker : public Checker {
public:
  GotoChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "goto";
  static constexpr llvm::StringLiteral Summary =
      "Flags goto statements, except forward jumps to a label in the same "
      "or an enclosing block when allowed";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  /// Where the labels and gotos of one function are: the innermost block
  /// around each label, and every block around each goto.
  struct Blocks {
    llvm::DenseMap<const clang::LabelStmt *, const clang::Stmt *> OfLabel;
    llvm::DenseMap<const clang::GotoStmt *,
                   llvm::SmallVector<const clang::Stmt *, 4>>
        AroundGoto;
  };
  const Blocks &blocksOf(const clang::FunctionDecl &F);
  void checkGoto(const clang::GotoStmt &G,
                 const clang::ast_matchers::MatchFinder::MatchResult &R);

  const bool AllowForward;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Blocks>>
      Analysed;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CONTROL_GOTOCHECKER_H
