//===- ReportModel.cpp - The compliance report, as data -------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "report/ReportModel.h"
#include "output/SarifMerge.h"
#include "support/Diagnostics.h"
#include "support/Hashing.h"
#include "support/JsonAccess.h"
#include "support/JsonLimits.h"
#include "support/Uri.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

using json = nlohmann::ordered_json;

namespace warden::report {
namespace {

unsigned num(const json &J) {
  return J.is_number_unsigned() ? J.get<unsigned>() : 0;
}

bool flag(const json &J, bool Default = false) {
  return J.is_boolean() ? J.get<bool>() : Default;
}

std::vector<std::string> strings(const json &J) {
  std::vector<std::string> Out;
  if (J.is_array())
    for (const json &V : J)
      if (V.is_string())
        Out.push_back(V.get<std::string>());
  return Out;
}

/// SARIF message text doubles braces (§3.11.5).
std::string messageText(const json &Message) {
  std::string Text = stringOf(memberOf(Message, "text")), Out;
  for (size_t I = 0; I < Text.size(); ++I) {
    Out.push_back(Text[I]);
    if ((Text[I] == '{' || Text[I] == '}') && I + 1 < Text.size() &&
        Text[I + 1] == Text[I])
      ++I;
  }
  return Out;
}

/// A physical location's path: relative under %SRCROOT%, else absolute.
std::string artifactPath(const json &ArtifactLocation) {
  return decodeUri(stringOf(memberOf(ArtifactLocation, "uri")));
}

Location physical(const json &Physical) {
  Location L;
  L.Path = artifactPath(memberOf(Physical, "artifactLocation"));
  L.Line = num(memberOf(memberOf(Physical, "region"), "startLine"));
  L.Column = num(memberOf(memberOf(Physical, "region"), "startColumn"));
  return L;
}

int levelRank(llvm::StringRef Level) {
  return Level == "error"     ? 3
         : Level == "warning" ? 2
         : Level == "note"    ? 1
                              : 0;
}

FileCheck compareFile(const std::string &Path, const std::string &Sha256) {
  if (Path.empty() || Sha256.empty())
    return FileCheck::NotRecorded;
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return FileCheck::Missing;
  return sha256Hex((*Buffer)->getBuffer()) == Sha256 ? FileCheck::Matches
                                                     : FileCheck::Changed;
}

/// Checks one input before anything is merged: a clear refusal beats a
/// report about the wrong thing.
llvm::Error checkInput(const ReportInput &In, json &Log) {
  if (llvm::Error E = checkJsonNesting(In.Text, In.Name))
    return E;
  Log = json::parse(In.Text, nullptr, /*allow_exceptions=*/false);
  if (Log.is_discarded())
    return makeError("'" + In.Name + "' is not a SARIF log: not valid JSON");
  if (!Log.is_object() || !memberOf(Log, "runs").is_array() ||
      stringOf(memberOf(Log, "version")) != "2.1.0")
    return makeError("'" + In.Name +
                     "' is not a SARIF 2.1.0 log: it has no 'version' "
                     "\"2.1.0\" and 'runs'");
  if (memberOf(Log, "runs").empty())
    return makeError("'" + In.Name + "' has no runs");
  for (const json &Run : memberOf(Log, "runs")) {
    std::string Tool =
        stringOf(memberOf(memberOf(memberOf(Run, "tool"), "driver"), "name"));
    if (Tool != "Warden")
      return makeError(
          "'" + In.Name + "' is not a Warden log: it was written by " +
          (Tool.empty() ? std::string("an unnamed tool") : "'" + Tool + "'"));
  }
  return llvm::Error::success();
}

class ModelBuilder {
public:
  explicit ModelBuilder(ReportModel &M) : M(M) {}

