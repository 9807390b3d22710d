//===- SarifMerge.cpp - Several Warden logs as one run --------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "output/SarifMerge.h"
#include "output/SarifCommon.h"
#include "support/Diagnostics.h"
#include "support/JsonAccess.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "support/JsonLimits.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cassert>
#include <functional>
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

/// A baseline finding the run that logged it did not analyse (the
/// warden/notAnalysed property of SarifEmitter).
bool isNotAnalysed(const json &Result) {
  const json &Flag =
      memberOf(memberOf(Result, "properties"), "warden/notAnalysed");
  return Flag.is_boolean() && Flag.get<bool>();
}

/// Builds a log's tree while the parser reads it, except the results of its
/// runs: each result is handed to a sink as soon as it is complete. A tree
/// of nlohmann::json takes several times the size of its text, so a large
/// log never exists as one tree; the rest of a run (rules, artifacts,
/// invocations) is small.
class LogBuilder {
public:
  /// Receives the results of runs[RunIndex], in order.
  using ResultSink = std::function<void(size_t RunIndex, json Result)>;

  explicit LogBuilder(ResultSink Sink) : Sink(std::move(Sink)) {}

  /// The log without its runs' results (they are empty arrays here).
  json Root;
  /// Set when the input nests deeper than MaxJsonNesting.
  bool TooDeep = false;
  /// Called when the "runs" array of the log is (re)started: results seen
  /// so far belong to a value a duplicate key replaced.
  std::function<void()> OnRunsReset;
  /// Called when a run's "results" gets a value (again, for a duplicate
  /// key): what was collected for it before is void.
  std::function<void(size_t RunIndex)> ResultsRestarted = [](size_t) {};

  // The nlohmann SAX interface.
  bool null() { return value(nullptr); }
  bool boolean(bool B) { return value(B); }
  bool number_integer(json::number_integer_t N) { return value(N); }
  bool number_unsigned(json::number_unsigned_t N) { return value(N); }
  bool number_float(json::number_float_t N, const json::string_t &) {
    return value(N);
  }
  bool string(json::string_t &S) { return value(std::move(S)); }
  bool binary(json::binary_t &B) { return value(json::binary(std::move(B))); }
  bool start_object(std::size_t) { return open(json::object()); }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_array() { return close(); }
  bool key(json::string_t &K) {
    Stack.back().Key = std::move(K);
    return true;
  }
  bool parse_error(std::size_t, const std::string &,
                   const nlohmann::detail::exception &) {
    return false;
  }

private:
  /// What a container is in the log; only the path root / "runs" / run /
  /// "results" is special.
  enum class Role { Other, Log, Runs, Run, Results };

  struct Frame {
    json *Container;
    Role What;
    size_t RunIndex; ///< For a run and its results array.
    std::string Key; ///< The pending key of an object.
  };

  /// Where a new value of the innermost container goes (never called for
  /// a results array: its elements go to the sink).
  json *slot(Frame &Top) {
    if (Top.Container->is_object())
      // A duplicate key replaces the value in place, as json::parse does.
      return &(*Top.Container)[Top.Key];
    Top.Container->push_back(nullptr);
    return &Top.Container->back();
  }

  /// A value for a log's "runs" or a run's "results" replaces what an
  /// earlier duplicate key gave, as json::parse does.
  void noteKey(const Frame &Top) {
    if (Top.What == Role::Log && Top.Key == "runs" && OnRunsReset)
      OnRunsReset();
    if (Top.What == Role::Run && Top.Key == "results")
      ResultsRestarted(Top.RunIndex);
  }

  template <typename T> bool value(T &&V) {
    if (Stack.empty()) {
      Root = std::forward<T>(V);
      return true;
    }
    Frame &Top = Stack.back();
    if (Top.What == Role::Results) {
      Sink(Top.RunIndex, json(std::forward<T>(V)));
      return true;
    }
    noteKey(Top);
    *slot(Top) = std::forward<T>(V);
    return true;
  }

