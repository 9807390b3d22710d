//===- SarifEmitter.cpp - SARIF 2.1.0 for review and audit ----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "output/SarifEmitter.h"
#include "WardenBuildConfig.h"
#include "findings/Fingerprint.h"
#include "findings/RuleCounts.h"
#include "output/RuleDocs.h"
#include "output/SarifCommon.h"
#include "support/Hashing.h"
#include "support/InstallLayout.h"
#include "support/Uri.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include <map>
#include <nlohmann/json.hpp>
#include <set>

using json = nlohmann::ordered_json;

namespace warden {

static constexpr const char *SourceRootId = "%SRCROOT%";

std::string ruleHelpUri(llvm::StringRef RuleId) {
  return std::string(WARDEN_RULE_DOCS_URL) + RuleId.str() + ".md";
}

std::string ruleConfigurationHash(const RuleSelection &Rules) {
  json J = json::array();
  for (const EnabledRule &R : Rules.Rules) {
    json Options = json::object();
    for (const auto &[Name, Value] : R.Options.all())
      Options[Name] = formatOptionValue(Value);
    J.push_back({{"id", R.Definition->Id},
                 {"checker", R.Checker->Id},
                 {"level", levelName(R.Severity).str()},
                 {"options", Options}});
  }
  return sha256Hex(J.dump());
}

/// SARIF message strings treat braces as placeholder syntax (§3.11.5).
static std::string escapeMessage(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text) {
    Out.push_back(C);
    if (C == '{' || C == '}')
      Out.push_back(C);
  }
  return Out;
}

static json message(llvm::StringRef Text) {
  return {{"text", escapeMessage(Text)}};
}

static std::string pascalCase(llvm::StringRef Id) {
  std::string Out;
  bool Upper = true;
  for (char C : Id) {
    if (C == '-') {
      Upper = true;
      continue;
    }
    Out.push_back(Upper ? llvm::toUpper(C) : C);
    Upper = false;
  }
  return Out;
}

namespace {

/// Builds the run; indices of rules, taxa and artifacts are assigned here.
class SarifBuilder {
public:
  SarifBuilder(const ResultSet &Set, const RuleSelection &Rules,
               const std::vector<LoadedPlugin> &Plugins,
               const SarifRunInfo &Info, SourceFiles &Files)
      : Set(Set), Rules(Rules), Plugins(Plugins), Info(Info), Files(Files) {}

  json build() {
    collectTaxa();
    collectArtifacts();
    json Run;
    Run["tool"] = tool();
    Run["invocations"] = json::array({invocation()});
    Run["originalUriBaseIds"] = {
        {SourceRootId, {{"uri", fileUri(withSlash(Info.SourceRoot))}}}};
    Run["artifacts"] = artifacts();
    Run["results"] = results();
    Run["taxonomies"] = json::array({cweTaxonomy()});
    Run["columnKind"] = "utf16CodeUnits";
    if (!Info.BaselineGuid.empty())
      Run["baselineGuid"] = Info.BaselineGuid;
    if (Info.Vcs) {
      json V = {{"repositoryUri", Info.Vcs->RepositoryUri},
                {"revisionId", Info.Vcs->Commit}};
      if (!Info.Vcs->Branch.empty())
        V["branch"] = Info.Vcs->Branch;
      if (!Info.Vcs->CommitTime.empty())
        V["asOfTimeUtc"] = Info.Vcs->CommitTime;
      V["properties"] = {{"uncommittedChanges", Info.Vcs->Dirty}};
      Run["versionControlProvenance"] = json::array({V});
    }
    json Properties = json::object();
    if (!Info.ProjectName.empty())
      Properties["project"] = {{"name", Info.ProjectName},
                               {"version", Info.ProjectVersion}};
    // Every suppression, applied or not: the deviation register of the run.
    // After the results, so that a reader meets each result's own
    // suppressions first.
    if (Info.Policy) {
      json Deviations = json::array();
      for (const DeviationRecord &D : Set.Deviations)
        Deviations.push_back(deviation(D));
      Properties["deviations"] = Deviations;
    }
    Properties["ruleCounts"] = ruleCounts();
    Run["properties"] = Properties;
    return {{"$schema", sarif::SchemaUri},
            {"version", "2.1.0"},
            {"runs", json::array({Run})}};
  }

private:
  static std::string withSlash(llvm::StringRef Dir) {
    return Dir.ends_with("/") ? Dir.str() : Dir.str() + "/";
  }

