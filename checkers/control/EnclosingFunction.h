//===- EnclosingFunction.h - The function a matched node is in --*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Finds the function that contains a matched statement without a parent
/// map. Matchers visit the AST depth first: a function definition is
/// visited just before its parameters, initializers and body, and a lambda's
/// call operator or a local class's methods just before theirs. A stack of
/// the definitions entered, trimmed to those whose source range contains the
/// statement, therefore ends with the innermost function around it.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CONTROL_ENCLOSINGFUNCTION_H
#define WARDEN_CHECKERS_CONTROL_ENCLOSINGFUNCTION_H

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class FunctionDecl;
class SourceManager;
} // namespace clang

namespace warden::checkers::control {

/// Tracks the function definitions the matchers are inside.
class EnclosingFunctions {
public:
  /// Registers the matchers that feed enter(): function definitions and
  /// lambda expressions, whose call operators the matchers do not visit as
  /// declarations.
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder,
                        clang::ast_matchers::MatchFinder::MatchCallback &CB);
  /// Enters the function of a match of those matchers and returns true, or
  /// returns false for the checker's own matches.
  bool enter(const clang::ast_matchers::MatchFinder::MatchResult &R);
  /// Called for every function definition, in traversal order.
  void enter(const clang::FunctionDecl &F, const clang::SourceManager &SM);
  /// The innermost function entered whose source range (parameters,
  /// initializers and body) contains Loc; null at namespace scope.
  const clang::FunctionDecl *of(clang::SourceLocation Loc,
                                const clang::SourceManager &SM);

private:
  struct Entry {
    const clang::FunctionDecl *Function;
    clang::SourceLocation Begin, End;
  };
  void push(const clang::FunctionDecl &F, clang::SourceRange R,
            const clang::SourceManager &SM);
  void trim(clang::SourceLocation Loc, const clang::SourceManager &SM);
  llvm::SmallVector<Entry, 8> Stack;
};

} // namespace warden::checkers::control

#endif // WARDEN_CHECKERS_CONTROL_ENCLOSINGFUNCTION_H
