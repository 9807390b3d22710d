//===- PluginLoader.h - Load and vet checker plugins ------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Loads a plugin shared library, checks its entry point, API version and
/// LLVM version, and only then lets it register checkers. Every refusal is a
/// clear error, never a crash. Plugins are never unloaded.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_PLUGINS_PLUGINLOADER_H
#define WARDEN_DRIVER_PLUGINS_PLUGINLOADER_H

#include "warden/CheckerRegistry.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace warden {

/// A plugin as audits record it.
struct LoadedPlugin {
  std::string Path;
  std::string Name;
  std::string Version;
  std::string Sha256;
  bool Builtin = false;
};

/// Loads one plugin into Registry.
llvm::Expected<LoadedPlugin> loadPlugin(llvm::StringRef Path,
                                        CheckerRegistry &Registry,
                                        bool Builtin);

/// Loads the plugins shipped with Warden (every shared library in the
/// install location, in name order) and then Extra, in order.
llvm::Expected<std::vector<LoadedPlugin>>
loadPlugins(const std::vector<std::string> &Extra, CheckerRegistry &Registry);

} // namespace warden

#endif // WARDEN_DRIVER_PLUGINS_PLUGINLOADER_H
