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
};

void emitText(llvm::raw_ostream &OS, const ResultSet &Set, SourceFiles &Files,
              const TextOptions &Options);

/// Compiler errors and failed TUs, for standard error.
void emitAnalysisProblems(llvm::raw_ostream &OS, const ResultSet &Set,
                          const TextOptions &Options);

/// The closing line: findings by level, files, TUs.
std::string summaryLine(const ResultSet &Set);

} // namespace warden

#endif // WARDEN_DRIVER_OUTPUT_TEXTEMITTER_H
