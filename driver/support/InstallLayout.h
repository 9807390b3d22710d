//===- InstallLayout.h - Where Warden's own files live ----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The driver finds its plugins, rules and docs relative to its own binary:
/// <prefix>/bin/warden, <prefix>/lib/warden/plugins, <prefix>/share/warden.
/// The build tree mirrors that layout, so a build and an installation behave
/// alike.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_INSTALLLAYOUT_H
#define WARDEN_DRIVER_SUPPORT_INSTALLLAYOUT_H

#include <string>

namespace warden {

/// Must be called once from main() with argv[0].
void initInstallLayout(const char *Argv0);

std::string executablePath();
std::string builtinPluginDir();
std::string builtinRulesDir();

/// The version of this Warden ("0.1.0").
const char *wardenVersion();

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_INSTALLLAYOUT_H
