//===- SuppressCommand.cpp - warden suppress ------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden suppress FILE:LINE[:COL] --justification TEXT ...` runs the
/// analysis of the translation units that read FILE (the result cache makes
/// that cheap), picks the finding at that place and appends a well-formed
/// [[deviation]] for it to the register, leaving every existing line of the
/// register as it was. The finding may also be named by its fingerprint (or
/// a unique prefix of at least 8 digits, such as the short form that
/// `check --show-fingerprints` prints), looked up in a SARIF log of
/// `warden check` with --sarif, else in an analysis of the project.
///
//===----------------------------------------------------------------------===//

#include "commands/Analysis.h"
#include "commands/Commands.h"
#include "findings/Fingerprint.h"
#include "findings/LoggedResults.h"
#include "output/TextEmitter.h"
#include "support/Diagnostics.h"
#include "support/DisplayText.h"
#include "suppressions/Directive.h"
#include "suppressions/Register.h"
#include "vcs/Git.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

using namespace llvm;

// Nothing is cl::Required: a missing argument gets an error that says what
// is expected, with an example, not LLVM's generic one.
static cl::opt<std::string>
    FindingArg(cl::Positional, cl::desc("<file:line[:col] | fingerprint>"),
               cl::sub(suppressCommand()));
static cl::opt<std::string>
    SarifLog("sarif",
             cl::desc("SARIF log of 'warden check' holding the finding named "
                      "by its fingerprint (default: analyse the project)"),
             cl::value_desc("file"), cl::sub(suppressCommand()));
static cl::opt<std::string>
    Justification("justification",
                  cl::desc("Why the deviation is acceptable (required)"),
                  cl::value_desc("text"), cl::sub(suppressCommand()));
static cl::opt<std::string>
    RuleFilter("rule",
               cl::desc("The rule of the finding, when several are reported "
                        "at the place given"),
               cl::value_desc("id"), cl::sub(suppressCommand()));
static cl::opt<std::string> Approver("approver", cl::desc("Who approved it"),
                                     cl::value_desc("name"),
                                     cl::sub(suppressCommand()));
static cl::opt<std::string> Author(
    "author",
    cl::desc("Who wrote the deviation (default: git's user.name <user.email>)"),
    cl::value_desc("name"), cl::sub(suppressCommand()));
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

static constexpr const char *Example =
    "warden suppress src/pump.c:42 --justification \"the buffer holds "
    "the 16 bytes the UART delivers\"";

/// FILE:LINE or FILE:LINE:COL; the file name may itself contain ':'.
struct FindingPlace {
  std::string File;
  unsigned Line = 0, Column = 0;
};

static std::optional<FindingPlace> parsePlace(StringRef Arg) {
  auto Number = [](StringRef Digits, unsigned &N) {
    return !Digits.empty() && all_of(Digits, isDigit) &&
           !Digits.getAsInteger(10, N);
  };
  auto [Head, Last] = Arg.rsplit(':');
  FindingPlace P;
  if (Head.size() == Arg.size() || !Number(Last, P.Line))
    return std::nullopt;
  auto [File, Middle] = Head.rsplit(':');
  unsigned Line;
  if (File.size() != Head.size() && !File.empty() && Number(Middle, Line)) {
    P.Column = P.Line;
    P.Line = Line;
    Head = File;
  }
  if (Head.empty())
    return std::nullopt;
  P.File = Head.str();
  return P;
}

static bool isFingerprintPrefix(StringRef Arg) {
  return !Arg.empty() && all_of(Arg, isHexDigit);
}

/// A path as text output shows it: relative to the working directory when
/// below it.
static std::string shownPath(StringRef File) {
  SmallString<256> Cwd;
  StringRef Rest = File;
  if (!sys::fs::current_path(Cwd) && Rest.consume_front(Cwd) &&
      Rest.consume_front("/"))
    return displayText(Rest);
  return displayText(File);
}

/// The findings an error asks the user to choose from, one per line: printed
/// after the error (whose text is shown on one line).
static std::string Choices;

