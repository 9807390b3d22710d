//===- ReinterpretCastChecker.h - reinterpret_cast --------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CPP_REINTERPRETCASTCHECKER_H
#define WARDEN_CHECKERS_CPP_REINTERPRETCASTCHECKER_H

#include "warden/Checker.h"
#include "llvm/Support/Regex.h"

namespace warden::checkers {

/// Flags reinterpret_cast, which reads an object through an unrelated type.
/// Casts to pointers or references to char, unsigned
/// char and std::byte, which the aliasing rules allow for looking at an
/// object's bytes, casts to 'void *', through which nothing can be
/// accessed, and casts to types a project lists are accepted.
class ReinterpretCastChecker : public Checker {
public:
  ReinterpretCastChecker(const RuleBinding &Binding,
                         TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "reinterpret-cast";
  static constexpr llvm::StringLiteral Summary =
      "Flags reinterpret_cast, which reads an object through an unrelated "
      "type";
  static std::vector<OptionSpec> optionSpecs();

  bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  const bool AllowByteAccess;
  std::vector<llvm::Regex> AllowedTypes;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CPP_REINTERPRETCASTCHECKER_H
