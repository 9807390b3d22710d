//===- AtomicFile.h - Write a file by temporary file and rename -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Output, baseline and register files are never left half-written: the
/// content goes to a temporary file next to the target, which is renamed
/// over it only when complete. A failure leaves the old file untouched.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_ATOMICFILE_H
#define WARDEN_DRIVER_SUPPORT_ATOMICFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace warden {

/// Replaces Path with Content atomically. "-" writes to standard output.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_ATOMICFILE_H
