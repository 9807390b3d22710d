//===- AutoPtrChecker.h - Uses of std::auto_ptr -----------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CPP_AUTOPTRCHECKER_H
#define WARDEN_CHECKERS_CPP_AUTOPTRCHECKER_H

#include "warden/Checker.h"

namespace warden::checkers {

/// Flags uses of std::auto_ptr and renames them to std::unique_ptr. Every
/// use counts (variables, members, parameters, return types, template
/// arguments, using-declarations): auto_ptr is removed from C++17, and its
/// copies silently transfer ownership; the copies of a unique_ptr do not
/// compile and must become std::move.
class AutoPtrChecker : public Checker {
public:
  AutoPtrChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "auto-ptr";
  static constexpr llvm::StringLiteral Summary =
      "Flags uses of std::auto_ptr and renames them to std::unique_ptr";
  static std::vector<OptionSpec> optionSpecs() { return {}; }

  bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CPP_AUTOPTRCHECKER_H
