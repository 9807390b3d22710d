//===- AssignInConditionChecker.h - Assignment as a condition ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CONTROL_ASSIGNINCONDITIONCHECKER_H
#define WARDEN_CHECKERS_CONTROL_ASSIGNINCONDITIONCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"

namespace clang {
class Expr;
} // namespace clang

namespace warden::checkers {

/// Flags an assignment used as the condition of an if, while, do-while or
/// for statement or of a conditional operator, where '==' was most likely
/// meant. An assignment compared explicitly ('(c = getchar()) != EOF'), a
/// declaration in the condition and, by default, an assignment in an extra
/// pair of parentheses (the -Wparentheses idiom for "intended") are
/// accepted.
class AssignInConditionChecker : public Checker {
public:
  AssignInConditionChecker(const RuleBinding &Binding,
                           TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "assign-in-condition";
  static constexpr llvm::StringLiteral Summary =
      "Flags an assignment used as the condition of an if, while, do-while "
      "or for statement or of a conditional operator";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  void checkCondition(const clang::Expr *Condition, llvm::StringRef Statement,
                      unsigned RequiredParens);

  const bool AllowParenthesized;
  const bool IncludeCompound;
  /// Operators already reported (template instantiations repeat them).
  llvm::DenseSet<clang::SourceLocation> Reported;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CONTROL_ASSIGNINCONDITIONCHECKER_H
