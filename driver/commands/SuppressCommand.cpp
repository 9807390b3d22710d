//===- SuppressCommand.cpp - warden suppress ------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden suppress FINGERPRINT --sarif LOG --justification TEXT ...` finds
/// the finding in a SARIF log of `warden check` and appends a well-formed
/// [[deviation]] for it to the register, leaving every existing line of the
/// register as it was.
///
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"
#include "findings/LoggedResults.h"
#include "suppressions/Directive.h"
#include "suppressions/Register.h"
#include "support/Diagnostics.h"
#include "support/DisplayText.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

using namespace llvm;

static cl::opt<std::string> FingerprintArg(cl::Positional, cl::Required,
                                           cl::desc("<fingerprint>"),
                                           cl::sub(suppressCommand()));
static cl::opt<std::string>
    SarifLog("sarif",
             cl::desc("SARIF log of 'warden check' holding the finding"),
             cl::value_desc("file"), cl::Required, cl::sub(suppressCommand()));
static cl::opt<std::string>
    Justification("justification",
                  cl::desc("Why the deviation is acceptable (required)"),
                  cl::value_desc("text"), cl::Required,
                  cl::sub(suppressCommand()));
static cl::opt<std::string> Approver("approver", cl::desc("Who approved it"),
                                     cl::value_desc("name"),
                                     cl::sub(suppressCommand()));
static cl::opt<std::string> Author("author",
                                   cl::desc("Who wrote the deviation"),
                                   cl::value_desc("name"),
                                   cl::sub(suppressCommand()));
static cl::opt<std::string> Ticket("ticket",
                                   cl::desc("Change request or ticket id"),
                                   cl::value_desc("id"),
                                   cl::sub(suppressCommand()));
static cl::opt<std::string>
    Risk("risk", cl::desc("Risk file entry the deviation is argued in"),
         cl::value_desc("id"), cl::sub(suppressCommand()));
static cl::opt<std::string>
    Expires("expires", cl::desc("Last day the deviation holds (YYYY-MM-DD)"),
            cl::value_desc("date"), cl::sub(suppressCommand()));
static cl::opt<std::string>
    Status("status", cl::desc("accepted (default) or under-review"),
           cl::value_desc("status"), cl::init("accepted"),
           cl::sub(suppressCommand()));
static cl::opt<std::string> Scope(
    "scope",
    cl::desc("What the entry covers: fingerprint (default: this finding), "
             "symbol (the rule in this function) or file (the rule in this "
             "file)"),
    cl::value_desc("scope"), cl::init("fingerprint"),
    cl::sub(suppressCommand()));
static cl::opt<std::string> RegisterFile(
    "register",
    cl::desc("Register to append to (default: suppressions.register of the "
             "configuration)"),
    cl::value_desc("file"), cl::sub(suppressCommand()));

/// The finding whose fingerprint starts with Prefix, as a register entry.
static Expected<RegisterEntry> findFinding(StringRef Log, StringRef Prefix) {
  Expected<std::vector<LoggedResult>> Logged = readLoggedResults(Log);
  if (!Logged)
    return Logged.takeError();
  std::vector<RegisterEntry> Matches;
  for (const LoggedResult &L : *Logged) {
    if (!StringRef(L.Fingerprint).starts_with(Prefix))
      continue;
    RegisterEntry E;
    E.Fingerprint = L.Fingerprint;
    E.Rule = L.RuleId;
    E.Path = L.Path;
    E.Symbol = L.Symbol;
    Matches.push_back(std::move(E));
  }
  if (Matches.empty())
    return makeError("no finding with fingerprint '" + Prefix + "' in '" +
                     Log + "'");
  if (Matches.size() > 1)
    return makeError("fingerprint '" + Prefix + "' matches " +
                     Twine(Matches.size()) +
                     " findings in '" + Log + "'; give more digits");
  return std::move(Matches.front());
}

int runSuppress(const Invocation &) {
  std::unique_ptr<Session> S = openSession(sessionFlagsFromCommandLine());
  if (!S)
    return ExitUsage;
  auto Fail = [](const Twine &Message) {
    errs() << "warden: error: " << displayText(Message.str()) << '\n';
    return ExitUsage;
  };
  if (FingerprintArg.size() < 8)
    return Fail("give at least 8 digits of the fingerprint");
  std::string Register = RegisterFile;
  if (Register.empty())
    Register = S->Conf.Suppressions.RegisterPath;
  if (Register.empty())
    return Fail("no register: set [suppressions] register in .warden.toml "
                "or pass --register");
  StringRef Why = StringRef(Justification).trim();
  if (Why.size() < S->Conf.Suppressions.MinJustification)
    return Fail("the justification has " + Twine(Why.size()) +
                " characters; the policy requires at least " +
                Twine(S->Conf.Suppressions.MinJustification));
  if (!Expires.empty() && !isValidDate(Expires))
    return Fail("invalid --expires '" + Expires +
                "'; expected a date written YYYY-MM-DD");
  if (Status != "accepted" && Status != "under-review")
    return Fail("invalid --status '" + Status +
                "'; expected accepted or under-review");
  if (Scope != "fingerprint" && Scope != "symbol" && Scope != "file")
    return Fail("invalid --scope '" + Scope +
                "'; expected fingerprint, symbol or file");

  Expected<RegisterEntry> Entry = findFinding(SarifLog, FingerprintArg);
  if (!Entry) {
    printErrors(Entry.takeError(), errs());
    return ExitUsage;
  }
  if (Scope != "fingerprint")
    Entry->Fingerprint.clear();
  if (Scope == "file")
    Entry->Symbol.clear();
  Entry->Justification = Why.str();
  Entry->Status = Status == "accepted" ? SuppressionStatus::Accepted
                                       : SuppressionStatus::UnderReview;
  Entry->Fields.Approver = Approver;
  Entry->Fields.Author = Author;
  Entry->Fields.Ticket = Ticket;
  Entry->Fields.Risk = Risk;
  Entry->Fields.Expires = Expires;
  Entry->Fields.Date = todayUtc();
  if (Error E = appendRegisterEntry(Register, *Entry)) {
    printErrors(std::move(E), errs());
    return ExitUsage;
  }
  // Rule and path come from the SARIF log, the register from the
  // configuration: all untrusted.
  outs() << "added a deviation for " << displayText(Entry->Rule) << " in "
         << displayText(Entry->Path) << " to " << displayText(Register)
         << '\n';
  return ExitPassed;
}

} // namespace warden
