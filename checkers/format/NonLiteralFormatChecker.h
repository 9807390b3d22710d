//===- NonLiteralFormatChecker.h - Non-literal formats ----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_FORMAT_NONLITERALFORMATCHECKER_H
#define WARDEN_CHECKERS_FORMAT_NONLITERALFORMATCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/StringMap.h"
#include <optional>

namespace clang {
class ASTContext;
class Expr;
class FunctionDecl;
class ParmVarDecl;
} // namespace clang

namespace warden::checkers {

/// Flags printf- and syslog-family calls whose format argument is not a
/// string literal. An outside format is CWE-134. Functions come from a table
/// of library names and, optionally, from __attribute__((format(printf,
/// ...))), so logging wrappers are checked too; literals reached through
/// constants, conditionals and gettext-style format_arg functions count as
/// literals.
class NonLiteralFormatChecker : public Checker {
public:
  NonLiteralFormatChecker(const RuleBinding &Binding,
                          TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "nonliteral-format";
  static constexpr llvm::StringLiteral Summary =
      "Flags printf- and syslog-family calls whose format argument is not a "
      "string literal";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  /// The 0-based index, among the declared parameters of FD, of the format
  /// parameter of a function this rule checks.
  std::optional<unsigned> formatParameter(const clang::FunctionDecl &FD) const;
  /// True when the callers of FD are checked with P as their format: the
  /// wrapper only forwards a format its callers supply.
  bool isCheckedFormatParameter(const clang::FunctionDecl &FD,
                                const clang::ParmVarDecl &P) const;
  std::string forwardingAdvice(const clang::FunctionDecl &Wrapper,
                               const clang::ParmVarDecl &P) const;

  /// Function name -> 1-based position of the format argument.
  const llvm::StringMap<unsigned> FormatPosition;
  const bool UseFormatAttribute;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_FORMAT_NONLITERALFORMATCHECKER_H
