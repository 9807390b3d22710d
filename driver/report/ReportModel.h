//===- ReportModel.h - The compliance report, as data ----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden report` turns one or more Warden SARIF logs into the evidence a
/// release or pull request files for IEC 81001-5-1 and FDA premarket
/// review. This reads the logs (shards are merged first) into plain data;
/// the HTML and Markdown renderers only lay it out, so both show the same
/// content. Everything comes from the logs: a report can be rebuilt from an
/// archived log years later.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_REPORT_REPORTMODEL_H
#define WARDEN_DRIVER_REPORT_REPORTMODEL_H

#include "output/SarifMerge.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace warden::report {

struct Location {
  std::string Path; ///< Relative to the source root when it lies inside it.
  unsigned Line = 0;
  unsigned Column = 0;
  std::string str() const;
};

struct PluginInfo {
  std::string Name, Version, Sha256;
  bool Builtin = false;
};

struct RuleInfo {
  std::string Id, Title, Level, Checker;
  std::vector<std::string> Cwe, Cert, MisraC, MisraCpp, Packs;
};

struct PackInfo {
  std::string Id, Title;
  std::vector<std::string> Evidence;
};

struct Invocation {
  std::string CommandLine, WorkingDirectory;
  int ExitCode = 0;
  bool Successful = true;
  std::string RuleConfigurationSha256;
  std::string Shard;
};

/// A translation unit that failed or had compile errors.
struct ToolProblem {
  std::string Kind; ///< "analysis-failed" or "analysis-incomplete".
  std::string File;
  std::string Message;
};

struct FileInfo {
  std::string Path, Sha256;
  uint64_t Length = 0;
  bool Target = false; ///< The main file of a translation unit.
};

/// The baseline state of a finding a partial run did not analyse: not
/// known to be fixed, so still open, but not this run's to gate on.
constexpr llvm::StringLiteral NotAnalysedState = "not analysed";

struct Finding {
  std::string RuleId, Level, Message, Symbol, ComponentClass, BaselineState;
  Location Where;
  /// Accepted (or, by policy, under review) suppressions hide it.
  bool Suppressed = false;
  /// Where the suppressions recorded on it are written, with their status:
  /// "in source, src/a.c:12 (accepted)".
  std::vector<std::string> SuppressedBy;
  /// A warden-suppress-* finding about a suppression.
  bool Meta = false;
  /// Counted by the gate: open, in a gated class, at or above --fail-on.
  bool Gating = false;
  /// Open: neither suppressed nor absent (fixed since the baseline).
  bool open() const { return !Suppressed && BaselineState != "absent"; }
};

struct Deviation {
  std::string Kind; ///< "inSource" or "external".
  std::string Status;
  std::vector<std::string> Rules;
  std::string Justification, Ticket, Expires, Approver, Risk, Author, Date;
  std::string PathGlob, Symbol, Fingerprint; ///< Register entries.
  Location Where;
  unsigned Findings = 0;
  /// warden-suppress-* rule ids reported about it.
  std::vector<std::string> Problems;
};

/// One row of the clause map: a part of the report and what it supports.
struct ClauseRow {
  const char *Section;
  const char *Iec81001;
  const char *Fda;
  const char *Evidence;
};
const std::vector<ClauseRow> &clauseMap();

/// How an input file compares with the file it names today.
enum class FileCheck { NotRecorded, Matches, Changed, Missing };

struct ReportModel {
  std::vector<std::string> Inputs;

  // 1. Identity.
  std::string ProjectName, ProjectVersion, WardenVersion, InformationUri;
  std::string Repository, Commit, Branch, CommitTime;
  bool HasRevision = false, UncommittedChanges = false;
  std::string AsOf;
  std::vector<PluginInfo> Plugins;
  std::string ConfigPath, ConfigSha256;
  FileCheck ConfigCheck = FileCheck::NotRecorded;
  std::string RuleConfigurationSha256;
  bool RuleConfigurationsDiffer = false;
  std::vector<Invocation> Invocations;
  std::string FailOn, GateOn;
  bool AllowIncomplete = false;
  /// "passed", "failed", "incomplete", "error", or "mixed" when the logs
  /// were gated differently and no verdict can be given.
  std::string Verdict;
  /// How the logs' gates or rule configurations differ, one line per
  /// setting ("--fail-on 'error' in shard 1/2, 'never' in shard 2/2");
  /// empty when they agree. Findings then count for no gate.
  std::vector<std::string> MixedGates;

  // 2. The secure coding standard.
  std::vector<PackInfo> Packs;
  std::vector<RuleInfo> Rules;

  // 3. Integrity.
  unsigned TUs = 0, TUsFailed = 0, TUsIncomplete = 0;
  std::vector<ToolProblem> Problems;
  std::vector<FileInfo> Files;
  std::vector<std::string> NotAnalysed;
  std::vector<std::string> SupportedGlobs, RequiredGlobs, GatedClasses;
  bool CompleteRun = true;
  std::vector<std::string> ScopeNotes; ///< Why the run was partial.
  std::string ShardsMerged; ///< "4 shards merged (1/4, ...)" when complete.

  // 4. Results.
  std::vector<Finding> Findings;
  bool HasBaseline = false;

  // 5. Deviations.
  std::vector<Deviation> Deviations;
  bool HasDeviationRecord = false;
  unsigned MinJustification = 0;
  std::vector<std::string> InlineLevels, ApproverRequired;
  bool UnderReviewSuppresses = false, AllowGlobs = true;
  std::string RegisterPath, RegisterSha256;
  FileCheck RegisterCheck = FileCheck::NotRecorded;

  // Derived counts.
  struct Tally {
    unsigned Open = 0, Suppressed = 0, Total = 0;
  };
  /// Totals of the findings by Key: "level", "rule", "class" or "baseline".
  std::map<std::string, Tally> tally(llvm::StringRef Key) const;
  /// The open findings, most severe first, then by location.
  std::vector<const Finding *> openFindings() const;
  /// The suppressed findings, by location.
  std::vector<const Finding *> suppressedFindings() const;
  /// The findings about suppressions (warden-suppress-*).
  std::vector<const Finding *> metaFindings() const;
  std::map<std::string, unsigned> openByLevel() const;
  unsigned openCount() const;
  unsigned suppressedCount() const;
  unsigned gatingCount() const;
  unsigned flaggedDeviations() const;
};

/// A log to report on: its name (for messages) and text.
using ReportInput = SarifInput;

/// Reads Warden SARIF logs into the report's data. A log that is not JSON,
/// not SARIF or not Warden's is refused with a message naming it.
llvm::Expected<ReportModel> buildReportModel(
    const std::vector<ReportInput> &Logs);

} // namespace warden::report

#endif // WARDEN_DRIVER_REPORT_REPORTMODEL_H