static std::string describe(const Result &R) {
  return "  " + shownPath(R.F.Where.File) + ":" +
         std::to_string(R.F.Where.StartLine) + ":" +
         std::to_string(R.F.Where.StartColumn) + ": " +
         displayText(R.F.RuleId) +
         " fp:" + shortFingerprint(R.Fingerprint).str() + "\n";
}

static RegisterEntry entryFor(const Result &R) {
  RegisterEntry E;
  E.Fingerprint = R.Fingerprint;
  E.Rule = R.F.RuleId;
  E.Path = R.RelativePath;
  E.Symbol = R.F.EnclosingSymbol;
  return E;
}

/// The finding whose fingerprint starts with Prefix, as a register entry.
static Expected<RegisterEntry> findInLog(StringRef Log, StringRef Prefix) {
  Expected<std::vector<LoggedResult>> Logged = readLoggedResults(Log);
  if (!Logged)
    return Logged.takeError();
  std::vector<RegisterEntry> Matches;
  std::string Listed;
  for (const LoggedResult &L : *Logged) {
    if (!StringRef(L.Fingerprint).starts_with(Prefix) ||
        (!RuleFilter.empty() && L.RuleId != RuleFilter))
      continue;
    RegisterEntry E;
    E.Fingerprint = L.Fingerprint;
    E.Rule = L.RuleId;
    E.Path = L.Path;
    E.Symbol = L.Symbol;
    Matches.push_back(std::move(E));
    // Path and rule come from the log: untrusted.
    Listed += "  " + displayText(L.Path) + ":" + std::to_string(L.Line) + ": " +
              displayText(L.RuleId) +
              " fp:" + shortFingerprint(L.Fingerprint).str() + "\n";
  }
  if (Matches.empty())
    return makeError("no finding with fingerprint '" + Prefix + "'" +
                     (RuleFilter.empty()
                          ? ""
                          : " of rule '" + displayText(RuleFilter) + "'") +
                     " in '" + Log + "'");
  if (Matches.size() > 1) {
    Choices = Listed;
    return makeError("fingerprint '" + Prefix + "' matches " +
                     Twine(Matches.size()) + " findings in '" + Log +
                     "'; give more digits:");
  }
  return std::move(Matches.front());
}

/// The one finding of Candidates, or an error listing them.
static Expected<const Result *>
pickOne(const std::vector<const Result *> &Candidates, const Twine &What) {
  if (Candidates.size() == 1)
    return Candidates.front();
  std::string Message;
  raw_string_ostream OS(Message);
  if (Candidates.empty()) {
    OS << "no finding " << What;
    return makeError(OS.str());
  }
  OS << Candidates.size() << " findings " << What
     << "; choose one with --rule, a column (FILE:LINE:COL) or its "
        "fingerprint:";
  for (const Result *R : Candidates)
    Choices += describe(*R);
  return makeError(OS.str());
}

/// The register entry for R, unless R is already suppressed or lies outside
/// the source root (the register names files relative to it).
static Expected<RegisterEntry> entryUnlessSuppressed(const Result &R) {
  if (R.RelativePath.empty())
    return makeError("the finding at " + shownPath(R.F.Where.File) + ":" +
                     Twine(R.F.Where.StartLine) +
                     " is outside the source root; the register can only "
                     "name files below it (--source-root)");
  for (const SuppressionRecord &S : R.Suppressions)
    if (R.Suppressed && S.Status != SuppressionStatus::Rejected)
      return makeError("the " + displayText(R.F.RuleId) + " finding at " +
                       shownPath(R.F.Where.File) + ":" +
                       Twine(R.F.Where.StartLine) + " is already suppressed " +
                       (S.Kind == SuppressionKind::InSource
                            ? "in source"
                            : "by the register") +
                       " at " + shownPath(S.Where.File) + ":" +
                       Twine(S.Where.StartLine) + "; nothing to add");
  return entryFor(R);
}