  void build(const json &Log) {
    const json &Run = firstElement(memberOf(Log, "runs"));
    identity(Run);
    rules(Run);
    invocations(Run);
    artifacts(Run);
    results(Run);
    finishDeviations();
  }

private:
  void identity(const json &Run) {
    const json &Project = memberOf(memberOf(Run, "properties"), "project");
    M.ProjectName = stringOf(memberOf(Project, "name"));
    M.ProjectVersion = stringOf(memberOf(Project, "version"));
    const json &Driver = memberOf(memberOf(Run, "tool"), "driver");
    M.WardenVersion = stringOf(memberOf(Driver, "semanticVersion"));
    if (M.WardenVersion.empty())
      M.WardenVersion = stringOf(memberOf(Driver, "version"));
    M.InformationUri = stringOf(memberOf(Driver, "informationUri"));
    if (const json &D = memberOf(memberOf(Run, "properties"), "deviations");
        D.is_array()) {
      M.HasDeviationRecord = true;
      for (const json &Entry : D)
        addDeviation(Entry);
    }
    if (const json &V = firstElement(memberOf(Run, "versionControlProvenance"));
        !V.is_null()) {
      M.HasRevision = true;
      M.Repository = stringOf(memberOf(V, "repositoryUri"));
      M.Commit = stringOf(memberOf(V, "revisionId"));
      M.Branch = stringOf(memberOf(V, "branch"));
      M.CommitTime = stringOf(memberOf(V, "asOfTimeUtc"));
      M.UncommittedChanges =
          flag(memberOf(memberOf(V, "properties"), "uncommittedChanges"));
    }
    for (const json &E : memberOf(memberOf(Run, "tool"), "extensions"))
      M.Plugins.push_back(
          {stringOf(memberOf(E, "name")), stringOf(memberOf(E, "version")),
           stringOf(memberOf(memberOf(E, "properties"), "sha-256")),
           flag(memberOf(memberOf(E, "properties"), "builtin"))});
  }

  void rules(const json &Run) {
    for (const json &R :
         memberOf(memberOf(memberOf(Run, "tool"), "driver"), "rules")) {
      RuleInfo I;
      I.Id = stringOf(memberOf(R, "id"));
      I.Title = stringOf(memberOf(memberOf(R, "shortDescription"), "text"));
      I.Level =
          stringOf(memberOf(memberOf(R, "defaultConfiguration"), "level"));
      if (I.Level.empty())
        I.Level = "warning";
      const json &P = memberOf(R, "properties");
      I.Checker = stringOf(memberOf(P, "checker"));
      const json &Mapping = memberOf(P, "mapping");
      if (Mapping.is_object()) {
        I.Cwe = strings(memberOf(Mapping, "cwe"));
        I.Cert = strings(memberOf(Mapping, "cert"));
        I.MisraC = strings(memberOf(Mapping, "misraC"));
        I.MisraCpp = strings(memberOf(Mapping, "misraCpp"));
        I.Packs = strings(memberOf(P, "packs"));
      } else {
        // An older log: the tags hold the mapping (cut at 20 tags).
        for (llvm::StringRef Tag : strings(memberOf(P, "tags"))) {
          std::string T = Tag.str();
          if (Tag.consume_front("external/cwe/cwe-"))
            I.Cwe.push_back("CWE-" + Tag.str());
          else if (Tag.consume_front("CERT:"))
            I.Cert.push_back(Tag.str());
          else if (Tag.consume_front("MISRA-C++:"))
            I.MisraCpp.push_back(Tag.str());
          else if (Tag.consume_front("MISRA-C:"))
            I.MisraC.push_back(Tag.str());
          else if (Tag.consume_front("pack:"))
            I.Packs.push_back(Tag.str());
        }
      }
      Levels[I.Id] = I.Level;
      M.Rules.push_back(std::move(I));
    }
    llvm::sort(M.Rules, [](const RuleInfo &A, const RuleInfo &B) {
      return A.Id < B.Id;
    });
  }