  bool open(json Empty) {
    // The parser itself does not recurse, but the code walking a result
    // does; JsonLimits bounds every JSON input the same way.
    if (Stack.size() >= MaxJsonNesting) {
      TooDeep = true;
      return false;
    }
    bool IsArray = Empty.is_array();
    if (Stack.empty()) {
      Root = std::move(Empty);
      Stack.push_back({&Root, IsArray ? Role::Other : Role::Log, 0, ""});
      return true;
    }
    Frame &Top = Stack.back();
    if (Top.What == Role::Results) {
      Captured = std::move(Empty);
      Stack.push_back({&Captured, Role::Other, Top.RunIndex, ""});
      return true;
    }
    noteKey(Top);
    Role What = Role::Other;
    size_t RunIndex = Top.RunIndex;
    if (Top.What == Role::Log && Top.Key == "runs" && IsArray)
      What = Role::Runs;
    else if (Top.What == Role::Runs && !IsArray)
      What = Role::Run;
    else if (Top.What == Role::Run && Top.Key == "results" && IsArray)
      What = Role::Results;
    json *Target = slot(Top);
    *Target = std::move(Empty);
    if (What == Role::Run)
      RunIndex = Top.Container->size() - 1;
    Stack.push_back({Target, What, RunIndex, ""});
    return true;
  }

  bool close() {
    Stack.pop_back();
    if (!Stack.empty() && Stack.back().What == Role::Results) {
      Sink(Stack.back().RunIndex, std::move(Captured));
      Captured = json();
    }
    return true;
  }

  ResultSink Sink;
  std::vector<Frame> Stack;
  /// The result being read.
  json Captured;
};

/// A result kept until the output is written, as CBOR: a third of the size
/// of its tree, and fast to read back.
using StoredResult = std::vector<std::uint8_t>;

/// run.properties.ruleCounts of the merged results, counted as results are
/// added: the shards' own counts cannot be added up, since a header's
/// finding is in several shards. Absent and not-analysed results are not
/// findings of this run.
class RuleCountTally {
public:
  void add(const json &R) {
    std::string State = stringOf(memberOf(R, "baselineState"));
    if (State == "absent" || isNotAnalysed(R))
      return;
    std::string Level = stringOf(memberOf(R, "level"));
    if (Level.empty())
      Level = "warning"; // SARIF's default level.
    int Rank = Level == "error" ? 0 : Level == "warning" ? 1 : 2;
    Count &C = Counts[{stringOf(memberOf(R, "ruleId")), Rank}];
    C.Level = Level;
    ++C.Findings;
    bool Accepted = false, UnderReview = false;
    for (const json &S : memberOf(R, "suppressions")) {
      std::string Status = stringOf(memberOf(S, "status"));
      Accepted |= Status == "accepted";
      UnderReview |= Status == "underReview";
    }
    C.Accepted += Accepted;
    C.OnlyUnderReview += !Accepted && UnderReview;
    C.New += State == "new";
    C.Unchanged += State == "unchanged";
  }

  /// Whether a suppression under review suppresses depends on the policy
  /// of the invocations, known once every log is read.
  json counts(const json &Invocations, bool HasBaseline) const {
    bool UnderReviewSuppresses = false;
    for (const json &I : Invocations) {
      const json &V = memberOf(
          memberOf(memberOf(I, "properties"), "suppressionPolicy"),
          "underReviewSuppresses");
      UnderReviewSuppresses |= V.is_boolean() && V.get<bool>();
    }
    json A = json::array();
    for (const auto &[Key, C] : Counts) {
      json Out = {{"rule", Key.first},
                  {"level", C.Level},
                  {"findings", C.Findings},
                  {"suppressed", C.Accepted + (UnderReviewSuppresses
                                                   ? C.OnlyUnderReview
                                                   : 0)}};
      if (HasBaseline) {
        Out["new"] = C.New;
        Out["unchanged"] = C.Unchanged;
      }
      A.push_back(std::move(Out));
    }
    return A;
  }

private:
  struct Count {
    std::string Level;
    unsigned Findings = 0, Accepted = 0, OnlyUnderReview = 0, New = 0,
             Unchanged = 0;
  };
  /// By rule and level rank (error first), the order of the check's own.
  std::map<std::pair<std::string, int>, Count> Counts;
};