  void collectTaxa() {
    std::set<unsigned> Ids;
    for (const EnabledRule &R : Rules.Rules)
      for (const std::string &C : R.Definition->Mapping.Cwe) {
        unsigned N;
        if (!llvm::StringRef(C).drop_front(4).getAsInteger(10, N))
          Ids.insert(N);
      }
    for (unsigned N : Ids) {
      TaxonIndex[std::to_string(N)] = Taxa.size();
      Taxa.push_back(std::to_string(N));
    }
  }

  void collectArtifacts() {
    std::set<std::string> Paths(Set.AnalysedFiles.begin(),
                                Set.AnalysedFiles.end());
    for (const Result &R : Set.Results)
      Paths.insert(R.F.Where.File);
    for (const TURecord &T : Set.TUs)
      MainFiles.insert(T.Job->File);
    for (const std::string &P : Paths) {
      ArtifactIndex[P] = ArtifactPaths.size();
      ArtifactPaths.push_back(P);
    }
  }

  json location(llvm::StringRef File) {
    json L;
    std::string Relative = relativeToRoot(File, Info.SourceRoot);
    if (Relative.empty())
      L["uri"] = fileUri(File);
    else {
      L["uri"] = encodeUriPath(Relative);
      L["uriBaseId"] = SourceRootId;
    }
    auto It = ArtifactIndex.find(File.str());
    if (It != ArtifactIndex.end())
      L["index"] = It->second;
    return L;
  }

  json region(const SourceSpan &S) {
    const SourceFile &F = Files.get(S.File);
    json R = {{"startLine", S.StartLine},
              {"startColumn", F.utf16Column(S.StartLine, S.StartColumn)}};
    if (S.EndLine) {
      R["endLine"] = S.EndLine;
      R["endColumn"] = F.utf16Column(S.EndLine, S.EndColumn);
    }
    return R;
  }

  json physical(const SourceSpan &S) {
    return {{"artifactLocation", location(S.File)}, {"region", region(S)}};
  }

  json rule(const EnabledRule &E) {
    const Rule &R = *E.Definition;
    RuleDocInput Doc{R, *E.Checker, E.Options, E.Severity, E.Packs};
    json Tags = json::array({"security"});
    for (const std::string &T : mappingTags(R.Mapping))
      Tags.push_back(T);
    for (const std::string &P : E.Packs)
      Tags.push_back("pack:" + P);
    // GitHub accepts at most 20 tags per rule.
    while (Tags.size() > 20)
      Tags.erase(Tags.end() - 1);
    json J = {{"id", R.Id},
              {"name", pascalCase(R.Id)},
              {"shortDescription", {{"text", R.Title}}},
              {"fullDescription",
               {{"text", R.Rationale.empty()
                             ? R.Title
                             : llvm::StringRef(R.Rationale).trim().str()}}},
              {"help",
               {{"text", ruleHelpText(Doc)}, {"markdown", ruleHelpMarkdown(Doc)}}},
              {"helpUri", ruleHelpUri(R.Id)},
              {"defaultConfiguration", {{"level", levelName(E.Severity)}}}};
    json Relationships = json::array();
    for (const std::string &C : R.Mapping.Cwe) {
      std::string Id = C.substr(4);
      Relationships.push_back(
          {{"target",
            {{"id", Id},
             {"index", TaxonIndex[Id]},
             {"toolComponent", {{"name", "CWE"}, {"index", 0}}}}},
           {"kinds", json::array({"superset"})}});
    }
    if (!Relationships.empty())
      J["relationships"] = Relationships;
    json Options = json::object();
    for (const auto &[Name, Value] : E.Options.all())
      Options[Name] = formatOptionValue(Value);
    J["properties"] = {{"tags", Tags},
                       {"precision", R.Precision},
                       {"problem.severity",
                        E.Severity == Level::Note ? "recommendation"
                                                  : levelName(E.Severity)},
                       {"security-severity", securitySeverity(R, E.Severity)},
                       {"checker", E.Checker->Id},
                       {"options", Options},
                       {"packs", E.Packs},
                       {"mapping", mapping(R.Mapping)}};
    return J;
  }

  /// The full mapping: tags are cut at GitHub's limit of 20.
  static json mapping(const RuleMapping &M) {
    json J = json::object();
    auto Add = [&](const char *Key, const std::vector<std::string> &V) {
      if (!V.empty())
        J[Key] = V;
    };
    Add("cwe", M.Cwe);
    Add("cert", M.Cert);
    Add("misraC", M.MisraC);
    Add("misraCpp", M.MisraCpp);
    return J;
  }