  void invocations(const json &Run) {
    std::set<std::string> PackIds;
    std::set<std::string> RuleHashes;
    // Each gate setting and rule configuration, with the invocations that
    // used it.
    std::map<std::string, std::vector<std::string>> FailOns, GateOns,
        AllowIncompletes, RuleConfigurations;
    int Worst = 0;
    for (const json &I : memberOf(Run, "invocations")) {
      const json &P = memberOf(I, "properties");
      Invocation Inv;
      Inv.CommandLine = stringOf(memberOf(I, "commandLine"));
      Inv.WorkingDirectory =
          decodeUri(stringOf(memberOf(memberOf(I, "workingDirectory"), "uri")));
      Inv.ExitCode = memberOf(I, "exitCode").is_number_integer()
                         ? memberOf(I, "exitCode").get<int>()
                         : 0;
      Inv.Successful = flag(memberOf(I, "executionSuccessful"), true);
      Inv.RuleConfigurationSha256 =
          stringOf(memberOf(P, "ruleConfigurationSha256"));
      Inv.Shard = stringOf(memberOf(memberOf(P, "scope"), "shard"));
      RuleHashes.insert(Inv.RuleConfigurationSha256);
      // Incomplete analysis outranks a failed gate (docs/cli.md).
      int Rank = Inv.ExitCode == 3   ? 3
                 : Inv.ExitCode == 1 ? 2
                 : Inv.ExitCode == 0 ? 0
                                     : 1;
      Worst = std::max(Worst, Rank);
      M.Invocations.push_back(Inv);

      M.TUs += num(memberOf(P, "translationUnits"));
      M.TUsFailed += num(memberOf(P, "translationUnitsFailed"));
      M.TUsIncomplete += num(memberOf(P, "translationUnitsIncomplete"));
      for (const json &N : memberOf(I, "toolExecutionNotifications"))
        M.Problems.push_back(
            {stringOf(memberOf(memberOf(N, "descriptor"), "id")),
             artifactPath(
                 memberOf(memberOf(firstElement(memberOf(N, "locations")),
                                   "physicalLocation"),
                          "artifactLocation")),
             messageText(memberOf(N, "message"))});
      for (const json &F : memberOf(memberOf(P, "notAnalysed"), "files"))
        M.NotAnalysed.push_back(artifactPath(F));

      const json &Config = memberOf(P, "configuration");
      if (M.ConfigPath.empty()) {
        M.ConfigPath = stringOf(memberOf(Config, "path"));
        M.ConfigSha256 = stringOf(memberOf(Config, "sha-256"));
      }
      if (M.AsOf.empty())
        M.AsOf = stringOf(memberOf(P, "asOf"));
      const json &Gate = memberOf(P, "gate");
      std::string Label = Inv.Shard.empty()
                              ? "invocation " + std::to_string(M.Invocations.size())
                              : "shard " + Inv.Shard;
      if (Gate.is_object()) {
        FailOns[stringOf(memberOf(Gate, "failOn"))].push_back(Label);
        GateOns[stringOf(memberOf(Gate, "gateOn"))].push_back(Label);
        AllowIncompletes[flag(memberOf(Gate, "allowIncomplete")) ? "yes" : "no"]
            .push_back(Label);
      }
      if (!Inv.RuleConfigurationSha256.empty())
        RuleConfigurations[Inv.RuleConfigurationSha256.substr(0, 12)]
            .push_back(Label);
      if (M.FailOn.empty() && Gate.is_object()) {
        M.FailOn = stringOf(memberOf(Gate, "failOn"));
        M.GateOn = stringOf(memberOf(Gate, "gateOn"));
        M.AllowIncomplete = flag(memberOf(Gate, "allowIncomplete"));
      }
      scope(memberOf(P, "scope"),
            num(memberOf(P, "translationUnitsFailed")) +
                num(memberOf(P, "translationUnitsIncomplete")));
      const json &Components = memberOf(P, "components");
      if (Components.is_object() && M.GatedClasses.empty()) {
        M.SupportedGlobs = strings(memberOf(Components, "supported"));
        M.RequiredGlobs = strings(memberOf(Components, "required"));
        M.GatedClasses = strings(memberOf(Components, "gated"));
      }
      for (const json &Pk : memberOf(P, "packDefinitions"))
        if (PackIds.insert(stringOf(memberOf(Pk, "id"))).second)
          M.Packs.push_back({stringOf(memberOf(Pk, "id")),
                             stringOf(memberOf(Pk, "title")),
                             strings(memberOf(Pk, "evidence"))});
      for (const std::string &Id : strings(memberOf(P, "packs")))
        if (PackIds.insert(Id).second)
          M.Packs.push_back({Id, "", {}});
      policy(memberOf(P, "suppressionPolicy"));
    }
    M.Verdict = Worst == 3   ? "incomplete"
                : Worst == 2 ? "failed"
                : Worst == 1 ? "error"
                             : "passed";
    if (!M.Invocations.empty())
      M.RuleConfigurationSha256 = M.Invocations.front().RuleConfigurationSha256;
    M.RuleConfigurationsDiffer = RuleHashes.size() > 1;
    // A verdict over logs gated differently would be one gate's verdict
    // applied to findings another gate judged: give none.
    auto Mixed = [&](const std::string &Setting,
                     const std::map<std::string, std::vector<std::string>>
                         &Values) {
      if (Values.size() < 2)
        return;
      std::vector<std::string> Parts;
      for (const auto &[Value, Labels] : Values)
        Parts.push_back("'" + Value + "' in " + llvm::join(Labels, ", "));
      M.MixedGates.push_back(Setting + " " + llvm::join(Parts, ", "));
    };
    Mixed("--fail-on", FailOns);
    Mixed("--gate-on", GateOns);
    Mixed("--allow-incomplete", AllowIncompletes);
    Mixed("rule configuration", RuleConfigurations);
    if (!M.MixedGates.empty() &&
        (M.Verdict == "passed" || M.Verdict == "failed"))
      M.Verdict = "mixed";
    if (FailOns.size() > 1) {
      std::vector<std::string> Parts;
      for (const auto &[Value, Labels] : FailOns)
        Parts.push_back(Value + " (" + llvm::join(Labels, ", ") + ")");
      M.FailOn = llvm::join(Parts, ", ");
    }
    if (M.GatedClasses.empty())
      M.GatedClasses = {"maintained"};
    if (M.FailOn.empty())
      M.FailOn = "error";
    M.ConfigCheck = compareFile(M.ConfigPath, M.ConfigSha256);
    M.RegisterCheck = compareFile(M.RegisterPath, M.RegisterSha256);
  }

