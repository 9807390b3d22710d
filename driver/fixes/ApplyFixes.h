//===- ApplyFixes.h - warden check --fix ------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Applies the unambiguous fixes of findings to the files: never those of
/// suppressed findings, never two edits that overlap (the later one is
/// skipped and counted).
///
/// The analysed repository is untrusted, so a fix is written only where it
/// is known to be right and to stay inside the project:
/// - the file still holds the bytes the parser read (same content hash);
///   otherwise the fix's offsets would land in the wrong place;
/// - the file lies under the source root, is a regular file, and is not
///   reached through a symlink (its real path is the path analysed);
/// - every TU that read the file is of a language whose TUs proposed this
///   very fix (a C++ fix never lands in a header a C TU includes); when the
///   run did not analyse every TU, only main files are fixed;
/// - the file is writable by its mode (a read-only file is left alone).
/// Each refusal is a warning naming the file. The new content goes to a
/// verified temporary copy beside the file, which then replaces the file
/// with its mode and owner (rename), or, for a file with hard links or an
/// owner that cannot be given to the copy, is written into the file itself.
/// No temporary file survives any exit, signals included.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_FIXES_APPLYFIXES_H
#define WARDEN_DRIVER_FIXES_APPLYFIXES_H

#include "findings/ResultSet.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

struct FixSummary {
  unsigned Applied = 0;   ///< Fixes applied.
  unsigned Files = 0;     ///< Files rewritten.
  unsigned Conflicts = 0; ///< Fixes skipped because they overlap another.
  unsigned Refused = 0;   ///< Fixes not applied because a file was unsafe.
};

struct FixOptions {
  /// Only files under this directory (a real path) are written.
  std::string SourceRoot;
  /// Whether the run analysed every TU that may include a file, so the
  /// languages of a header's includers are known. When false, fixes land
  /// in main files only.
  bool AllIncludersKnown = true;
};

/// Applies the first fix of every unsuppressed result that has one; prints
/// a warning for each file left alone and why.
llvm::Expected<FixSummary> applyFixes(const ResultSet &Set,
                                      const FixOptions &Options,
                                      llvm::raw_ostream &Warnings);

} // namespace warden

#endif // WARDEN_DRIVER_FIXES_APPLYFIXES_H
