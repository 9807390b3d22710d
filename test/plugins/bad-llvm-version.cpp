// SPDX-License-Identifier: Apache-2.0
// A plugin that says it was built against another LLVM.
#include "warden/Plugin.h"

static void registerNothing(warden::CheckerRegistry &) {}

extern "C" WARDEN_PLUGIN_EXPORT WardenPluginInfo wardenGetPluginInfo() {
  return {WARDEN_PLUGIN_API_VERSION, "18.1.8", "bad-llvm", "1.0",
          registerNothing};
}
