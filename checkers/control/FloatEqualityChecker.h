//===- FloatEqualityChecker.h - == and != on floating values ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CONTROL_FLOATEQUALITYCHECKER_H
#define WARDEN_CHECKERS_CONTROL_FLOATEQUALITYCHECKER_H

#include "warden/Checker.h"

namespace warden::checkers {

/// Flags '==' and '!=' whose operands are floating-point after the usual
/// arithmetic conversions: rounding makes exact equality of computed values
/// unreliable. The 'x != x' NaN test and comparisons with an infinity are
/// accepted; comparisons with zero optionally.
class FloatEqualityChecker : public Checker {
public:
  FloatEqualityChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "float-equality";
  static constexpr llvm::StringLiteral Summary =
      "Flags '==' and '!=' comparisons of floating-point operands";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  const bool AllowZero;
  const bool AllowSelf;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CONTROL_FLOATEQUALITYCHECKER_H
