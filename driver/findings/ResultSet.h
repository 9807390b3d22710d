//===- ResultSet.h - The findings of a run, consolidated --------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Turns the per-TU outcomes into the run's results: findings in headers
/// shared by many TUs are reported once, everything is sorted (so output is
/// the same for any -j), and every result gets its path relative to the
/// source root and its fingerprint.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_FINDINGS_RESULTSET_H
#define WARDEN_DRIVER_FINDINGS_RESULTSET_H

#include "analysis/CompileCommands.h"
#include "analysis/TUAnalysis.h"
#include "config/Config.h"
#include "findings/Fingerprint.h"
#include "findings/Suppression.h"
#include "llvm/ADT/StringMap.h"
#include "support/SourceFiles.h"
#include "warden/Finding.h"
#include <string>
#include <vector>

namespace warden {

/// SARIF's baselineState; None when no baseline was given. NotAnalysed is
/// Warden's own: a baseline finding in a file this (partial) run did not
/// analyse completely, so neither "unchanged" nor "absent" (fixed) is
/// known; it has no SARIF name (the result carries warden/notAnalysed).
enum class BaselineState { None, New, Unchanged, Absent, NotAnalysed };
llvm::StringRef baselineStateName(BaselineState S);

/// A baseline finding this run did not find (absent, or not analysed): it
/// is listed for the record but is no finding of this run's code.
inline bool onlyInBaseline(BaselineState S) {
  return S == BaselineState::Absent || S == BaselineState::NotAnalysed;
}

struct Result {
  Finding F;
  /// Path relative to the source root with '/' separators; empty when the
  /// file lies outside it.
  std::string RelativePath;
  std::string Fingerprint;
  /// Every suppression that applies, whatever its status.
  std::vector<SuppressionRecord> Suppressions;
  /// Whether the finding counts as suppressed for the gate.
  bool Suppressed = false;
  BaselineState Baseline = BaselineState::None;
  ComponentClass Class = ComponentClass::Maintained;
  /// A finding about a suppression (warden-suppress-*), not about code.
  bool Meta = false;
};

/// One TU as the run reports it.
struct TURecord {
  const CompileJob *Job;
  TUOutcome Outcome;
  /// The first fix of each finding this TU produced: --fix applies a fix
  /// only where every TU reading the file is of a language that proposed it.
  std::vector<FindingFix> ProposedFixes;
};

struct ResultSet {
  std::vector<Result> Results;
  std::vector<TURecord> TUs;
  /// Every user file read by a TU that was analysed, sorted.
  std::vector<std::string> AnalysedFiles;
  /// Every suppression seen (comments and register entries), in the order
  /// reconciliation met them.
  std::vector<DeviationRecord> Deviations;

  size_t failedTUs() const;
  size_t incompleteTUs() const;

  /// Adds a finding produced after consolidation (a meta-finding), with its
  /// relative path and fingerprint.
  Result &add(Finding F, SourceFiles &Files);
  /// Restores the canonical order (file, line, column, rule, message).
  void sort();

  std::string SourceRoot;

private:
  /// Counts occurrences of each fingerprint context.
  Fingerprinter Fingerprints;
};

/// The relative path of File under Root ('/' separated), or "".
std::string relativeToRoot(llvm::StringRef File, llvm::StringRef Root);

ResultSet consolidate(const std::vector<CompileJob> &Jobs,
                      std::vector<TUOutcome> Outcomes,
                      llvm::StringRef SourceRoot, SourceFiles &Files);

} // namespace warden

#endif // WARDEN_DRIVER_FINDINGS_RESULTSET_H
