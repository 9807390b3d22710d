//===- SarifMerge.cpp - Several Warden logs as one run --------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "output/SarifMerge.h"
#include "output/SarifCommon.h"
#include "support/Diagnostics.h"
#include "support/JsonAccess.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

using json = nlohmann::ordered_json;

namespace warden {
namespace {

unsigned uintAt(const json &J, const char *Key) {
  const json &V = memberOf(J, Key);
  return V.is_number_unsigned() ? V.get<unsigned>() : 0;
}

/// Identifies an artifact across logs.
std::string artifactKey(const json &Location) {
  return stringOf(memberOf(Location, "uriBaseId")) + "\n" +
         stringOf(memberOf(Location, "uri"));
}

/// run.properties.ruleCounts of the merged results: the shards' own counts
/// cannot be added up, since a header's finding is in several shards.
json mergedRuleCounts(const json &Results, const json &Invocations,
                      bool HasBaseline) {
  bool UnderReviewSuppresses = false;
  for (const json &I : Invocations) {
    const json &V = memberOf(memberOf(memberOf(I, "properties"),
                                      "suppressionPolicy"),
                             "underReviewSuppresses");
    UnderReviewSuppresses |= V.is_boolean() && V.get<bool>();
  }
  auto Rank = [](const std::string &Level) {
    return Level == "error" ? 0 : Level == "warning" ? 1 : 2;
  };
  std::map<std::pair<std::string, int>, json> Counts;
  for (const json &R : Results) {
    std::string State = stringOf(memberOf(R, "baselineState"));
    if (State == "absent")
      continue;
    std::string Level = stringOf(memberOf(R, "level"));
    if (Level.empty())
      Level = "warning"; // SARIF's default level.
    json &C = Counts[{stringOf(memberOf(R, "ruleId")), Rank(Level)}];
    if (C.is_null()) {
      C = {{"rule", stringOf(memberOf(R, "ruleId"))},
           {"level", Level},
           {"findings", 0},
           {"suppressed", 0}};
      if (HasBaseline) {
        C["new"] = 0;
        C["unchanged"] = 0;
      }
    }
    C["findings"] = uintAt(C, "findings") + 1;
    bool Suppressed = false;
    for (const json &S : memberOf(R, "suppressions")) {
      std::string Status = stringOf(memberOf(S, "status"));
      Suppressed |= Status == "accepted" ||
                    (Status == "underReview" && UnderReviewSuppresses);
    }
    C["suppressed"] = uintAt(C, "suppressed") + Suppressed;
    if (HasBaseline && (State == "new" || State == "unchanged"))
      C[State] = uintAt(C, State.c_str()) + 1;
  }
  json A = json::array();
  for (auto &[Key, C] : Counts)
    A.push_back(std::move(C));
  return A;
}

class Merger {
public:
  llvm::Error add(const SarifInput &In) {
    json Log = json::parse(In.Text, nullptr, /*allow_exceptions=*/false);
    auto Bad = [&](const llvm::Twine &Why) {
      return makeError("cannot merge '" + In.Name + "': " + Why);
    };
    if (Log.is_discarded() || !Log.is_object())
      return Bad("not valid JSON");
    const json &Runs = memberOf(Log, "runs");
    if (!Runs.is_array() || Runs.empty())
      return Bad("no runs");
    for (const json &Run : Runs) {
      if (stringOf(memberOf(memberOf(memberOf(Run, "tool"), "driver"),
                            "name")) != "Warden")
        return Bad("a run of another tool than Warden");
      if (llvm::Error E = addRun(Run))
        return Bad(llvm::toString(std::move(E)));
    }
    return llvm::Error::success();
  }

