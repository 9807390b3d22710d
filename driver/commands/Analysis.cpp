//===- Analysis.cpp - The analysis pipeline of check and baseline ---------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Analysis.h"
#include "WardenBuildConfig.h"
#include "analysis/IncludeScan.h"
#include "analysis/TUAnalysis.h"
#include "cache/ResultCache.h"
#include "output/SarifEmitter.h"
#include "support/InstallLayout.h"
#include "vcs/Git.h"
#include "suppressions/Directive.h"
#include "suppressions/Reconcile.h"
#include "suppressions/Register.h"
#include "support/Diagnostics.h"
#include "support/DisplayText.h"
#include "support/Hashing.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/FormatVariadic.h"
#include <chrono>
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/xxhash.h"

namespace warden {

using namespace llvm;

static cl::OptionCategory AnalysisCategory("Analysis");
static cl::OptionCategory OutputCategory("Output and gate");

// Options of both `check` and `baseline`: the same run, another output.
// `suppress` runs the same analysis on the TUs of one file, so it takes
// those that decide a TU's findings too.
#define WARDEN_ANALYSIS_COMMANDS                                               \
  cl::sub(checkCommand()), cl::sub(baselineCommand()),                         \
      cl::sub(suppressCommand())
// Options about the scope and output of a whole run: not `suppress`'s.
#define WARDEN_RUN_COMMANDS cl::sub(checkCommand()), cl::sub(baselineCommand())

static cl::list<std::string> Paths(cl::Positional,
                                   cl::desc("[<file or directory>...]"),
                                   WARDEN_RUN_COMMANDS);
static cl::opt<std::string>
    BuildDir("p",
             cl::desc("Build directory holding compile_commands.json "
                      "(config: check.compile-commands)"),
             cl::value_desc("dir"), cl::cat(AnalysisCategory),
             WARDEN_ANALYSIS_COMMANDS);
static cl::list<std::string>
    ExtraArgs("extra-arg",
              cl::desc("Append an argument to every compile command "
                       "(config: check.extra-args)"),
              cl::value_desc("arg"), cl::cat(AnalysisCategory),
              WARDEN_ANALYSIS_COMMANDS);
static cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before",
    cl::desc("Prepend an argument to every compile command "
             "(config: check.extra-args-before)"),
    cl::value_desc("arg"), cl::cat(AnalysisCategory), WARDEN_ANALYSIS_COMMANDS);
static cl::opt<std::string>
    ResourceDir("resource-dir",
                cl::desc("clang resource directory for builtin headers "
                         "(config: check.resource-dir; default: the one "
                         "Warden was built with)"),
                cl::value_desc("dir"), cl::cat(AnalysisCategory),
                WARDEN_ANALYSIS_COMMANDS);
static cl::opt<unsigned>
    Jobs("j",
         cl::desc("Translation units analysed in parallel (config: "
                  "check.jobs; default: one per core)"),
         cl::value_desc("n"), cl::init(0), cl::Prefix,
         cl::cat(AnalysisCategory), WARDEN_ANALYSIS_COMMANDS);
static cl::list<std::string> Packs(
    "pack",
    cl::desc("Enable a rule pack in addition to the configured ones "
             "(config: rules.packs)"),
    cl::value_desc("pack"), cl::CommaSeparated, cl::cat(AnalysisCategory),
    WARDEN_ANALYSIS_COMMANDS);
static cl::list<std::string>
    EnableRules("enable",
                cl::desc("Enable rules by id or glob (config: rules.enable)"),
                cl::value_desc("rule"), cl::CommaSeparated,
                cl::cat(AnalysisCategory), WARDEN_ANALYSIS_COMMANDS);
static cl::list<std::string>
    DisableRules("disable",
                 cl::desc("Disable rules by id or glob (config: rules.disable)"),
                 cl::value_desc("rule"), cl::CommaSeparated,
                 cl::cat(AnalysisCategory), WARDEN_ANALYSIS_COMMANDS);
static cl::list<std::string>
    OnlyRules("only",
              cl::desc("Run exactly these rules (ids or globs), ignoring "
                       "packs and enable/disable lists"),
              cl::value_desc("rule"), cl::CommaSeparated,
              cl::cat(AnalysisCategory), WARDEN_ANALYSIS_COMMANDS);
