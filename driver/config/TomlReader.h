//===- TomlReader.h - Strict, located reading of TOML tables ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Every TOML file Warden reads (config, rules, packs, register) goes
/// through TableReader: each key is read with its expected type, wrong types
/// and unknown keys are reported with file:line:col, and nothing is silently
/// ignored. toml++ is header-only and heavy, so only config/*.cpp include it.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_CONFIG_TOMLREADER_H
#define WARDEN_DRIVER_CONFIG_TOMLREADER_H

#include "support/Diagnostics.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include <toml++/toml.h>
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// Parses TOML text; syntax errors become a ConfigError at their location.
llvm::Expected<toml::table> parseToml(llvm::StringRef Path,
                                      llvm::StringRef Text);

/// Reads a file and parses it as TOML.
llvm::Expected<toml::table> loadTomlFile(llvm::StringRef Path);

/// The user-facing name of a node's type ("a string", "an array", ...).
llvm::StringRef describeTomlType(const toml::node &N);

/// Reads the keys of one table, reporting problems into a ProblemList.
class TableReader {
public:
  /// What names the table in messages, e.g. "rule 'hs-api-gets'".
  TableReader(llvm::StringRef Path, const toml::table &Table,
              std::string What, ProblemList &Problems)
      : Path(Path), Table(Table), What(std::move(What)), Problems(Problems) {}

  std::optional<std::string> string(llvm::StringRef Key,
                                    bool Required = false);
  std::optional<bool> boolean(llvm::StringRef Key);
  std::optional<int64_t> integer(llvm::StringRef Key);
  std::optional<std::vector<std::string>>
  stringArray(llvm::StringRef Key, bool Required = false);
  const toml::table *table(llvm::StringRef Key);
  const toml::array *array(llvm::StringRef Key);
  /// Any node; the caller checks its type.
  const toml::node *node(llvm::StringRef Key);

  /// Reports every key that no accessor asked for.
  void reportUnknownKeys();

  void error(const toml::node &N, const llvm::Twine &Message);
  void error(const toml::source_region &Where, const llvm::Twine &Message);
  /// Reports at the key itself (for problems with a key's value as a whole).
  void errorAtKey(llvm::StringRef Key, const llvm::Twine &Message);
  void error(const llvm::Twine &Message); ///< At the table.

  llvm::StringRef path() const { return Path; }
  const toml::table &table() const { return Table; }
  const std::string &what() const { return What; }
  ProblemList &problems() { return Problems; }

private:
  const toml::node *lookup(llvm::StringRef Key);
  void wrongType(llvm::StringRef Key, const toml::node &N,
                 llvm::StringRef Expected);

  std::string Path;
  const toml::table &Table;
  std::string What;
  ProblemList &Problems;
  llvm::StringSet<> Known;
};

/// Reads an array of strings node (reporting non-strings).
std::optional<std::vector<std::string>>
readStringArray(TableReader &R, const toml::node &N, llvm::StringRef Key);

} // namespace warden

#endif // WARDEN_DRIVER_CONFIG_TOMLREADER_H
