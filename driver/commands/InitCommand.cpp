//===- InitCommand.cpp - warden init --------------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"
#include "support/AtomicFile.h"
#include "support/Diagnostics.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

using namespace llvm;

static cl::opt<bool> Force("force",
                           cl::desc("Overwrite an existing .warden.toml"),
                           cl::sub(initCommand()));

/// A TOML basic string holding Text.
static std::string tomlString(StringRef Text) {
  std::string Out = "\"";
  for (char C : Text) {
    if (C == '"' || C == '\\')
      Out.push_back('\\');
    if (static_cast<unsigned char>(C) >= 0x20)
      Out.push_back(C);
  }
  return Out + "\"";
}

static std::string starterConfig(StringRef ProjectName) {
  return R"(# Warden configuration: the secure coding standard this project applies.
# Reference: docs/configuration.md.

[project]
name = )" + tomlString(ProjectName) + R"(
version = "0.0.0"
# source-root = "."          # SARIF paths are relative to this directory

[check]
compile-commands = "build"   # directory holding compile_commands.json
fail-on = "error"            # error, warning, note or never
# extra-args = ["-fdelayed-template-parsing"]
# jobs = 0                   # 0: one per core

[rules]
packs = ["hs-health-baseline"]
# enable = ["hs-ctl-goto"]    # rules a pack leaves off by default
# disable = ["hs-api-strtok"]

# [rules.levels]
# "hs-api-ato-conversion" = "error"

# [suppressions]             # how deviations are documented
# register = "deviations.toml"
# min-justification = 20
# inline-levels = ["warning", "note"]   # errors need a register entry

# A rule of your own, from an existing checker:
# [[rule]]
# id = "acme-mem-no-memcpy"
# title = "memcpy is banned in the dosing module"
# checker = "banned-call"
# level = "warning"
# cwe = ["CWE-120"]
# [rule.options]
# functions = ["memcpy"]
# reason = "is banned in this module"
# alternatives = { memcpy = "dose_copy" }
)";
}

int runInit(const Invocation &) {
  SmallString<256> Cwd;
  sys::fs::current_path(Cwd);
  SmallString<256> Path(Cwd);
  sys::path::append(Path, ".warden.toml");
  if (sys::fs::exists(Path) && !Force) {
    errs() << "warden: error: '" << Path
           << "' already exists; use --force to replace it\n";
    return ExitUsage;
  }
  if (Error E = writeFileAtomically(
          Path, starterConfig(sys::path::filename(Cwd)),
          WriteKind::ProjectRecord)) {
    printErrors(std::move(E), errs());
    return ExitUsage;
  }
  outs() << "wrote " << Path << '\n';
  return ExitPassed;
}

} // namespace warden