static cl::opt<std::string>
    SourceRoot("source-root",
               cl::desc("Root that reported paths are relative to (config: "
                        "project.source-root; default: the configuration "
                        "file's directory)"),
               cl::value_desc("dir"), cl::cat(AnalysisCategory),
               WARDEN_ANALYSIS_COMMANDS);
static cl::opt<bool> AllowIncomplete(
    "allow-incomplete",
    cl::desc("Do not exit with 3 when a translation unit failed or had "
             "compile errors (config: check.allow-incomplete)"),
    cl::cat(AnalysisCategory), WARDEN_RUN_COMMANDS);
static cl::opt<unsigned> TUTimeout(
    "tu-timeout",
    cl::desc("Stop analysing a translation unit after this many seconds "
             "(config: check.tu-timeout; default: 600; 0: no limit)"),
    cl::value_desc("seconds"), cl::init(0), cl::cat(AnalysisCategory),
    WARDEN_ANALYSIS_COMMANDS);
static cl::opt<unsigned> TUMemory(
    "tu-memory",
    cl::desc("Memory limit of one analysis worker in MiB (config: "
             "check.tu-memory; default: 8192; 0: no limit)"),
    cl::value_desc("MiB"), cl::init(0), cl::cat(AnalysisCategory),
    WARDEN_ANALYSIS_COMMANDS);
static cl::opt<std::string>
    AsOf("as-of",
         cl::desc("Judge suppression expiry dates as of this day "
                  "(YYYY-MM-DD; default: today, UTC), e.g. a release date"),
         cl::value_desc("date"), cl::cat(AnalysisCategory),
         WARDEN_ANALYSIS_COMMANDS);
static cl::opt<std::string> CacheDir(
    "cache-dir",
    cl::desc("Directory of the result cache (config: check.cache-dir; "
             "default: .warden-cache in the build directory; files given "
             "with '--' are not cached unless this is set)"),
    cl::value_desc("dir"), cl::cat(AnalysisCategory), WARDEN_ANALYSIS_COMMANDS);
static cl::opt<bool> NoCache(
    "no-cache",
    cl::desc("Analyse every translation unit again and store nothing "
             "(config: check.cache = false)"),
    cl::cat(AnalysisCategory), WARDEN_ANALYSIS_COMMANDS);
static cl::opt<unsigned> CacheSize(
    "cache-size",
    cl::desc("Bound of the result cache in MiB; older entries are evicted "
             "(config: check.cache-size; default: 1024)"),
    cl::value_desc("MiB"), cl::init(1024), cl::cat(AnalysisCategory),
    WARDEN_ANALYSIS_COMMANDS);
static cl::opt<std::string> Changed(
    "changed",
    cl::desc("Analyse only translation units affected by files changed "
             "since REV (default: HEAD, with the working tree and index)"),
    cl::value_desc("rev"), cl::ValueOptional, cl::cat(AnalysisCategory),
    WARDEN_RUN_COMMANDS);
static cl::opt<bool> ChangedLines(
    "changed-lines",
    cl::desc("Report only findings on changed lines (implies --changed)"),
    cl::cat(AnalysisCategory), WARDEN_RUN_COMMANDS);
static cl::opt<bool> Staged(
    "staged",
    cl::desc("Analyse what the next commit holds: the index instead of the "
             "working tree, changes against HEAD (implies --changed; for "
             "pre-commit hooks)"),
    cl::cat(AnalysisCategory), WARDEN_RUN_COMMANDS);
static cl::opt<std::string> Shard(
    "shard",
    cl::desc("Analyse the K-th of N stable parts of the translation units, "
             "for CI matrices; merge the logs with 'warden merge'"),
    cl::value_desc("K/N"), cl::cat(AnalysisCategory), WARDEN_RUN_COMMANDS);
static cl::opt<std::string>
    OutputFile("o",
               cl::desc("Write the report (baseline: the baseline) to this "
                        "file, atomically (config: check.output; default: "
                        "standard output)"),
               cl::value_desc("file"), cl::cat(OutputCategory),
               WARDEN_RUN_COMMANDS);
static cl::opt<bool> Quiet("quiet", cl::desc("Print no summary line"),
                           cl::cat(OutputCategory), WARDEN_RUN_COMMANDS);