/// The finding at Place in Run, an analysis of the TUs that read its file.
static Expected<RegisterEntry> findAtPlace(const AnalysisRun *Run,
                                           const FindingPlace &Place) {
  SmallString<256> Real;
  std::string Target =
      sys::fs::real_path(Place.File, Real) ? Place.File : std::string(Real);
  std::string Where = shownPath(Target) + ":" + std::to_string(Place.Line) +
                      (Place.Column ? ":" + std::to_string(Place.Column) : "");
  if (!llvm::is_contained(Run->Set.AnalysedFiles, Target))
    return makeError(
        "no translation unit analysed reads '" + shownPath(Target) +
        "'; is it in the compilation database, or included by a file "
        "that is?");
  std::vector<const Result *> AtLine, Candidates;
  for (const Result &R : Run->Set.Results) {
    if (R.Meta || onlyInBaseline(R.Baseline) ||
        R.F.Where.File != Target || R.F.Where.StartLine != Place.Line)
      continue;
    AtLine.push_back(&R);
    if ((!Place.Column || R.F.Where.StartColumn == Place.Column) &&
        (RuleFilter.empty() || R.F.RuleId == RuleFilter))
      Candidates.push_back(&R);
  }
  if (Candidates.empty() && !AtLine.empty()) {
    for (const Result *R : AtLine)
      Choices += describe(*R);
    return makeError("no finding at " + Where +
                     (RuleFilter.empty()
                          ? ""
                          : " of rule '" + displayText(RuleFilter) + "'") +
                     "; the findings at that line are:");
  }
  Expected<const Result *> Found = pickOne(
      Candidates,
      "at " + Where +
          (RuleFilter.empty() ? ""
                              : " of rule '" + displayText(RuleFilter) + "'"));
  if (!Found)
    return Found.takeError();
  return entryUnlessSuppressed(**Found);
}

/// The finding analysed in the whole project whose fingerprint starts with
/// Prefix.
static Expected<RegisterEntry> findInProject(const AnalysisRun *Run,
                                             StringRef Prefix) {
  std::vector<const Result *> Candidates;
  for (const Result &R : Run->Set.Results)
    if (!R.Meta && !onlyInBaseline(R.Baseline) &&
        StringRef(R.Fingerprint).starts_with(Prefix) &&
        (RuleFilter.empty() || R.F.RuleId == RuleFilter))
      Candidates.push_back(&R);
  if (Candidates.size() > 1) {
    for (const Result *R : Candidates)
      Choices += describe(*R);
    return makeError("fingerprint '" + Prefix + "' matches " +
                     Twine(Candidates.size()) + " findings; give more digits:");
  }
  Expected<const Result *> Found = pickOne(
      Candidates,
      "with fingerprint '" + Prefix + "'" +
          (RuleFilter.empty() ? ""
                              : " of rule '" + displayText(RuleFilter) + "'") +
          " in the project");
  if (!Found)
    return Found.takeError();
  return entryUnlessSuppressed(**Found);
}

/// The configuration, opened as every command opens it: that also sets the
/// run's write policy (under --untrusted the register is not written) and
/// refuses an untrusted configuration's paths outside the source root.
static Expected<Config> loadSuppressConfig() {
  std::unique_ptr<Session> S = openSession(sessionFlagsFromCommandLine());
  if (!S)
    return makeError("cannot open the configuration");
  return std::move(S->Conf);
}

/// --author, else git's user.name and user.email.
static Expected<std::string> authorOf(StringRef Dir) {
  if (Author.getNumOccurrences()) {
    if (StringRef(Author).trim().empty())
      return makeError("empty --author; expected who wrote the deviation, "
                       "such as --author \"A. Developer <a.dev@example.com>\"");
    return std::string(Author);
  }
  std::optional<std::string> Name = gitConfigValue(Dir, "user.name");
  std::optional<std::string> Email = gitConfigValue(Dir, "user.email");
  if (!Name && !Email)
    return makeError("no --author given and git has neither user.name nor "
                     "user.email; pass --author \"A. Developer "
                     "<a.dev@example.com>\" or set them with 'git config'");
  if (!Email)
    return *Name;
  return (Name ? *Name + " " : std::string()) + "<" + *Email + ">";
}

