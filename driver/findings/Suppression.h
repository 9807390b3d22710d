//===- Suppression.h - A documented deviation from a rule -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// How a finding was accepted: by a comment in the source or by an entry of
/// the external register, always with a justification. The same record
/// feeds the gate, text output and SARIF's result.suppressions.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_FINDINGS_SUPPRESSION_H
#define WARDEN_DRIVER_FINDINGS_SUPPRESSION_H

#include "warden/Finding.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace warden {

/// The optional fields a suppression may carry, in comments and register.
struct SuppressionFields {
  std::string Ticket;
  std::string Expires; ///< YYYY-MM-DD; empty when none.
  std::string Approver;
  std::string Risk;
  std::string Author; ///< Register only.
  std::string Date;   ///< Register only: when it was granted.
};

enum class SuppressionKind { InSource, External };
enum class SuppressionStatus { Accepted, UnderReview, Rejected };

llvm::StringRef suppressionKindName(SuppressionKind K);     ///< SARIF's names
llvm::StringRef suppressionStatusName(SuppressionStatus S); ///< SARIF's names

struct SuppressionRecord {
  SuppressionKind Kind = SuppressionKind::InSource;
  SuppressionStatus Status = SuppressionStatus::Accepted;
  std::string Justification;
  /// The comment, or the register entry.
  SourceSpan Where;
  SuppressionFields Fields;
};

/// Every suppression of a run, whether it applied or not: the deviation
/// register an audit reviews (an expired or unused suppression is on no
/// result, yet it is a deviation someone wrote).
struct DeviationRecord {
  SuppressionKind Kind = SuppressionKind::InSource;
  SuppressionStatus Status = SuppressionStatus::Accepted;
  /// Rule ids or globs as written.
  std::vector<std::string> Rules;
  std::string Justification;
  SourceSpan Where;
  SuppressionFields Fields;
  /// Register entries: what the entry matches.
  std::string Path, Symbol, Fingerprint;
  /// Findings it was recorded on.
  unsigned Findings = 0;
  /// The warden-suppress-* rules reported about it.
  std::vector<std::string> Problems;
};

} // namespace warden

#endif // WARDEN_DRIVER_FINDINGS_SUPPRESSION_H
