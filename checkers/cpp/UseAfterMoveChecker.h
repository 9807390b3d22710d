//===- UseAfterMoveChecker.h - Objects used after std::move -----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CPP_USEAFTERMOVECHECKER_H
#define WARDEN_CHECKERS_CPP_USEAFTERMOVECHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"

namespace warden::checkers {

/// Flags objects read after std::move without reinitialisation. That is a
/// local variable or parameter read after std::move (or a moving
/// std::forward) on some path of the function's control-flow graph
/// with no reinitialisation in between: an assignment, clear() or assign()
/// of a standard container, reset() of a standard smart pointer, a method
/// marked [[clang::reinitializes]], or passing it to a function by
/// non-const reference or pointer. A standard smart pointer is only used
/// when it is dereferenced: moved-from, it is null. Follows clang-tidy's
/// bugprone-use-after-move.
class UseAfterMoveChecker : public Checker {
public:
  UseAfterMoveChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "use-after-move";
  static constexpr llvm::StringLiteral Summary =
      "Flags objects read after std::move without reinitialisation";
  static std::vector<OptionSpec> optionSpecs() { return {}; }

  bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  void analyse(const clang::FunctionDecl &Function);

  llvm::DenseSet<const clang::FunctionDecl *> Analysed;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CPP_USEAFTERMOVECHECKER_H
