//===- TUAnalysis.h - Parse one TU and run every checker --------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The only part of the driver that touches clang's frontend: parses one
/// translation unit and runs all enabled checkers in one MatchFinder pass
/// over the user's declarations (system headers are not traversed).
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_ANALYSIS_TUANALYSIS_H
#define WARDEN_DRIVER_ANALYSIS_TUANALYSIS_H

#include "analysis/CompileCommands.h"
#include "config/RuleSelection.h"
#include "warden/Finding.h"
#include <string>
#include <vector>

namespace warden {

/// A compiler error, kept to explain an incomplete analysis.
struct CompilerMessage {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  std::string Message;
};

/// A comment that may hold a suppression directive, as written.
struct SourceComment {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  unsigned EndLine = 0;
  std::string Text;
};

/// A file a TU read, with the hash of the bytes the parser saw (hex
/// xxh3-128). The hash is taken from clang's own buffer, never from a later
/// read of the file, so an edit during the analysis cannot be mistaken for
/// the analysed content (the cache key and --fix depend on it).
struct FileDigest {
  std::string Path;
  std::string Hash;
};

/// Bound of TUOutcome::AbsentPaths: a TU that probes more paths is not
/// cached (checking them would cost more than it saves).
inline constexpr size_t MaxAbsentPaths = 20000;

struct TUOutcome {
  enum class State {
    Analysed,   ///< Parsed cleanly; every checker ran.
    Incomplete, ///< Parsed with errors; checkers ran on what parsed.
    Failed,     ///< No analysis: bad command, crash, timeout.
  };
  State Status = State::Failed;
  std::vector<Finding> Findings;
  std::vector<CompilerMessage> Errors;
  /// Every non-system file the TU read (main file and user headers).
  std::vector<std::string> Files;
  /// Every file the TU read, system headers included, with the hash of the
  /// bytes parsed: what a cached result depends on.
  std::vector<FileDigest> Dependencies;
  /// Paths the frontend looked for and did not find (include candidates
  /// before the one that matched, missing search directories): a file
  /// created at one of them can change the result. At most MaxAbsentPaths;
  /// one more means the list was cut short.
  std::vector<std::string> AbsentPaths;
  /// The TU's language as the frontend saw it: "c", "c++", "objective-c" or
  /// "objective-c++" (a fix valid in C++ must not land in a header a C TU
  /// includes).
  std::string Language;
  /// Comments mentioning "warden-ignore" in those files.
  std::vector<SourceComment> Comments;
  std::string FailureReason;
};

TUOutcome analyzeTranslationUnit(const CompileJob &Job,
                                 const std::vector<EnabledRule> &Rules);

} // namespace warden

#endif // WARDEN_DRIVER_ANALYSIS_TUANALYSIS_H
