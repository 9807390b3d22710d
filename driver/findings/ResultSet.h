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
#include "support/SourceFiles.h"
#include "warden/Finding.h"
#include <string>
#include <vector>

namespace warden {

struct Result {
  Finding F;
  /// Path relative to the source root with '/' separators; empty when the
  /// file lies outside it.
  std::string RelativePath;
  std::string Fingerprint;
};

/// One TU as the run reports it.
struct TURecord {
  const CompileJob *Job;
  TUOutcome Outcome;
};

struct ResultSet {
  std::vector<Result> Results;
  std::vector<TURecord> TUs;
  /// Every user file read by a TU that was analysed, sorted.
  std::vector<std::string> AnalysedFiles;

  size_t failedTUs() const;
  size_t incompleteTUs() const;
};

/// The relative path of File under Root ('/' separated), or "".
std::string relativeToRoot(llvm::StringRef File, llvm::StringRef Root);

ResultSet consolidate(const std::vector<CompileJob> &Jobs,
                      std::vector<TUOutcome> Outcomes,
                      llvm::StringRef SourceRoot, SourceFiles &Files);

} // namespace warden

#endif // WARDEN_DRIVER_FINDINGS_RESULTSET_H
