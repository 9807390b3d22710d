//===- NameMatching.h - Identifier and API-table matching -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Helpers shared by the cryptography and secrets checkers: matching
/// identifiers against user-supplied name patterns without tripping over
/// "monkey" or "password_length", and looking names up in tables whose keys
/// may contain '*' wildcards ("EVP_*_ecb", "mbedtls_md5_*").
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CRYPTO_NAMEMATCHING_H
#define WARDEN_CHECKERS_CRYPTO_NAMEMATCHING_H

#include "warden/Options.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class Expr;
class FunctionDecl;
class IdentifierInfo;
class NamedDecl;
class SourceManager;
class LangOptions;
} // namespace clang

namespace warden::checkers::crypto {

/// Splits an identifier into lowercase words joined by '_': at underscores,
/// at lower-to-upper and letter/digit changes, and before the last capital
/// of a run of capitals ("sessionKeyIV" -> "session_key_iv", "m_password_"
/// -> "m_password", "HTTPServer" -> "http_server", "key2" -> "key_2").
std::string snakeCaseWords(llvm::StringRef Identifier);

/// A case-insensitive regular expression over identifiers. A name matches
/// when the expression matches it as written or in its snakeCaseWords()
/// form, so that patterns can anchor on word boundaries ("(^|_)key(_|$)"
/// matches "aesKey" but not "monkey"). An empty pattern matches nothing.
/// Results are cached per identifier.
class NamePattern {
public:
  explicit NamePattern(llvm::StringRef Pattern);
  bool empty() const { return !Regex; }
  bool matches(llvm::StringRef Name) const;
  bool matches(const clang::IdentifierInfo *II) const;

private:
  std::unique_ptr<llvm::Regex> Regex;
  mutable llvm::DenseMap<const clang::IdentifierInfo *, bool> Cache;
};

/// A secret-like name filter: matches Accept but not Ignore.
struct SensitiveNames {
  SensitiveNames(llvm::StringRef Accept, llvm::StringRef Ignore)
      : Accept(Accept), Ignore(Ignore) {}
  bool matches(llvm::StringRef Name) const {
    return !Name.empty() && Accept.matches(Name) && !Ignore.matches(Name);
  }
  /// The same, cached per identifier.
  bool matches(const clang::IdentifierInfo *II) const {
    return II && Accept.matches(II) && !Ignore.matches(II);
  }
  NamePattern Accept;
  NamePattern Ignore;
};

/// Matches Text against a pattern in which '*' stands for any run of
/// characters; no other character is special.
bool wildcardMatch(llvm::StringRef Pattern, llvm::StringRef Text);

/// A table from names (exact, or patterns with '*') to labels. Exact keys
/// win; among patterns, the one with the longest literal prefix, then the
/// most literal characters, then the first in key order.
class WildcardTable {
public:
  explicit WildcardTable(const StringMap &Entries);
  std::optional<llvm::StringRef> lookup(llvm::StringRef Name) const;
  bool empty() const { return Exact.empty() && Patterns.empty(); }

private:
  struct Pattern {
    std::string Key, Label;
    size_t Prefix, Literals;
  };
  llvm::StringMap<std::string> Exact;
  std::vector<Pattern> Patterns;
};

/// A list of strings compared case-insensitively, with '*' wildcards.
class WildcardList {
public:
  explicit WildcardList(const StringList &Entries);
  bool contains(llvm::StringRef Text) const;

private:
  std::vector<std::string> Lower;
};

/// The declaration a stored-to or read expression names, looking through
/// parentheses, casts, subscripts, dereferences, address-of, member access
/// (the member is the name) and overloaded operator[] / operator* /
/// operator->: `token[i]` -> token, `cfg->password` -> password,
/// `*p` -> p. Null when there is no such name.
const clang::NamedDecl *namedTarget(const clang::Expr *E);

/// The user-visible name of a function for messages: "std::rand" for
/// std::rand, "rand" for ::rand.
std::string displayName(const clang::FunctionDecl &FD);

/// The name of the macro the user wrote when Loc is the expansion of an
/// object- or function-like macro defined in a system header (OpenSSL's
/// `#define EVP_des_cfb EVP_des_cfb64`); empty otherwise.
llvm::StringRef systemMacroName(clang::SourceLocation Loc,
                                const clang::SourceManager &SM,
                                const clang::LangOptions &LO);

} // namespace warden::checkers::crypto

#endif // WARDEN_CHECKERS_CRYPTO_NAMEMATCHING_H
