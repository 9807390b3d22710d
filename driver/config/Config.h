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
#include "llvm/Support/GlobPattern.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// A value with the place it was written, for later errors.
template <typename T> struct Located {
  T Value;
  DefinitionSite Site;
};

/// How deviations may be documented ([suppressions], docs/suppressions.md).
struct SuppressionPolicy {
  /// The external register (absolute path); empty when there is none.
  std::string RegisterPath;
  /// Shorter justifications count as missing.
  unsigned MinJustification = 10;
  /// Levels whose findings in-source comments may suppress.
  std::vector<Level> InlineLevels = {Level::Error, Level::Warning, Level::Note};
  /// Levels whose suppressions must name an approver.
  std::vector<Level> ApproverRequired;
  /// Whether an under-review register entry suppresses for the gate.
  bool UnderReviewSuppresses = false;
  /// Whether rule globs ("hs-api-*") may be used in suppressions.
  bool AllowGlobs = true;
};

/// The component classes of IEC 81001-5-1 4.3 ([components]).
enum class ComponentClass { Maintained, Supported, Required };
llvm::StringRef componentClassName(ComponentClass C);

/// A compiled path glob. llvm::GlobPattern refers to its pattern text, so
/// the text lives on the heap with it and survives copies of the policy.
class PathGlob {
public:
  static llvm::Expected<PathGlob> create(llvm::StringRef Pattern);
  bool match(llvm::StringRef Path) const { return Glob.match(Path); }
  /// The glob as written, for the record (SARIF, the evidence report).
  llvm::StringRef pattern() const { return *Text; }

private:
  PathGlob(std::shared_ptr<const std::string> Text, llvm::GlobPattern Glob)
      : Text(std::move(Text)), Glob(std::move(Glob)) {}
  std::shared_ptr<const std::string> Text;
  llvm::GlobPattern Glob;
};

struct ComponentPolicy {
  /// Path globs relative to the source root, compiled once; a path matching
  /// none is maintained.
  std::vector<PathGlob> Supported;
  std::vector<PathGlob> Required;
  /// The classes whose findings the gate counts.
  std::vector<ComponentClass> Gated = {ComponentClass::Maintained};
};

/// The class of a path relative to the source root.
ComponentClass classifyPath(const ComponentPolicy &P,
                            llvm::StringRef RelativePath);

/// A path that the configuration names, where it names it: the paths an
/// untrusted configuration may name are limited (WritePolicy.h).
struct ConfigPath {
  std::string Key;   ///< "output"
  std::string Table; ///< "[check]"
  std::string Path; ///< Absolute, dots removed.
  DefinitionSite Site;
  /// Warden writes there (check.output, cache-dir, and compile-commands,
  /// beside which the cache goes by default): even a trusted run keeps
  /// such a path inside the source root unless the command line overrides it.
  bool Written = false;
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
  std::optional<std::string> Baseline; ///< Absolute path.
  std::optional<bool> Cache;
  std::optional<std::string> CacheDir; ///< Absolute path.
  std::optional<unsigned> CacheSizeMiB;
  /// "new" (default) or "all": which baseline states the gate counts.
  std::optional<std::string> GateOn;

  SuppressionPolicy Suppressions;
  ComponentPolicy Components;

  // [rules], first phase: names only.
  /// Directories with the project's own rule files and packs (absolute).
  std::vector<std::string> RuleDirs;
  std::optional<std::vector<Located<std::string>>> Packs;
  std::vector<Located<std::string>> Enable;
  std::vector<Located<std::string>> Disable;

  /// Every path named above, in the order written.
  std::vector<ConfigPath> Paths;
};

/// Reports, at their keys, the paths of C that lie outside Root (symbolic
/// links resolved) and for which Applies is true; the message says Why the
/// rule applies.
llvm::Error checkPathsInside(const Config &C, llvm::StringRef Root,
                             llvm::function_ref<bool(const ConfigPath &)> Applies,
                             llvm::StringRef Why);

/// Walks up from StartDir to the first directory holding .warden.toml.
std::optional<std::string> findConfigFile(llvm::StringRef StartDir);

/// Reads the configuration at Path; with an empty Path, returns the
/// defaults rooted at the working directory.
llvm::Expected<Config> loadConfig(llvm::StringRef Path);

/// Validates a configuration's text as if read from Path.
llvm::Expected<Config> parseConfig(llvm::StringRef Path, llvm::StringRef Text);

/// Parses "error", "warning", "note" or "never" (Level::None).
std::optional<Level> parseFailOn(llvm::StringRef Text);

} // namespace warden

#endif // WARDEN_DRIVER_CONFIG_CONFIG_H
