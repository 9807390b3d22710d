//===- RuleCatalog.h - Rules and packs, loaded from TOML --------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Rules are policy as data: a rule binds an id, its rationale and its
/// CWE/CERT/MISRA mapping to a checker and that checker's options. Packs are
/// named sets of rules with per-rule overrides. Both are validated in full
/// against the registered checkers before anything is analysed. The file
/// formats are documented in docs/rules-format.md.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_CONFIG_RULECATALOG_H
#define WARDEN_DRIVER_CONFIG_RULECATALOG_H

#include "support/Diagnostics.h"
#include "warden/CheckerRegistry.h"
#include "warden/Finding.h"
#include "warden/Options.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace warden {

/// Where something was defined, for messages ("first defined at ...").
struct DefinitionSite {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  std::string str() const;
};

struct RuleMapping {
  std::vector<std::string> Cwe; ///< "CWE-120"
  std::vector<std::string> Cert; ///< "STR31-C"
  std::vector<std::string> MisraC; ///< "21.6", "Dir 4.7"
  std::vector<std::string> MisraCpp; ///< "30.0.1"
};

struct Rule {
  std::string Id;
  std::string Title;
  std::string Checker;
  Level DefaultLevel = Level::Warning;
  std::string Rationale;
  std::string Help;
  std::string ExampleBad;
  std::string ExampleGood;
  RuleMapping Mapping;
  /// Explicitly set options; unset ones take the checker's defaults.
  std::map<std::string, OptionValue> Options;
  /// GitHub's "security-severity" (0.1-10.0, as text); empty: from level.
  std::string SecuritySeverity;
  std::string Precision = "high";
  DefinitionSite Site;
  /// Defined in the user's configuration rather than a shipped rule file.
  bool FromConfig = false;
};

struct Pack {
  std::string Id;
  std::string Title;
  std::string Description;
  /// The clauses the pack gives evidence for (81001-5-1, FDA, 62443-4-1).
  std::vector<std::string> Evidence;
  std::vector<std::string> Rules;
  /// Rules listed by the pack but off unless enabled explicitly.
  std::set<std::string> Disabled;
  std::map<std::string, Level> Levels;
  DefinitionSite Site;
};

class RuleCatalog {
public:
  explicit RuleCatalog(const CheckerRegistry &Registry) : Registry(Registry) {}

  /// Adds a rule; a duplicate id is reported with both definition sites.
  void addRule(Rule R, ProblemList &Problems);
  void addPack(Pack P, ProblemList &Problems);
  /// Loads the rules (every *.toml) of each directory and the rule texts
  /// plugins ship, then the packs (DIR/packs/*.toml), checking that they name
  /// known rules. All problems are reported together.
  llvm::Error loadDirectories(const std::vector<std::string> &Dirs);

  const Rule *findRule(llvm::StringRef Id) const;
  const Pack *findPack(llvm::StringRef Id) const;
  const std::vector<Rule> &rules() const { return Rules; }
  const std::vector<Pack> &packs() const { return Packs; }
  /// Ids of the packs listing the rule, sorted.
  std::vector<std::string> packsOf(llvm::StringRef RuleId) const;
  const CheckerRegistry &registry() const { return Registry; }

  /// Checks Values against the checker's declaration; on success returns
  /// the complete option set (defaults filled in).
  static CheckerOptions resolveOptions(
      const CheckerRegistry::Entry &Checker,
      const std::map<std::string, OptionValue> &Values);

private:
  const CheckerRegistry &Registry;
  std::vector<Rule> Rules;
  std::vector<Pack> Packs;
  llvm::StringMap<size_t> RuleIndex;
  llvm::StringMap<size_t> PackIndex;
};

/// Suggests the closest of Candidates to Name ("; did you mean 'x'?") or "".
std::string didYouMean(llvm::StringRef Name,
                       const std::vector<std::string> &Candidates);

} // namespace warden

#endif // WARDEN_DRIVER_CONFIG_RULECATALOG_H