  std::string result() {
    json Driver = FirstDriver;
    json RulesOut = json::array();
    for (auto &[Id, Rule] : Rules)
      RulesOut.push_back(renumberRule(Rule));
    Driver["rules"] = RulesOut;
    json Tool = {{"driver", Driver}, {"extensions", extensions()}};

    json Artifacts = json::array();
    for (const json &A : ArtifactList)
      Artifacts.push_back(A);
    json Results = json::array();
    for (auto &[Key, R] : ResultsByKey)
      Results.push_back(renumberResult(R));

    json Run;
    Run["tool"] = Tool;
    Run["invocations"] = Invocations;
    if (!BaseIds.is_null())
      Run["originalUriBaseIds"] = BaseIds;
    Run["artifacts"] = Artifacts;
    Run["results"] = Results;
    Run["taxonomies"] = json::array({taxonomy()});
    Run["columnKind"] = "utf16CodeUnits";
    if (!BaselineGuid.empty())
      Run["baselineGuid"] = BaselineGuid;
    if (!Provenance.is_null())
      Run["versionControlProvenance"] = Provenance;
    if (HasDeviations) {
      json All = json::array();
      for (auto &[Key, D] : Deviations) {
        json Copy = D;
        if (uintAt(Copy, "findings") && Copy.contains("problems") &&
            Copy["problems"].is_array()) {
          json Kept = json::array();
          for (const json &P : Copy["problems"])
            if (stringOf(P) != "warden-suppress-unused")
              Kept.push_back(P);
          Copy["problems"] = Kept;
        }
        All.push_back(Copy);
      }
      if (!RunProperties.is_object())
        RunProperties = json::object();
      RunProperties["deviations"] = All;
    }
    if (!RunProperties.is_object())
      RunProperties = json::object();
    RunProperties["ruleCounts"] =
        mergedRuleCounts(Results, Invocations, !BaselineGuid.empty());
    Run["properties"] = RunProperties;
    json Out = {{"$schema", sarif::SchemaUri},
                {"version", "2.1.0"},
                {"runs", json::array({Run})}};
    return Out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  }

private:
  llvm::Error addRun(const json &Run) {
    const json &Driver = memberOf(memberOf(Run, "tool"), "driver");
    if (FirstDriver.is_null()) {
      FirstDriver = Driver;
      FirstDriver.erase("rules");
    } else if (stringOf(memberOf(Driver, "version")) !=
               stringOf(memberOf(FirstDriver, "version"))) {
      return makeError(
          "it was written by Warden " + stringOf(memberOf(Driver, "version")) +
          ", the first log by " + stringOf(memberOf(FirstDriver, "version")));
    }
    const json &BaseIdsHere = memberOf(Run, "originalUriBaseIds");
    if (BaseIds.is_null())
      BaseIds = BaseIdsHere;

    // Rules: the same id must mean the same rule in every log.
    std::vector<std::string> RuleIds;
    for (const json &R : memberOf(Driver, "rules")) {
      std::string Id = stringOf(memberOf(R, "id"));
      RuleIds.push_back(Id);
      Rules.emplace(Id, R);
    }
    std::vector<std::string> TaxonIds;
    for (const json &T :
         memberOf(firstElement(memberOf(Run, "taxonomies")), "taxa")) {
      TaxonIds.push_back(stringOf(memberOf(T, "id")));
      Taxa.emplace(stringOf(memberOf(T, "id")), T);
    }
    for (const json &E : memberOf(memberOf(Run, "tool"), "extensions")) {
      std::string Key =
          stringOf(memberOf(E, "name")) + "\n" +
          stringOf(memberOf(E, "version")) + "\n" +
          stringOf(memberOf(memberOf(E, "properties"), "sha-256"));
      Extensions.emplace(Key, E);
    }
    // Artifacts: union by location, remembering each log's indices.
    std::vector<std::string> ArtifactKeys;
    for (const json &A : memberOf(Run, "artifacts")) {
      std::string Key = artifactKey(memberOf(A, "location"));
      ArtifactKeys.push_back(Key);
      if (ArtifactIndex.emplace(Key, ArtifactList.size()).second)
        ArtifactList.push_back(A);
    }
    for (const json &I : memberOf(Run, "invocations"))
      Invocations.push_back(I);
    if (BaselineGuid.empty())
      BaselineGuid = stringOf(memberOf(Run, "baselineGuid"));
    if (RunProperties.is_null())
      RunProperties = memberOf(Run, "properties");
    mergeDeviations(memberOf(memberOf(Run, "properties"), "deviations"));
    if (Provenance.is_null())
      Provenance = memberOf(Run, "versionControlProvenance");

    for (const json &R : memberOf(Run, "results")) {
      json Copy = R;
      // Indices are per log; keep the identities they point to.
      unsigned RuleIndex = uintAt(R, "ruleIndex");
      if (!memberOf(R, "ruleIndex").is_null() && RuleIndex < RuleIds.size())
        Copy["ruleId"] = RuleIds[RuleIndex];
      rekeyArtifacts(Copy, ArtifactKeys);
      const json &Physical =
          memberOf(firstElement(memberOf(R, "locations")), "physicalLocation");
      const json &Region = memberOf(Physical, "region");
      auto Key = std::make_tuple(
          artifactKey(memberOf(Physical, "artifactLocation")),
          uintAt(Region, "startLine"), uintAt(Region, "startColumn"),
          stringOf(memberOf(R, "ruleId")),
          stringOf(memberOf(memberOf(R, "message"), "text")),
          stringOf(memberOf(memberOf(R, "partialFingerprints"), "warden/v1")));
      // The same header finding from two shards is one result.
      ResultsByKey.emplace(std::move(Key), std::move(Copy));
    }
    (void)TaxonIds;
    return llvm::Error::success();
  }

