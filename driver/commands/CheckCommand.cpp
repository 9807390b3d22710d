//===- CheckCommand.cpp - warden check ------------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden check`: selects translation units, analyses them in parallel
/// workers, consolidates the findings, writes text or SARIF and turns the
/// result into an exit code for the quality gate.
///
//===----------------------------------------------------------------------===//

#include "WardenBuildConfig.h"
#include "analysis/CompileCommands.h"
#include "analysis/TUAnalysis.h"
#include "analysis/WorkerPool.h"
#include "commands/Commands.h"
#include "findings/ResultSet.h"
#include "output/SarifEmitter.h"
#include "output/TextEmitter.h"
#include "support/AtomicFile.h"
#include "support/Diagnostics.h"
#include "support/Hashing.h"
#include "support/SourceFiles.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

using namespace llvm;

static cl::OptionCategory CheckCategory("Options of 'warden check'");

static cl::list<std::string> Paths(cl::Positional,
                                   cl::desc("[<file or directory>...]"),
                                   cl::sub(checkCommand()));
static cl::opt<std::string>
    BuildDir("p",
             cl::desc("Build directory holding compile_commands.json "
                      "(config: check.compile-commands)"),
             cl::value_desc("dir"), cl::cat(CheckCategory),
             cl::sub(checkCommand()));
static cl::list<std::string>
    ExtraArgs("extra-arg",
              cl::desc("Append an argument to every compile command "
                       "(config: check.extra-args)"),
              cl::value_desc("arg"), cl::cat(CheckCategory),
              cl::sub(checkCommand()));
static cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before",
    cl::desc("Prepend an argument to every compile command "
             "(config: check.extra-args-before)"),
    cl::value_desc("arg"), cl::cat(CheckCategory), cl::sub(checkCommand()));
static cl::opt<std::string>
    ResourceDir("resource-dir",
                cl::desc("clang resource directory for builtin headers "
                         "(config: check.resource-dir; default: the one "
                         "Warden was built with)"),
                cl::value_desc("dir"), cl::cat(CheckCategory),
                cl::sub(checkCommand()));
static cl::opt<std::string>
    Format("format", cl::desc("Output format: text or sarif (config: "
                              "check.format; default: text)"),
           cl::value_desc("format"), cl::cat(CheckCategory),
           cl::sub(checkCommand()));
static cl::opt<std::string>
    OutputFile("o",
               cl::desc("Write the report to this file, atomically "
                        "(config: check.output; default: standard output)"),
               cl::value_desc("file"), cl::cat(CheckCategory),
               cl::sub(checkCommand()));
static cl::opt<std::string>
    FailOn("fail-on",
           cl::desc("Fail the gate (exit 1) on findings at this level or "
                    "above: error, warning, note or never (config: "
                    "check.fail-on; default: error)"),
           cl::value_desc("level"), cl::cat(CheckCategory),
           cl::sub(checkCommand()));
static cl::opt<unsigned>
    Jobs("j",
         cl::desc("Translation units analysed in parallel (config: "
                  "check.jobs; default: one per core)"),
         cl::value_desc("n"), cl::init(0), cl::Prefix, cl::cat(CheckCategory),
         cl::sub(checkCommand()));
static cl::list<std::string> Packs(
    "pack",
    cl::desc("Enable a rule pack in addition to the configured ones "
             "(config: rules.packs)"),
    cl::value_desc("pack"), cl::CommaSeparated, cl::cat(CheckCategory),
    cl::sub(checkCommand()));
static cl::list<std::string>
    EnableRules("enable",
                cl::desc("Enable rules by id or glob (config: rules.enable)"),
                cl::value_desc("rule"), cl::CommaSeparated,
                cl::cat(CheckCategory), cl::sub(checkCommand()));
static cl::list<std::string>
    DisableRules("disable",
                 cl::desc("Disable rules by id or glob (config: rules.disable)"),
                 cl::value_desc("rule"), cl::CommaSeparated,
                 cl::cat(CheckCategory), cl::sub(checkCommand()));
static cl::list<std::string>
    OnlyRules("only",
              cl::desc("Run exactly these rules (ids or globs), ignoring "
                       "packs and enable/disable lists"),
              cl::value_desc("rule"), cl::CommaSeparated,
              cl::cat(CheckCategory), cl::sub(checkCommand()));
static cl::opt<std::string>
    Color("color",
          cl::desc("Colour text output: auto, always or never (config: "
                   "check.color; default: auto, colour on a terminal only)"),
          cl::value_desc("when"), cl::cat(CheckCategory),
          cl::sub(checkCommand()));
