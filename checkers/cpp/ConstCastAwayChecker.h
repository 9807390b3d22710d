//===- ConstCastAwayChecker.h - Casts that drop const/volatile --*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CPP_CONSTCASTAWAYCHECKER_H
#define WARDEN_CHECKERS_CPP_CONSTCASTAWAYCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"

namespace warden::checkers {

/// Flags casts that remove const or volatile. That is a const_cast that
/// drops a qualifier, or a C-style or functional cast that does the same.
/// Writing through the result to an object defined const, or reading a volatile
/// object through a non-volatile glvalue, is undefined behaviour. A cast
/// whose result goes straight to free() or delete is accepted: releasing
/// memory held through a pointer to const writes nothing through it.
class ConstCastAwayChecker : public Checker {
public:
  ConstCastAwayChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "const-cast-away";
  static constexpr llvm::StringLiteral Summary =
      "Flags casts that remove const or volatile";
  static std::vector<OptionSpec> optionSpecs();

  bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  const bool ReportVolatile;
  /// Casts whose result is released at once (seen with the release, which
  /// the matchers visit before its operand).
  llvm::DenseSet<const clang::Expr *> Released;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CPP_CONSTCASTAWAYCHECKER_H
