//===- ExplainCommand.cpp - warden explain --------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"
#include "output/RuleDocs.h"
#include "support/Diagnostics.h"
#include "support/DisplayText.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

using namespace llvm;

static cl::list<std::string> RuleIds(cl::Positional, cl::OneOrMore,
                                     cl::desc("<rule>..."),
                                     cl::sub(explainCommand()));
static cl::opt<std::string>
    ExplainFormat("format", cl::desc("text (default) or markdown"),
                  cl::value_desc("format"), cl::init("text"),
                  cl::sub(explainCommand()));

int runExplain(const Invocation &) {
  if (ExplainFormat != "text" && ExplainFormat != "markdown") {
    errs() << "warden: error: invalid --format '" << ExplainFormat
           << "'; expected text or markdown\n";
    return ExitUsage;
  }
  std::unique_ptr<Session> Opened = openSession(sessionFlagsFromCommandLine());
  if (!Opened)
    return ExitUsage;
  Session &S = *Opened;
  const RuleSelection *Selection = &S.Selection;
  std::vector<std::string> AllIds;
  for (const Rule &R : S.Catalog->rules())
    AllIds.push_back(R.Id);

  bool First = true;
  for (const std::string &Id : RuleIds) {
    const Rule *R = S.Catalog->findRule(Id);
    if (!R) {
      errs() << "warden: error: unknown rule '" << displayText(Id) << "'"
             << displayText(didYouMean(Id, AllIds)) << '\n';
      return ExitUsage;
    }
    const CheckerRegistry::Entry &Checker = *S.Registry.find(R->Checker);
    // Show the rule as the current configuration applies it.
    Level L = R->DefaultLevel;
    CheckerOptions Options = RuleCatalog::resolveOptions(Checker, R->Options);
    for (const EnabledRule &E : Selection->Rules)
      if (E.Definition == R) {
        L = E.Severity;
        Options = E.Options;
      }
    RuleDocInput In{*R, Checker, Options, L, S.Catalog->packsOf(R->Id)};
    if (!First)
      outs() << '\n';
    First = false;
    // A rule's title, summary and options may come from the analysed
    // repository's rules paths; the documentation spans lines on purpose.
    outs() << displayText(ExplainFormat == "markdown" ? ruleHelpMarkdown(In)
                                                      : ruleHelpText(In),
                          LineBreaks::Keep);
  }
  return ExitPassed;
}

} // namespace warden
