//===- SwitchDefaultChecker.h - switch without default ----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CONTROL_SWITCHDEFAULTCHECKER_H
#define WARDEN_CHECKERS_CONTROL_SWITCHDEFAULTCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"

namespace warden::checkers {

/// Flags a switch statement with no default label. A switch over an enum
/// that has a case for every enumerator needs none unless the rule asks for
/// one; an enum switch that misses enumerators is reported with the missing
/// ones named.
class SwitchDefaultChecker : public Checker {
public:
  SwitchDefaultChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "switch-default";
  static constexpr llvm::StringLiteral Summary =
      "Flags a switch statement with no default label, naming the "
      "enumerators an enum switch does not handle";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  const bool RequireDefaultForEnums;
  const int64_t MaxListed;
  /// Switches already reported (template instantiations repeat them).
  llvm::DenseSet<clang::SourceLocation> Reported;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CONTROL_SWITCHDEFAULTCHECKER_H