int runSuppress(const Invocation &Inv) {
  auto Fail = [](const Twine &Message) {
    errs() << "warden: error: " << displayText(Message.str()) << '\n';
    return ExitUsage;
  };
  if (FindingArg.empty())
    return Fail(Twine("missing the finding: give FILE:LINE[:COL] or its "
                      "fingerprint (at least ") +
                Twine(MinFingerprintPrefix) + " hex digits), e.g. " + Example);
  std::optional<FindingPlace> Place = parsePlace(FindingArg);
  std::string Prefix = StringRef(FindingArg).lower();
  if (!Place && !isFingerprintPrefix(Prefix))
    return Fail("'" + FindingArg +
                "' is neither FILE:LINE[:COL] nor a fingerprint (hex "
                "digits); e.g. " +
                Example);
  if (!Place && Prefix.size() < MinFingerprintPrefix)
    return Fail(Twine("give at least ") + Twine(MinFingerprintPrefix) +
                " digits of the fingerprint");
  if (Place && !SarifLog.empty())
    return Fail("--sarif takes a fingerprint, not FILE:LINE; drop --sarif to "
                "find the finding at '" +
                FindingArg + "' by analysing its translation unit");
  if (Place && Place->Line == 0)
    return Fail("invalid line 0 in '" + FindingArg + "'; lines start at 1");
  if (Place && !sys::fs::exists(Place->File))
    return Fail("no such file: '" + Place->File + "' (from '" + FindingArg +
                "')");
  if (!Justification.getNumOccurrences())
    return Fail(Twine("missing --justification: say why the deviation is "
                      "acceptable, e.g. ") +
                Example);
  if (!Expires.empty() && !isValidDate(Expires))
    return Fail("invalid --expires '" + Expires +
                "'; expected a date written YYYY-MM-DD");
  if (Status != "accepted" && Status != "under-review")
    return Fail("invalid --status '" + Status +
                "'; expected accepted or under-review");
  if (Scope != "fingerprint" && Scope != "symbol" && Scope != "file")
    return Fail("invalid --scope '" + Scope +
                "'; expected fingerprint, symbol or file");

  Expected<Config> Conf = loadSuppressConfig();
  if (!Conf) {
    printErrors(Conf.takeError(), errs());
    return ExitUsage;
  }
  std::string Register = RegisterFile;
  if (Register.empty())
    Register = Conf->Suppressions.RegisterPath;
  if (Register.empty())
    return Fail("no register: set [suppressions] register in .warden.toml "
                "or pass --register");
  StringRef Why = StringRef(Justification).trim();
  if (Why.size() < Conf->Suppressions.MinJustification)
    return Fail("the justification has " + Twine(Why.size()) +
                " characters; the policy requires at least " +
                Twine(Conf->Suppressions.MinJustification));
  Expected<std::string> Writer = authorOf(Conf->SourceRoot);
  if (!Writer) {
    printErrors(Writer.takeError(), errs());
    return ExitUsage;
  }

  // Without a log, the analysis tells: of the TUs that read the file, or
  // of the project for a fingerprint.
  std::unique_ptr<AnalysisRun> Run;
  if (Place || SarifLog.empty()) {
    Run = runAnalysis(Inv, Place ? std::optional(Place->File) : std::nullopt);
    if (!Run)
      return ExitUsage;
    TextOptions Text;
    Text.WorkingDir = Run->WorkingDir;
    emitAnalysisProblems(errs(), Run->Set, Text);
  }
  Expected<RegisterEntry> Entry = Place ? findAtPlace(Run.get(), *Place)
                                  : SarifLog.empty()
                                      ? findInProject(Run.get(), Prefix)
                                      : findInLog(SarifLog, Prefix);
  if (!Entry) {
    printErrors(Entry.takeError(), errs());
    errs() << Choices;
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
  Entry->Fields.Author = *Writer;
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
         << displayText(Entry->Path) << " to " << displayText(Register) << '\n';
  return ExitPassed;
}

} // namespace warden
