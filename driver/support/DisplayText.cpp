//===- DisplayText.cpp - Untrusted text made safe to show -----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "support/DisplayText.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Unicode.h"
#include <algorithm>

namespace warden {
namespace {

/// The code point at Text[At] and its length in bytes; length 0 when the
/// bytes there are not valid UTF-8 (truncated, overlong, a surrogate, a
/// stray continuation byte).
std::pair<uint32_t, unsigned> decodeAt(llvm::StringRef Text, size_t At) {
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(Text.data() + At);
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(Text.end());
  if (!llvm::isLegalUTF8Sequence(Begin, End))
    return {0, 0};
  unsigned Length = llvm::getNumBytesForUTF8(*Begin);
  llvm::UTF32 CodePoint = 0;
  llvm::UTF32 *Out = &CodePoint;
  const llvm::UTF8 *In = Begin;
  if (llvm::ConvertUTF8toUTF32(&In, Begin + Length, &Out, Out + 1,
                               llvm::strictConversion) != llvm::conversionOK)
    return {0, 0};
  return {CodePoint, Length};
}

/// Appends clang's form of a hidden code point: `<U+` four or more
/// upper-case hex digits `>`.
void appendCodePoint(std::string &Out, uint32_t CodePoint) {
  Out += "<U+";
  Out += llvm::utohexstr(CodePoint, /*LowerCase=*/false, /*Width=*/4);
  Out += '>';
}

/// Appends clang's form of a byte that is not valid UTF-8: `<XX>`.
void appendByte(std::string &Out, unsigned char Byte) {
  Out += '<';
  Out += llvm::hexdigit(Byte >> 4);
  Out += llvm::hexdigit(Byte & 15);
  Out += '>';
}

bool isPlainAscii(char C) { return C >= 0x20 && C < 0x7F; }

} // namespace

bool isHiddenCodePoint(uint32_t CodePoint) {
  // Spelled out although isPrintable covers them: these are the characters
  // an attack uses, and they must stay hidden whatever Unicode version LLVM
  // brings.
  if (CodePoint < 0x20 || (CodePoint >= 0x7F && CodePoint < 0xA0))
    return true;
  if ((CodePoint >= 0x202A && CodePoint <= 0x202E) ||
      (CodePoint >= 0x2066 && CodePoint <= 0x2069))
    return true;
  return !llvm::sys::unicode::isPrintable(int(CodePoint));
}

std::string displayText(llvm::StringRef Text, LineBreaks Breaks) {
  std::string Out;
  Out.reserve(Text.size());
  for (size_t I = 0; I < Text.size();) {
    char C = Text[I];
    if (isPlainAscii(C) || C == '\t' ||
        (C == '\n' && Breaks == LineBreaks::Keep)) {
      Out.push_back(C);
      ++I;
      continue;
    }
    auto [CodePoint, Length] = decodeAt(Text, I);
    if (!Length) {
      appendByte(Out, C);
      ++I;
      continue;
    }
    if (isHiddenCodePoint(CodePoint))
      appendCodePoint(Out, CodePoint);
    else
      Out.append(Text.data() + I, Length);
    I += Length;
  }
  return Out;
}

DisplayLine::DisplayLine(llvm::StringRef Line, unsigned TabStop) {
  Text.reserve(Line.size());
  unsigned Column = 0;
  for (size_t I = 0; I < Line.size();) {
    char C = Line[I];
    if (isPlainAscii(C)) {
      if (Pieces.empty() || !Pieces.back().Plain)
        Pieces.push_back({I, Text.size(), Column, /*Plain=*/true});
      Text.push_back(C);
      ++Column;
      ++I;
      continue;
    }
    Pieces.push_back({I, Text.size(), Column, /*Plain=*/false});
    if (C == '\t') {
      unsigned Spaces = TabStop - Column % TabStop;
      Text.append(Spaces, ' ');
      Column += Spaces;
      ++I;
      continue;
    }
    size_t Before = Text.size();
    auto [CodePoint, Length] = decodeAt(Line, I);
    if (!Length) {
      appendByte(Text, C);
      Column += Text.size() - Before;
      ++I;
      continue;
    }
    if (isHiddenCodePoint(CodePoint)) {
      appendCodePoint(Text, CodePoint);
      Column += Text.size() - Before;
    } else {
      llvm::StringRef Character = Line.substr(I, Length);
      Text.append(Character.begin(), Character.end());
      // Printable here, so the width is 0 (combining), 1 or 2 (wide).
      Column += std::max(llvm::sys::unicode::columnWidthUTF8(Character), 0);
    }
    I += Length;
  }
  Pieces.push_back({Line.size(), Text.size(), Column, /*Plain=*/false});
}

unsigned DisplayLine::columnOf(unsigned ByteColumn) const {
  size_t Byte = ByteColumn ? ByteColumn - 1 : 0;
  size_t LineSize = Pieces.back().Byte;
  if (Byte >= LineSize)
    return width() + (Byte > LineSize);
  auto Next =
      std::upper_bound(Pieces.begin(), Pieces.end(), Byte,
                       [](size_t B, const Piece &P) { return B < P.Byte; });
  const Piece &P = *std::prev(Next);
  return P.Plain ? P.Column + unsigned(Byte - P.Byte) : P.Column;
}

std::pair<size_t, unsigned> DisplayLine::characterAt(unsigned Column) const {
  if (Column >= width())
    return {Text.size(), width()};
  auto Next =
      std::upper_bound(Pieces.begin(), Pieces.end(), Column,
                       [](unsigned C, const Piece &P) { return C < P.Column; });
  const Piece &P = *std::prev(Next);
  if (P.Plain)
    return {P.Offset + (Column - P.Column), Column};
  return {P.Offset, P.Column};
}

llvm::StringRef DisplayLine::slice(unsigned Begin, unsigned End,
                                   unsigned &FirstColumn) const {
  auto [BeginOffset, BeginColumn] = characterAt(Begin);
  if (BeginColumn < Begin) {
    // Cut by Begin: start after it.
    auto Next =
        std::upper_bound(Pieces.begin(), Pieces.end(), BeginOffset,
                         [](size_t O, const Piece &P) { return O < P.Offset; });
    BeginOffset = Next->Offset;
    BeginColumn = Next->Column;
  }
  FirstColumn = BeginColumn;
  size_t EndOffset = characterAt(End).first;
  if (EndOffset <= BeginOffset)
    return {};
  return llvm::StringRef(Text).slice(BeginOffset, EndOffset);
}

} // namespace warden
