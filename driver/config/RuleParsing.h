//===- RuleParsing.h - TOML to rules, packs and option values ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The one reader of the rule format, shared by shipped rule files, rules
/// embedded in plugins and rules a user defines in .warden.toml.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_CONFIG_RULEPARSING_H
#define WARDEN_DRIVER_CONFIG_RULEPARSING_H

#include "config/RuleCatalog.h"
#include "config/TomlReader.h"

namespace warden {

/// Adds every [[rule]] of Root to Catalog. Only the key "rule" is read;
/// callers report other keys.
void addRulesFromToml(RuleCatalog &Catalog, TableReader &Root,
                      bool FromConfig);

/// Parses a pack file; rule references are checked against Catalog.
std::optional<Pack> parsePack(TableReader &Root, const RuleCatalog &Catalog);

/// Reads a table of option values for Checker, reporting unknown options,
/// wrong kinds and values its validators refuse.
std::map<std::string, OptionValue>
readCheckerOptions(TableReader &Reader, const CheckerRegistry::Entry &Checker);

} // namespace warden

#endif // WARDEN_DRIVER_CONFIG_RULEPARSING_H
