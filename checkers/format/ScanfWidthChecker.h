//===- ScanfWidthChecker.h - Unbounded %s in scanf formats ------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_FORMAT_SCANFWIDTHCHECKER_H
#define WARDEN_CHECKERS_FORMAT_SCANFWIDTHCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/StringMap.h"

namespace clang {
class StringLiteral;
} // namespace clang

namespace warden::checkers {

/// Flags '%s' and '%[' conversions with no field width in scanf-family
/// format strings. The format string is parsed with clang's own scanf
/// parser; when the destination is an array of known size, the finding
/// names the width to use and carries a fix that inserts it.
class ScanfWidthChecker : public Checker {
public:
  ScanfWidthChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "scanf-width";
  static constexpr llvm::StringLiteral Summary =
      "Flags '%s' and '%[' conversions with no field width in scanf-family "
      "format strings";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  /// Function name -> 0-based index of the format argument.
  const llvm::StringMap<unsigned> FormatPosition;
  const bool SuggestWidth;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_FORMAT_SCANFWIDTHCHECKER_H
