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
  // Comments go too, so that adding a same-line suppression (or editing a
  // comment) keeps the finding's identity. String and character literals
  // are kept whole: "http://" is not a comment.
  std::string Result;
  Result.reserve(Line.size());
  char Quote = 0;
  for (size_t I = 0; I < Line.size(); ++I) {
    char C = Line[I];
    if (Quote) {
      Result.push_back(C);
      if (C == '\\' && I + 1 < Line.size())
        Result.push_back(Line[++I]);
      else if (C == Quote)
        Quote = 0;
      continue;
    }
    if (C == '/' && I + 1 < Line.size() && Line[I + 1] == '/')
      break;
    if (C == '/' && I + 1 < Line.size() && Line[I + 1] == '*') {
      size_t End = Line.find("*/", I + 2);
      if (End == llvm::StringRef::npos)
        break;
      I = End + 1;
      continue;
    }
    if (C == '"' || C == '\'')
      Quote = C;
    if (!llvm::isSpace(C))
      Result.push_back(C);
  }
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