  json tool() {
    json RulesJson = json::array();
    for (size_t I = 0; I < Rules.Rules.size(); ++I) {
      RuleIndex[Rules.Rules[I].Definition->Id] = I;
      RulesJson.push_back(rule(Rules.Rules[I]));
    }
    json Driver = {
        {"name", "Warden"},
        {"fullName", "Warden secure-coding checker for health software"},
        {"version", wardenVersion()},
        {"semanticVersion", wardenVersion()},
        {"informationUri", WARDEN_HOMEPAGE_URL},
        {"rules", RulesJson},
        {"notifications",
         json::array(
             {{{"id", "analysis-failed"},
               {"shortDescription",
                {{"text", "A translation unit could not be analysed."}}}},
              {{"id", "analysis-incomplete"},
               {"shortDescription",
                {{"text", "A translation unit has compile errors; only what "
                          "parsed was analysed."}}}}})},
        {"supportedTaxonomies",
         json::array({{{"name", "CWE"}, {"index", 0}}})}};
    json Extensions = json::array();
    for (const LoadedPlugin &P : Plugins)
      Extensions.push_back(
          {{"name", P.Name},
           {"version", P.Version},
           {"properties",
            {{"sha-256", P.Sha256}, {"builtin", P.Builtin}}}});
    return {{"driver", Driver}, {"extensions", Extensions}};
  }

  json notification(const TURecord &T) {
    bool Failed = T.Outcome.Status == TUOutcome::State::Failed;
    std::string Text =
        Failed ? "analysis of '" + T.Job->File +
                     "' failed: " + T.Outcome.FailureReason
               : "'" + T.Job->File +
                     "' has compile errors; only what parsed was analysed";
    if (!Failed && !T.Outcome.Errors.empty()) {
      const CompilerMessage &M = T.Outcome.Errors.front();
      Text += " (first error: " +
              (M.File.empty() ? "" : M.File + ":" + std::to_string(M.Line) +
                                         ":" + std::to_string(M.Column) + ": ") +
              M.Message + ")";
    }
    json N = {{"descriptor",
               {{"id", Failed ? "analysis-failed" : "analysis-incomplete"},
                {"index", Failed ? 0 : 1}}},
              {"level", "error"},
              {"message", message(Text)},
              {"locations",
               json::array({{{"physicalLocation",
                              {{"artifactLocation", location(T.Job->File)}}}}})}};
    return N;
  }

  json invocation() {
    json Notifications = json::array();
    bool Complete = true;
    for (const TURecord &T : Set.TUs)
      if (T.Outcome.Status != TUOutcome::State::Analysed) {
        Notifications.push_back(notification(T));
        Complete = false;
      }
    std::vector<std::string> Quoted;
    for (const std::string &A : Info.Arguments) {
      bool Plain = !A.empty() && llvm::all_of(A, [](char C) {
        return llvm::isAlnum(C) || llvm::StringRef("-_./=:,+@%").contains(C);
      });
      Quoted.push_back(Plain ? A : "'" + A + "'");
    }
    json Properties = {{"packs", Rules.Packs},
                       {"ruleConfigurationSha256", ruleConfigurationHash(Rules)},
                       {"translationUnits", Set.TUs.size()},
                       {"translationUnitsFailed", Set.failedTUs()},
                       {"translationUnitsIncomplete", Set.incompleteTUs()}};
    if (!Info.ConfigPath.empty())
      Properties["configuration"] = {{"path", Info.ConfigPath},
                                     {"sha-256", Info.ConfigSha256}};
    if (!Info.NotAnalysed.empty()) {
      json Required = json::array();
      for (const std::string &F : Info.NotAnalysed)
        Required.push_back(location(F));
      Properties["notAnalysed"] = {{"componentClass", "required"},
                                   {"files", Required}};
    }
    auditProperties(Properties);
    json J = {{"executionSuccessful", Complete},
              {"exitCode", Info.ExitCode},
              {"commandLine", llvm::join(Quoted, " ")},
              {"arguments", Info.Arguments},
              {"workingDirectory",
               {{"uri", fileUri(withSlash(Info.WorkingDir))}}}};
    if (!Notifications.empty())
      J["toolExecutionNotifications"] = Notifications;
    J["properties"] = Properties;
    return J;
  }

