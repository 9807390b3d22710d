//===- AuditChecker.h - The checker behind warden-suppress-* ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Findings about suppressions are produced by the driver after analysis
/// (suppressions/Reconcile.h), not by matching the AST. They are still rules
/// like any other, so that their levels, packs and documentation are data:
/// this checker binds them and never runs.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPRESSIONS_AUDITCHECKER_H
#define WARDEN_DRIVER_SUPPRESSIONS_AUDITCHECKER_H

namespace warden {

class CheckerRegistry;

/// Registers the "suppression-audit" checker as part of the driver itself.
void registerDriverCheckers(CheckerRegistry &Registry);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPRESSIONS_AUDITCHECKER_H
