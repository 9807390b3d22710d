//===- DisplayText.h - Untrusted text made safe to show ---------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Source lines, messages, file names and justifications come from the
/// analysed repository, which may be hostile: an ESC sequence can clear the
/// terminal or plant a link, a line break in a file name can forge a log
/// line, and a bidi override (U+202E) can make text read differently from
/// what it is. Everything a human reads passes through displayText, which
/// shows such characters the way clang shows them in a source line:
/// `<U+001B>` for a code point that is not printable, `<FF>` for a byte that
/// is not valid UTF-8.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_DISPLAYTEXT_H
#define WARDEN_DRIVER_SUPPORT_DISPLAYTEXT_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>
#include <vector>

namespace warden {

/// Whether a line break ('\n') is kept or shown as `<U+000A>`. Only text
/// that is meant to span lines (rule documentation) keeps them: in a
/// message or a file name a line break would start a forged line.
enum class LineBreaks { Escape, Keep };

/// Text with every code point that a terminal would not print as a glyph
/// replaced by `<U+XXXX>` and every invalid UTF-8 byte by `<XX>`. Tabs are
/// kept; so are line breaks when Breaks says so.
std::string displayText(llvm::StringRef Text,
                        LineBreaks Breaks = LineBreaks::Escape);

/// Whether displayText shows the code point as `<U+XXXX>`: C0 and C1
/// controls, DEL, bidi embeddings, overrides and isolates, and whatever
/// else clang does not print (format characters, separators, unassigned
/// and private-use code points).
bool isHiddenCodePoint(uint32_t CodePoint);

/// A source line as shown under a diagnostic: tabs expanded to TabStop,
/// hidden characters replaced as displayText does, with the display column
/// of every byte, so that a caret lands under the character it means even
/// after a `<U+001B>` (8 columns for one byte) or a CJK character (2 columns
/// for 3 bytes). Built once per line in O(length), lookups in O(log length),
/// so many findings on one long line cost no more than the line itself.
class DisplayLine {
public:
  DisplayLine(llvm::StringRef Line, unsigned TabStop);

  const std::string &text() const { return Text; }
  /// Display columns of the whole line.
  unsigned width() const { return Pieces.back().Column; }
  /// The 0-based display column of a 1-based byte column (as clang counts
  /// columns): a byte inside a character maps to the character's start; one
  /// past the end maps to width(), anything further to width() + 1.
  unsigned columnOf(unsigned ByteColumn) const;
  /// The characters that lie wholly within display columns [Begin, End),
  /// and in FirstColumn the display column the first of them starts at (a
  /// wide character or replacement cut by Begin or End is left out, not
  /// split).
  llvm::StringRef slice(unsigned Begin, unsigned End,
                        unsigned &FirstColumn) const;

private:
  /// Where a character starts in the line, in Text and on screen. A plain
  /// piece is a run of printable ASCII (one byte, one column each) up to
  /// the next piece, so that ordinary code needs few pieces; any other
  /// character is a piece of its own. A final piece marks the end.
  struct Piece {
    size_t Byte;
    size_t Offset;
    unsigned Column;
    bool Plain;
  };
  /// The character covering display column Column: its offset in Text and
  /// its first column (Text.size() and width() past the end).
  std::pair<size_t, unsigned> characterAt(unsigned Column) const;

  std::string Text;
  std::vector<Piece> Pieces;
};

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_DISPLAYTEXT_H
