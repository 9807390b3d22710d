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
      OptionSpec::flag("allowNullFirstArgument",
                       "Accept calls whose first argument is a null pointer "
                       "constant, such as system(NULL), which only asks "
                       "whether a command processor exists",
                       false),
  };
}

BannedCallChecker::BannedCallChecker(const RuleBinding &Binding,
                                     FindingCollector &Collector)
    : Checker(Binding, Collector),
      Functions(options().getList("functions")),
      Reason(options().getString("reason")),
      Alternatives(options().getMap("alternatives")),
      AllowNullFirstArgument(options().getBool("allowNullFirstArgument")) {}

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
    // The call is visited before its callee, so remember the callee to not
    // report the same use twice.
    const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
    ReportedCallees.insert(Callee);
    if (AllowNullFirstArgument && Call->getNumArgs() > 0 &&
        Call->getArg(0)->isNullPointerConstant(
            *R.Context, Expr::NPC_ValueDependentIsNotNull))
      return;
    // Point at the function's name, not at a std:: qualifier before it.
    const auto *Ref = dyn_cast<DeclRefExpr>(Callee);
    SourceLocation Loc = Ref ? Ref->getLocation() : Callee->getExprLoc();
    report(Loc, messageFor(NameAsWritten(Loc)));
    return;
  }
  const auto *Ref = R.Nodes.getNodeAs<DeclRefExpr>("reference");
  if (ReportedCallees.contains(Ref))
    return;
  report(Ref->getLocation(), messageFor(NameAsWritten(Ref->getLocation())));
}

} // namespace warden::checkers
