//===- RuleSelection.h - The rules in force for one run ---------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Turns packs, enable/disable lists, level and option overrides (from
/// .warden.toml and the command line) and the user's own rules into the
/// effective rule set: the coding standard in force for this run.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_CONFIG_RULESELECTION_H
#define WARDEN_DRIVER_CONFIG_RULESELECTION_H

#include "config/Config.h"
#include "config/RuleCatalog.h"

namespace warden {

struct EnabledRule {
  const Rule *Definition = nullptr;
  const CheckerRegistry::Entry *Checker = nullptr;
  Level Severity = Level::Warning;
  CheckerOptions Options;
  /// The selected packs that list this rule.
  std::vector<std::string> Packs;
};

struct RuleSelection {
  std::vector<std::string> Packs;
  /// Sorted by rule id.
  std::vector<EnabledRule> Rules;
};

/// Rule choices given on the command line; they add to the configuration's.
struct RuleSelectionFlags {
  std::vector<std::string> Packs;
  std::vector<std::string> Enable;
  std::vector<std::string> Disable;
  /// Exactly these rules (ids or globs), ignoring packs and enable/disable
  /// lists; level and option overrides still apply.
  std::vector<std::string> Only;
};

/// The pack used when neither the configuration nor a flag names one.
constexpr llvm::StringLiteral DefaultPack = "hs-health-baseline";

/// Adds the configuration's own rules to Catalog and computes the rules in
/// force. Every unknown pack, rule or option is an error with its location.
llvm::Expected<RuleSelection> selectRules(const Config &C,
                                          RuleCatalog &Catalog,
                                          const RuleSelectionFlags &Flags);

} // namespace warden

#endif // WARDEN_DRIVER_CONFIG_RULESELECTION_H