class Merger {
public:
  /// Parses one log and merges it. Text need only live during the call.
  llvm::Error add(llvm::StringRef Name, llvm::StringRef Text) {
    // The position of the first level too deep, before any parsing.
    if (llvm::Error E = checkJsonNesting(Text, Name))
      return E;
    auto Bad = [&](const llvm::Twine &Why) {
      return makeError("cannot merge '" + Name + "': " + Why);
    };
    // Results per run index, until the run's rules and artifacts are known.
    std::vector<std::vector<StoredResult>> Pending;
    LogBuilder Builder([&](size_t RunIndex, json Result) {
      if (Pending.size() <= RunIndex)
        Pending.resize(RunIndex + 1);
      Pending[RunIndex].push_back(json::to_cbor(Result));
    });
    Builder.OnRunsReset = [&] { Pending.clear(); };
    Builder.ResultsRestarted = [&](size_t RunIndex) {
      if (RunIndex < Pending.size())
        Pending[RunIndex].clear();
    };
    bool Parsed = json::sax_parse(Text.begin(), Text.end(), &Builder);
    if (Builder.TooDeep)
      return Bad("JSON nested deeper than " + llvm::Twine(MaxJsonNesting) +
                 " levels");
    json &Log = Builder.Root;
    if (!Parsed || !Log.is_object())
      return Bad("not valid JSON");
    const json &Runs = memberOf(Log, "runs");
    if (!Runs.is_array() || Runs.empty())
      return Bad("no runs");
    Pending.resize(Runs.size());
    for (size_t I = 0; I < Runs.size(); ++I) {
      const json &Run = Runs[I];
      if (stringOf(memberOf(memberOf(memberOf(Run, "tool"), "driver"),
                            "name")) != "Warden")
        return Bad("a run of another tool than Warden");
      if (llvm::Error E = addRun(Run, Pending[I]))
        return Bad(llvm::toString(std::move(E)));
    }
    return llvm::Error::success();
  }

  /// Writes the merged log as json::dump(2) would, without building it:
  /// the run is dumped with an empty "results" array, whose place is then
  /// filled with the results one at a time.
  void write(llvm::raw_ostream &OS) {
    json Driver = FirstDriver;
    json RulesOut = json::array();
    for (auto &[Id, Rule] : Rules)
      RulesOut.push_back(renumberRule(Rule));
    Driver["rules"] = RulesOut;
    json Tool = {{"driver", Driver}, {"extensions", extensions()}};

    json Artifacts = json::array();
    for (const json &A : ArtifactList)
      Artifacts.push_back(A);

    json Run;
    Run["tool"] = Tool;
    Run["invocations"] = Invocations;
    if (!BaseIds.is_null())
      Run["originalUriBaseIds"] = BaseIds;
    Run["artifacts"] = Artifacts;
    Run["results"] = json::array();
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
        Tally.counts(Invocations, !BaselineGuid.empty());
    Run["properties"] = RunProperties;
    json Out = {{"$schema", sarif::SchemaUri},
                {"version", "2.1.0"},
                {"runs", json::array({Run})}};
    std::string Skeleton =
        Out.dump(2, ' ', false, json::error_handler_t::replace);
    // Run members are the only lines indented by six spaces (strings hold
    // no raw newline), so this is the run's own "results".
    llvm::StringRef Placeholder = "\n      \"results\": []";
    size_t At = Skeleton.find(Placeholder.str());
    assert(At != std::string::npos && "the run has a results array");
    OS << llvm::StringRef(Skeleton).take_front(At);
    for (const auto &[Key, Fingerprint] : NotAnalysed)
      if (Judged.count(Fingerprint))
        ResultsByKey.erase(Key);
    if (ResultsByKey.empty()) {
      OS << Placeholder;
    } else {
      OS << "\n      \"results\": [";
      bool First = true;
      // Each stored result is released once written.
      for (auto It = ResultsByKey.begin(); It != ResultsByKey.end();
           It = ResultsByKey.erase(It)) {
        json R = renumberResult(json::from_cbor(It->second));
        StoredResult().swap(It->second);
        std::string Text = R.dump(2, ' ', false, json::error_handler_t::replace);
        OS << (First ? "" : ",") << "\n        ";
        First = false;
        // Re-indent the result to its depth in the log (8 spaces).
        size_t Start = 0;
        for (size_t End; (End = Text.find('\n', Start)) != std::string::npos;
             Start = End + 1)
          OS << llvm::StringRef(Text).slice(Start, End) << "\n        ";
        OS << llvm::StringRef(Text).substr(Start);
      }
      OS << "\n      ]";
    }
    OS << llvm::StringRef(Skeleton).drop_front(At + Placeholder.size())
       << "\n";
  }

