//===- FreedPointerChecker.h - Double free and use after free ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_MEMORY_FREEDPOINTERCHECKER_H
#define WARDEN_CHECKERS_MEMORY_FREEDPOINTERCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

namespace warden::checkers {

/// Flags a local pointer that is released again, or used, after it was
/// released on some path through its function. A forward may-analysis over
/// the function's CFG follows each local pointer variable and parameter
/// passed to a deallocation function or 'delete'; assigning the variable,
/// declaring it again or taking its address forgets the release. The same
/// analysis serves double frees and uses after free, chosen by an option.
class FreedPointerChecker : public Checker {
public:
  FreedPointerChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "freed-pointer";
  static constexpr llvm::StringLiteral Summary =
      "Flags a local pointer that is released again, or used, after it was "
      "released on some path through its function";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  void analyse(const clang::FunctionDecl &Function);

  /// True for double frees, false for uses after free.
  const bool ReportDoubleFree;
  const StringList Deallocators;
  const llvm::StringSet<> DeallocatorSet;
  const llvm::StringSet<> AccessFunctions;
  llvm::DenseSet<const clang::FunctionDecl *> Analysed;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_MEMORY_FREEDPOINTERCHECKER_H
