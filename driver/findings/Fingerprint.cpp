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

/// The occurrence part of a fingerprint's input, after its context.
static std::string occurrenceSuffix(unsigned Occurrence) {
  return std::string(1, '\0') + std::to_string(Occurrence);
}

std::string fingerprint(llvm::StringRef Context, unsigned Occurrence) {
  return sha256Hex(Context.str() + occurrenceSuffix(Occurrence)).substr(0, 32);
}

/// Joins parts with NUL, which none of them contains, into a map key.
static std::string keyOf(std::initializer_list<llvm::StringRef> Parts) {
  std::string Key;
  for (llvm::StringRef Part : Parts) {
    Key += Part;
    Key.push_back('\0');
  }
  return Key;
}

std::string Fingerprinter::next(llvm::StringRef RuleId,
                                llvm::StringRef RelativePath,
                                llvm::StringRef EnclosingSymbol,
                                llvm::StringRef File, unsigned LineNumber,
                                llvm::StringRef SourceLine) {
  std::string LineKey = keyOf({File, std::to_string(LineNumber)});
  auto [ContextIt, NewContext] = Contexts.try_emplace(
      keyOf({RuleId, RelativePath, EnclosingSymbol, LineKey}));
  Context &C = ContextIt->second;
  if (NewContext) {
    auto [LineIt, NewLine] = Lines.try_emplace(LineKey);
    if (NewLine)
      LineIt->second = normaliseLine(SourceLine);
    // As fingerprintContext(), without copying the line into the context.
    std::string Head = FingerprintKey.str();
    for (llvm::StringRef Part :
         {RuleId, RelativePath, EnclosingSymbol, llvm::StringRef()}) {
      Head.push_back('\0');
      Head += Part;
    }
    C.Prefix.update(Head);
    C.Prefix.update(LineIt->second);
    std::array<uint8_t, 32> Digest = C.Prefix.result();
    C.Digest.assign(Digest.begin(), Digest.end());
  }
  unsigned Occurrence = Occurrences[C.Digest]++;
  llvm::SHA256 Hash = C.Prefix;
  Hash.update(occurrenceSuffix(Occurrence));
  std::array<uint8_t, 32> Digest = Hash.final();
  return llvm::toHex(llvm::ArrayRef<uint8_t>(Digest), /*LowerCase=*/true)
      .substr(0, 32);
}

} // namespace warden