  /// Why a run covered less than the whole project. Failed translation
  /// units are reported on their own; shards count as complete when all
  /// of them are merged.
  void scope(const json &S, bool TUsFailed) {
    if (!S.is_object())
      return;
    auto Note = [&](const std::string &N) {
      if (!llvm::is_contained(M.ScopeNotes, N))
        M.ScopeNotes.push_back(N);
      M.CompleteRun = false;
    };
    bool Reason = false;
    if (memberOf(S, "paths").is_array() && !memberOf(S, "paths").empty()) {
      Note("only the paths " + llvm::join(strings(memberOf(S, "paths")), ", "));
      Reason = true;
    }
    if (!stringOf(memberOf(S, "changedSince")).empty()) {
      Note("only translation units changed since " +
           stringOf(memberOf(S, "changedSince")));
      Reason = true;
    }
    if (flag(memberOf(S, "changedLinesOnly"))) {
      Note("only findings on changed lines");
      Reason = true;
    }
    std::string Shard = stringOf(memberOf(S, "shard"));
    if (!Shard.empty()) {
      Shards.insert(Shard);
      Reason = true;
    }
    if (!flag(memberOf(S, "complete"), true) && !Reason && !TUsFailed)
      Note("only the files given on the command line");
  }

  void finishShards() {
    if (Shards.empty())
      return;
    std::set<unsigned> Seen;
    unsigned Count = 0;
    for (llvm::StringRef S : Shards) {
      auto [K, N] = S.split('/');
      unsigned Ki = 0, Ni = 0;
      if (!K.getAsInteger(10, Ki) && !N.getAsInteger(10, Ni)) {
        Seen.insert(Ki);
        Count = Count ? std::min(Count, Ni) : Ni;
      }
    }
    std::string List = llvm::join(
        std::vector<std::string>(Shards.begin(), Shards.end()), ", ");
    bool All = Count && Seen.size() == Count && *Seen.begin() == 1 &&
               *Seen.rbegin() == Count;
    if (All)
      M.ShardsMerged = std::to_string(Count) + " shards merged (" + List + ")";
    else {
      M.ScopeNotes.push_back("only the shards " + List);
      M.CompleteRun = false;
    }
  }

