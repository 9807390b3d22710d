//===- Fingerprint.h - Line-independent identity of a finding ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A fingerprint names a finding without its line number, so that it
/// survives edits elsewhere in the file: suppressions, the baseline and
/// SARIF all use it. Version 1 hashes the rule id, the path relative to the
/// source root, the enclosing declaration, the finding's source line with
/// all white space and comments removed (re-indenting or adding a same-line
/// suppression does not change it) and the
/// occurrence index among findings that agree on all of these (so two
/// identical calls in one function stay distinct). Documented in
/// docs/fingerprints.md; a change of inputs means a new version.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_FINDINGS_FINGERPRINT_H
#define WARDEN_DRIVER_FINDINGS_FINGERPRINT_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SHA256.h"
#include <string>

namespace warden {

/// The SARIF partialFingerprints key.
constexpr llvm::StringLiteral FingerprintKey = "warden/v1";

/// Removes all white space (spaces, tabs, CR, LF, VT, FF) outside string
/// and character literals, and every comment.
std::string normaliseLine(llvm::StringRef Line);

/// The context of a finding without its occurrence index.
std::string fingerprintContext(llvm::StringRef RuleId,
                               llvm::StringRef RelativePath,
                               llvm::StringRef EnclosingSymbol,
                               llvm::StringRef SourceLine);

/// 32 hex digits (128 bits of SHA-256) of Context and Occurrence.
std::string fingerprint(llvm::StringRef Context, unsigned Occurrence);

/// Fingerprints the findings of a run in order, counting occurrences, with
/// the same results as fingerprintContext() and fingerprint() but in time
/// linear in the size of the findings and the source lines: each source
/// line is normalised once, and each context is hashed once however many
/// findings share it (20,000 findings on one 180 KB line would otherwise
/// hash 3.6 GB).
class Fingerprinter {
public:
  /// The fingerprint of the next finding of RuleId in EnclosingSymbol at
  /// line LineNumber of File. SourceLine is that line's text; File and
  /// LineNumber only identify it, so that it is not compared or hashed
  /// again for every finding on it.
  std::string next(llvm::StringRef RuleId, llvm::StringRef RelativePath,
                   llvm::StringRef EnclosingSymbol, llvm::StringRef File,
                   unsigned LineNumber, llvm::StringRef SourceLine);

private:
  struct Context {
    /// SHA-256 fed with the context, to be completed by the occurrence.
    llvm::SHA256 Prefix;
    /// The context's own digest: the key of its occurrence count.
    std::string Digest;
  };
  /// Normalised lines by file and line number.
  llvm::StringMap<std::string> Lines;
  /// Contexts by their inputs (not by their text, which may be long).
  llvm::StringMap<Context> Contexts;
  /// Findings seen so far per context digest.
  llvm::StringMap<unsigned> Occurrences;
};

/// The digits of the short form that text output shows (`fp:...`), like
/// git's abbreviated hashes. A fixed length, not the shortest unique one,
/// so that a finding's short form does not change when others appear.
constexpr size_t ShortFingerprintDigits = 12;
/// The fewest digits `warden suppress` accepts as a prefix.
constexpr size_t MinFingerprintPrefix = 8;

inline llvm::StringRef shortFingerprint(llvm::StringRef Fingerprint) {
  return Fingerprint.take_front(ShortFingerprintDigits);
}

} // namespace warden

#endif // WARDEN_DRIVER_FINDINGS_FINGERPRINT_H
