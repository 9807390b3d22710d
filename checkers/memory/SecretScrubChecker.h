//===- SecretScrubChecker.h - Secrets cleared by a dead store ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_MEMORY_SECRETSCRUBCHECKER_H
#define WARDEN_CHECKERS_MEMORY_SECRETSCRUBCHECKER_H

#include "memory/MemoryFlow.h"
#include "warden/Checker.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"

namespace warden::checkers {

/// Flags memset() or bzero() clearing a buffer with a secret-like name when
/// nothing reads the buffer afterwards: a local object about to go out of
/// scope, a heap block about to be freed, or a member of an object being
/// destroyed. The compiler may remove such a dead store and leave the secret
/// in memory; explicit_bzero(), memset_s() and OPENSSL_cleanse() are kept.
class SecretScrubChecker : public Checker {
public:
  SecretScrubChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "secret-scrub";
  static constexpr llvm::StringLiteral Summary =
      "Flags memset() or bzero() clearing a secret-named buffer that is not "
      "read afterwards, a dead store the optimiser may remove";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  const StringList ClearingFunctions;
  const llvm::StringSet<> ClearingSet;
  const llvm::StringSet<> FreeSet;
  llvm::Regex SecretName;
  const std::string ScrubFunction;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_MEMORY_SECRETSCRUBCHECKER_H
