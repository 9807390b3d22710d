//===- InstallLayout.cpp - Where Warden's own files live ------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "support/InstallLayout.h"
#include "WardenBuildConfig.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace warden {

static std::string &exePath() {
  static std::string Path;
  return Path;
}

void initInstallLayout(const char *Argv0) {
  static int Anchor;
  exePath() = llvm::sys::fs::getMainExecutable(Argv0, &Anchor);
}

std::string executablePath() { return exePath(); }

/// <prefix> is the parent of the binary's directory.
static std::string prefixRelative(llvm::StringRef Relative) {
  llvm::SmallString<256> Path(
      llvm::sys::path::parent_path(llvm::sys::path::parent_path(exePath())));
  llvm::sys::path::append(Path, Relative);
  return std::string(Path);
}

std::string builtinPluginDir() {
  return prefixRelative(WARDEN_PLUGIN_INSTALL_SUBDIR);
}

std::string builtinRulesDir() {
  return prefixRelative(WARDEN_RULES_INSTALL_SUBDIR);
}

const char *wardenVersion() { return WARDEN_VERSION; }

} // namespace warden
