//===- SessionFlags.cpp - Flags shared by the rule-aware commands ---------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"
#include "support/WritePolicy.h"
#include <cstdlib>

namespace warden {

using namespace llvm;

static cl::OptionCategory SessionCategory("Configuration and plugins");

static cl::opt<std::string>
    ConfigFlag("config",
               cl::desc("Use this configuration file instead of searching for "
                        ".warden.toml upwards from the working directory"),
               cl::value_desc("file"), cl::cat(SessionCategory),
               cl::sub(checkCommand()), cl::sub(baselineCommand()),
    cl::sub(suppressCommand()), cl::sub(listRulesCommand()),
               cl::sub(explainCommand()));
static cl::opt<bool>
    NoConfigFlag("no-config", cl::desc("Ignore every .warden.toml"),
                 cl::cat(SessionCategory), cl::sub(checkCommand()),
                 cl::sub(baselineCommand()), cl::sub(suppressCommand()),
                 cl::sub(listRulesCommand()), cl::sub(explainCommand()));
static cl::list<std::string>
    PluginFlag("plugin",
               cl::desc("Load a checker plugin (shared library); repeatable"),
               cl::value_desc("path"), cl::cat(SessionCategory),
               cl::sub(checkCommand()), cl::sub(baselineCommand()),
    cl::sub(suppressCommand()), cl::sub(listRulesCommand()),
               cl::sub(explainCommand()));

static cl::list<std::string> RulesDirFlag(
    "rules-dir",
    cl::desc("Load the rule files (*.toml) and packs (packs/*.toml) of this "
             "directory too; repeatable (config: rules.paths)"),
    cl::value_desc("dir"), cl::cat(SessionCategory), cl::sub(checkCommand()),
    cl::sub(baselineCommand()), cl::sub(suppressCommand()),
    cl::sub(listRulesCommand()), cl::sub(explainCommand()));

static cl::opt<bool> NoConfigPluginsFlag(
    "no-config-plugins",
    cl::desc("Refuse plugins named in .warden.toml (for CI on untrusted "
             "code; also WARDEN_NO_CONFIG_PLUGINS=1); --plugin still works"),
    cl::cat(SessionCategory), cl::sub(checkCommand()),
    cl::sub(baselineCommand()), cl::sub(suppressCommand()),
    cl::sub(listRulesCommand()), cl::sub(explainCommand()));

static cl::opt<bool> UntrustedFlag(
    "untrusted",
    cl::desc("The analysed repository is untrusted (CI on pull requests; "
             "also WARDEN_UNTRUSTED=1): implies --no-config-plugins, the "
             "configuration may name no path outside the source root, and "
             "nothing but the output, the cache and --fix targets is "
             "written"),
    cl::cat(SessionCategory), cl::sub(checkCommand()),
    cl::sub(baselineCommand()), cl::sub(suppressCommand()),
    cl::sub(listRulesCommand()), cl::sub(explainCommand()));

SessionFlags sessionFlagsFromCommandLine() {
  SessionFlags F;
  F.ConfigPath = ConfigFlag;
  F.NoConfig = NoConfigFlag;
  F.Plugins.assign(PluginFlag.begin(), PluginFlag.end());
  F.RuleDirs.assign(RulesDirFlag.begin(), RulesDirFlag.end());
  const char *Env = std::getenv("WARDEN_NO_CONFIG_PLUGINS");
  F.NoConfigPlugins = NoConfigPluginsFlag ||
                      (Env && *Env && llvm::StringRef(Env) != "0");
  F.Untrusted = UntrustedFlag || untrustedFromEnvironment();
  F.NoConfigPlugins |= F.Untrusted;
  return F;
}

} // namespace warden
