//===- MemsetArgumentsChecker.h - Suspicious memset arguments ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_SIZES_MEMSETARGUMENTSCHECKER_H
#define WARDEN_CHECKERS_SIZES_MEMSETARGUMENTSCHECKER_H

#include "warden/Checker.h"

namespace warden::checkers {

/// Flags memset calls whose arguments are most likely mistaken: a literal
/// size of 0 with a fill value that is not zero (the value and size
/// swapped), a 'sizeof' fill value with a small constant size (swapped
/// too), a constant fill value outside the range of a byte (truncated),
/// and the character '0' used to clear an object that is not text. The
/// swap checks also apply to wmemset, whose fill value is a wide character.
class MemsetArgumentsChecker : public Checker {
public:
  using Checker::Checker;

  static constexpr llvm::StringLiteral Id = "memset-arguments";
  static constexpr llvm::StringLiteral Summary =
      "Flags memset calls with swapped value and size arguments, a fill "
      "value that does not fit in a byte, or the character '0' as fill value";
  static std::vector<OptionSpec> optionSpecs() { return {}; }

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_SIZES_MEMSETARGUMENTSCHECKER_H
