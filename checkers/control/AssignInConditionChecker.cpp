//===- AssignInConditionChecker.cpp - Assignment as a condition -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "control/AssignInConditionChecker.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> AssignInConditionChecker::optionSpecs() {
  return {
      OptionSpec::flag(
          "allowParenthesized",
          "Accept an assignment in an extra pair of parentheses, "
          "'if ((a = b))': the idiom clang's and GCC's -Wparentheses accept "
          "as intended. The parentheses a conditional operator's condition "
          "needs do not count",
          true),
      OptionSpec::flag("includeCompound",
                       "Flag compound assignments ('+=', '|=', ...) used as "
                       "conditions too, as MISRA C 13.4 does; they cannot be "
                       "a mistyped '==', so they are accepted by default",
                       false),
  };
}

AssignInConditionChecker::AssignInConditionChecker(const RuleBinding &Binding,
                                                   TranslationUnitContext &TU)
    : Checker(Binding, TU),
      AllowParenthesized(options().getBool("allowParenthesized")),
      IncludeCompound(options().getBool("includeCompound")) {}

void AssignInConditionChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(ifStmt().bind("if"), this);
  Finder->addMatcher(whileStmt().bind("while"), this);
  Finder->addMatcher(doStmt().bind("do"), this);
  Finder->addMatcher(forStmt().bind("for"), this);
  Finder->addMatcher(conditionalOperator().bind("conditional"), this);
}

/// Skips what the compiler adds around a condition: conversions to bool,
/// including a class's 'operator bool', and temporaries.
static const Expr *skipImplicit(const Expr *E) {
  while (true) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreConversionOperatorSingleStep();
    if (Next == E)
      return E;
    E = Next;
  }
}

void AssignInConditionChecker::check(const MatchFinder::MatchResult &R) {
  if (const auto *S = R.Nodes.getNodeAs<IfStmt>("if")) {
    // 'if consteval' has no condition.
    checkCondition(S->getCond(), "'if'", 0);
  } else if (const auto *S = R.Nodes.getNodeAs<WhileStmt>("while")) {
    checkCondition(S->getCond(), "'while'", 0);
  } else if (const auto *S = R.Nodes.getNodeAs<DoStmt>("do")) {
    checkCondition(S->getCond(), "'do-while'", 0);
  } else if (const auto *S = R.Nodes.getNodeAs<ForStmt>("for")) {
    checkCondition(S->getCond(), "'for'", 0);
  } else if (const auto *S =
                 R.Nodes.getNodeAs<ConditionalOperator>("conditional")) {
    // The grammar makes an assignment in front of '?' take parentheses, so
    // one pair says nothing about intent.
    checkCondition(S->getCond(), "'?:'", 1);
  }
}

void AssignInConditionChecker::checkCondition(const Expr *Condition,
                                              llvm::StringRef Statement,
                                              unsigned RequiredParens) {
  if (!Condition)
    return;
  const Expr *E = skipImplicit(Condition);
  unsigned Parens = 0;
  while (const auto *P = dyn_cast<ParenExpr>(E)) {
    ++Parens;
    E = skipImplicit(P->getSubExpr());
  }

  SourceLocation OperatorLoc;
  bool Plain = false;
  llvm::StringRef Spelling;
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    // 'while (next(&p), p = p->link)': the value tested is the right one.
    if (BO->getOpcode() == BO_Comma) {
      checkCondition(BO->getRHS(), Statement, 0);
      return;
    }
    if (!BO->isAssignmentOp())
      return;
    OperatorLoc = BO->getOperatorLoc();
    Plain = BO->getOpcode() == BO_Assign;
    Spelling = BO->getOpcodeStr();
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (Op->getOperator() == OO_Comma && Op->getNumArgs() == 2) {
      checkCondition(Op->getArg(1), Statement, 0);
      return;
    }
    if (!Op->isAssignmentOp())
      return;
    OperatorLoc = Op->getOperatorLoc();
    Plain = Op->getOperator() == OO_Equal;
    Spelling = getOperatorSpelling(Op->getOperator());
  } else {
    return;
  }
  if (!Plain && !IncludeCompound)
    return;
  if (AllowParenthesized && Parens > RequiredParens)
    return;
  // An assignment written by a system header's macro is not the user's.
  const SourceManager &SM = context().sourceManager();
  if (SM.isInSystemHeader(SM.getSpellingLoc(OperatorLoc)))
    return;
  if (!Reported.insert(OperatorLoc).second)
    return;

  std::string Message;
  if (Plain)
    Message = ("assignment used as the condition of " + Statement +
               "; use '==' to compare, or test the assigned value "
               "explicitly, as in '(x = f()) != 0'")
                  .str();
  else
    Message = ("'" + Spelling + "' used as the condition of " + Statement +
               "; test the assigned value explicitly, as in '(x " + Spelling +
               " n) != 0'")
                  .str();
  report(OperatorLoc, Message);
}

} // namespace warden::checkers
