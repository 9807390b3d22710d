//===- JsonLimits.cpp - Bounds on untrusted JSON before parsing -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "support/JsonLimits.h"
#include "support/Diagnostics.h"

namespace warden {

llvm::Error checkJsonNesting(llvm::StringRef Text, llvm::StringRef File,
                             unsigned MaxDepth) {
  unsigned Depth = 0, Line = 1;
  size_t LineStart = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '\n') {
      ++Line;
      LineStart = I + 1;
      continue;
    }
    if (InString) {
      if (C == '\\')
        ++I; // The escaped character cannot end the string.
      else if (C == '"')
        InString = false;
      continue;
    }
    switch (C) {
    case '"':
      InString = true;
      break;
    case '[':
    case '{':
      if (++Depth > MaxDepth) {
        ProblemList Problems;
        Problems.add(File, Line, unsigned(I - LineStart + 1),
                     "JSON nested more than " + llvm::Twine(MaxDepth) +
                         " levels deep; refusing to read it");
        return Problems.takeError();
      }
      break;
    case ']':
    case '}':
      if (Depth)
        --Depth;
      break;
    default:
      break;
    }
  }
  return llvm::Error::success();
}

} // namespace warden