  void policy(const json &P) {
    if (!P.is_object() || SeenPolicy)
      return;
    SeenPolicy = true;
    M.MinJustification = num(memberOf(P, "minJustification"));
    M.InlineLevels = strings(memberOf(P, "inlineLevels"));
    M.ApproverRequired = strings(memberOf(P, "approverRequired"));
    M.UnderReviewSuppresses = flag(memberOf(P, "underReviewSuppresses"));
    M.AllowGlobs = flag(memberOf(P, "allowGlobs"), true);
    const json &Register = memberOf(P, "register");
    if (Register.is_object()) {
      M.RegisterPath = artifactPath(memberOf(Register, "location"));
      M.RegisterSha256 = stringOf(memberOf(Register, "sha-256"));
    }
  }

  void addDeviation(const json &J) {
    Deviation D;
    D.Kind = stringOf(memberOf(J, "kind"));
    D.Status = stringOf(memberOf(J, "status"));
    D.Rules = strings(memberOf(J, "rules"));
    D.Justification = stringOf(memberOf(J, "justification"));
    D.Ticket = stringOf(memberOf(J, "ticket"));
    D.Expires = stringOf(memberOf(J, "expires"));
    D.Approver = stringOf(memberOf(J, "approver"));
    D.Risk = stringOf(memberOf(J, "risk"));
    D.Author = stringOf(memberOf(J, "author"));
    D.Date = stringOf(memberOf(J, "date"));
    D.PathGlob = stringOf(memberOf(J, "path"));
    D.Symbol = stringOf(memberOf(J, "symbol"));
    D.Fingerprint = stringOf(memberOf(J, "fingerprint"));
    D.Where = physical(memberOf(memberOf(J, "location"), "physicalLocation"));
    D.Findings = num(memberOf(J, "findings"));
    D.Problems = strings(memberOf(J, "problems"));
    // Shards see the same header comment and register entry: one row, the
    // findings of all shards, every problem.
    auto Key = std::make_tuple(D.Kind, D.Where.Path, D.Where.Line, D.Rules);
    auto [It, Added] = DeviationIndex.emplace(Key, M.Deviations.size());
    if (Added) {
      M.Deviations.push_back(std::move(D));
      return;
    }
    Deviation &Known = M.Deviations[It->second];
    Known.Findings = std::max(Known.Findings, D.Findings);
    for (const std::string &P : D.Problems)
      if (!llvm::is_contained(Known.Problems, P))
        Known.Problems.push_back(P);
  }

  void finishDeviations() {
    // Merged shards each counted their own findings: the results say how
    // many the suppression covers in all (a log written with
    // --exclude-suppressed has none, so the recorded count stays).
    for (Deviation &D : M.Deviations) {
      auto It = SuppressedAt.find(
          std::make_tuple(D.Kind, D.Where.Path, D.Where.Line));
      if (It != SuppressedAt.end())
        D.Findings = std::max(D.Findings, It->second);
    }
    for (Deviation &D : M.Deviations)
      if (D.Findings)
        llvm::erase(D.Problems, "warden-suppress-unused");
    finishShards();
    llvm::sort(M.Deviations, [](const Deviation &A, const Deviation &B) {
      return std::tie(A.Kind, A.Where.Path, A.Where.Line, A.Rules) <
             std::tie(B.Kind, B.Where.Path, B.Where.Line, B.Rules);
    });
  }

  void artifacts(const json &Run) {
    for (const json &A : memberOf(Run, "artifacts")) {
      FileInfo F;
      F.Path = artifactPath(memberOf(A, "location"));
      F.Sha256 = stringOf(memberOf(memberOf(A, "hashes"), "sha-256"));
      F.Length = memberOf(A, "length").is_number_unsigned()
                     ? memberOf(A, "length").get<uint64_t>()
                     : 0;
      F.Target =
          llvm::is_contained(strings(memberOf(A, "roles")), "analysisTarget");
      M.Files.push_back(std::move(F));
    }
  }

