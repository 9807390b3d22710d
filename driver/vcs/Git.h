//===- Git.h - What changed, according to git -------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden check --changed[=REV]` analyses only the translation units that
/// changed files affect, and --changed-lines reports only findings on
/// changed lines. git tells which files and lines changed.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_VCS_GIT_H
#define WARDEN_DRIVER_VCS_GIT_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace warden {

/// Changed files (absolute, real paths) and, for each, the changed line
/// ranges in the new version; an empty list means the whole file (a new or
/// untracked file).
struct ChangeSet {
  llvm::StringMap<std::vector<std::pair<unsigned, unsigned>>> Files;

  bool contains(llvm::StringRef File) const { return Files.count(File); }
  bool lineChanged(llvm::StringRef File, unsigned Line) const;
};

/// Changes of the working tree and index against Rev; with an empty Rev,
/// against HEAD, untracked files included. Dir is any directory inside the
/// repository.
llvm::Expected<ChangeSet> changesSince(llvm::StringRef Dir, llvm::StringRef Rev);

/// What the next commit holds, for `check --staged` (pre-commit hooks): the
/// analysis reads the index instead of the working tree.
struct StagedTree {
  /// The staged bytes of every file whose working-tree copy may differ from
  /// the index (changed against HEAD, or against the index), by absolute
  /// path. Symbolic links and submodules are left to the working tree.
  llvm::StringMap<std::string> Content;
  /// Files that exist in the working tree but not in the next commit:
  /// deletions staged with `git rm --cached` and untracked files.
  llvm::StringSet<> Missing;
  /// The changes of the index against HEAD (all of the index in a
  /// repository without commits).
  ChangeSet Changes;

  /// The staged content of Path, or null when the working tree's copy is
  /// what the commit holds (or Path is missing).
  const std::string *contentOf(llvm::StringRef Path) const;
  bool isMissing(llvm::StringRef Path) const;
};

/// Reads the index of the repository holding Dir.
llvm::Expected<StagedTree> readStagedTree(llvm::StringRef Dir);

/// The staged tree every reader of source files (the frontend, the result
/// cache, the report) sees instead of the working tree; null when the run
/// analyses the working tree. Set once, before the workers start.
const StagedTree *stagedView();
void setStagedView(std::unique_ptr<StagedTree> Tree);

/// The commit a source tree was analysed at, for the record of a run.
struct Revision {
  /// The remote "origin" without credentials, else a file URI of the
  /// repository's top level.
  std::string RepositoryUri;
  std::string Commit;
  std::string CommitTime; ///< RFC 3339, the committer date.
  std::string Branch;     ///< Empty on a detached HEAD.
  /// Tracked files differ from the commit: what was analysed is not
  /// exactly the commit.
  bool Dirty = false;
};

/// The revision of the repository holding Dir, or nothing when Dir is not
/// in a git work tree or git is not installed.
std::optional<Revision> currentRevision(llvm::StringRef Dir);

/// `git config --get Key` as seen from Dir (repository, then global
/// configuration), trimmed; nothing when it is unset, Dir's git fails or
/// git is not installed.
std::optional<std::string> gitConfigValue(llvm::StringRef Dir,
                                          llvm::StringRef Key);

/// A remote URL as a URI without credentials: "https://tok@host/x" becomes
/// "https://host/x", "git@host:org/x.git" becomes "ssh://host/org/x.git".
std::string sanitizeRemoteUrl(llvm::StringRef Url);

/// Reads `git diff -U0` output into Changes; paths are relative to TopLevel.
void parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef TopLevel,
                      ChangeSet &Changes);

} // namespace warden

#endif // WARDEN_DRIVER_VCS_GIT_H
