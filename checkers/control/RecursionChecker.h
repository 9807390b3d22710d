//===- RecursionChecker.h - Recursion in the call graph ---------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CONTROL_RECURSIONCHECKER_H
#define WARDEN_CHECKERS_CONTROL_RECURSIONCHECKER_H

#include "warden/Checker.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <vector>

namespace clang {
class FunctionDecl;
} // namespace clang

namespace warden::checkers {

/// Flags direct and indirect recursion among the functions a translation
/// unit defines. Call edges are collected while the matchers run (direct
/// calls, member and operator calls, constructions); the strongly connected
/// components of that graph are the recursive functions. Each cycle is
/// reported once, at its first function in source order, with notes along
/// one path of calls around it. Template instantiations are the graph's
/// nodes and are reported at their pattern. Calls through function pointers
/// and virtual dispatch to overriders are not followed.
class RecursionChecker : public Checker {
public:
  RecursionChecker(const RuleBinding &Binding, TranslationUnitContext &TU);
  ~RecursionChecker() override;

  static constexpr llvm::StringLiteral Id = "recursion";
  static constexpr llvm::StringLiteral Summary =
      "Flags direct and indirect recursion among the functions a "
      "translation unit defines";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
  void finishTranslationUnit(clang::ASTContext &Context) override;

  struct Node;

private:
  Node &nodeFor(const clang::FunctionDecl &F);
  void addCall(const clang::FunctionDecl &Callee, const clang::Stmt &Call,
               clang::SourceLocation Loc, const clang::SourceManager &SM);

  std::vector<std::unique_ptr<Node>> Nodes;
  llvm::DenseMap<const clang::FunctionDecl *, Node *> NodeOf;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CONTROL_RECURSIONCHECKER_H
