//===- warden/Plugin.h - Versioned plugin entry point -----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The entry point every Warden plugin exports. Modelled on LLVM's
/// PassPlugin: one `extern "C"` getter returns a plain struct that the driver
/// checks before it calls anything else, so a plugin built for another API or
/// LLVM version is refused with a clear message instead of crashing.
///
/// A plugin is a shared library:
/// \code
///   static void registerCheckers(warden::CheckerRegistry &Registry) {
///     Registry.add<MyChecker>("my-checker", "Finds ...", {/*options*/});
///   }
///   WARDEN_PLUGIN("acme-checks", "1.0.0", registerCheckers)
/// \endcode
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_PLUGIN_H
#define WARDEN_PLUGIN_H

#include "llvm/Config/llvm-config.h"
#include <cstdint>

namespace warden {
class CheckerRegistry;
} // namespace warden

/// Bumped whenever the layout of WardenPluginInfo or any SDK class that a
/// plugin derives from changes incompatibly.
#define WARDEN_PLUGIN_API_VERSION 1

/// The name of the symbol the driver looks up.
#define WARDEN_PLUGIN_ENTRY_POINT_NAME "wardenGetPluginInfo"

extern "C" {
/// What a plugin tells the driver about itself.
struct WardenPluginInfo {
  /// Must equal WARDEN_PLUGIN_API_VERSION of the loading driver.
  uint32_t APIVersion;
  /// LLVM_VERSION_STRING the plugin was compiled against; major.minor must
  /// equal the driver's (one libLLVM.so.MAJOR.MINOR ABI).
  const char *LLVMVersion;
  /// Short name, used in messages and in the SARIF tool extensions.
  const char *Name;
  /// The plugin's own version, recorded in SARIF for audits.
  const char *Version;
  /// Called once after the checks above passed.
  void (*RegisterCheckers)(warden::CheckerRegistry &Registry);
};
}

#define WARDEN_PLUGIN_EXPORT __attribute__((visibility("default")))

/// Defines the entry point of a plugin. Use once per shared library.
#define WARDEN_PLUGIN(NAME, VERSION, REGISTER_FN)                              \
  extern "C" WARDEN_PLUGIN_EXPORT WardenPluginInfo wardenGetPluginInfo() {     \
    return {WARDEN_PLUGIN_API_VERSION, LLVM_VERSION_STRING, NAME, VERSION,     \
            REGISTER_FN};                                                      \
  }

#endif // WARDEN_PLUGIN_H
