//===- Session.cpp - Configuration, plugins and rules of a command --------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Session.h"
#include "support/Diagnostics.h"
#include "suppressions/AuditChecker.h"
#include "support/InstallLayout.h"
#include "llvm/Support/FileSystem.h"

namespace warden {

static llvm::Expected<std::unique_ptr<Session>>
loadSession(const SessionFlags &Flags, const RuleSelectionFlags &RuleFlags) {
  auto S = std::make_unique<Session>();
  std::string ConfigPath = Flags.ConfigPath;
  if (ConfigPath.empty() && !Flags.NoConfig) {
    llvm::SmallString<256> Cwd;
    llvm::sys::fs::current_path(Cwd);
    ConfigPath = findConfigFile(Cwd).value_or("");
  }
  llvm::Expected<Config> C = loadConfig(ConfigPath);
  if (!C)
    return C.takeError();
  S->Conf = std::move(*C);

  registerDriverCheckers(S->Registry);
  // A configuration comes with the code; in CI that code may be untrusted,
  // and a plugin is code that runs. Refuse it then, with the reason.
  if (Flags.NoConfigPlugins && !S->Conf.Plugins.empty())
    return makeError("the configuration '" + S->Conf.Path + "' names plugin '" +
                     S->Conf.Plugins.front() +
                     "', and plugins from configurations are refused "
                     "(--no-config-plugins or WARDEN_NO_CONFIG_PLUGINS); "
                     "pass trusted plugins with --plugin");
  std::vector<std::string> Extra = S->Conf.Plugins;
  Extra.insert(Extra.end(), Flags.Plugins.begin(), Flags.Plugins.end());
  llvm::Expected<std::vector<LoadedPlugin>> Plugins =
      loadPlugins(Extra, S->Registry);
  if (!Plugins)
    return Plugins.takeError();
  S->Plugins = std::move(*Plugins);

  S->Catalog = std::make_unique<RuleCatalog>(S->Registry);
  std::vector<std::string> RuleDirs = {builtinRulesDir()};
  RuleDirs.insert(RuleDirs.end(), S->Conf.RuleDirs.begin(),
                  S->Conf.RuleDirs.end());
  for (const std::string &Dir : Flags.RuleDirs) {
    llvm::SmallString<256> Absolute(Dir);
    llvm::sys::fs::make_absolute(Absolute);
    RuleDirs.push_back(std::string(Absolute));
  }
  if (llvm::Error E = S->Catalog->loadDirectories(RuleDirs))
    return std::move(E);
  llvm::Expected<RuleSelection> Selection =
      selectRules(S->Conf, *S->Catalog, RuleFlags);
  if (!Selection)
    return Selection.takeError();
  S->Selection = std::move(*Selection);
  return std::move(S);
}

std::unique_ptr<Session> openSession(const SessionFlags &Flags,
                                     const RuleSelectionFlags &RuleFlags) {
  llvm::Expected<std::unique_ptr<Session>> S = loadSession(Flags, RuleFlags);
  if (!S) {
    printErrors(S.takeError(), llvm::errs());
    return nullptr;
  }
  return std::move(*S);
}

} // namespace warden
