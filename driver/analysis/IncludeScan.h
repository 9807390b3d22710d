//===- IncludeScan.h - Which TUs a change may reach -------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Selects, for `--changed` without a cached dependency list, the
/// translation units a change may affect. A line scanner reads the
/// `#include` lines of the main file and, transitively, of the project's
/// own headers (files under the source root), resolving each against the
/// include search path of the TU's compile command; the preprocessor is
/// not run. Every include is followed whatever `#if` surrounds it, so the
/// answer errs on the side of analysing a TU: where the scan cannot tell
/// (a computed include when a header changed, an include it cannot resolve
/// that bears a changed file's name) it keeps the TU.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_ANALYSIS_INCLUDESCAN_H
#define WARDEN_DRIVER_ANALYSIS_INCLUDESCAN_H

#include "analysis/CompileCommands.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// One `#include` (or `#include_next`, `#import`) line of a file.
struct IncludeDirective {
  std::string Spelling; ///< Between the quotes or angle brackets.
  bool Angled = false;
  bool Next = false; ///< #include_next: any later directory may answer.
  /// `#include MACRO`: what it names is known only to the preprocessor.
  bool Computed = false;
};

/// The include lines of a source text, in order. Comments, string
/// literals and line continuations are honoured; conditional compilation
/// is not (every include counts).
std::vector<IncludeDirective> scanIncludeDirectives(llvm::StringRef Text);

/// Answers "may this TU be affected?" for many TUs, reading each file and
/// resolving each include once per include search path.
class IncludeScanner {
public:
  /// SourceRoot and ChangedFiles are real paths. MainFiles are the real
  /// paths of the run's main files: a changed file among them is a
  /// translation unit rather than a header, which makes computed includes
  /// harmless.
  IncludeScanner(std::string SourceRoot,
                 const std::vector<std::string> &ChangedFiles,
                 const llvm::StringSet<> &MainFiles);
  ~IncludeScanner();

  /// True when Job's main file, a file its command force-includes, or a
  /// file in the transitive include closure through project headers is a
  /// changed file, or when the scan cannot rule that out.
  bool mayBeAffected(const CompileJob &Job);

private:
  struct SearchPath;
  struct Edges;
  /// A file as the search found it, and what it is. Its includes resolve
  /// from the directory it was found in, as in clang, which matters when
  /// headers are symbolic links; it is the same file as another when the
  /// real paths are the same.
  struct Located {
    std::string Path;
    std::string Real;
  };

  const SearchPath &searchPathOf(const CompileJob &Job);
  const Edges &edgesOf(const Located &File, const SearchPath &Path);
  const std::vector<IncludeDirective> &directivesOf(const std::string &File);
  /// Every file Spelling may name from a file in IncluderDir: the first
  /// match, or with AllMatches (#include_next) every match.
  std::vector<Located> resolve(const IncludeDirective &D,
                               llvm::StringRef IncluderDir,
                               const SearchPath &Path, bool AllMatches);
  std::optional<std::string> existingFile(llvm::StringRef Candidate);
  bool isProjectFile(llvm::StringRef RealPath) const;

  std::string SourceRoot;
  llvm::StringSet<> Changed;
  llvm::StringSet<> ChangedNames; ///< File names of the changed files.
  bool HeaderMayHaveChanged = false;

  llvm::StringMap<std::unique_ptr<SearchPath>> SearchPaths;
  llvm::StringMap<std::optional<std::string>> RealPaths;
  llvm::StringMap<std::vector<IncludeDirective>> Directives;
  llvm::StringMap<std::unique_ptr<Edges>> EdgeCache;
};

} // namespace warden

#endif // WARDEN_DRIVER_ANALYSIS_INCLUDESCAN_H
