//===- BannedCallChecker.h - Calls of banned functions ----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_API_BANNEDCALLCHECKER_H
#define WARDEN_CHECKERS_API_BANNEDCALLCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"

namespace warden::checkers {

/// Flags calls of, and references to, library functions a rule bans, and
/// names the safer alternative. One checker serves many rules (gets, strcpy,
/// sprintf, system, ...): the functions, the reason and the alternatives are
/// options.
class BannedCallChecker : public Checker {
public:
  BannedCallChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "banned-call";
  static constexpr llvm::StringLiteral Summary =
      "Flags calls of, and references to, banned library functions";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  std::string messageFor(llvm::StringRef Function) const;

  const StringList Functions;
  const std::string Reason;
  const StringMap Alternatives;
  const StringList NullFirstArgumentAllowed;
  /// Callee references already handled with their call.
  llvm::DenseSet<const clang::DeclRefExpr *> ReportedCallees;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_API_BANNEDCALLCHECKER_H
