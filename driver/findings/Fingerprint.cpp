//===- Fingerprint.cpp - Line-independent identity of a finding -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "findings/Fingerprint.h"
#include "support/Hashing.h"
#include "llvm/ADT/StringExtras.h"

namespace warden {

std::string normaliseLine(llvm::StringRef Line) {
  std::string Result;
  Result.reserve(Line.size());
  for (char C : Line)
    if (!llvm::isSpace(C))
      Result.push_back(C);
  return Result;
}

std::string fingerprintContext(llvm::StringRef RuleId,
                               llvm::StringRef RelativePath,
                               llvm::StringRef EnclosingSymbol,
                               llvm::StringRef SourceLine) {
  // NUL separators keep ("ab", "c") and ("a", "bc") apart.
  std::string Context = FingerprintKey.str();
  for (llvm::StringRef Part :
       {RuleId, RelativePath, EnclosingSymbol, llvm::StringRef()}) {
    Context.push_back('\0');
    Context += Part;
  }
  Context += normaliseLine(SourceLine);
  return Context;
}

std::string fingerprint(llvm::StringRef Context, unsigned Occurrence) {
  std::string Input = Context.str();
  Input.push_back('\0');
  Input += std::to_string(Occurrence);
  return sha256Hex(Input).substr(0, 32);
}

} // namespace warden
