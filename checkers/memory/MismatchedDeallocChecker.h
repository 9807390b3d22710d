//===- MismatchedDeallocChecker.h - Mismatched deallocation -----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_MEMORY_MISMATCHEDDEALLOCCHECKER_H
#define WARDEN_CHECKERS_MEMORY_MISMATCHEDDEALLOCCHECKER_H

#include "memory/MemoryFlow.h"
#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

namespace warden::checkers {

/// Flags memory released by a different family than the one that allocated
/// it: new[] released with delete, new with delete[], malloc() with delete,
/// new with free(); and std::unique_ptr or std::shared_ptr whose array form
/// differs from the new-expression it takes ownership of. The allocation is
/// found intraprocedurally: every definition of the local variable, or of
/// the member of 'this', that reaches the release on the function's CFG
/// must be the same kind of allocation.
class MismatchedDeallocChecker : public Checker {
public:
  MismatchedDeallocChecker(const RuleBinding &Binding,
                           TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "mismatched-dealloc";
  static constexpr llvm::StringLiteral Summary =
      "Flags memory released by a different family of functions or "
      "operators than the one that allocated it";
  static std::vector<OptionSpec> optionSpecs();

  bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  void analyse(const clang::FunctionDecl &Function);
  void
  checkSmartPointer(const clang::ast_matchers::MatchFinder::MatchResult &R);

  const StringList FreeFunctions;
  const llvm::StringSet<> FreeSet;
  const llvm::StringSet<> MallocSet;
  const bool SmartPointers;
  llvm::DenseSet<const clang::FunctionDecl *> Analysed;
  /// Smart pointer constructions already reported through their variable.
  llvm::DenseSet<const clang::Expr *> ReportedConstructions;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_MEMORY_MISMATCHEDDEALLOCCHECKER_H
