//===- Config.h - The project's .warden.toml --------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// .warden.toml is found by walking up from the working directory (or named
/// with --config). It is read in two phases: everything but rule definitions
/// first (it names the plugins to load), then, once the plugins have
/// registered their checkers, the rule selection, overrides and the user's
/// own rules (see RuleSelection.h). Relative paths in it are relative to the
/// file's directory. Format: docs/configuration.md.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_CONFIG_CONFIG_H
#define WARDEN_DRIVER_CONFIG_CONFIG_H

#include "config/RuleCatalog.h"
#include "warden/Finding.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// A value with the place it was written, for later errors.
template <typename T> struct Located {
  T Value;
  DefinitionSite Site;
};

struct Config {
  /// The file read, as the user named it (messages show it); empty when no
  /// configuration was found.
  std::string Path;
  /// The file's text, re-read in the second phase.
  std::string Text;
  /// Directory relative paths are resolved against (the file's, else the
  /// working directory).
  std::string BaseDir;

  // [project]
  std::string ProjectName;
  std::string ProjectVersion;
  std::string SourceRoot; ///< Absolute.

  // [check]
  std::optional<std::string> CompileCommands; ///< Absolute directory.
  std::vector<std::string> ExtraArgs;
  std::vector<std::string> ExtraArgsBefore;
  std::optional<std::string> ResourceDir;
  std::optional<unsigned> Jobs;
  std::vector<std::string> Plugins; ///< Absolute paths.
  std::optional<Level> FailOn;      ///< Level::None for "never".
  std::optional<std::string> Format;
  std::optional<std::string> Output;
  std::optional<std::string> Color;
  std::optional<bool> AllowIncomplete;
  std::optional<unsigned> TUTimeout; ///< Seconds.
  std::optional<unsigned> TUMemory;  ///< MiB.

  // [rules], first phase: names only.
  /// Directories with the project's own rule files and packs (absolute).
  std::vector<std::string> RuleDirs;
  std::optional<std::vector<Located<std::string>>> Packs;
  std::vector<Located<std::string>> Enable;
  std::vector<Located<std::string>> Disable;
};

/// Walks up from StartDir to the first directory holding .warden.toml.
std::optional<std::string> findConfigFile(llvm::StringRef StartDir);

/// Reads the configuration at Path; with an empty Path, returns the
/// defaults rooted at the working directory.
llvm::Expected<Config> loadConfig(llvm::StringRef Path);

/// Parses "error", "warning", "note" or "never" (Level::None).
std::optional<Level> parseFailOn(llvm::StringRef Text);

} // namespace warden

#endif // WARDEN_DRIVER_CONFIG_CONFIG_H