// Options of `check` only.
static cl::opt<std::string>
    Format("format", cl::desc("Output format: text or sarif (config: "
                              "check.format; default: text)"),
           cl::value_desc("format"), cl::cat(OutputCategory),
           cl::sub(checkCommand()));
static cl::opt<std::string>
    FailOn("fail-on",
           cl::desc("Fail the gate (exit 1) on findings at this level or "
                    "above: error, warning, note or never (config: "
                    "check.fail-on; default: error)"),
           cl::value_desc("level"), cl::cat(OutputCategory),
           cl::sub(checkCommand()));
static cl::opt<std::string>
    BaselineFile("baseline",
                 cl::desc("Mark findings new, unchanged or absent against "
                          "this baseline or earlier SARIF log (config: "
                          "check.baseline)"),
                 cl::value_desc("file"), cl::cat(OutputCategory),
                 cl::sub(checkCommand()));
static cl::opt<bool>
    NoBaseline("no-baseline",
               cl::desc("Ignore the baseline of the configuration "
                        "(check.baseline): every finding is new"),
               cl::cat(OutputCategory), cl::sub(checkCommand()));
static cl::opt<std::string>
    GateOn("gate-on",
           cl::desc("With a baseline, the findings the gate counts: new "
                    "(default) or all (config: check.gate-on)"),
           cl::value_desc("which"), cl::cat(OutputCategory),
           cl::sub(checkCommand()));
static cl::opt<bool> ExcludeSuppressed(
    "exclude-suppressed",
    cl::desc("Leave suppressed findings out of the SARIF log (for GitHub "
             "code scanning, which ignores SARIF suppressions)"),
    cl::cat(OutputCategory), cl::sub(checkCommand()));
static cl::opt<bool> ShowSuppressed(
    "show-suppressed",
    cl::desc("Print suppressed and baselined findings in text output too"),
    cl::cat(OutputCategory), cl::sub(checkCommand()));
static cl::opt<std::string>
    Color("color",
          cl::desc("Colour text output: auto, always or never (config: "
                   "check.color; default: auto, colour on a terminal only)"),
          cl::value_desc("when"), cl::cat(OutputCategory),
          cl::sub(checkCommand()));

#undef WARDEN_ANALYSIS_COMMANDS
#undef WARDEN_RUN_COMMANDS

/// A flag's value when given (even as 0 or false), else the configuration's.
template <typename T, typename U>
static U flagOr(const cl::opt<T> &Flag, std::optional<U> Config, U Default) {
  if (Flag.getNumOccurrences())
    return U(Flag);
  return Config.value_or(Default);
}

static std::string absolutePath(StringRef Path) {
  SmallString<256> Result(Path);
  sys::fs::make_absolute(Result);
  return std::string(Result);
}

