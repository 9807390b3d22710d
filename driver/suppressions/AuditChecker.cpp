//===- AuditChecker.cpp - The checker behind warden-suppress-* ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "suppressions/AuditChecker.h"
#include "warden/CheckerRegistry.h"

namespace warden {
namespace {

/// Audits suppressions: reports unjustified, unknown, malformed, expired,
/// forbidden and unused ones. The work happens in the driver after the
/// analysis, so on a translation unit this checker does nothing.
class SuppressionAuditChecker : public Checker {
public:
  using Checker::Checker;
  bool isLanguageVersionSupported(const clang::LangOptions &) const override {
    return false;
  }
};

} // namespace

void registerDriverCheckers(CheckerRegistry &Registry) {
  Registry.setCurrentPlugin("warden");
  Registry.add<SuppressionAuditChecker>(
      "suppression-audit",
      "Audits suppressions against the policy (run by the driver)");
}

} // namespace warden
