//===- WeakCryptoChecker.h - Broken or deprecated algorithms ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CRYPTO_WEAKCRYPTOCHECKER_H
#define WARDEN_CHECKERS_CRYPTO_WEAKCRYPTOCHECKER_H

#include "crypto/NameMatching.h"
#include "warden/Checker.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>

namespace clang {
class EnumConstantDecl;
class Expr;
class FunctionDecl;
class StringLiteral;
} // namespace clang

namespace warden::checkers {

/// Flags uses of broken or deprecated cryptographic algorithms (MD4, MD5,
/// SHA-1, DES, 3DES, RC2, RC4, ECB mode) through the APIs of OpenSSL,
/// mbedTLS, wolfSSL and Windows CNG/CryptoAPI. Four tables, all options:
/// functions that select an algorithm (EVP_md5, MD5_Init, mbedtls_des_*),
/// algorithm names passed as strings (EVP_MD_fetch(ctx, "MD5", NULL)),
/// constants that name one (MBEDTLS_MD_SHA1, NID_md5, CALG_RC4), and the
/// functions that take such names. Every algorithm has a label; the labels
/// listed as warning algorithms (SHA-1, still allowed outside signatures)
/// are reported one level lower than the rule.
class WeakCryptoChecker : public Checker {
public:
  WeakCryptoChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "weak-crypto";
  static constexpr llvm::StringLiteral Summary =
      "Flags uses of broken or deprecated cryptographic algorithms: MD4, "
      "MD5, SHA-1, DES, 3DES, RC2, RC4 and ECB mode";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

  /// The label of a function of the table, if FD is one.
  std::optional<llvm::StringRef> functionLabel(const clang::FunctionDecl &FD);
  /// The label of E when it is a constant of the table: an enumerator, or an
  /// object-like macro spelled as the whole expression. Name receives the
  /// constant's name and Loc where it is written.
  std::optional<llvm::StringRef> constantLabel(const clang::Expr *E,
                                               llvm::StringRef &Name,
                                               clang::SourceLocation &Loc);
  bool hasNameArgument(const clang::FunctionDecl &FD) const;

private:
  void reportUse(clang::SourceLocation Loc, const std::string &What,
                 llvm::StringRef Spelled, llvm::StringRef Label,
                 bool LiteralName);
  void checkNameArgument(const clang::Expr *Arg, llvm::StringRef Function,
                         clang::SourceLocation At = {});

  const crypto::WildcardTable Functions;
  const crypto::WildcardTable AlgorithmNames;
  const crypto::WildcardTable Constants;
  const llvm::StringMap<unsigned> NameFunctions;
  const StringList WarningAlgorithms;
  const StringMap Advice;
  const Level RuleLevel;

  llvm::DenseMap<const clang::FunctionDecl *, std::optional<llvm::StringRef>>
      FunctionCache;
  llvm::DenseMap<const clang::EnumConstantDecl *,
                 std::optional<llvm::StringRef>>
      EnumeratorCache;
  llvm::StringMap<std::optional<llvm::StringRef>> MacroCache;
  /// Callee references already handled with their call.
  llvm::DenseSet<const clang::DeclRefExpr *> ReportedCallees;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CRYPTO_WEAKCRYPTOCHECKER_H
