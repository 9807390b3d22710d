//===- Glob.h - The one glob syntax of rule ids and paths -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Rule patterns (--enable, suppressions), component classes and register
/// paths all use llvm::GlobPattern with brace alternatives ("src/{a,b}/*"),
/// so a pattern means the same wherever a user writes it.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_GLOB_H
#define WARDEN_DRIVER_SUPPORT_GLOB_H

#include "llvm/Support/GlobPattern.h"

namespace warden {

/// Enough alternatives for any hand-written pattern; bounds the work a
/// hostile pattern such as "{a,b}{a,b}{a,b}..." can cause.
constexpr size_t MaxGlobAlternatives = 1024;

inline llvm::Expected<llvm::GlobPattern> compileGlob(llvm::StringRef Pattern) {
  return llvm::GlobPattern::create(Pattern, MaxGlobAlternatives);
}

/// Whether Pattern has glob syntax (otherwise it is compared literally).
inline bool isGlob(llvm::StringRef Pattern) {
  return Pattern.find_first_of("*?[{") != llvm::StringRef::npos;
}

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_GLOB_H
