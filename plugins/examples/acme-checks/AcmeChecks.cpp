//===- AcmeChecks.cpp - An example third-party Warden plugin --------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A plugin brings checkers (C++ mechanisms) and, optionally, the rules that
/// bind them (TOML, embedded here; a project may also bind the checker to
/// rules of its own in .warden.toml).
///
//===----------------------------------------------------------------------===//

#include "warden/Checker.h"
#include "warden/CheckerRegistry.h"
#include "warden/LibraryFunctions.h"
#include "warden/Plugin.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/Support/Regex.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace {

/// Flags blocking calls (sleep, usleep, ...) inside interrupt handlers,
/// which are recognised by their name.
class BlockingCallInHandlerChecker : public warden::Checker {
public:
  BlockingCallInHandlerChecker(const warden::RuleBinding &Binding,
                               warden::TranslationUnitContext &TU)
      : Checker(Binding, TU),
        Functions(options().getList("functions")),
        HandlerPattern(options().getString("handlerPattern")) {}

  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(
        callExpr(callee(functionDecl(warden::libraryFunction(Functions))
                            .bind("callee")),
                 forCallable(functionDecl().bind("handler")))
            .bind("call"),
        this);
  }

  void check(const MatchFinder::MatchResult &R) override {
    const auto *Handler = R.Nodes.getNodeAs<FunctionDecl>("handler");
    if (!HandlerPattern.match(Handler->getName()))
      return;
    const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
    const auto *Callee = R.Nodes.getNodeAs<FunctionDecl>("callee");
    report(Call->getBeginLoc(), "'" + Callee->getName().str() +
                                    "' blocks inside interrupt handler '" +
                                    Handler->getName().str() +
                                    "'; defer the work to a task");
  }

private:
  const warden::StringList Functions;
  const llvm::Regex HandlerPattern;
};

// The rule this plugin ships; projects enable it like any other.
constexpr const char *AcmeRules = R"toml(
[[rule]]
id = "acme-rt-blocking-in-isr"
title = "Blocking call inside an interrupt handler"
checker = "blocking-call-in-handler"
level = "error"
cwe = ["CWE-833"]
rationale = "An interrupt handler that sleeps stalls every lower-priority interrupt."
[rule.options]
functions = ["sleep", "usleep", "nanosleep"]
handlerPattern = "^isr_"
)toml";

void registerAcmeCheckers(warden::CheckerRegistry &Registry) {
  Registry.add<BlockingCallInHandlerChecker>(
      "blocking-call-in-handler",
      "Flags blocking calls inside functions named like interrupt handlers",
      {warden::OptionSpec::list("functions", "Blocking functions to flag")
           .required()
           .validate(warden::validators::nonEmpty()),
       warden::OptionSpec::string("handlerPattern",
                                  "Regular expression matching handler names",
                                  "^isr_")
           .validate(warden::validators::regex())});
  Registry.addRules("acme-rules.toml", AcmeRules);
}

} // namespace

WARDEN_PLUGIN("acme-checks", "1.0.0", registerAcmeCheckers)
