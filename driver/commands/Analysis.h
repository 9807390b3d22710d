//===- Analysis.h - The analysis pipeline of check and baseline -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden check` and `warden baseline` run the same pipeline with the same
/// flags: select TUs, analyse them in workers, consolidate findings, sort
/// them into component classes and reconcile them with suppressions. They
/// differ only in what they write.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_COMMANDS_ANALYSIS_H
#define WARDEN_DRIVER_COMMANDS_ANALYSIS_H

#include "analysis/CompileCommands.h"
#include "analysis/WorkerPool.h"
#include "commands/Commands.h"
#include "findings/AnalysisCoverage.h"
#include "findings/ResultSet.h"
#include "support/SourceFiles.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// The settings of a run: flags override the configuration, which
/// overrides the defaults.
struct CheckSettings {
  std::string Format = "text";
  std::string Output;
  /// -o as given on the command line (`baseline` ignores check.output,
  /// which names the report).
  std::string OutputFlag;
  Level FailOn = Level::Error;
  std::string GateOn = "new";
  std::string Baseline;
  std::string Color = "auto";
  std::string SourceRoot;
  std::string Today;
  bool AllowIncomplete = false;
  bool ExcludeSuppressed = false;
  bool ShowSuppressed = false;
  bool Quiet = false;
  WorkerLimits Limits;
  /// The result cache; empty when caching is off.
  std::string CacheDir;
  uint64_t CacheMaxBytes = 0;
  /// --changed: the revision to compare with ("" = HEAD and the working
  /// tree); unset when the whole project is analysed.
  std::optional<std::string> ChangedSince;
  bool ChangedLinesOnly = false;
  /// --staged: the index is analysed instead of the working tree.
  bool Staged = false;
  /// --shard K/N (1-based); N = 0 when not sharded.
  unsigned ShardIndex = 0, ShardCount = 0;
  bool Progress = false;
};

struct AnalysisRun {
  std::unique_ptr<Session> S;
  CheckSettings Settings;
  std::vector<CompileJob> Jobs;
  /// Main files of TUs in 'required' components: listed, not analysed.
  std::vector<std::string> NotAnalysed;
  SourceFiles Files;
  ResultSet Set;
  /// Every TU of the project was analysed (no path restriction).
  bool CompleteRun = false;
  /// The files whose findings this run knows completely.
  AnalysisCoverage Coverage;
  std::string WorkingDir;
  /// TUs analysed by workers, and taken from the cache.
  unsigned Analysed = 0, FromCache = 0;
};

/// Runs the pipeline; prints the error and returns null on a usage or
/// configuration error. With OnlyTUsReading, only the TUs that read that
/// file are analysed (`warden suppress FILE:LINE`).
std::unique_ptr<AnalysisRun>
runAnalysis(const Invocation &Inv,
            std::optional<std::string> OnlyTUsReading = std::nullopt);

/// Whether a result counts for the gate, before its level is compared.
bool countsForGate(const Result &R, const CheckSettings &Settings,
                   const ComponentPolicy &Components);

struct SarifRunInfo;

/// Fills in what an audit needs to know about the run: scope, gate,
/// components, suppression policy, packs and the revision analysed.
void describeRun(const AnalysisRun &Run, SarifRunInfo &Info);

/// The exit code of a finished run: incomplete analysis outranks findings,
/// since a run that missed code proves nothing about it.
int gateExitCode(const AnalysisRun &Run);

} // namespace warden

#endif // WARDEN_DRIVER_COMMANDS_ANALYSIS_H
