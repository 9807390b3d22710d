//===- WritePolicy.h - Which files Warden may write -------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The analysed repository is untrusted input (docs/security.md): its
/// .warden.toml must not choose where Warden writes. This is the one place
/// that decides whether a path may be written, from what the write is for
/// and the run's trust mode:
///
/// - The *source root* is the directory that the command line names with
///   --source-root, else the directory of the configuration file in use
///   (the .warden.toml found upwards, or given with --config), else the
///   working directory. The configuration's own [project] source-root
///   cannot widen it: it is one of the paths checked against it.
/// - Paths the user's command line names are trusted.
/// - A path that a configuration names may be written only inside the
///   source root, with symbolic links resolved.
/// - Under --untrusted (or WARDEN_UNTRUSTED=1) nothing is written but the
///   output, the cache and --fix targets inside the source root.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_WRITEPOLICY_H
#define WARDEN_DRIVER_SUPPORT_WRITEPOLICY_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace warden {

/// What a write is for; it decides where the write may go.
enum class WriteKind {
  /// An output file that the user's command line named (-o).
  CommandLineOutput,
  /// An output file that a configuration named (check.output).
  ConfiguredOutput,
  /// An entry of the result cache, inside the cache directory.
  CacheEntry,
  /// A source file that --fix rewrites.
  FixTarget,
  /// A file of the project itself: the deviation register, a new
  /// .warden.toml. Never written under --untrusted.
  ProjectRecord,
};

class WritePolicy {
public:
  /// The process's policy. It starts trusted unless WARDEN_UNTRUSTED is set
  /// to anything but "" or "0", rooted at the working directory.
  static WritePolicy &current();

  /// Set once a command knows its trust mode and source root.
  void configure(bool Untrusted, llvm::StringRef SourceRoot);
  bool untrusted() const { return Untrusted; }
  /// Absolute, symbolic links resolved.
  const std::string &sourceRoot() const { return SourceRoot; }

  /// Whether Path may be written for Kind; the error says why not.
  llvm::Error checkWrite(llvm::StringRef Path, WriteKind Kind) const;

  /// Whether Path, made absolute, lies inside the source root both as
  /// written and with the symbolic links of its longest existing prefix
  /// resolved (a link inside the root that leaves it is outside).
  bool insideSourceRoot(llvm::StringRef Path) const;

private:
  WritePolicy();
  bool Untrusted = false;
  std::string SourceRoot;
};

/// Whether the environment asks for untrusted mode (WARDEN_UNTRUSTED set to
/// anything but "" or "0").
bool untrustedFromEnvironment();

/// Whether Path, where the kernel would resolve it (symbolic links of its
/// longest existing prefix followed, then ".."), lies inside Root.
bool isInsideRoot(llvm::StringRef Path, llvm::StringRef Root);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_WRITEPOLICY_H
