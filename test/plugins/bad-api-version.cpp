// SPDX-License-Identifier: Apache-2.0
// A plugin that claims a plugin API version no Warden has.
#include "warden/Plugin.h"

static void registerNothing(warden::CheckerRegistry &) {}

extern "C" WARDEN_PLUGIN_EXPORT WardenPluginInfo wardenGetPluginInfo() {
  return {WARDEN_PLUGIN_API_VERSION + 41, LLVM_VERSION_STRING, "bad-api",
          "1.0", registerNothing};
}