  void results(const json &Run) {
    int FailRank = M.FailOn == "never" ? 99 : levelRank(M.FailOn);
    for (const json &R : memberOf(Run, "results")) {
      Finding F;
      F.RuleId = stringOf(memberOf(R, "ruleId"));
      F.Level = stringOf(memberOf(R, "level"));
      if (F.Level.empty())
        F.Level = Levels.count(F.RuleId) ? Levels[F.RuleId] : "warning";
      F.Message = messageText(memberOf(R, "message"));
      const json &Loc = firstElement(memberOf(R, "locations"));
      F.Where = physical(memberOf(Loc, "physicalLocation"));
      F.Symbol =
          stringOf(memberOf(firstElement(memberOf(Loc, "logicalLocations")),
                            "fullyQualifiedName"));
      const json &P = memberOf(R, "properties");
      F.ComponentClass = stringOf(memberOf(P, "componentClass"));
      if (F.ComponentClass.empty())
        F.ComponentClass = "maintained";
      F.Meta = flag(memberOf(P, "suppressionProblem"));
      F.BaselineState = stringOf(memberOf(R, "baselineState"));
      // A baseline finding in a file a partial run did not analyse: SARIF
      // has no state for it, Warden says so in a property.
      if (flag(memberOf(P, "warden/notAnalysed")))
        F.BaselineState = NotAnalysedState;
      if (!F.BaselineState.empty())
        M.HasBaseline = true;
      for (const json &S : memberOf(R, "suppressions")) {
        Location L =
            physical(memberOf(memberOf(S, "location"), "physicalLocation"));
        ++SuppressedAt[std::make_tuple(stringOf(memberOf(S, "kind")), L.Path,
                                       L.Line)];
        std::string Status = stringOf(memberOf(S, "status"));
        F.SuppressedBy.push_back(
            (stringOf(memberOf(S, "kind")) == "external" ? "register, "
                                                         : "in source, ") +
            L.str() + " (" + (Status.empty() ? "accepted" : Status) + ")");
        if (Status.empty() || Status == "accepted" ||
            (Status == "underReview" && M.UnderReviewSuppresses))
          F.Suppressed = true;
      }
      F.Gating = M.MixedGates.empty() && F.open() &&
                 levelRank(F.Level) >= FailRank &&
                 llvm::is_contained(M.GatedClasses, F.ComponentClass) &&
                 F.BaselineState != NotAnalysedState &&
                 !(M.GateOn == "new" && F.BaselineState == "unchanged");
      M.Findings.push_back(std::move(F));
    }
  }

