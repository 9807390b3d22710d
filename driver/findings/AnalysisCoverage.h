//===- AnalysisCoverage.h - Which files a run knows completely --*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A partial run (--changed, path arguments, --shard, failed TUs) sees only
/// some of the project. What it did not see it must not judge: an
/// in-source suppression there is not "unused", and a baseline finding
/// there is not "absent" (fixed). Both questions ask this one class.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_FINDINGS_ANALYSISCOVERAGE_H
#define WARDEN_DRIVER_FINDINGS_ANALYSISCOVERAGE_H

#include "findings/ResultSet.h"
#include "llvm/ADT/StringSet.h"

namespace warden {

class AnalysisCoverage {
public:
  AnalysisCoverage() = default;

  /// The coverage of a consolidated run. CompleteRun: every TU of the
  /// project was analysed without errors, so every file it read is known
  /// completely; otherwise only the main files of TUs analysed without
  /// errors are (a header may have findings only its other includers see).
  static AnalysisCoverage ofRun(const ResultSet &Set, bool CompleteRun);

  /// Every TU of the project was analysed completely: what the run did not
  /// find anywhere in the project is not there.
  bool complete() const { return Complete; }

  /// Whether the run knows every finding in File (an absolute real path).
  bool fullyAnalysed(llvm::StringRef File) const {
    return Files.contains(File);
  }

  /// Whether a finding recorded at Path (relative to the source root, or
  /// absolute) would have been found again if it were still there: always
  /// in a complete run (a vanished file has no findings), else when its
  /// file was fully analysed.
  bool judges(llvm::StringRef Path, llvm::StringRef SourceRoot) const;

  /// Findings the run found but left out of its results (--changed-lines):
  /// still present, so never "fixed".
  void addUnreported(llvm::StringRef Fingerprint) {
    Unreported.insert(Fingerprint);
  }
  bool unreported(llvm::StringRef Fingerprint) const {
    return Unreported.contains(Fingerprint);
  }

private:
  bool Complete = false;
  llvm::StringSet<> Files;
  llvm::StringSet<> Unreported;
};

} // namespace warden

#endif // WARDEN_DRIVER_FINDINGS_ANALYSISCOVERAGE_H