static cl::opt<std::string>
    SourceRoot("source-root",
               cl::desc("Root that SARIF paths are relative to (config: "
                        "project.source-root; default: the configuration "
                        "file's directory)"),
               cl::value_desc("dir"), cl::cat(CheckCategory),
               cl::sub(checkCommand()));
static cl::opt<bool> AllowIncomplete(
    "allow-incomplete",
    cl::desc("Do not exit with 3 when a translation unit failed or had "
             "compile errors (config: check.allow-incomplete)"),
    cl::cat(CheckCategory), cl::sub(checkCommand()));
static cl::opt<unsigned> TUTimeout(
    "tu-timeout",
    cl::desc("Stop analysing a translation unit after this many seconds "
             "(config: check.tu-timeout; default: 0, no limit)"),
    cl::value_desc("seconds"), cl::init(0), cl::cat(CheckCategory),
    cl::sub(checkCommand()));
static cl::opt<unsigned> TUMemory(
    "tu-memory",
    cl::desc("Address-space limit of one analysis worker in MiB (config: "
             "check.tu-memory; default: 0, no limit)"),
    cl::value_desc("MiB"), cl::init(0), cl::cat(CheckCategory),
    cl::sub(checkCommand()));
static cl::opt<bool> Quiet("quiet",
                           cl::desc("Print no summary line"),
                           cl::cat(CheckCategory), cl::sub(checkCommand()));

/// The settings of this run: flags override the configuration, which
/// overrides the defaults.
struct CheckSettings {
  std::string Format = "text";
  std::string Output;
  Level FailOn = Level::Error;
  unsigned Jobs = 0;
  std::string Color = "auto";
  std::string SourceRoot;
  bool AllowIncomplete = false;
  WorkerLimits Limits;
};

static Expected<CheckSettings> settingsFor(const Config &C) {
  CheckSettings S;
  S.Format = !Format.empty() ? std::string(Format) : C.Format.value_or("text");
  if (S.Format != "text" && S.Format != "sarif")
    return makeError("invalid --format '" + S.Format +
                     "'; expected text or sarif");
  S.Output = !OutputFile.empty() ? std::string(OutputFile)
                                 : C.Output.value_or("");
  if (!FailOn.empty()) {
    std::optional<Level> L = parseFailOn(FailOn);
    if (!L)
      return makeError("invalid --fail-on '" + FailOn +
                       "'; expected error, warning, note or never");
    S.FailOn = *L;
  } else if (C.FailOn) {
    S.FailOn = *C.FailOn;
  }
  S.Jobs = Jobs ? unsigned(Jobs) : C.Jobs.value_or(0);
  if (S.Jobs == 0)
    S.Jobs = llvm::hardware_concurrency().compute_thread_count();
  S.Color = !Color.empty() ? std::string(Color) : C.Color.value_or("auto");
  if (S.Color != "auto" && S.Color != "always" && S.Color != "never")
    return makeError("invalid --color '" + S.Color +
                     "'; expected auto, always or never");
  if (!SourceRoot.empty()) {
    SmallString<256> Root(SourceRoot);
    sys::fs::make_absolute(Root);
    S.SourceRoot = std::string(Root);
  } else {
    S.SourceRoot = C.SourceRoot;
  }
  // Symlinked checkouts: findings carry real paths, so the root must too.
  SmallString<256> Real;
  if (!sys::fs::real_path(S.SourceRoot, Real))
    S.SourceRoot = std::string(Real);
  S.AllowIncomplete = AllowIncomplete || C.AllowIncomplete.value_or(false);
  S.Limits.Jobs = S.Jobs;
  S.Limits.TimeoutSeconds = TUTimeout ? unsigned(TUTimeout)
                                      : C.TUTimeout.value_or(0);
  S.Limits.MemoryMiB = TUMemory ? unsigned(TUMemory) : C.TUMemory.value_or(0);
  return S;
}

