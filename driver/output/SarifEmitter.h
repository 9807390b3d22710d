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
#include <string>
#include <vector>

namespace warden {

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
