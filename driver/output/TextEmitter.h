//===- TextEmitter.h - Compiler-style text output ---------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Prints findings the way clang prints diagnostics, so editors and
/// terminals that understand "file:line:col: warning: ... [id]" work
/// unchanged: the source line, a caret under the finding, notes and fixes.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_OUTPUT_TEXTEMITTER_H
#define WARDEN_DRIVER_OUTPUT_TEXTEMITTER_H

#include "findings/ResultSet.h"
#include "support/SourceFiles.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

struct TextOptions {
  bool Color = false;
  /// Paths under this directory are shown relative to it.
  std::string WorkingDir;
  /// Also print suppressed findings and those already in the baseline
  /// (with a note saying so); by default only what needs attention is shown.
  bool ShowAll = false;
  /// Append each finding's short fingerprint to its rule id
  /// ("[hs-api-gets fp:3fa9c2d1e0b7]"), for `warden suppress`.
  bool ShowFingerprints = false;
};

void emitText(llvm::raw_ostream &OS, const ResultSet &Set, SourceFiles &Files,
              const TextOptions &Options);

/// Compiler errors and failed TUs, for standard error.
void emitAnalysisProblems(llvm::raw_ostream &OS, const ResultSet &Set,
                          const TextOptions &Options);

/// What the closing line says beyond the results themselves.
struct SummaryInfo {
  /// Findings that fail the gate (the exit code's reason).
  size_t Gated = 0;
  /// Whether [components] sorts paths into classes.
  bool HasComponents = false;
  /// TUs whose outcome came from the result cache.
  size_t FromCache = 0;
};

/// The table of `check --summary=rules`: findings per rule and level,
/// suppressed ones and, with a baseline, new and unchanged ones.
void emitRuleSummary(llvm::raw_ostream &OS, const ResultSet &Set,
                     bool HasBaseline);

/// The closing line: findings by level, baseline state, suppressions by
/// kind, suppression problems, classes, TUs.
std::string summaryLine(const ResultSet &Set, const SummaryInfo &Info);

} // namespace warden

#endif // WARDEN_DRIVER_OUTPUT_TEXTEMITTER_H
