//===- SourceFiles.h - Analysed files, read once ----------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The driver reads each file that has findings once, after analysis: for
/// the source lines of text output, the fingerprints, SARIF artifact hashes
/// and column conversion (clang counts bytes, SARIF consumers count UTF-16
/// code units).
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_SOURCEFILES_H
#define WARDEN_DRIVER_SUPPORT_SOURCEFILES_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <string>
#include <vector>

namespace warden {

class SourceFile {
public:
  explicit SourceFile(std::unique_ptr<llvm::MemoryBuffer> Buffer);

  bool exists() const { return Buffer != nullptr; }
  llvm::StringRef text() const;
  /// The text of a 1-based line without its line break; empty past the end.
  llvm::StringRef line(unsigned Line) const;
  /// Converts a 1-based byte column of Line to 1-based UTF-16 code units.
  unsigned utf16Column(unsigned Line, unsigned ByteColumn) const;
  /// Lower-case hex SHA-256 of the bytes, computed on first use.
  const std::string &sha256() const;

private:
  /// A point of a line where the UTF-16 count is known: the start of the
  /// first character at or after a multiple of Utf16MarkStride bytes.
  struct Utf16Mark {
    size_t Byte;
    unsigned Units;
  };
  /// The marks of a long line, computed on its first column conversion,
  /// so that a conversion scans at most one stride rather than the line
  /// (20,000 findings on one 180 KB line are 20,000 conversions).
  const std::vector<Utf16Mark> &utf16Marks(unsigned Line) const;

  std::unique_ptr<llvm::MemoryBuffer> Buffer;
  std::vector<size_t> LineStarts;
  mutable std::string Digest;
  mutable llvm::DenseMap<unsigned, std::vector<Utf16Mark>> Utf16Index;
};

/// Files by absolute path, loaded on first request.
class SourceFiles {
public:
  const SourceFile &get(llvm::StringRef Path);

private:
  llvm::StringMap<std::unique_ptr<SourceFile>> Files;
};

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_SOURCEFILES_H