static Expected<CheckSettings> settingsFor(const Config &C) {
  CheckSettings S;
  S.Format = !Format.empty() ? std::string(Format) : C.Format.value_or("text");
  if (S.Format != "text" && S.Format != "sarif")
    return makeError("invalid --format '" + S.Format +
                     "'; expected text or sarif");
  S.Output = !OutputFile.empty() ? std::string(OutputFile)
                                 : C.Output.value_or("");
  S.OutputFlag = OutputFile;
  if (!FailOn.empty()) {
    std::optional<Level> L = parseFailOn(FailOn);
    if (!L)
      return makeError("invalid --fail-on '" + FailOn +
                       "'; expected error, warning, note or never");
    S.FailOn = *L;
  } else if (C.FailOn) {
    S.FailOn = *C.FailOn;
  }
  S.GateOn = !GateOn.empty() ? std::string(GateOn) : C.GateOn.value_or("new");
  if (S.GateOn != "new" && S.GateOn != "all")
    return makeError("invalid --gate-on '" + S.GateOn +
                     "'; expected new or all");
  if (NoBaseline && !BaselineFile.empty())
    return makeError("--no-baseline and --baseline contradict each other");
  S.Baseline = NoBaseline               ? std::string()
               : !BaselineFile.empty() ? absolutePath(BaselineFile)
                                       : C.Baseline.value_or("");
  S.Limits.Jobs = flagOr(Jobs, C.Jobs, 0u);
  if (S.Limits.Jobs == 0)
    S.Limits.Jobs = llvm::hardware_concurrency().compute_thread_count();
  // Generous limits that only a runaway analysis reaches: CI must not hang
  // or swap on one pathological file.
  S.Limits.TimeoutSeconds = flagOr(TUTimeout, C.TUTimeout, 600u);
  S.Limits.MemoryMiB = flagOr(TUMemory, C.TUMemory, 8192u);
  S.Color = !Color.empty() ? std::string(Color) : C.Color.value_or("auto");
  if (S.Color != "auto" && S.Color != "always" && S.Color != "never")
    return makeError("invalid --color '" + S.Color +
                     "'; expected auto, always or never");
  S.SourceRoot =
      !SourceRoot.empty() ? absolutePath(SourceRoot) : C.SourceRoot;
  // Findings carry real paths (symlinks resolved), so the root must too.
  SmallString<256> Real;
  if (!sys::fs::real_path(S.SourceRoot, Real))
    S.SourceRoot = std::string(Real);
  S.AllowIncomplete = flagOr(AllowIncomplete, C.AllowIncomplete, false);
  S.ExcludeSuppressed = ExcludeSuppressed;
  S.ShowSuppressed = ShowSuppressed;
  S.Quiet = Quiet;
  S.Today = !AsOf.empty() ? std::string(AsOf) : todayUtc();
  bool UseCache = NoCache ? false : C.Cache.value_or(true);
  if (UseCache) {
    if (!CacheDir.empty())
      S.CacheDir = absolutePath(CacheDir);
    else if (C.CacheDir)
      S.CacheDir = *C.CacheDir;
    else if (!BuildDir.empty() || C.CompileCommands) {
      // Next to the build it describes, like the build's own caches. Files
      // given with "--" have no build directory: no cache unless asked.
      SmallString<256> Dir(!BuildDir.empty() ? absolutePath(BuildDir)
                                             : *C.CompileCommands);
      sys::path::append(Dir, ".warden-cache");
      S.CacheDir = std::string(Dir);
    }
  }
  S.CacheMaxBytes = uint64_t(flagOr(CacheSize, C.CacheSizeMiB, 1024u)) << 20;
  if (Staged && !Changed.empty())
    return makeError("--staged compares the index with HEAD; it takes no "
                     "--changed revision ('" +
                     Changed + "')");
  if (Changed.getNumOccurrences() || ChangedLines || Staged)
    S.ChangedSince = std::string(Changed);
  S.ChangedLinesOnly = ChangedLines;
  S.Staged = Staged;
  if (!Shard.empty()) {
    auto [K, N] = StringRef(Shard).split('/');
    if (K.getAsInteger(10, S.ShardIndex) || N.getAsInteger(10, S.ShardCount) ||
        S.ShardCount == 0 || S.ShardIndex == 0 || S.ShardIndex > S.ShardCount)
      return makeError("invalid --shard '" + Shard +
                       "'; expected K/N with 1 <= K <= N, such as 2/4");
  }
  S.Progress = !S.Quiet && sys::Process::StandardErrIsDisplayed();
  if (!isValidDate(S.Today))
    return makeError("invalid --as-of '" + S.Today +
                     "'; expected a date written YYYY-MM-DD");
  return S;
}

static Expected<CompileCommandOptions>
compileOptionsFor(const Config &C, const Invocation &Inv) {
  CompileCommandOptions O;
  O.FixedFlags = Inv.FixedFlags;
  if (!BuildDir.empty())
    O.BuildDir = std::string(BuildDir);
  else if (C.CompileCommands)
    O.BuildDir = *C.CompileCommands;
  O.Paths.assign(Paths.begin(), Paths.end());
  O.ConfigExtraArgsBefore = C.ExtraArgsBefore;
  O.ExtraArgsBefore.assign(ExtraArgsBefore.begin(), ExtraArgsBefore.end());
  O.ConfigExtraArgs = C.ExtraArgs;
  O.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  // Relative to the working directory, not to each compile command's.
  O.ResourceDir = !ResourceDir.empty()
                      ? absolutePath(ResourceDir)
                      : C.ResourceDir.value_or(WARDEN_CLANG_RESOURCE_DIR);
  if (!sys::fs::is_directory(O.ResourceDir))
    return makeError("resource directory '" + O.ResourceDir +
                     "' does not exist");
  return O;
}

