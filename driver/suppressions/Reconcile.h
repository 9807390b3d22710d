//===- Reconcile.h - Findings against their documented deviations -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Applies in-source suppressions and register entries to the run's
/// findings under the project's policy, and reports every problem with a
/// suppression as a finding of its own (the warden-suppress-* rules):
/// unjustified, unknown rule, malformed, expired, forbidden by policy and
/// unused. A suppression with a problem suppresses nothing.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPRESSIONS_RECONCILE_H
#define WARDEN_DRIVER_SUPPRESSIONS_RECONCILE_H

#include "config/Config.h"
#include "config/RuleCatalog.h"
#include "config/RuleSelection.h"
#include "findings/AnalysisCoverage.h"
#include "findings/ResultSet.h"
#include "suppressions/Register.h"
#include "support/SourceFiles.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace warden {

/// The rules of findings about suppressions.
namespace meta {
constexpr llvm::StringLiteral Unjustified = "warden-suppress-unjustified";
constexpr llvm::StringLiteral UnknownRule = "warden-suppress-unknown-rule";
constexpr llvm::StringLiteral Malformed = "warden-suppress-malformed";
constexpr llvm::StringLiteral Expired = "warden-suppress-expired";
constexpr llvm::StringLiteral Forbidden = "warden-suppress-forbidden";
constexpr llvm::StringLiteral Unused = "warden-suppress-unused";
} // namespace meta

struct ReconcileInput {
  const SuppressionPolicy &Policy;
  const RuleCatalog &Catalog;
  const RuleSelection &Selection;
  /// The date expiry is judged against (YYYY-MM-DD).
  std::string Today;
  /// The files this run knows completely: only their unused suppressions
  /// are reported, so partial runs never claim "unused" wrongly; register
  /// entries with path globs are judged unused only in a complete run.
  const AnalysisCoverage &Coverage;
};

void reconcileSuppressions(ResultSet &Set,
                           const std::vector<RegisterEntry> &Register,
                           const ReconcileInput &In, SourceFiles &Files);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPRESSIONS_RECONCILE_H
