//===- ConstCastAwayChecker.cpp - Casts that drop const/volatile ----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cpp/ConstCastAwayChecker.h"
#include "cpp/CppSupport.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> ConstCastAwayChecker::optionSpecs() {
  return {
      OptionSpec::flag("reportVolatile",
                       "Also flag casts that remove only 'volatile'", true),
  };
}

ConstCastAwayChecker::ConstCastAwayChecker(const RuleBinding &Binding,
                                           TranslationUnitContext &TU)
    : Checker(Binding, TU),
      ReportVolatile(options().getBool("reportVolatile")) {}

bool ConstCastAwayChecker::isLanguageVersionSupported(
    const LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus;
}

void ConstCastAwayChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      explicitCastExpr(
          anyOf(cxxConstCastExpr(), cStyleCastExpr(), cxxFunctionalCastExpr()))
          .bind("cast"),
      this);
  Finder->addMatcher(callExpr(callee(functionDecl(libraryFunction({"free"}))),
                              hasArgument(0, expr().bind("released"))),
                     this);
  Finder->addMatcher(cxxDeleteExpr(has(expr().bind("released"))), this);
}

void ConstCastAwayChecker::check(const MatchFinder::MatchResult &R) {
  if (const auto *E = R.Nodes.getNodeAs<Expr>("released")) {
    // free(const_cast<char *>(text)), also through further casts.
    for (E = E->IgnoreParenImpCasts();
         const auto *C = dyn_cast<ExplicitCastExpr>(E);
         E = C->getSubExpr()->IgnoreParenImpCasts())
      Released.insert(C);
    return;
  }
  const auto *Cast = R.Nodes.getNodeAs<ExplicitCastExpr>("cast");
  if (Released.contains(Cast))
    return;
  const ASTContext &Ctx = *R.Context;
  SourceLocation Loc = isa<CXXConstCastExpr>(Cast)
                           ? cast<CXXConstCastExpr>(Cast)->getOperatorLoc()
                           : Cast->getBeginLoc();
  if (Loc.isInvalid() || cpp::isInSystemMacro(Loc, *R.SourceManager))
    return;
  QualType Dest = Cast->getTypeAsWritten();
  if (Dest->isVoidType())
    return;
  const Expr *Operand = Cast->getSubExprAsWritten();
  // A reference binds to the operand itself; anything else converts its
  // value, after arrays and functions decay.
  QualType From = Dest->isReferenceType()
                      ? Operand->getType()
                      : cpp::decayedType(Operand->getType(), Ctx);
  unsigned Dropped = cpp::droppedQualifiers(From, Dest, Ctx);
  if (!ReportVolatile)
    Dropped &= ~unsigned(Qualifiers::Volatile);
  if (!Dropped)
    return;

  std::string Kind = isa<CXXConstCastExpr>(Cast) ? "'const_cast'"
                     : isa<CStyleCastExpr>(Cast) ? "C-style cast"
                                                 : "functional cast";
  std::string Message = Kind + " to '" + cpp::castTypeAsWritten(*Cast, Ctx) +
                        "' casts away " + cpp::qualifierWords(Dropped) + "; ";
  if (Dropped & Qualifiers::Const)
    Message += "writing through the result is undefined behaviour when the "
               "object is const; change the code that needs a non-const "
               "object instead";
  else
    Message += "accessing a volatile object through the result is undefined "
               "behaviour; keep the access volatile";
  // A cast in a macro's definition is reported there, once.
  if (SourceRange Definition =
          cpp::castDefinitionRange(*Cast, *R.SourceManager);
      Definition.isValid()) {
    report(Definition.getBegin(), Message).range(Definition);
    return;
  }
  FindingBuilder Finding = report(Loc, Message);
  if (const auto *Named = dyn_cast<CXXConstCastExpr>(Cast))
    Finding.range(
        cpp::writtenRange(SourceRange(Named->getOperatorLoc(),
                                      Named->getAngleBrackets().getEnd()),
                          *R.SourceManager));
  else
    Finding.range(cpp::writtenRange(Cast->getSourceRange(), *R.SourceManager));
}

} // namespace warden::checkers
