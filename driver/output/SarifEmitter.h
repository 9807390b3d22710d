//===- SarifEmitter.h - SARIF 2.1.0 for review and audit --------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Writes one SARIF run following the profile of docs/sarif.md: every
/// enabled rule with its texts, tags and CWE relationships, artifacts with
/// SHA-256, relative URIs under %SRCROOT%, an honest invocation (failed TUs
/// are notifications and make it unsuccessful), versioned fingerprints and
/// fixes. The output is byte-identical for identical input.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_OUTPUT_SARIFEMITTER_H
#define WARDEN_DRIVER_OUTPUT_SARIFEMITTER_H

#include "config/RuleSelection.h"
#include "findings/ResultSet.h"
#include "plugins/PluginLoader.h"
#include "support/SourceFiles.h"
#include "vcs/Git.h"
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// A pack in force, with the clauses it gives evidence for.
struct SarifPackInfo {
  std::string Id;
  std::string Title;
  std::vector<std::string> Evidence;
};

struct SarifRunInfo {
  std::string SourceRoot;
  std::string WorkingDir;
  std::vector<std::string> Arguments;
  std::string ConfigPath;   ///< Empty without a configuration file.
  std::string ConfigSha256; ///< Of the configuration file's bytes.
  std::string ProjectName;
  std::string ProjectVersion;
  int ExitCode = 0;
  /// run.baselineGuid; empty without a baseline.
  std::string BaselineGuid;
  /// Leave suppressed results out (GitHub code scanning ignores SARIF
  /// suppressions and would open alerts for them).
  bool ExcludeSuppressed = false;
  /// Files of 'required' components, listed but not analysed.
  std::vector<std::string> NotAnalysed;

  // What an audit needs to know about the run (docs/sarif.md).
  /// The day suppression expiry was judged against (--as-of).
  std::string AsOf;
  /// The commit analysed; none outside a git work tree.
  std::optional<Revision> Vcs;
  std::vector<SarifPackInfo> PackInfo;
  /// [components]: path globs and the classes the gate counts.
  std::vector<std::string> SupportedGlobs, RequiredGlobs, GatedClasses;
  /// The gate: --fail-on ("never" for none), --gate-on, --allow-incomplete.
  std::string FailOn, GateOn;
  bool AllowIncomplete = false;
  /// What was selected: every TU of the project, or a part of it.
  bool CompleteRun = false;
  std::vector<std::string> ScopePaths;
  std::optional<std::string> ChangedSince;
  bool ChangedLinesOnly = false;
  std::string Shard; ///< "K/N"; empty when not sharded.
  /// [suppressions]; null to leave the policy out.
  const SuppressionPolicy *Policy = nullptr;
  std::string RegisterSha256; ///< Empty when there is no register file.
};

std::string renderSarif(const ResultSet &Set, const RuleSelection &Rules,
                        const std::vector<LoadedPlugin> &Plugins,
                        const SarifRunInfo &Info, SourceFiles &Files);

/// The hash of the rules in force (ids, levels, options): identifies the
/// coding standard applied, for audits and caches.
std::string ruleConfigurationHash(const RuleSelection &Rules);

/// The URI of a rule's documentation page.
std::string ruleHelpUri(llvm::StringRef RuleId);

} // namespace warden

#endif // WARDEN_DRIVER_OUTPUT_SARIFEMITTER_H
