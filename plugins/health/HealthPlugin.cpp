//===- HealthPlugin.cpp - The built-in health checkers --------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Registers the checkers behind the health rule catalogue. The rules that
/// bind them live in rules/*.toml; this plugin only provides mechanisms.
///
//===----------------------------------------------------------------------===//

#include "Areas.h"
#include "WardenBuildConfig.h"
#include "warden/Plugin.h"

using namespace warden;

static void registerHealthCheckers(CheckerRegistry &Registry) {
  checkers::registerApiCheckers(Registry);
  checkers::registerFormatCheckers(Registry);
  checkers::registerErrorsCheckers(Registry);
  checkers::registerSizesCheckers(Registry);
  checkers::registerMemoryCheckers(Registry);
  checkers::registerControlCheckers(Registry);
  checkers::registerCryptoCheckers(Registry);
  checkers::registerCppCheckers(Registry);
}

WARDEN_PLUGIN("warden-health", WARDEN_VERSION, registerHealthCheckers)
