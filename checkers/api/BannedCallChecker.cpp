//===- BannedCallChecker.cpp - Calls of banned functions ------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "api/BannedCallChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> BannedCallChecker::optionSpecs() {
  return {
      OptionSpec::list("functions",
                       "Library functions to flag, by their C name; std:: "
                       "and _FORTIFY_SOURCE forms are included")
          .required()
          .validate(validators::nonEmpty()),
      OptionSpec::string("reason",
                         "What is wrong with them, completing \"'f' ...\"")
          .required()
          .validate(validators::nonEmpty()),
      OptionSpec::map("alternatives",
                      "What to use instead, per function, completing "
                      "\"use ...\""),
      OptionSpec::list("allowNullFirstArgument",
                       "Functions whose calls are accepted when their first "
                       "argument is a null pointer constant, such as "
                       "system(NULL), which only asks whether a command "
                       "processor exists"),
  };
}

BannedCallChecker::BannedCallChecker(const RuleBinding &Binding,
                                     TranslationUnitContext &TU)
    : Checker(Binding, TU),
      Functions(options().getList("functions")),
      Reason(options().getString("reason")),
      Alternatives(options().getMap("alternatives")),
      NullFirstArgumentAllowed(options().getList("allowNullFirstArgument")) {}

void BannedCallChecker::registerMatchers(MatchFinder *Finder) {
  auto Banned = functionDecl(libraryFunction(Functions)).bind("function");
  Finder->addMatcher(callExpr(callee(Banned)).bind("call"), this);
  // Taking the address (a callback, a function table) is the same use.
  Finder->addMatcher(declRefExpr(to(Banned)).bind("reference"), this);
}

std::string BannedCallChecker::messageFor(llvm::StringRef Function) const {
  std::string Message = "'" + Function.str() + "' " + Reason;
  auto It = Alternatives.find(Function.str());
  if (It != Alternatives.end() && !It->second.empty())
    Message += "; use " + It->second;
  return Message;
}

void BannedCallChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Function = R.Nodes.getNodeAs<FunctionDecl>("function");
  llvm::StringRef Name = libraryNameOf(*Function);
  auto NameAsWritten = [&](SourceLocation Loc) {
    // The library may implement a function as a macro for another one
    // (glibc: #define setjmp(env) _setjmp(env)); name what the user wrote.
    if (Loc.isMacroID() && R.SourceManager->isInSystemHeader(
                               R.SourceManager->getSpellingLoc(Loc))) {
      llvm::StringRef Macro = Lexer::getImmediateMacroName(
          Loc, *R.SourceManager, R.Context->getLangOpts());
      if (llvm::is_contained(Functions, Macro))
        return Macro;
    }
    return Name;
  };

  if (const auto *Call = R.Nodes.getNodeAs<CallExpr>("call")) {
    const DeclRefExpr *Ref = calleeDeclRef(Call->getCallee());
    // The call is visited before its callee: remember the callee so that
    // the same use is not reported again as a reference.
    if (Ref)
      ReportedCallees.insert(Ref);
    if (Ref && Ref->isNonOdrUse() == NOUR_Unevaluated)
      return;
    if (Call->getNumArgs() > 0 &&
        llvm::is_contained(NullFirstArgumentAllowed, Name) &&
        Call->getArg(0)->isNullPointerConstant(
            *R.Context, Expr::NPC_ValueDependentIsNotNull))
      return;
    // Point at the function's name, not at a std:: qualifier before it.
    SourceLocation Loc = Ref ? Ref->getLocation() : Call->getExprLoc();
    report(Loc, messageFor(NameAsWritten(Loc)));
    return;
  }
  const auto *Ref = R.Nodes.getNodeAs<DeclRefExpr>("reference");
  // sizeof(&strcpy), decltype(strcpy): named, but neither called nor taken.
  if (ReportedCallees.contains(Ref) ||
      Ref->isNonOdrUse() == NOUR_Unevaluated)
    return;
  report(Ref->getLocation(), messageFor(NameAsWritten(Ref->getLocation())));
}

} // namespace warden::checkers
