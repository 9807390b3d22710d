//===- InsecurePrngChecker.h - Predictable random numbers -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CRYPTO_INSECUREPRNGCHECKER_H
#define WARDEN_CHECKERS_CRYPTO_INSECUREPRNGCHECKER_H

#include "crypto/NameMatching.h"
#include "warden/Checker.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include <set>
#include <string>

namespace clang {
class ASTContext;
class CXXRecordDecl;
class Expr;
class FunctionDecl;
class QualType;
class Stmt;
} // namespace clang

namespace warden::checkers {

/// Flags predictable pseudo-random generators (rand, random, the drand48
/// family, std::random_shuffle) and predictable seeds (constants, the time,
/// the process id; default-constructed C++ engines), and escalates a
/// generator to an error when its value reaches a token, key, nonce, salt,
/// IV, password or session variable in the same function. The flow is
/// tracked over the function's CFG through locals, arithmetic, casts,
/// array and member stores, copies (memcpy, snprintf), parameters with
/// secret-like names and returns from functions with such names. C++
/// engines such as std::mt19937 are statistically sound, so only their
/// seeding and such flows are findings.
class InsecurePrngChecker : public Checker {
public:
  InsecurePrngChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "insecure-prng";
  static constexpr llvm::StringLiteral Summary =
      "Flags predictable random number generators and seeds, and escalates "
      "when their output reaches a token, key, nonce or other secret";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

  bool isEngine(clang::QualType T);
  bool isGenerator(const clang::FunctionDecl &FD) const;

  /// How a predictable value reaches a secret.
  struct Flow {
    std::string Into;
    clang::SourceLocation At;
    std::string How;
  };
  using Origins = std::set<const clang::Expr *>;
  using State = std::map<const clang::VarDecl *, Origins>;

private:
  const Flow *flowOf(const clang::Expr *Origin, clang::ASTContext &Context);
  void analyse(const clang::FunctionDecl &FD);
  Origins originsOf(const clang::Expr *E, const State &S);
  void transfer(const clang::Stmt *S, const clang::FunctionDecl &FD,
                State &St);
  void store(const clang::Expr *Target, const Origins &O, bool Strong,
             clang::SourceLocation At, State &St);
  void escalate(const Origins &O, llvm::StringRef Into,
                clang::SourceLocation At, std::string How);
  bool sensitive(const clang::NamedDecl *D) const;

  void reportGenerator(const clang::Expr *Use, const clang::FunctionDecl &FD,
                       clang::SourceLocation Loc, clang::ASTContext &Context);
  void reportSeed(const clang::Expr *Seed, llvm::StringRef Who, bool Engine,
                  clang::ASTContext &Context);
  std::string engineName(clang::QualType T);

  const StringList Generators;
  const llvm::StringMap<unsigned> SeedFunctions;
  const llvm::StringSet<> PredictableSeeds;
  const StringList Engines;
  const crypto::SensitiveNames Sensitive;
  const bool CheckSeeds;

  llvm::DenseMap<const clang::CXXRecordDecl *, bool> EngineCache;
  llvm::DenseSet<const clang::FunctionDecl *> Analysed;
  llvm::DenseMap<const clang::Expr *, Flow> Flows;
  /// Callee references already handled with their call.
  llvm::DenseSet<const clang::DeclRefExpr *> ReportedCallees;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CRYPTO_INSECUREPRNGCHECKER_H
