//===- EnclosingFunction.cpp - The function a matched node is in ----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "control/EnclosingFunction.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers::control {

// Binding names unlikely to clash with the checkers' own.
static constexpr llvm::StringLiteral FunctionKey = "enclosing-function";
static constexpr llvm::StringLiteral LambdaKey = "enclosing-lambda";

void EnclosingFunctions::registerMatchers(MatchFinder &Finder,
                                          MatchFinder::MatchCallback &CB) {
  Finder.addMatcher(functionDecl(isDefinition()).bind(FunctionKey), &CB);
  Finder.addMatcher(lambdaExpr().bind(LambdaKey), &CB);
}

bool EnclosingFunctions::enter(const MatchFinder::MatchResult &R) {
  if (const auto *F = R.Nodes.getNodeAs<FunctionDecl>(FunctionKey)) {
    enter(*F, *R.SourceManager);
    return true;
  }
  if (const auto *L = R.Nodes.getNodeAs<LambdaExpr>(LambdaKey)) {
    // The matchers visit the lambda's class (its call operator, implicit
    // members at the introducer) before the body, as a child of the
    // expression: the whole expression, introducer included, is the range
    // that keeps the call operator on the stack until then.
    if (const CXXMethodDecl *Call = L->getCallOperator())
      push(*Call, L->getSourceRange(), *R.SourceManager);
    return true;
  }
  return false;
}

void EnclosingFunctions::trim(SourceLocation Loc, const SourceManager &SM) {
  while (!Stack.empty() &&
         !SM.isPointWithin(Loc, Stack.back().Begin, Stack.back().End))
    Stack.pop_back();
}

void EnclosingFunctions::enter(const FunctionDecl &F, const SourceManager &SM) {
  // Implicit members (a lambda's destructor, a defaulted constructor) sit
  // at the class's name and hold no code the user wrote.
  if (F.isImplicit())
    return;
  push(F, F.getSourceRange(), SM);
}

void EnclosingFunctions::push(const FunctionDecl &F, SourceRange R,
                              const SourceManager &SM) {
  if (R.isInvalid())
    return;
  SourceLocation Begin = SM.getExpansionLoc(R.getBegin());
  SourceLocation End = SM.getExpansionRange(R.getEnd()).getEnd();
  trim(Begin, SM);
  Stack.push_back({&F, Begin, End});
}

const FunctionDecl *EnclosingFunctions::of(SourceLocation Loc,
                                           const SourceManager &SM) {
  if (Loc.isInvalid())
    return nullptr;
  trim(SM.getExpansionLoc(Loc), SM);
  return Stack.empty() ? nullptr : Stack.back().Function;
}

} // namespace warden::checkers::control
