//===- AllocSizeOverflowChecker.h - Overflowing alloc sizes -----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_SIZES_ALLOCSIZEOVERFLOWCHECKER_H
#define WARDEN_CHECKERS_SIZES_ALLOCSIZEOVERFLOWCHECKER_H

#include "sizes/PathConditions.h"
#include "sizes/SizeArguments.h"
#include "warden/Checker.h"

namespace clang {
class BinaryOperator;
} // namespace clang

namespace warden::checkers {

/// Flags a multiplication or addition in an allocation size that can
/// overflow and that no dominating check bounds. Whether an operation can
/// overflow follows from the ranges of its operands' types and constants
/// (a uint16_t count times sizeof(T) cannot overflow a 64-bit size_t);
/// branch conditions that dominate the allocation narrow those ranges, and
/// a dominating comparison of the operands against a limit
/// ('n > SIZE_MAX / m'), or a tested __builtin_mul_overflow, counts as the
/// check.
class AllocSizeOverflowChecker : public Checker {
public:
  AllocSizeOverflowChecker(const RuleBinding &Binding,
                           TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "alloc-size-overflow";
  static constexpr llvm::StringLiteral Summary =
      "Flags a multiplication or addition in an allocation size that can "
      "overflow and that no dominating check bounds";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  /// Reports the first unchecked operation of Size that can overflow.
  void checkSize(const clang::Expr *Size, const clang::Stmt &Allocation,
                 llvm::StringRef Function, bool ArrayNew,
                 clang::ASTContext &Context);
  void reportOverflow(const clang::BinaryOperator &Op, llvm::StringRef Function,
                      bool ArrayNew, clang::ASTContext &Context);

  const PositionLists Functions;
  const bool UseAllocSizeAttribute;
  ConditionCache Cache;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_SIZES_ALLOCSIZEOVERFLOWCHECKER_H