bool countsForGate(const Result &R, const CheckSettings &Settings,
                   const ComponentPolicy &Components) {
  if (R.Suppressed || onlyInBaseline(R.Baseline))
    return false;
  if (R.Baseline == BaselineState::Unchanged && Settings.GateOn == "new")
    return false;
  return is_contained(Components.Gated, R.Class);
}

int gateExitCode(const AnalysisRun &Run) {
  const CheckSettings &S = Run.Settings;
  if (!S.AllowIncomplete && (Run.Set.failedTUs() || Run.Set.incompleteTUs()))
    return ExitIncomplete;
  if (S.FailOn == Level::None)
    return ExitPassed;
  for (const Result &R : Run.Set.Results)
    if (R.F.Severity >= S.FailOn &&
        countsForGate(R, S, Run.S->Conf.Components))
      return ExitGateFailed;
  return ExitPassed;
}

void describeRun(const AnalysisRun &Run, SarifRunInfo &Info) {
  const CheckSettings &S = Run.Settings;
  const Config &C = Run.S->Conf;
  Info.AsOf = S.Today;
  Info.Vcs = currentRevision(S.SourceRoot);
  for (const std::string &Id : Run.S->Selection.Packs)
    if (const Pack *P = Run.S->Catalog->findPack(Id))
      Info.PackInfo.push_back({P->Id, P->Title, P->Evidence});
  for (const PathGlob &G : C.Components.Supported)
    Info.SupportedGlobs.push_back(G.pattern().str());
  for (const PathGlob &G : C.Components.Required)
    Info.RequiredGlobs.push_back(G.pattern().str());
  for (ComponentClass K : C.Components.Gated)
    Info.GatedClasses.push_back(componentClassName(K).str());
  Info.FailOn = S.FailOn == Level::None ? "never" : levelName(S.FailOn).str();
  Info.GateOn = S.GateOn;
  Info.AllowIncomplete = S.AllowIncomplete;
  Info.CompleteRun = Run.CompleteRun;
  Info.ScopePaths.assign(Paths.begin(), Paths.end());
  Info.ChangedSince = S.ChangedSince;
  Info.ChangedLinesOnly = S.ChangedLinesOnly;
  if (S.ShardCount)
    Info.Shard =
        std::to_string(S.ShardIndex) + "/" + std::to_string(S.ShardCount);
  Info.Policy = &C.Suppressions;
  if (!C.Suppressions.RegisterPath.empty())
    if (auto Buffer = MemoryBuffer::getFile(C.Suppressions.RegisterPath))
      Info.RegisterSha256 = sha256Hex((*Buffer)->getBuffer());
}

/// Leaves out TUs whose main file is in a 'required' component, and drops
/// findings in files of that class (headers included from elsewhere).
static void applyComponents(AnalysisRun &Run) {
  const ComponentPolicy &P = Run.S->Conf.Components;
  const std::string &Root = Run.Settings.SourceRoot;
  std::vector<CompileJob> Kept;
  for (CompileJob &J : Run.Jobs) {
    std::string Relative = relativeToRoot(J.File, Root);
    if (!Relative.empty() &&
        classifyPath(P, Relative) == ComponentClass::Required)
      Run.NotAnalysed.push_back(J.File);
    else
      Kept.push_back(std::move(J));
  }
  Run.Jobs = std::move(Kept);
}

static void classifyResults(AnalysisRun &Run) {
  const ComponentPolicy &P = Run.S->Conf.Components;
  std::vector<Result> Kept;
  for (Result &R : Run.Set.Results) {
    // Files outside the source root are not the project's: maintained is
    // the conservative class (they stay gated).
    R.Class = R.RelativePath.empty() ? ComponentClass::Maintained
                                     : classifyPath(P, R.RelativePath);
    if (R.Class != ComponentClass::Required)
      Kept.push_back(std::move(R));
  }
  Run.Set.Results = std::move(Kept);
}

/// What besides its command decides a TU's result: this Warden, its
/// plugins and the rules in force.
static std::string cacheContext(const Session &S) {
  std::string Context = wardenVersion();
  for (const LoadedPlugin &P : S.Plugins)
    Context += "\n" + P.Name + " " + P.Sha256;
  return Context + "\n" + ruleConfigurationHash(S.Selection);
}

