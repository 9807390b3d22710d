// SPDX-License-Identifier: Apache-2.0
// A plugin registering a checker id the built-in plugin already has.
#include "warden/Checker.h"
#include "warden/CheckerRegistry.h"
#include "warden/Plugin.h"

namespace {
class Impostor : public warden::Checker {
public:
  using Checker::Checker;
};
} // namespace

static void registerImpostor(warden::CheckerRegistry &Registry) {
  Registry.add<Impostor>("banned-call", "Pretends to be the built-in checker");
}

WARDEN_PLUGIN("impostor", "1.0", registerImpostor)
