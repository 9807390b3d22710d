//===- ThrowingDestructorChecker.h - Exceptions out of destructors -*- C++ -*-//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CPP_THROWINGDESTRUCTORCHECKER_H
#define WARDEN_CHECKERS_CPP_THROWINGDESTRUCTORCHECKER_H

#include "warden/Checker.h"

namespace warden::checkers {

/// Flags exceptions that can leave a destructor. They are a throw
/// expression in a destructor's body that no enclosing try block of the
/// destructor catches, and destructors declared noexcept(false). Optionally,
/// calls of functions that may throw (not noexcept, not C library functions)
/// outside any try block. An exception leaving a destructor calls
/// std::terminate, at once for a noexcept destructor, during stack unwinding
/// for the others.
class ThrowingDestructorChecker : public Checker {
public:
  ThrowingDestructorChecker(const RuleBinding &Binding,
                            TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "throwing-destructor";
  static constexpr llvm::StringLiteral Summary =
      "Flags exceptions that can leave a destructor";
  static std::vector<OptionSpec> optionSpecs();

  bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  const bool ReportCalls;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CPP_THROWINGDESTRUCTORCHECKER_H
