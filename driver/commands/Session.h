//===- Session.h - Configuration, plugins and rules of a command -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Every command that deals with rules starts the same way: find and read
/// .warden.toml, load the built-in and configured plugins, load the rule
/// catalogue. A Session holds the result.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_COMMANDS_SESSION_H
#define WARDEN_DRIVER_COMMANDS_SESSION_H

#include "config/Config.h"
#include "config/RuleCatalog.h"
#include "config/RuleSelection.h"
#include "plugins/PluginLoader.h"
#include "warden/CheckerRegistry.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace warden {

/// Flags every rule-aware command accepts.
struct SessionFlags {
  std::string ConfigPath; ///< --config; empty: search upwards.
  bool NoConfig = false;  ///< --no-config
  std::vector<std::string> Plugins; ///< --plugin
  std::vector<std::string> RuleDirs; ///< --rules-dir
  /// --no-config-plugins, or WARDEN_NO_CONFIG_PLUGINS in the environment:
  /// refuse plugins named by a configuration (an untrusted checkout's).
  bool NoConfigPlugins = false;
  /// --untrusted, or WARDEN_UNTRUSTED in the environment: the analysed
  /// repository, its configuration included, is untrusted (WritePolicy.h).
  /// Implies NoConfigPlugins.
  bool Untrusted = false;
  /// The command writes what the configuration's check.output and
  /// check.cache-dir name (check, baseline): they must stay in the source
  /// root unless the flags below override them.
  bool WritesConfiguredPaths = false;
  /// --source-root as given; empty when the command has none or it was not
  /// given. It decides the source root that configuration paths must stay in.
  std::string SourceRoot;
  /// The command line names the output (-o) or the cache (--cache-dir,
  /// --no-cache): the configuration's choice does not count.
  bool OutputOnCommandLine = false;
  bool CacheDirOnCommandLine = false;
  /// -p names the build directory, beside which the cache goes when no
  /// cache directory is named.
  bool BuildDirOnCommandLine = false;
};

struct Session {
  Config Conf;
  /// The directory configuration paths must stay in (WritePolicy.h):
  /// absolute, symbolic links resolved.
  std::string TrustRoot;
  CheckerRegistry Registry;
  std::vector<LoadedPlugin> Plugins;
  std::unique_ptr<RuleCatalog> Catalog;
  /// The rules in force (with the configuration's own rules added to the
  /// catalogue).
  RuleSelection Selection;
};

/// Reads the configuration, loads plugins and rules, and selects the rules
/// in force. Errors are printed; null means the command must exit with
/// ExitUsage.
std::unique_ptr<Session> openSession(const SessionFlags &Flags,
                                     const RuleSelectionFlags &RuleFlags = {});

/// Exit codes, as documented in `warden --help` and docs/cli.md.
enum ExitCode : int {
  ExitPassed = 0,
  ExitGateFailed = 1,
  ExitUsage = 2,
  ExitIncomplete = 3,
};

} // namespace warden

#endif // WARDEN_DRIVER_COMMANDS_SESSION_H
