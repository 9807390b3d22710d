//===- CatchByValueChecker.cpp - Exceptions caught by value ---------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cpp/CatchByValueChecker.h"
#include "cpp/CppSupport.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

CatchByValueChecker::CatchByValueChecker(const RuleBinding &Binding,
                                         TranslationUnitContext &TU)
    : Checker(Binding, TU) {}

bool CatchByValueChecker::isLanguageVersionSupported(
    const LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus;
}

void CatchByValueChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(cxxCatchStmt().bind("catch"), this);
}

void CatchByValueChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Catch = R.Nodes.getNodeAs<CXXCatchStmt>("catch");
  const VarDecl *Exception = Catch->getExceptionDecl();
  if (!Exception || !Exception->getTypeSourceInfo())
    return;
  QualType T = Exception->getType();
  // Pointers are another problem (who deletes the object?); scalars do not
  // slice; a dependent type is judged in each instantiation.
  if (T->isDependentType() || !T->isRecordType())
    return;
  ASTContext &Ctx = *R.Context;
  const SourceManager &SM = *R.SourceManager;
  TypeLoc TL = Exception->getTypeSourceInfo()->getTypeLoc();
  SourceLocation Loc = Exception->getBeginLoc();
  if (Loc.isInvalid() || cpp::isInSystemMacro(Loc, SM))
    return;

  // A handler that modifies its exception keeps doing so through a
  // reference; only then is 'const' left out.
  bool Mutated =
      Catch->getHandlerBlock() &&
      ExprMutationAnalyzer(*Catch->getHandlerBlock(), Ctx).isMutated(Exception);
  bool AddConst = !T.isConstQualified() && !Mutated;
  // From the declaration's start: a TypeLoc does not cover a leading
  // 'const'.
  std::string Type =
      cpp::spelledText(SourceRange(Exception->getBeginLoc(), TL.getEndLoc()),
                       SM, Ctx.getLangOpts());
  if (Type.empty())
    Type = T.getAsString(Ctx.getPrintingPolicy());
  FindingBuilder Finding = report(
      Loc, "exception of type '" + Type +
               "' is caught by value, which slices derived exceptions and "
               "copies the object; catch it by reference" +
               (Mutated ? "" : " to const"));
  Finding.range(cpp::writtenRange(Exception->getSourceRange(), SM));

  llvm::SmallVector<FixItHint, 2> Hints;
  if (AddConst)
    Hints.push_back(
        FixItHint::CreateInsertion(Exception->getBeginLoc(), "const "));
  if (Exception->getIdentifier()) {
    Hints.push_back(FixItHint::CreateInsertion(Exception->getLocation(), "&"));
  } else {
    SourceLocation End =
        Lexer::getLocForEndOfToken(TL.getEndLoc(), 0, SM, Ctx.getLangOpts());
    if (End.isInvalid())
      return;
    Hints.push_back(FixItHint::CreateInsertion(End, " &"));
  }
  Finding.fix(Mutated ? "catch by reference" : "catch by reference to const",
              Hints);
}

} // namespace warden::checkers