static CompileCommandOptions compileOptionsFor(const Config &C,
                                               const Invocation &Inv) {
  CompileCommandOptions O;
  O.FixedFlags = Inv.FixedFlags;
  if (!BuildDir.empty())
    O.BuildDir = std::string(BuildDir);
  else if (C.CompileCommands)
    O.BuildDir = *C.CompileCommands;
  O.Paths.assign(Paths.begin(), Paths.end());
  O.ExtraArgsBefore = C.ExtraArgsBefore;
  O.ExtraArgsBefore.insert(O.ExtraArgsBefore.end(), ExtraArgsBefore.begin(),
                           ExtraArgsBefore.end());
  O.ExtraArgs = C.ExtraArgs;
  O.ExtraArgs.insert(O.ExtraArgs.end(), ExtraArgs.begin(), ExtraArgs.end());
  O.ResourceDir = !ResourceDir.empty()
                      ? std::string(ResourceDir)
                      : C.ResourceDir.value_or(WARDEN_CLANG_RESOURCE_DIR);
  return O;
}

/// The quality gate: incomplete analysis outranks findings, since a run
/// that missed code proves nothing about it.
static int exitCodeFor(const ResultSet &Set, const CheckSettings &S) {
  if (!S.AllowIncomplete && (Set.failedTUs() || Set.incompleteTUs()))
    return ExitIncomplete;
  if (S.FailOn == Level::None)
    return ExitPassed;
  for (const Result &R : Set.Results)
    if (R.F.Severity >= S.FailOn)
      return ExitGateFailed;
  return ExitPassed;
}

int runCheck(const Invocation &Inv) {
  RuleSelectionFlags RuleFlags;
  RuleFlags.Packs.assign(Packs.begin(), Packs.end());
  RuleFlags.Enable.assign(EnableRules.begin(), EnableRules.end());
  RuleFlags.Disable.assign(DisableRules.begin(), DisableRules.end());
  RuleFlags.Only.assign(OnlyRules.begin(), OnlyRules.end());
  std::unique_ptr<Session> Opened =
      openSession(sessionFlagsFromCommandLine(), RuleFlags);
  if (!Opened)
    return ExitUsage;
  Session &S = *Opened;
  const RuleSelection *Rules = &S.Selection;
  Expected<CheckSettings> Settings = settingsFor(S.Conf);
  if (!Settings) {
    printErrors(Settings.takeError(), errs());
    return ExitUsage;
  }
  Expected<std::vector<CompileJob>> Jobs =
      loadCompileJobs(compileOptionsFor(S.Conf, Inv));
  if (!Jobs) {
    printErrors(Jobs.takeError(), errs());
    return ExitUsage;
  }

  std::vector<TUOutcome> Outcomes = runInWorkers(
      *Jobs, Settings->Limits, [&](const CompileJob &Job) {
        return analyzeTranslationUnit(Job, Rules->Rules);
      });

  SmallString<256> Cwd;
  sys::fs::current_path(Cwd);
  SourceFiles Files;
  ResultSet Set =
      consolidate(*Jobs, std::move(Outcomes), Settings->SourceRoot, Files);
  int Exit = exitCodeFor(Set, *Settings);

  TextOptions Text;
  Text.WorkingDir = std::string(Cwd);
  emitAnalysisProblems(errs(), Set, Text);

  std::string Report;
  if (Settings->Format == "sarif") {
    SarifRunInfo Info;
    Info.SourceRoot = Settings->SourceRoot;
    Info.WorkingDir = std::string(Cwd);
    Info.Arguments = Inv.Arguments;
    Info.ConfigPath = S.Conf.Path;
    if (!S.Conf.Path.empty())
      Info.ConfigSha256 = sha256Hex(S.Conf.Text);
    Info.ProjectName = S.Conf.ProjectName;
    Info.ProjectVersion = S.Conf.ProjectVersion;
    Info.ExitCode = Exit;
    Report = renderSarif(Set, *Rules, S.Plugins, Info, Files);
  } else {
    bool ToTerminal = Settings->Output.empty() || Settings->Output == "-";
    Text.Color = Settings->Color == "always" ||
                 (Settings->Color == "auto" && ToTerminal &&
                  outs().has_colors());
    raw_string_ostream OS(Report);
    emitText(OS, Set, Files, Text);
    if (!Quiet)
      OS << summaryLine(Set) << '\n';
  }

  if (Settings->Output.empty() || Settings->Output == "-") {
    outs() << Report;
    outs().flush();
  } else if (Error E = writeFileAtomically(Settings->Output, Report)) {
    printErrors(std::move(E), errs());
    return ExitUsage;
  }
  // With SARIF on stdout, or any report in a file, the summary goes to
  // stderr so that it never corrupts the report.
  if (!Quiet && (Settings->Format == "sarif" ||
                 !(Settings->Output.empty() || Settings->Output == "-")))
    errs() << summaryLine(Set) << '\n';
  return Exit;
}

} // namespace warden
