//===- CheckCommand.cpp - warden check ------------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden check`: runs the analysis, marks findings against a baseline,
/// writes text or SARIF and turns the result into the gate's exit code.
///
//===----------------------------------------------------------------------===//

#include "commands/Analysis.h"
#include "findings/Baseline.h"
#include "fixes/ApplyFixes.h"
#include "output/SarifEmitter.h"
#include "output/TextEmitter.h"
#include "support/AtomicFile.h"
#include "support/Diagnostics.h"
#include "support/DisplayText.h"
#include "support/Hashing.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

using namespace llvm;

static bool toStandardOutput(StringRef Output) {
  return Output.empty() || Output == "-";
}

static cl::opt<bool> Fix(
    "fix",
    cl::desc("Apply the unambiguous fixes of unsuppressed findings to the "
             "files under the source root that still hold the content "
             "analysed (each rewritten atomically, mode and owner kept)"),
    cl::sub(checkCommand()));

static cl::opt<bool> ShowFingerprints(
    "show-fingerprints",
    cl::desc("Append the short fingerprint of each finding to its rule id in "
             "text output ([hs-api-gets fp:3fa9c2d1e0b7]), as 'warden "
             "suppress' accepts it"),
    cl::sub(checkCommand()));
static cl::opt<std::string> SummaryKind(
    "summary",
    cl::desc("After the findings, also print 'rules': a table of findings "
             "per rule and level (to standard error with SARIF output)"),
    cl::value_desc("what"), cl::sub(checkCommand()));

int runCheck(const Invocation &Inv) {
  if (SummaryKind.getNumOccurrences() && SummaryKind != "rules") {
    errs() << "warden: error: invalid --summary '" << displayText(SummaryKind)
           << "'; expected rules (--summary=rules)\n";
    return ExitUsage;
  }
  std::unique_ptr<AnalysisRun> Run = runAnalysis(Inv);
  if (!Run)
    return ExitUsage;
  const CheckSettings &Settings = Run->Settings;
  Session &S = *Run->S;

  std::string BaselineGuid;
  if (!Settings.Baseline.empty()) {
    Expected<Baseline> B = loadBaseline(Settings.Baseline);
    if (!B) {
      printErrors(B.takeError(), errs());
      return ExitUsage;
    }
    applyBaseline(Run->Set, *B, Run->Coverage);
    BaselineGuid = B->Guid;
  }
  int Exit = gateExitCode(*Run);

  TextOptions Text;
  Text.WorkingDir = Run->WorkingDir;
  Text.ShowAll = Settings.ShowSuppressed;
  Text.ShowFingerprints = ShowFingerprints;
  bool RuleSummary = SummaryKind == "rules";
  emitAnalysisProblems(errs(), Run->Set, Text);
  SummaryInfo Info;
  Info.FromCache = Run->FromCache;
  Info.HasComponents = !S.Conf.Components.Supported.empty() ||
                       !S.Conf.Components.Required.empty();
  if (Settings.FailOn != Level::None)
    for (const Result &R : Run->Set.Results)
      Info.Gated += R.F.Severity >= Settings.FailOn &&
                    countsForGate(R, Settings, S.Conf.Components);
  std::string Summary = summaryLine(Run->Set, Info);

  std::string Report;
  if (Settings.Format == "sarif") {
    SarifRunInfo Sarif;
    SarifRunInfo &Info = Sarif;
    Info.SourceRoot = Settings.SourceRoot;
    Info.WorkingDir = Run->WorkingDir;
    Info.Arguments = Inv.Arguments;
    Info.ConfigPath = S.Conf.Path;
    if (!S.Conf.Path.empty())
      Info.ConfigSha256 = sha256Hex(S.Conf.Text);
    Info.ProjectName = S.Conf.ProjectName;
    Info.ProjectVersion = S.Conf.ProjectVersion;
    Info.ExitCode = Exit;
    Info.BaselineGuid = BaselineGuid;
    Info.ExcludeSuppressed = Settings.ExcludeSuppressed;
    Info.NotAnalysed = Run->NotAnalysed;
    describeRun(*Run, Sarif);
    Report = renderSarif(Run->Set, S.Selection, S.Plugins, Sarif, Run->Files);
  } else {
    Text.Color = Settings.Color == "always" ||
                 (Settings.Color == "auto" &&
                  toStandardOutput(Settings.Output) && outs().has_colors());
    raw_string_ostream OS(Report);
    emitText(OS, Run->Set, Run->Files, Text);
    if (RuleSummary)
      emitRuleSummary(OS, Run->Set, !BaselineGuid.empty());
    if (!Settings.Quiet)
      OS << Summary << '\n';
  }

  if (toStandardOutput(Settings.Output)) {
    outs() << Report;
    outs().flush();
  } else if (Error E = writeFileAtomically(
                 Settings.Output, Report,
                 Settings.OutputFlag.empty() ? WriteKind::ConfiguredOutput
                                             : WriteKind::CommandLineOutput)) {
    printErrors(std::move(E), errs());
    return ExitUsage;
  }
  if (Fix) {
    // Which TUs include a header is known only when the run analysed every
    // TU of the project (or every file given with '--'), including those of
    // 'required' components, which are listed but not analysed.
    FixOptions FixOpts;
    FixOpts.SourceRoot = Settings.SourceRoot;
    FixOpts.AllIncludersKnown =
        Run->NotAnalysed.empty() &&
        (Run->CompleteRun ||
         (Inv.FixedFlags && !Settings.ShardCount && !Settings.ChangedSince &&
          !Run->Set.failedTUs() && !Run->Set.incompleteTUs()));
    Expected<FixSummary> Fixed = applyFixes(Run->Set, FixOpts, errs());
    if (!Fixed) {
      printErrors(Fixed.takeError(), errs());
      return ExitUsage;
    }
    errs() << "warden: applied " << Fixed->Applied << " fix"
           << (Fixed->Applied == 1 ? "" : "es") << " in " << Fixed->Files
           << " file" << (Fixed->Files == 1 ? "" : "s");
    if (Fixed->Conflicts)
      errs() << "; skipped " << Fixed->Conflicts
             << " that overlap another fix (run again to apply them)";
    if (Fixed->Refused)
      errs() << "; did not apply " << Fixed->Refused
             << " (see the warnings above)";
    errs() << '\n';
  }
  // With SARIF on stdout, or any report in a file, the summary goes to
  // stderr so that it never corrupts the report.
  if (RuleSummary && Settings.Format == "sarif")
    emitRuleSummary(errs(), Run->Set, !BaselineGuid.empty());
  if (!Settings.Quiet &&
      (Settings.Format == "sarif" || !toStandardOutput(Settings.Output)))
    errs() << Summary << '\n';
  return Exit;
}

} // namespace warden
