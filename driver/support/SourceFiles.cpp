//===- SourceFiles.cpp - Analysed files, read once ------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "support/SourceFiles.h"
#include "support/Hashing.h"
#include "vcs/Git.h"
#include "llvm/Support/ConvertUTF.h"

namespace warden {

SourceFile::SourceFile(std::unique_ptr<llvm::MemoryBuffer> Buffer)
    : Buffer(std::move(Buffer)) {
  if (!this->Buffer)
    return;
  llvm::StringRef Text = this->Buffer->getBuffer();
  LineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      LineStarts.push_back(I + 1);
}

llvm::StringRef SourceFile::text() const {
  return Buffer ? Buffer->getBuffer() : llvm::StringRef();
}

llvm::StringRef SourceFile::line(unsigned Line) const {
  if (Line == 0 || Line > LineStarts.size())
    return {};
  llvm::StringRef Text = text();
  size_t Begin = LineStarts[Line - 1];
  size_t End = Line < LineStarts.size() ? LineStarts[Line] : Text.size();
  llvm::StringRef Result = Text.slice(Begin, End);
  Result.consume_back("\n");
  Result.consume_back("\r");
  return Result;
}

/// Bytes between two marks of a long line.
static constexpr size_t Utf16MarkStride = 256;

/// The length in bytes of the character at Text[I]; invalid UTF-8 counts
/// one byte at a time, each as a replacement character.
static unsigned utf8Length(llvm::StringRef Text, size_t I) {
  unsigned Length = llvm::getNumBytesForUTF8(Text[I]);
  if (Length == 0 || I + Length > Text.size() ||
      !llvm::isLegalUTF8Sequence(
          reinterpret_cast<const llvm::UTF8 *>(Text.data() + I),
          reinterpret_cast<const llvm::UTF8 *>(Text.data() + I + Length)))
    return 1;
  return Length;
}

/// UTF-16 code units of the character of Length bytes.
static unsigned utf16Units(unsigned Length) { return Length == 4 ? 2 : 1; }

const std::vector<SourceFile::Utf16Mark> &
SourceFile::utf16Marks(unsigned Line) const {
  auto [It, Inserted] = Utf16Index.try_emplace(Line);
  if (!Inserted)
    return It->second;
  llvm::StringRef Text = line(Line);
  std::vector<Utf16Mark> &Marks = It->second;
  unsigned Units = 0;
  for (size_t I = 0; I < Text.size();) {
    while (Marks.size() * Utf16MarkStride <= I)
      Marks.push_back({I, Units});
    unsigned Length = utf8Length(Text, I);
    Units += utf16Units(Length);
    I += Length;
  }
  if (Marks.empty())
    Marks.push_back({0, 0});
  return Marks;
}

unsigned SourceFile::utf16Column(unsigned Line, unsigned ByteColumn) const {
  llvm::StringRef Text = line(Line);
  size_t Bytes = std::min<size_t>(ByteColumn ? ByteColumn - 1 : 0, Text.size());
  size_t I = 0;
  unsigned Units = 0;
  if (Text.size() > Utf16MarkStride) {
    const std::vector<Utf16Mark> &Marks = utf16Marks(Line);
    size_t K = std::min(Bytes / Utf16MarkStride, Marks.size() - 1);
    while (K > 0 && Marks[K].Byte > Bytes)
      --K;
    I = Marks[K].Byte;
    Units = Marks[K].Units;
  }
  // A character that starts before the column counts whole.
  while (I < Bytes) {
    unsigned Length = utf8Length(Text, I);
    Units += utf16Units(Length);
    I += Length;
  }
  return Units + 1;
}

const std::string &SourceFile::sha256() const {
  if (Digest.empty() && Buffer)
    Digest = sha256Hex(Buffer->getBuffer());
  return Digest;
}

const SourceFile &SourceFiles::get(llvm::StringRef Path) {
  auto &Slot = Files[Path];
  if (!Slot) {
    // `check --staged` reports on the staged bytes.
    if (const StagedTree *Staged = stagedView()) {
      if (const std::string *Content = Staged->contentOf(Path)) {
        Slot = std::make_unique<SourceFile>(
            llvm::MemoryBuffer::getMemBufferCopy(*Content, Path));
        return *Slot;
      }
      if (Staged->isMissing(Path)) {
        Slot = std::make_unique<SourceFile>(nullptr);
        return *Slot;
      }
    }
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    Slot = std::make_unique<SourceFile>(Buffer ? std::move(*Buffer) : nullptr);
  }
  return *Slot;
}

} // namespace warden
