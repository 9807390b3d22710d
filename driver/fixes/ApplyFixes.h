//===- ApplyFixes.h - warden check --fix ------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Applies the unambiguous fixes of findings to the files: never those of
/// suppressed findings, never two edits that overlap (the later one is
/// skipped and counted), and each file is rewritten atomically.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_FIXES_APPLYFIXES_H
#define WARDEN_DRIVER_FIXES_APPLYFIXES_H

#include "findings/ResultSet.h"
#include "llvm/Support/Error.h"

namespace warden {

struct FixSummary {
  unsigned Applied = 0;  ///< Fixes applied.
  unsigned Files = 0;    ///< Files rewritten.
  unsigned Conflicts = 0; ///< Fixes skipped because they overlap another.
};

/// Applies the first fix of every unsuppressed result that has one.
llvm::Expected<FixSummary> applyFixes(const ResultSet &Set);

} // namespace warden

#endif // WARDEN_DRIVER_FIXES_APPLYFIXES_H
