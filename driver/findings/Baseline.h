//===- Baseline.h - Known findings, to gate on new ones only ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A baseline records the findings of a run by fingerprint so that a later
/// run can mark each finding new, unchanged or absent (SARIF baselineState)
/// and the gate can count new ones only. `warden baseline -o FILE` writes
/// one; `warden check --baseline FILE` reads it, or a SARIF log of an
/// earlier run (its warden/v1 fingerprints).
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_FINDINGS_BASELINE_H
#define WARDEN_DRIVER_FINDINGS_BASELINE_H

#include "findings/AnalysisCoverage.h"
#include "findings/ResultSet.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace warden {

struct BaselineEntry {
  std::string Fingerprint;
  std::string RuleId;
  std::string Path; ///< Relative to the source root, or absolute.
  unsigned Line = 0;
  std::string Level;
  std::string Message;
};

struct Baseline {
  std::vector<BaselineEntry> Entries;
  /// A GUID derived from the file's content (SARIF run.baselineGuid).
  std::string Guid;
};

/// Reads a baseline written by `warden baseline` or a Warden SARIF log.
llvm::Expected<Baseline> loadBaseline(llvm::StringRef Path);

/// Parses a baseline's text; Path names it in messages.
llvm::Expected<Baseline> parseBaseline(llvm::StringRef Path,
                                       llvm::StringRef Text);

/// The baseline of a run's findings (meta-findings excluded), as JSON.
std::string renderBaseline(const ResultSet &Set);

/// Marks every result new or unchanged and adds the baseline's other
/// findings: absent (fixed) where the run would have found them again,
/// not analysed where it did not fully analyse their file (a partial run).
void applyBaseline(ResultSet &Set, const Baseline &B,
                   const AnalysisCoverage &Coverage);

} // namespace warden

#endif // WARDEN_DRIVER_FINDINGS_BASELINE_H