/// Keeps the TUs of shard K of N. The partition hashes each main file's
/// path relative to the source root, so every machine of a CI matrix
/// computes the same shards whatever the order of the database.
static void keepShard(AnalysisRun &Run) {
  const CheckSettings &S = Run.Settings;
  std::vector<CompileJob> Kept;
  for (CompileJob &J : Run.Jobs) {
    std::string Relative = relativeToRoot(J.File, S.SourceRoot);
    uint64_t H = xxh3_64bits(Relative.empty() ? StringRef(J.File)
                                              : StringRef(Relative));
    if (H % S.ShardCount == S.ShardIndex - 1)
      Kept.push_back(std::move(J));
  }
  Run.Jobs = std::move(Kept);
}

/// True when a changed file is at, or below, a path the TU looked for and
/// did not find: a new header that may shadow the one it included.
static bool createsAbsentPath(const ChangeSet &Changes,
                              const std::vector<std::string> &Absent) {
  if (Absent.empty())
    return false;
  StringSet<> AbsentSet;
  for (const std::string &A : Absent)
    AbsentSet.insert(A);
  for (const auto &Changed : Changes.Files)
    for (StringRef P = Changed.getKey(); !P.empty();
         P = sys::path::parent_path(P))
      if (AbsentSet.contains(P))
        return true;
  return false;
}

/// Keeps the TUs a change affects: its main file changed, a file it read
/// last time changed, or a file appeared where it looked for one and found
/// none. The cache's lists of what a TU read and missed are exact; a TU the
/// cache knows nothing about (a fresh clone, a new command) is judged by
/// scanning its includes, which errs towards keeping it.
static void keepChanged(AnalysisRun &Run, const ChangeSet &Changes,
                        ResultCache *Cache) {
  std::vector<std::string> MainFiles;
  StringSet<> MainSet;
  for (const CompileJob &J : Run.Jobs) {
    SmallString<256> Real;
    MainFiles.push_back(sys::fs::real_path(J.File, Real) ? J.File
                                                         : std::string(Real));
    MainSet.insert(MainFiles.back());
  }
  std::vector<std::string> ChangedFiles;
  for (const auto &F : Changes.Files)
    ChangedFiles.push_back(F.getKey().str());
  // Built on first use: most runs with a warm cache never need it.
  std::optional<IncludeScanner> Scanner;

  std::vector<CompileJob> Kept;
  for (size_t I = 0; I < Run.Jobs.size(); ++I) {
    CompileJob &J = Run.Jobs[I];
    bool Affected = Changes.contains(MainFiles[I]);
    if (!Affected) {
      if (std::optional<ResultCache::Inputs> In =
              Cache ? Cache->inputs(J) : std::nullopt) {
        Affected = any_of(In->Files,
                          [&](const std::string &D) {
                            return Changes.contains(D);
                          }) ||
                   createsAbsentPath(Changes, In->AbsentPaths);
      } else {
        if (!Scanner)
          Scanner.emplace(Run.Settings.SourceRoot, ChangedFiles, MainSet);
        Affected = Scanner->mayBeAffected(J);
      }
    }
    if (Affected)
      Kept.push_back(std::move(J));
  }
  Run.Jobs = std::move(Kept);
}

/// Keeps the TUs whose main file is File; for a header, those that read it
/// per the cache (and those the cache knows nothing about), as --changed
/// would for a change of File.
static void keepTUsReading(AnalysisRun &Run, StringRef File,
                           ResultCache *Cache) {
  SmallString<256> Real;
  std::string Target =
      sys::fs::real_path(File, Real) ? File.str() : std::string(Real);
  auto IsMain = [&](const CompileJob &J) {
    return !sys::fs::real_path(J.File, Real) && Real == Target;
  };
  if (any_of(Run.Jobs, IsMain)) {
    erase_if(Run.Jobs, [&](const CompileJob &J) { return !IsMain(J); });
    return;
  }
  ChangeSet Only;
  Only.Files[Target];
  keepChanged(Run, Only, Cache);
}

/// Drops findings whose line did not change (--changed-lines).
static void keepChangedLines(AnalysisRun &Run, const ChangeSet &Changes) {
  std::vector<Result> Kept;
  for (Result &R : Run.Set.Results)
    if (Changes.lineChanged(R.F.Where.File, R.F.Where.StartLine))
      Kept.push_back(std::move(R));
    else
      // Still there: a baseline must not take it for fixed.
      Run.Coverage.addUnreported(R.Fingerprint);
  Run.Set.Results = std::move(Kept);
}

