//===- Directive.h - In-source suppression comments -------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The syntax of in-source suppressions (docs/suppressions.md):
///
///   // warden-ignore RULES: JUSTIFICATION [; FIELD=VALUE]...
///   // warden-ignore-next-line RULES: JUSTIFICATION [; FIELD=VALUE]...
///   // warden-ignore-begin RULES: JUSTIFICATION [; FIELD=VALUE]...
///   // warden-ignore-end [RULES]
///
/// RULES is a comma-separated list of rule ids or globs ("hs-api-*"). The
/// justification is mandatory. FIELD is one of ticket, expires (YYYY-MM-DD),
/// approver, risk. The directive must open the comment; anything else in a
/// comment is prose. Parsing never fails: problems are recorded on the
/// directive and become meta-findings.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPRESSIONS_DIRECTIVE_H
#define WARDEN_DRIVER_SUPPRESSIONS_DIRECTIVE_H

#include "findings/Suppression.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace warden {

struct Directive {
  enum class Scope { SameLine, NextLine, Begin, End };
  Scope Kind = Scope::SameLine;
  std::vector<std::string> Rules;
  std::string Justification;
  SuppressionFields Fields;
  /// Syntax problems ("no rule id", "unknown field 'owner'"); a directive
  /// with problems suppresses nothing.
  std::vector<std::string> Problems;
};

/// Parses one comment's text (with its delimiters). Returns nothing when the
/// comment is not a directive.
std::optional<Directive> parseDirective(llvm::StringRef Comment);

/// True for "YYYY-MM-DD" naming a real calendar day.
bool isValidDate(llvm::StringRef Date);

/// Today's date in UTC, as YYYY-MM-DD.
std::string todayUtc();

} // namespace warden

#endif // WARDEN_DRIVER_SUPPRESSIONS_DIRECTIVE_H
