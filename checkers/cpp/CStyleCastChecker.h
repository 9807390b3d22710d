//===- CStyleCastChecker.h - C-style and functional casts -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CPP_CSTYLECASTCHECKER_H
#define WARDEN_CHECKERS_CPP_CSTYLECASTCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/SmallVector.h"

namespace warden::checkers {

/// Flags C-style and functional casts in C++ and names the named cast each
/// performs. '(T)x' and 'T(x)' become the static_cast, const_cast or
/// reinterpret_cast they do, through a fix, when one cast does it all; a
/// cast written in a macro's definition is reported there, once. Casts to
/// void, functional casts to class
/// types (constructor calls), casts from system headers' macros and code
/// in extern "C" functions (often shared with C) are accepted.
class CStyleCastChecker : public Checker {
public:
  CStyleCastChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "c-style-cast";
  static constexpr llvm::StringLiteral Summary =
      "Flags C-style and functional casts in C++ and names the named cast "
      "each performs";
  static std::vector<OptionSpec> optionSpecs();

  bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  bool inExternCFunction(clang::SourceLocation Loc,
                         const clang::SourceManager &SM) const;

  const bool FunctionalCasts;
  /// Bodies of functions with C language linkage seen so far; a function
  /// is matched before the statements in it.
  llvm::SmallVector<clang::SourceRange, 4> ExternCBodies;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CPP_CSTYLECASTCHECKER_H