/// "[12/108] 0:14 elapsed, ~0:20 left  src/dose.c" on standard error.
class ProgressLine {
public:
  ProgressLine(size_t Total, bool Enabled)
      : Total(Total), Enabled(Enabled && Total > 0),
        Start(std::chrono::steady_clock::now()) {}
  ~ProgressLine() {
    if (Enabled && Done)
      errs() << "\r\x1b[K";
  }

  void update(StringRef File) {
    ++Done;
    if (!Enabled)
      return;
    auto Elapsed = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::steady_clock::now() - Start)
                       .count();
    long long Left = Done ? Elapsed * (long long)(Total - Done) / Done : 0;
    auto Clock = [](long long S) {
      return formatv("{0}:{1:2}", S / 60, S % 60).str();
    };
    errs() << "\r\x1b[K[" << Done << "/" << Total << "] " << Clock(Elapsed)
           << " elapsed, ~" << Clock(Left) << " left  "
           << displayText(sys::path::filename(File));
  }

private:
  size_t Total, Done = 0;
  bool Enabled;
  std::chrono::steady_clock::time_point Start;
};

/// Takes what the cache has and analyses the rest in workers; stores the
/// new complete results.
static std::vector<TUOutcome> analyseJobs(AnalysisRun &Run, ResultCache *Cache,
                                          const std::vector<EnabledRule> &Rules) {
  std::vector<TUOutcome> Outcomes(Run.Jobs.size());
  std::vector<CompileJob> ToAnalyse;
  std::vector<size_t> Index;
  for (size_t I = 0; I < Run.Jobs.size(); ++I) {
    if (Cache)
      if (std::optional<TUOutcome> O = Cache->lookup(Run.Jobs[I])) {
        Outcomes[I] = std::move(*O);
        ++Run.FromCache;
        continue;
      }
    ToAnalyse.push_back(Run.Jobs[I]);
    Index.push_back(I);
  }
  ProgressLine Progress(ToAnalyse.size(), Run.Settings.Progress);
  std::vector<TUOutcome> Fresh = runInWorkers(
      ToAnalyse, Run.Settings.Limits,
      [&](const CompileJob &Job) { return analyzeTranslationUnit(Job, Rules); },
      [&](size_t I, const TUOutcome &O) {
        Progress.update(ToAnalyse[I].File);
        // Stored as soon as it is known, so an interrupted run keeps its
        // work. Failures and compile errors may be fixed by a file the TU
        // could not read: only clean results are kept.
        if (Cache && O.Status == TUOutcome::State::Analysed)
          Cache->store(ToAnalyse[I], O);
      });
  Run.Analysed = Fresh.size();
  for (size_t K = 0; K < Fresh.size(); ++K)
    Outcomes[Index[K]] = std::move(Fresh[K]);
  if (Cache)
    Cache->evict();
  return Outcomes;
}

