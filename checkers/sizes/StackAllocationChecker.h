//===- StackAllocationChecker.h - alloca and VLAs ---------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_SIZES_STACKALLOCATIONCHECKER_H
#define WARDEN_CHECKERS_SIZES_STACKALLOCATIONCHECKER_H

#include "warden/Checker.h"

namespace warden::checkers {

/// Flags stack allocations whose size is chosen at run time: calls of
/// alloca and its builtin forms, variable-length arrays and typedefs of
/// variable-length array types. Neither reports failure; a large or
/// attacker-chosen size silently runs past the end of the stack.
class StackAllocationChecker : public Checker {
public:
  StackAllocationChecker(const RuleBinding &Binding,
                         TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "stack-allocation";
  static constexpr llvm::StringLiteral Summary =
      "Flags alloca calls and variable-length arrays, whose stack size is "
      "chosen at run time";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  /// True when Bytes is known and the options accept it.
  bool isAcceptedConstant(std::optional<uint64_t> Bytes) const;

  const int64_t MaxConstantBytes;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_SIZES_STACKALLOCATIONCHECKER_H
