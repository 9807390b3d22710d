//===- UninitializedLocalChecker.h - Locals read before written -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_MEMORY_UNINITIALIZEDLOCALCHECKER_H
#define WARDEN_CHECKERS_MEMORY_UNINITIALIZEDLOCALCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"

namespace warden::checkers {

/// Flags local variables read before they are written on some path, with
/// clang's own -Wuninitialized analysis (clang/Analysis/Analyses/
/// UninitializedValues.h) and the same choice of what to report: uses that
/// are always uninitialized, and uses that are uninitialized whenever a
/// branch clang can name is taken. Optionally, uses that clang can only say
/// may be uninitialized (-Wconditional-uninitialized), and pointers
/// declared without an initializer.
class UninitializedLocalChecker : public Checker {
public:
  UninitializedLocalChecker(const RuleBinding &Binding,
                            TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "uninitialized-local";
  static constexpr llvm::StringLiteral Summary =
      "Flags local variables read before they are written on some path, "
      "using clang's -Wuninitialized analysis";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  void analyse(const clang::FunctionDecl &Function);
  void checkPointerDeclaration(const clang::VarDecl &Var);
  /// What to write after a declarator to initialize it to zero, as clang's
  /// own fix-it does; empty when there is nothing simple to suggest.
  std::string zeroInitializer(clang::QualType Type);

  const bool ReportMaybe;
  const bool RequirePointerInit;
  clang::Preprocessor *PP = nullptr;
  llvm::DenseSet<const clang::FunctionDecl *> Analysed;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_MEMORY_UNINITIALIZEDLOCALCHECKER_H
