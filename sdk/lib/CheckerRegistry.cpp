//===- CheckerRegistry.cpp - Checkers a plugin provides -------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "warden/CheckerRegistry.h"
#include "llvm/Support/Regex.h"

using llvm::StringRef;

namespace warden {

const OptionSpec *CheckerRegistry::Entry::findOption(StringRef Name) const {
  for (const OptionSpec &O : Options)
    if (O.Name == Name)
      return &O;
  return nullptr;
}

static bool isKebabCase(StringRef Id) {
  static const llvm::Regex Kebab("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
  return Kebab.match(Id);
}

void CheckerRegistry::addFactory(StringRef Id, StringRef Summary,
                                 std::vector<OptionSpec> Options,
                                 Factory Create) {
  if (!isKebabCase(Id)) {
    Problems.push_back("plugin '" + CurrentPlugin + "' registers checker '" +
                       Id.str() + "': checker ids are kebab case");
    return;
  }
  if (const Entry *Existing = find(Id)) {
    Problems.push_back("checker '" + Id.str() + "' is registered by both '" +
                       Existing->Plugin + "' and '" + CurrentPlugin + "'");
    return;
  }
  Entries.push_back({Id.str(), Summary.str(), std::move(Options),
                     std::move(Create), CurrentPlugin});
}

void CheckerRegistry::addRules(StringRef Origin, StringRef Toml) {
  Rules.push_back({Origin.str(), Toml.str(), CurrentPlugin});
}

std::vector<std::string> CheckerRegistry::takeProblems() {
  return std::exchange(Problems, {});
}

const CheckerRegistry::Entry *CheckerRegistry::find(StringRef Id) const {
  for (const Entry &E : Entries)
    if (E.Id == Id)
      return &E;
  return nullptr;
}

} // namespace warden