  /// Settings and deviations an audit asks for (docs/sarif.md).
  void auditProperties(json &P) {
    if (!Info.AsOf.empty())
      P["asOf"] = Info.AsOf;
    if (!Info.FailOn.empty())
      P["gate"] = {{"failOn", Info.FailOn},
                   {"gateOn", Info.GateOn},
                   {"allowIncomplete", Info.AllowIncomplete}};
    json Scope = {{"complete", Info.CompleteRun}};
    if (!Info.ScopePaths.empty())
      Scope["paths"] = Info.ScopePaths;
    if (Info.ChangedSince)
      Scope["changedSince"] =
          Info.ChangedSince->empty() ? "HEAD" : *Info.ChangedSince;
    if (Info.ChangedLinesOnly)
      Scope["changedLinesOnly"] = true;
    if (!Info.Shard.empty())
      Scope["shard"] = Info.Shard;
    P["scope"] = Scope;
    P["components"] = {{"supported", Info.SupportedGlobs},
                       {"required", Info.RequiredGlobs},
                       {"gated", Info.GatedClasses}};
    json Packs = json::array();
    for (const SarifPackInfo &Pk : Info.PackInfo)
      Packs.push_back(
          {{"id", Pk.Id}, {"title", Pk.Title}, {"evidence", Pk.Evidence}});
    P["packDefinitions"] = Packs;
    if (const SuppressionPolicy *Policy = Info.Policy) {
      auto Levels = [](const std::vector<Level> &L) {
        json A = json::array();
        for (Level V : L)
          A.push_back(levelName(V));
        return A;
      };
      json J = {{"minJustification", Policy->MinJustification},
                {"inlineLevels", Levels(Policy->InlineLevels)},
                {"approverRequired", Levels(Policy->ApproverRequired)},
                {"underReviewSuppresses", Policy->UnderReviewSuppresses},
                {"allowGlobs", Policy->AllowGlobs}};
      if (!Policy->RegisterPath.empty()) {
        json Register = {{"location", location(Policy->RegisterPath)}};
        Register["location"].erase("index");
        if (!Info.RegisterSha256.empty())
          Register["sha-256"] = Info.RegisterSha256;
        J["register"] = Register;
      }
      P["suppressionPolicy"] = J;
    }
  }

  /// Findings per rule and level, as `check --summary=rules` prints them;
  /// also those --exclude-suppressed leaves out of the results.
  json ruleCounts() {
    json A = json::array();
    for (const RuleCount &C : countByRule(Set)) {
      json J = {{"rule", C.RuleId},
                {"level", levelName(C.Severity)},
                {"findings", C.Findings},
                {"suppressed", C.Suppressed}};
      if (!Info.BaselineGuid.empty()) {
        J["new"] = C.New;
        J["unchanged"] = C.Unchanged;
      }
      A.push_back(std::move(J));
    }
    return A;
  }

  json deviation(const DeviationRecord &D) {
    json Where = location(D.Where.File);
    Where.erase("index");
    json J = {{"kind", suppressionKindName(D.Kind)},
              {"status", suppressionStatusName(D.Status)},
              {"rules", D.Rules},
              {"justification", D.Justification},
              {"location",
               {{"physicalLocation",
                 {{"artifactLocation", Where},
                  {"region", {{"startLine", D.Where.StartLine}}}}}}},
              {"findings", D.Findings},
              {"problems", D.Problems}};
    addField(J, "path", D.Path);
    addField(J, "symbol", D.Symbol);
    addField(J, "fingerprint", D.Fingerprint);
    addFields(J, D.Fields);
    return J;
  }

  static void addField(json &J, const char *Key, const std::string &Value) {
    if (!Value.empty())
      J[Key] = Value;
  }

  /// A suppression's optional fields, those it has.
  static void addFields(json &J, const SuppressionFields &F) {
    addField(J, "ticket", F.Ticket);
    addField(J, "expires", F.Expires);
    addField(J, "approver", F.Approver);
    addField(J, "risk", F.Risk);
    addField(J, "author", F.Author);
    addField(J, "date", F.Date);
  }

  json artifacts() {
    json A = json::array();
    for (const std::string &P : ArtifactPaths) {
      json Entry = {{"location", location(P)}};
      Entry["location"].erase("index");
      if (MainFiles.count(P))
        Entry["roles"] = json::array({"analysisTarget"});
      const SourceFile &F = Files.get(P);
      if (F.exists()) {
        Entry["length"] = F.text().size();
        Entry["hashes"] = {{"sha-256", F.sha256()}};
      }
      A.push_back(Entry);
    }
    return A;
  }

  json property(const PropertyValue &V) {
    return std::visit([](const auto &X) { return json(X); }, V);
  }