  std::string result() {
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    write(OS);
    OS.flush();
    return Text;
  }

private:
  llvm::Error addRun(const json &Run, std::vector<StoredResult> &Pending) {
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
    for (const json &T :
         memberOf(firstElement(memberOf(Run, "taxonomies")), "taxa")) {
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
    for (const json &A : memberOf(Run, "artifacts")) {
      std::string Key = artifactKey(memberOf(A, "location"));
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

    // Results the parser left in the tree (a "results" that is not an
    // array), then those it handed over.
    for (const json &R : memberOf(Run, "results"))
      addResult(R, RuleIds);
    for (StoredResult &Stored : Pending) {
      json R = json::from_cbor(Stored);
      StoredResult().swap(Stored);
      addResult(std::move(R), RuleIds);
    }
    return llvm::Error::success();
  }

  void addResult(json R, const std::vector<std::string> &RuleIds) {
    // The key is taken before the indices are rewritten.
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
    if (ResultsByKey.count(Key))
      return;
    // A baseline finding one shard did not analyse (warden/notAnalysed) is
    // superseded by what a shard that analysed its file says of it.
    const std::string &Fingerprint = std::get<5>(Key);
    if (isNotAnalysed(R))
      NotAnalysed.emplace(Key, Fingerprint);
    else
      Judged.insert(Fingerprint);
    // Indices are per log; keep the identities they point to.
    unsigned RuleIndex = uintAt(R, "ruleIndex");
    if (!memberOf(R, "ruleIndex").is_null() && RuleIndex < RuleIds.size())
      R["ruleId"] = RuleIds[RuleIndex];
    rekeyArtifacts(R);
    Tally.add(R);
    ResultsByKey.emplace(std::move(Key), json::to_cbor(R));
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
  void rekeyArtifacts(json &J) {
    if (J.is_object()) {
      if (J.contains("artifactLocation") && J["artifactLocation"].is_object()) {
        json &A = J["artifactLocation"];
        A.erase("index");
        A["__key"] = artifactKey(A);
      }
      for (auto &[K, V] : J.items())
        rekeyArtifacts(V);
    } else if (J.is_array()) {
      for (json &V : J)
        rekeyArtifacts(V);
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
    if (!R.is_object())
      return R;
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
  /// File, line, column, rule, message and fingerprint.
  using ResultKey = std::tuple<std::string, unsigned, unsigned, std::string,
                               std::string, std::string>;
  std::map<ResultKey, StoredResult> ResultsByKey;
  /// Fingerprints of results some shard analysed, and the keys (with their
  /// fingerprints) of results marked "not analysed in this run".
  std::set<std::string> Judged;
  std::map<ResultKey, std::string> NotAnalysed;
  RuleCountTally Tally;
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
    if (llvm::Error E = M.add(In.Name, In.Text))
      return std::move(E);
  return M.result();
}

llvm::Error mergeSarifFiles(const std::vector<std::string> &Paths,
                            llvm::raw_ostream &OS) {
  // Every input must be readable before any work is done, as when they
  // were all read first.
  for (const std::string &Path : Paths) {
    llvm::Expected<llvm::sys::fs::file_t> File =
        llvm::sys::fs::openNativeFileForRead(Path);
    if (!File)
      return makeError("cannot read '" + Path +
                       "': " + llvm::toString(File.takeError()));
    llvm::sys::fs::closeFile(*File);
  }
  Merger M;
  for (const std::string &Path : Paths) {
    // One input's text at a time; its results are kept compact.
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer)
      return makeError("cannot read '" + Path +
                       "': " + Buffer.getError().message());
    if (llvm::Error E = M.add(Path, (*Buffer)->getBuffer()))
      return E;
  }
  M.write(OS);
  return llvm::Error::success();
}

} // namespace warden
