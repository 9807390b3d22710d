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
/// What is already at the path is respected, never replaced by a regular
/// file: a FIFO or character device is written through (a pipe to another
/// process, /dev/null); a directory, socket or block device is refused; a
/// symbolic link is followed only when its target is inside the source root
/// or the user's command line named the link (WriteKind::CommandLineOutput),
/// and then the link stays and its target is written. Whether the path may
/// be written at all is WritePolicy's decision.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_ATOMICFILE_H
#define WARDEN_DRIVER_SUPPORT_ATOMICFILE_H

#include "support/WritePolicy.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace warden {

/// Replaces Path with Content atomically. "-" writes to standard output.
llvm::Error
writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content,
                    WriteKind Kind = WriteKind::CommandLineOutput);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_ATOMICFILE_H
