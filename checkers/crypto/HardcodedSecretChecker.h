//===- HardcodedSecretChecker.h - Credentials in the source -----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CRYPTO_HARDCODEDSECRETCHECKER_H
#define WARDEN_CHECKERS_CRYPTO_HARDCODEDSECRETCHECKER_H

#include "crypto/NameMatching.h"
#include "warden/Checker.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace clang {
class CallExpr;
class Expr;
class FunctionDecl;
class InitListExpr;
class RecordDecl;
class StringLiteral;
} // namespace clang

namespace warden::checkers {

/// Flags passwords, API keys, tokens and private keys written into the
/// source: string literals and key bytes bound to secret-like names
/// (variables, fields, designated and positional initialisers, assignments,
/// copies into secret-named buffers, macros), literals passed to known
/// credential parameters (mysql_real_connect's password, CURLOPT_PASSWORD,
/// any parameter declared with a secret-like name), and literals that are
/// credentials whatever they are bound to (URLs with a password, PEM
/// private keys, Basic/Bearer authorisation values). Placeholders, format
/// strings, paths, prompts and environment-variable names are not secrets.
/// Findings carry the length and Shannon entropy of the value, never the
/// value itself.
class HardcodedSecretChecker : public Checker {
public:
  HardcodedSecretChecker(const RuleBinding &Binding,
                         TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "hardcoded-secret";
  static constexpr llvm::StringLiteral Summary =
      "Flags passwords, keys and tokens written into the source as string "
      "literals or key bytes";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

  /// A literal to report and what it is bound to.
  struct Hit {
    const clang::Expr *Value;
    std::string Binding; ///< "in 'password'", "passed as 'pwd' of 'f'"
  };

  // Cheap pre-filters used by the matchers.
  bool secretName(const clang::NamedDecl *D) const;
  bool keyName(const clang::NamedDecl *D) const;
  bool callHits(const clang::FunctionDecl *Callee,
                llvm::ArrayRef<const clang::Expr *> Args,
                llvm::SmallVectorImpl<Hit> *Hits);
  bool literalLooksLikeCredential(const clang::StringLiteral &SL) const;
  const llvm::SmallVector<unsigned, 4> &
  secretFieldsOf(const clang::RecordDecl &RD);

  /// Called by the preprocessor callback for `#define NAME "literal"`.
  void macroDefined(llvm::StringRef Name, llvm::StringRef Value,
                    clang::SourceLocation NameLoc,
                    clang::SourceLocation ValueLoc);

private:
  /// The value filters: placeholders, formats, paths, prompts, ...
  bool plausibleSecret(llvm::StringRef Text) const;
  bool credentialConstant(const clang::Expr *E, std::string &Name);
  void reportText(const clang::StringLiteral &SL, llvm::StringRef Text,
                  const std::string &What, const std::string &Binding,
                  llvm::StringRef Advice);
  void reportValue(const clang::Expr *Value, const std::string &Binding,
                   bool AllowKeyBytes);
  bool reportBytes(const clang::Expr *Value, const std::string &Binding);
  void reportLiteralPatterns(const clang::StringLiteral &SL);

  const crypto::SensitiveNames Secrets;
  const crypto::SensitiveNames Keys;
  const crypto::NamePattern CredentialParameters;
  const crypto::NamePattern CredentialSetters;
  const crypto::NamePattern Ignored;
  const unsigned MinLength;
  const double MinEntropy;
  const unsigned MinKeyBytes;
  const crypto::WildcardList Placeholders;
  const PositionLists CredentialFunctions;
  const StringList CredentialConstants;
  const llvm::StringMap<unsigned> CopyFunctions;
  const bool ScanLiterals;

  llvm::DenseMap<const clang::RecordDecl *, llvm::SmallVector<unsigned, 4>>
      SecretFields;
  /// Literals already reported (a literal can be reached twice, e.g. as a
  /// variable's initialiser and as a URL with a password).
  llvm::DenseSet<const clang::Expr *> Reported;
  /// Spelling locations of the literals of reported macros: their uses are
  /// not reported again.
  llvm::DenseSet<clang::SourceLocation> ReportedMacroValues;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CRYPTO_HARDCODEDSECRETCHECKER_H