  ReportModel &M;
  std::map<std::string, std::string> Levels;
  std::map<
      std::tuple<std::string, std::string, unsigned, std::vector<std::string>>,
      size_t>
      DeviationIndex;
  std::set<std::string> Shards;
  /// Results recorded per suppression (kind, file, line).
  std::map<std::tuple<std::string, std::string, unsigned>, unsigned>
      SuppressedAt;
  bool SeenPolicy = false;
};

} // namespace

std::string Location::str() const {
  std::string S = Path;
  if (Line)
    S += ":" + std::to_string(Line);
  if (Line && Column)
    S += ":" + std::to_string(Column);
  return S;
}

const std::vector<ClauseRow> &clauseMap() {
  // Paraphrased clause topics only: the standards' texts are not reproduced.
  static const std::vector<ClauseRow> Rows = {
      {"1. Identity of the analysis", "5.5.2 (c), 5.8.2",
       "V.C (tool name, version and settings)",
       "Warden version, plugins with SHA-256, configuration and rule "
       "configuration hashes, commit and command line identify the run and "
       "make it repeatable."},
      {"2. Secure coding standard", "5.1.3, 5.5.1", "V.C, Appendix 1",
       "Every enabled rule with its level, CWE / CERT / MISRA mapping and "
       "the packs it comes from: the standard the code was checked against."},
      {"3. Analysis integrity", "4.3, 5.5.2 (c)",
       "V.A.4 (third-party software)",
       "Translation units analysed and failed, files with SHA-256, component "
       "classes and the code left out: what the results cover."},
      {"4. Results", "5.5.2 (c), 5.8.2, 9.2-9.5", "V.C",
       "Findings by level, rule, component class and baseline state; the "
       "open findings with their locations; the release gate's verdict."},
      {"5. Deviation register", "5.5.2 (b), 7.3/7.4, 9.5", "V.C, V.A.5",
       "Every suppression with its justification, status, approver, ticket "
       "and expiry; expired, unused and unjustified ones flagged: the "
       "rationale for each deferred finding."},
  };
  return Rows;
}

std::map<std::string, ReportModel::Tally>
ReportModel::tally(llvm::StringRef Key) const {
  std::map<std::string, Tally> Counts;
  for (const Finding &F : Findings) {
    std::string K = Key == "level"            ? F.Level
                    : Key == "rule"           ? F.RuleId
                    : Key == "class"          ? F.ComponentClass
                    : F.BaselineState.empty() ? "new"
                                              : F.BaselineState;
    Tally &T = Counts[K];
    T.Open += F.open();
    T.Suppressed += F.Suppressed;
    ++T.Total;
  }
  return Counts;
}

std::vector<const Finding *> ReportModel::openFindings() const {
  std::vector<const Finding *> Open;
  for (const Finding &F : Findings)
    if (F.open())
      Open.push_back(&F);
  // The same order whether the log came whole or as merged shards.
  llvm::sort(Open, [](const Finding *A, const Finding *B) {
    int RA = -levelRank(A->Level), RB = -levelRank(B->Level);
    return std::tie(RA, A->Where.Path, A->Where.Line, A->Where.Column,
                    A->RuleId, A->Message) <
           std::tie(RB, B->Where.Path, B->Where.Line, B->Where.Column,
                    B->RuleId, B->Message);
  });
  return Open;
}

/// The findings Keep selects, by location: the same order whatever order
/// the log (or the merged shards) had.
template <typename Pred>
static std::vector<const Finding *> byLocation(const std::vector<Finding> &All,
                                               Pred Keep) {
  std::vector<const Finding *> Out;
  for (const Finding &F : All)
    if (Keep(F))
      Out.push_back(&F);
  llvm::sort(Out, [](const Finding *A, const Finding *B) {
    return std::tie(A->Where.Path, A->Where.Line, A->Where.Column, A->RuleId,
                    A->Message) < std::tie(B->Where.Path, B->Where.Line,
                                           B->Where.Column, B->RuleId,
                                           B->Message);
  });
  return Out;
}

std::vector<const Finding *> ReportModel::suppressedFindings() const {
  return byLocation(Findings, [](const Finding &F) { return F.Suppressed; });
}

std::vector<const Finding *> ReportModel::metaFindings() const {
  return byLocation(Findings, [](const Finding &F) { return F.Meta; });
}

std::map<std::string, unsigned> ReportModel::openByLevel() const {
  std::map<std::string, unsigned> Counts = {
      {"error", 0}, {"warning", 0}, {"note", 0}};
  for (const Finding &F : Findings)
    if (F.open())
      ++Counts[F.Level];
  return Counts;
}

unsigned ReportModel::openCount() const {
  return llvm::count_if(Findings, [](const Finding &F) { return F.open(); });
}

unsigned ReportModel::suppressedCount() const {
  return llvm::count_if(Findings,
                        [](const Finding &F) { return F.Suppressed; });
}

unsigned ReportModel::gatingCount() const {
  return llvm::count_if(Findings, [](const Finding &F) { return F.Gating; });
}

unsigned ReportModel::flaggedDeviations() const {
  return llvm::count_if(Deviations,
                        [](const Deviation &D) { return !D.Problems.empty(); });
}

llvm::Expected<ReportModel>
buildReportModel(const std::vector<ReportInput> &Logs) {
  ReportModel M;
  std::vector<json> Parsed(Logs.size());
  for (size_t I = 0; I < Logs.size(); ++I) {
    if (llvm::Error E = checkInput(Logs[I], Parsed[I]))
      return std::move(E);
    M.Inputs.push_back(Logs[I].Name);
  }
  json Log;
  if (Logs.size() == 1 && memberOf(Parsed[0], "runs").size() == 1) {
    Log = std::move(Parsed[0]);
  } else {
    llvm::Expected<std::string> Merged = mergeSarifLogs(Logs);
    if (!Merged)
      return Merged.takeError();
    Log = json::parse(*Merged, nullptr, false);
  }
  ModelBuilder(M).build(Log);
  return M;
}

} // namespace warden::report
