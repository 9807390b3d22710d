//===- FreeNonHeapChecker.h - Release of memory not on the heap -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_MEMORY_FREENONHEAPCHECKER_H
#define WARDEN_CHECKERS_MEMORY_FREENONHEAPCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/StringSet.h"

namespace warden::checkers {

/// Flags free(), realloc() or delete of memory that no allocation returned:
/// the address of a variable, an array, a string literal, or a local
/// pointer whose only value is one of those. Like GCC's
/// -Wfree-nonheap-object, it follows only what the function shows
/// directly.
class FreeNonHeapChecker : public Checker {
public:
  FreeNonHeapChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "free-nonheap";
  static constexpr llvm::StringLiteral Summary =
      "Flags free(), realloc() or delete of memory that is not on the heap";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  /// True when the function never changes Var after its declaration.
  bool neverChanged(const clang::VarDecl &Var);

  const StringList Deallocators;
  const llvm::StringSet<> DeallocatorSet;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_MEMORY_FREENONHEAPCHECKER_H
