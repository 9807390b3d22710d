//===- CatchByValueChecker.h - Exceptions caught by value -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CPP_CATCHBYVALUECHECKER_H
#define WARDEN_CHECKERS_CPP_CATCHBYVALUECHECKER_H

#include "warden/Checker.h"

namespace warden::checkers {

/// Flags exceptions of class type caught by value. The handler slices a
/// derived exception to the caught type and copies it (a copy that may
/// itself throw). The fix catches by reference to const, or by
/// reference when the handler modifies the exception.
class CatchByValueChecker : public Checker {
public:
  CatchByValueChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "catch-by-value";
  static constexpr llvm::StringLiteral Summary =
      "Flags exceptions of class type caught by value";
  static std::vector<OptionSpec> optionSpecs() { return {}; }

  bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CPP_CATCHBYVALUECHECKER_H
