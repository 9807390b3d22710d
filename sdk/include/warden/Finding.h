//===- warden/Finding.h - One rule hit, as plain data -----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A finding outlives the translation unit that produced it: locations are
/// resolved to file, line and column while the SourceManager is alive, so
/// findings can cross process boundaries, be deduplicated across TUs and be
/// written long after the AST is gone.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_FINDING_H
#define WARDEN_FINDING_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

namespace warden {

/// The SARIF levels. Ordered by severity so that gates can compare them.
enum class Level { None = 0, Note = 1, Warning = 2, Error = 3 };

llvm::StringRef levelName(Level L);
std::optional<Level> parseLevel(llvm::StringRef Name);

/// A range in one file. Lines and columns are 1-based; columns count bytes,
/// as clang's do. EndColumn is one past the last byte of the range.
struct SourceSpan {
  std::string File; ///< Absolute, normalised path.
  unsigned StartLine = 0;
  unsigned StartColumn = 0;
  unsigned EndLine = 0;
  unsigned EndColumn = 0;

  bool valid() const { return !File.empty() && StartLine != 0; }
  friend bool operator<(const SourceSpan &A, const SourceSpan &B) {
    return std::tie(A.File, A.StartLine, A.StartColumn, A.EndLine,
                    A.EndColumn) < std::tie(B.File, B.StartLine, B.StartColumn,
                                            B.EndLine, B.EndColumn);
  }
  friend bool operator==(const SourceSpan &A, const SourceSpan &B) {
    return !(A < B) && !(B < A);
  }
};

/// A secondary location with an explanation ("expanded from macro 'X'",
/// "memory freed here").
struct FindingNote {
  SourceSpan Where;
  std::string Message;
};

/// One textual replacement of a fix: Removed (may be empty) becomes Inserted.
struct Replacement {
  SourceSpan Removed;
  std::string Inserted;
};

/// An unambiguous fix for a finding, made of one or more replacements.
struct FindingFix {
  std::string Description;
  std::vector<Replacement> Replacements;
};

using PropertyValue = std::variant<bool, int64_t, double, std::string>;

struct Finding {
  std::string RuleId;
  Level Severity = Level::Warning;
  SourceSpan Where;
  std::string Message;
  std::vector<FindingNote> Notes;
  std::vector<FindingFix> Fixes;
  /// Qualified name of the innermost declaration around the finding
  /// (function, record, namespace or global variable); empty at file scope.
  /// A fingerprint input: it does not move when lines are inserted above.
  std::string EnclosingSymbol;
  /// Extra facts a checker wants in the SARIF result (e.g. "entropy").
  std::map<std::string, PropertyValue> Properties;
};

} // namespace warden

#endif // WARDEN_FINDING_H
