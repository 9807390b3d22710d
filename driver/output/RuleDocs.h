//===- RuleDocs.h - A rule's help, from its definition ----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A rule's help exists in one place, its TOML definition. This renders it
/// as plain text (`warden explain`, SARIF help.text) and Markdown (SARIF
/// help.markdown and the pages under docs/rules/, which are generated).
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_OUTPUT_RULEDOCS_H
#define WARDEN_DRIVER_OUTPUT_RULEDOCS_H

#include "config/RuleCatalog.h"
#include <string>
#include <vector>

namespace warden {

/// Renders an option value the way it is written in TOML.
std::string formatOptionValue(const OptionValue &V);

struct RuleDocInput {
  const Rule &Definition;
  const CheckerRegistry::Entry &Checker;
  /// The options in force (defaults filled in).
  const CheckerOptions &Options;
  Level Severity;
  std::vector<std::string> Packs;
};

std::string ruleHelpText(const RuleDocInput &In);
std::string ruleHelpMarkdown(const RuleDocInput &In);

/// GitHub's security-severity for a rule: its own, else from the level.
std::string securitySeverity(const Rule &R, Level Severity);

/// "CERT:STR31-C", "MISRA-C:21.6", "MISRA-C++:30.0.1" and "external/cwe/..."
std::vector<std::string> mappingTags(const RuleMapping &M);

} // namespace warden

#endif // WARDEN_DRIVER_OUTPUT_RULEDOCS_H
