//===- warden/CheckerRegistry.h - Checkers a plugin provides ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Plugins register checkers (id, summary, declared options, factory) and may
/// ship rule definitions (TOML text) that bind those checkers to rules. The
/// driver owns one registry; it refuses duplicate checker ids, naming both
/// plugins.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERREGISTRY_H
#define WARDEN_CHECKERREGISTRY_H

#include "warden/Checker.h"
#include "warden/Options.h"
#include "llvm/ADT/StringRef.h"
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace warden {

class CheckerRegistry {
public:
  using Factory = std::function<std::unique_ptr<Checker>(
      const RuleBinding &, TranslationUnitContext &)>;

  struct Entry {
    std::string Id;
    std::string Summary;
    std::vector<OptionSpec> Options;
    Factory Create;
    /// Name of the plugin that registered the checker.
    std::string Plugin;

    const OptionSpec *findOption(llvm::StringRef Name) const;
  };

  /// Rule definitions shipped inside a plugin, in the rules TOML format.
  struct EmbeddedRules {
    std::string Origin; ///< Shown in error messages in place of a path.
    std::string Toml;
    std::string Plugin;
  };

  template <typename CheckerT>
  void add(llvm::StringRef Id, llvm::StringRef Summary,
           std::vector<OptionSpec> Options = {}) {
    addFactory(Id, Summary, std::move(Options),
               [](const RuleBinding &B, TranslationUnitContext &C) {
                 return std::unique_ptr<Checker>(new CheckerT(B, C));
               });
  }
  void addFactory(llvm::StringRef Id, llvm::StringRef Summary,
                  std::vector<OptionSpec> Options, Factory Create);
  void addRules(llvm::StringRef Origin, llvm::StringRef Toml);

  // Driver side.

  /// The plugin whose RegisterCheckers callback runs next.
  void setCurrentPlugin(llvm::StringRef Name) { CurrentPlugin = Name.str(); }
  /// Problems found while registering (duplicate or malformed ids); the
  /// driver turns them into a configuration error. Cleared on read.
  std::vector<std::string> takeProblems();

  const Entry *find(llvm::StringRef Id) const;
  const std::vector<Entry> &entries() const { return Entries; }
  const std::vector<EmbeddedRules> &embeddedRules() const { return Rules; }

private:
  std::vector<Entry> Entries;
  std::vector<EmbeddedRules> Rules;
  std::vector<std::string> Problems;
  std::string CurrentPlugin;
};

} // namespace warden

#endif // WARDEN_CHECKERREGISTRY_H
