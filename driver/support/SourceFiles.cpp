//===- SourceFiles.cpp - Analysed files, read once ------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "support/SourceFiles.h"
#include "support/Hashing.h"
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

unsigned SourceFile::utf16Column(unsigned Line, unsigned ByteColumn) const {
  llvm::StringRef Text = line(Line);
  size_t Bytes = std::min<size_t>(ByteColumn ? ByteColumn - 1 : 0, Text.size());
  unsigned Units = 0;
  for (size_t I = 0; I < Bytes;) {
    unsigned char C = Text[I];
    unsigned Length = llvm::getNumBytesForUTF8(C);
    // Invalid UTF-8 counts one unit per byte, as a replacement character.
    if (Length == 0 || I + Length > Text.size() ||
        !llvm::isLegalUTF8Sequence(
            reinterpret_cast<const llvm::UTF8 *>(Text.data() + I),
            reinterpret_cast<const llvm::UTF8 *>(Text.data() + I + Length)))
      Length = 1;
    Units += Length == 4 ? 2 : 1;
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
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    Slot = std::make_unique<SourceFile>(Buffer ? std::move(*Buffer) : nullptr);
  }
  return *Slot;
}

} // namespace warden