std::unique_ptr<AnalysisRun>
runAnalysis(const Invocation &Inv, std::optional<std::string> OnlyTUsReading) {
  auto Run = std::make_unique<AnalysisRun>();
  RuleSelectionFlags RuleFlags;
  RuleFlags.Packs.assign(Packs.begin(), Packs.end());
  RuleFlags.Enable.assign(EnableRules.begin(), EnableRules.end());
  RuleFlags.Disable.assign(DisableRules.begin(), DisableRules.end());
  RuleFlags.Only.assign(OnlyRules.begin(), OnlyRules.end());
  SessionFlags Flags = sessionFlagsFromCommandLine();
  Flags.WritesConfiguredPaths = true;
  Flags.SourceRoot = SourceRoot;
  Flags.OutputOnCommandLine = !OutputFile.empty();
  Flags.CacheDirOnCommandLine = !CacheDir.empty() || NoCache;
  Flags.BuildDirOnCommandLine = !BuildDir.empty();
  Run->S = openSession(Flags, RuleFlags);
  if (!Run->S)
    return nullptr;
  Session &S = *Run->S;

  auto Fail = [](Error E) -> std::unique_ptr<AnalysisRun> {
    printErrors(std::move(E), errs());
    return nullptr;
  };
  Expected<CheckSettings> Settings = settingsFor(S.Conf);
  if (!Settings)
    return Fail(Settings.takeError());
  Run->Settings = std::move(*Settings);

  std::vector<RegisterEntry> Register;
  const std::string &RegisterPath = S.Conf.Suppressions.RegisterPath;
  if (!RegisterPath.empty() && !sys::fs::exists(RegisterPath)) {
    // Not an error: `warden suppress` creates it with the first entry.
    if (!Run->Settings.Quiet)
      errs() << "warden: note: the deviation register '"
             << displayText(RegisterPath)
             << "' does not exist yet; 'warden suppress' creates it\n";
  } else if (!RegisterPath.empty()) {
    Expected<std::vector<RegisterEntry>> Loaded = loadRegister(RegisterPath);
    if (!Loaded)
      return Fail(Loaded.takeError());
    Register = std::move(*Loaded);
  }

  Expected<CompileCommandOptions> Options = compileOptionsFor(S.Conf, Inv);
  if (!Options)
    return Fail(Options.takeError());
  Options->SourceRoot = Run->Settings.SourceRoot;
  Options->Warnings = &errs();
  Expected<std::vector<CompileJob>> Jobs = loadCompileJobs(*Options);
  if (!Jobs)
    return Fail(Jobs.takeError());
  Run->Jobs = std::move(*Jobs);
  applyComponents(*Run);
  const CheckSettings &Set = Run->Settings;
  if (Set.ShardCount)
    keepShard(*Run);

  std::optional<ResultCache> Cache;
  if (!Set.CacheDir.empty())
    Cache.emplace(Set.CacheDir, cacheContext(S), Set.CacheMaxBytes, errs());

  std::optional<ChangeSet> Changes;
  if (Set.Staged) {
    // Every reader of sources (workers, cache, report) sees the index from
    // here on.
    Expected<StagedTree> Tree = readStagedTree(Set.SourceRoot);
    if (!Tree)
      return Fail(Tree.takeError());
    Changes = Tree->Changes;
    setStagedView(std::make_unique<StagedTree>(std::move(*Tree)));
    keepChanged(*Run, *Changes, Cache ? &*Cache : nullptr);
    // A TU whose main file the commit does not hold (untracked, or its
    // deletion staged) is not part of what is checked in.
    erase_if(Run->Jobs, [](const CompileJob &J) {
      SmallString<256> Real;
      return stagedView()->isMissing(J.File) ||
             (!sys::fs::real_path(J.File, Real) &&
              stagedView()->isMissing(Real));
    });
  } else if (Set.ChangedSince) {
    Expected<ChangeSet> C = changesSince(Set.SourceRoot, *Set.ChangedSince);
    if (!C)
      return Fail(C.takeError());
    Changes = std::move(*C);
    keepChanged(*Run, *Changes, Cache ? &*Cache : nullptr);
  }

  if (OnlyTUsReading)
    keepTUsReading(*Run, *OnlyTUsReading, Cache ? &*Cache : nullptr);

  std::vector<TUOutcome> Outcomes =
      analyseJobs(*Run, Cache ? &*Cache : nullptr, S.Selection.Rules);

  SmallString<256> Cwd;
  sys::fs::current_path(Cwd);
  Run->WorkingDir = std::string(Cwd);
  Run->Set = consolidate(Run->Jobs, std::move(Outcomes),
                         Run->Settings.SourceRoot, Run->Files);
  Run->CompleteRun = Paths.empty() && !Inv.FixedFlags && !Set.ShardCount &&
                     !Set.ChangedSince && !OnlyTUsReading &&
                     !Run->Set.failedTUs() &&
                     !Run->Set.incompleteTUs();
  classifyResults(*Run);

  Run->Coverage = AnalysisCoverage::ofRun(Run->Set, Run->CompleteRun);

  ReconcileInput In{S.Conf.Suppressions, *S.Catalog, S.Selection,
                    Run->Settings.Today, Run->Coverage};
  reconcileSuppressions(Run->Set, Register, In, Run->Files);
  // Meta-findings get their class too.
  classifyResults(*Run);
  if (Set.ChangedLinesOnly)
    keepChangedLines(*Run, *Changes);
  return Run;
}

} // namespace warden
