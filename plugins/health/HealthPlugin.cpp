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

#include "WardenBuildConfig.h"
#include "api/BannedCallChecker.h"
#include "format/NonLiteralFormatChecker.h"
#include "format/ScanfWidthChecker.h"
#include "warden/CheckerRegistry.h"
#include "warden/Plugin.h"

using namespace warden;
using namespace warden::checkers;

template <typename CheckerT> static void add(CheckerRegistry &Registry) {
  Registry.add<CheckerT>(CheckerT::Id, CheckerT::Summary,
                         CheckerT::optionSpecs());
}

static void registerHealthCheckers(CheckerRegistry &Registry) {
  add<BannedCallChecker>(Registry);
  add<ScanfWidthChecker>(Registry);
  add<NonLiteralFormatChecker>(Registry);
}

WARDEN_PLUGIN("warden-health", WARDEN_VERSION, registerHealthCheckers)
