//===- JsonLimits.h - Bounds on untrusted JSON before parsing ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// JSON parsers and the code that walks their trees recurse once per level
/// of nesting: a 100 KB file of '[' fifty thousand deep overflows the stack
/// (a SARIF log did so in `warden merge`). Every JSON input from the
/// analysed repository (compile databases, SARIF logs, baselines, cache
/// entries) is checked here first, in one linear pass without recursion.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_JSONLIMITS_H
#define WARDEN_DRIVER_SUPPORT_JSONLIMITS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace warden {

/// Deeper than any real compile database, SARIF log or baseline.
constexpr unsigned MaxJsonNesting = 256;

/// Succeeds when Text nests arrays and objects at most MaxDepth deep;
/// otherwise an InputProblem error for File at the line and column of the
/// first bracket too many. Brackets inside strings do not count. Other
/// syntax is left to the parser.
llvm::Error checkJsonNesting(llvm::StringRef Text, llvm::StringRef File,
                             unsigned MaxDepth = MaxJsonNesting);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_JSONLIMITS_H