  /// Shards see the same register entries and header comments: one entry
  /// per suppression, with the findings of the shard that saw most and
  /// every problem, except "unused" once some shard used it.
  void mergeDeviations(const json &List) {
    if (!List.is_array())
      return;
    HasDeviations = true;
    for (const json &D : List) {
      const json &Physical =
          memberOf(memberOf(D, "location"), "physicalLocation");
      std::string Key =
          stringOf(memberOf(D, "kind")) + "\n" +
          artifactKey(memberOf(Physical, "artifactLocation")) + "\n" +
          std::to_string(uintAt(memberOf(Physical, "region"), "startLine")) +
          "\n" +
          memberOf(D, "rules")
              .dump(-1, ' ', false, json::error_handler_t::replace);
      auto [It, Added] = Deviations.emplace(Key, D);
      if (Added)
        continue;
      json &Known = It->second;
      if (uintAt(D, "findings") > uintAt(Known, "findings"))
        Known["findings"] = uintAt(D, "findings");
      for (const json &P : memberOf(D, "problems"))
        if (Known.contains("problems") && Known["problems"].is_array() &&
            std::find(Known["problems"].begin(), Known["problems"].end(), P) ==
                Known["problems"].end())
          Known["problems"].push_back(P);
    }
  }

  /// Replaces artifact indices of this log by the artifact's key; the
  /// merged indices are filled in at the end.
  void rekeyArtifacts(json &J, const std::vector<std::string> &Keys) {
    if (J.is_object()) {
      if (J.contains("artifactLocation") && J["artifactLocation"].is_object()) {
        json &A = J["artifactLocation"];
        A.erase("index");
        A["__key"] = artifactKey(A);
      }
      for (auto &[K, V] : J.items())
        rekeyArtifacts(V, Keys);
    } else if (J.is_array()) {
      for (json &V : J)
        rekeyArtifacts(V, Keys);
    }
  }

  void renumberArtifacts(json &J) {
    if (J.is_object()) {
      if (J.contains("__key")) {
        auto It = ArtifactIndex.find(stringOf(J["__key"]));
        J.erase("__key");
        if (It != ArtifactIndex.end())
          J["index"] = It->second;
      }
      for (auto &[K, V] : J.items())
        renumberArtifacts(V);
    } else if (J.is_array()) {
      for (json &V : J)
        renumberArtifacts(V);
    }
  }

  json renumberResult(json R) {
    auto It = RuleIndexOf().find(stringOf(memberOf(R, "ruleId")));
    if (It != RuleIndexOf().end())
      R["ruleIndex"] = It->second;
    else
      R.erase("ruleIndex");
    renumberArtifacts(R);
    return R;
  }

  const std::map<std::string, size_t> &RuleIndexOf() {
    if (RuleIndices.empty()) {
      size_t I = 0;
      for (auto &[Id, Rule] : Rules)
        RuleIndices[Id] = I++;
    }
    return RuleIndices;
  }

  json renumberRule(json Rule) {
    if (Rule.contains("relationships") && Rule["relationships"].is_array())
      for (json &Rel : Rule["relationships"])
        if (Rel.is_object() && Rel.contains("target") &&
            Rel["target"].is_object()) {
          std::string Id = stringOf(memberOf(Rel["target"], "id"));
          size_t I = std::distance(Taxa.begin(), Taxa.find(Id));
          if (I < Taxa.size())
            Rel["target"]["index"] = I;
        }
    return Rule;
  }

  json extensions() {
    json E = json::array();
    for (auto &[Key, Ext] : Extensions)
      E.push_back(Ext);
    return E;
  }

  json taxonomy() {
    json T = json::array();
    for (auto &[Id, Taxon] : Taxa)
      T.push_back(Taxon);
    return sarif::cweTaxonomy(std::move(T));
  }

  json FirstDriver;
  json BaseIds;
  json RunProperties;
  json Provenance;
  bool HasDeviations = false;
  std::map<std::string, json> Deviations;
  std::string BaselineGuid;
  std::map<std::string, json> Rules;
  std::map<std::string, size_t> RuleIndices;
  // CWE ids sort as strings here; only the order must be stable.
  std::map<std::string, json> Taxa;
  std::map<std::string, json> Extensions;
  std::vector<json> ArtifactList;
  std::map<std::string, size_t> ArtifactIndex;
  json Invocations = json::array();
  std::map<std::tuple<std::string, unsigned, unsigned, std::string, std::string,
                      std::string>,
           json>
      ResultsByKey;
};

} // namespace

llvm::Expected<std::vector<SarifInput>>
readSarifInputs(const std::vector<std::string> &Paths) {
  std::vector<SarifInput> Logs;
  for (const std::string &Path : Paths) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer)
      return makeError("cannot read '" + Path +
                       "': " + Buffer.getError().message());
    Logs.push_back({Path, (*Buffer)->getBuffer().str()});
  }
  return Logs;
}

llvm::Expected<std::string>
mergeSarifLogs(const std::vector<SarifInput> &Logs) {
  Merger M;
  for (const SarifInput &In : Logs)
    if (llvm::Error E = M.add(In))
      return std::move(E);
  return M.result();
}

} // namespace warden