  json result(const Result &R) {
    const Finding &F = R.F;
    json J = {{"ruleId", F.RuleId}};
    auto It = RuleIndex.find(F.RuleId);
    if (It != RuleIndex.end())
      J["ruleIndex"] = It->second;
    J["level"] = levelName(F.Severity == Level::None ? Level::Note : F.Severity);
    J["message"] = message(F.Message);
    json Loc = {{"physicalLocation", physical(F.Where)}};
    if (!F.EnclosingSymbol.empty())
      Loc["logicalLocations"] =
          json::array({{{"fullyQualifiedName", F.EnclosingSymbol}}});
    J["locations"] = json::array({Loc});
    if (!F.Notes.empty()) {
      json Related = json::array();
      for (size_t I = 0; I < F.Notes.size(); ++I)
        Related.push_back({{"id", I + 1},
                           {"physicalLocation", physical(F.Notes[I].Where)},
                           {"message", message(F.Notes[I].Message)}});
      J["relatedLocations"] = Related;
    }
    J["partialFingerprints"] = {{FingerprintKey.str(), R.Fingerprint}};
    // Every result says whether it is suppressed: SARIF wants all results
    // of a run to have the property, [] meaning "evaluated, not suppressed".
    json Suppressions = json::array();
    for (const SuppressionRecord &S : R.Suppressions)
      Suppressions.push_back(suppression(S));
    J["suppressions"] = Suppressions;
    // SARIF has no state for "not analysed in this run": such a result has
    // none, and says why in warden/notAnalysed.
    if (R.Baseline != BaselineState::None &&
        R.Baseline != BaselineState::NotAnalysed)
      J["baselineState"] = baselineStateName(R.Baseline);
    if (!F.Fixes.empty()) {
      json Fixes = json::array();
      for (const FindingFix &Fx : F.Fixes) {
        // Group replacements by file, as SARIF's artifactChanges are.
        std::map<std::string, json> ByFile;
        for (const Replacement &Rp : Fx.Replacements) {
          json &Change = ByFile[Rp.Removed.File];
          if (Change.is_null())
            Change = {{"artifactLocation", location(Rp.Removed.File)},
                      {"replacements", json::array()}};
          Change["replacements"].push_back(
              {{"deletedRegion", region(Rp.Removed)},
               {"insertedContent", {{"text", Rp.Inserted}}}});
        }
        json Changes = json::array();
        for (auto &[File, Change] : ByFile)
          Changes.push_back(std::move(Change));
        Fixes.push_back({{"description", message(Fx.Description)},
                         {"artifactChanges", Changes}});
      }
      J["fixes"] = Fixes;
    }
    json P = json::object();
    for (const auto &[K, V] : F.Properties)
      P[K] = property(V);
    P["componentClass"] = componentClassName(R.Class);
    if (R.Meta)
      P["suppressionProblem"] = true;
    if (R.Baseline == BaselineState::NotAnalysed)
      P["warden/notAnalysed"] = true;
    J["properties"] = P;
    return J;
  }

  json suppression(const SuppressionRecord &S) {
    json J = {{"kind", suppressionKindName(S.Kind)},
              {"status", suppressionStatusName(S.Status)},
              {"justification", S.Justification},
              {"location", {{"physicalLocation", physical(S.Where)}}}};
    json P = json::object();
    addFields(P, S.Fields);
    if (!P.empty())
      J["properties"] = P;
    return J;
  }

  json results() {
    json A = json::array();
    for (const Result &R : Set.Results)
      if (!(Info.ExcludeSuppressed && R.Suppressed))
        A.push_back(result(R));
    return A;
  }

  json cweTaxonomy() {
    json TaxaJson = json::array();
    for (const std::string &Id : Taxa)
      TaxaJson.push_back(
          {{"id", Id},
           {"helpUri", "https://cwe.mitre.org/data/definitions/" + Id + ".html"}});
    return sarif::cweTaxonomy(std::move(TaxaJson));
  }

  const ResultSet &Set;
  const RuleSelection &Rules;
  const std::vector<LoadedPlugin> &Plugins;
  const SarifRunInfo &Info;
  SourceFiles &Files;
  std::vector<std::string> Taxa;
  std::map<std::string, size_t> TaxonIndex;
  std::vector<std::string> ArtifactPaths;
  std::map<std::string, size_t> ArtifactIndex;
  std::set<std::string> MainFiles;
  std::map<std::string, size_t> RuleIndex;
};

} // namespace

std::string renderSarif(const ResultSet &Set, const RuleSelection &Rules,
                        const std::vector<LoadedPlugin> &Plugins,
                        const SarifRunInfo &Info, SourceFiles &Files) {
  json Log = SarifBuilder(Set, Rules, Plugins, Info, Files).build();
  return Log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace warden
