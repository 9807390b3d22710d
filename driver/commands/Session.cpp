//===- Session.cpp - Configuration, plugins and rules of a command --------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Session.h"
#include "support/Diagnostics.h"
#include "suppressions/AuditChecker.h"
#include "support/InstallLayout.h"
#include "support/WritePolicy.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/FileSystem.h"

namespace warden {

/// The source root of WritePolicy.h: the command line's --source-root, else
/// the configuration's directory, else the working directory. Never the
/// configuration's own [project] source-root, which could name "/".
static std::string trustRoot(const SessionFlags &Flags, const Config &C) {
  llvm::SmallString<256> Root;
  if (!Flags.SourceRoot.empty())
    Root = Flags.SourceRoot;
  else if (!C.Path.empty())
    Root = C.BaseDir;
  else
    llvm::sys::fs::current_path(Root);
  llvm::sys::fs::make_absolute(Root);
  llvm::sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Root, Real))
    return std::string(Real);
  return std::string(Root);
}

/// A configuration comes with the code and must not choose where Warden
/// writes: the paths it names for writing stay inside the source root unless
/// the command line overrides them, and an untrusted one names no path
/// outside the root at all.
static llvm::Error checkConfigPaths(const SessionFlags &Flags, Session &S) {
  S.TrustRoot = trustRoot(Flags, S.Conf);
  WritePolicy::current().configure(Flags.Untrusted, S.TrustRoot);
  if (Flags.Untrusted)
    return checkPathsInside(
        S.Conf, S.TrustRoot, [](const ConfigPath &) { return true; },
        "an untrusted configuration (--untrusted or WARDEN_UNTRUSTED) may "
        "only name paths inside it");
  if (!Flags.WritesConfiguredPaths)
    return llvm::Error::success();
  const Config &C = S.Conf;
  bool CacheOff = Flags.CacheDirOnCommandLine || !C.Cache.value_or(true);
  llvm::Error Written = checkPathsInside(
      C, S.TrustRoot,
      [&](const ConfigPath &P) {
        if (P.Key == "output")
          return !Flags.OutputOnCommandLine;
        return P.Key == "cache-dir" && !CacheOff;
      },
      "Warden writes there only when the command line names it");
  // The cache goes beside the compile database unless something else
  // names its place.
  llvm::Error Beside = checkPathsInside(
      C, S.TrustRoot,
      [&](const ConfigPath &P) {
        return P.Key == "compile-commands" && !CacheOff && !C.CacheDir &&
               !Flags.BuildDirOnCommandLine;
      },
      "the cache would be written beside it; name its place with "
      "--cache-dir or -p, or pass --no-cache");
  return llvm::joinErrors(std::move(Written), std::move(Beside));
}

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
  if (llvm::Error E = checkConfigPaths(Flags, *S))
    return std::move(E);

  registerDriverCheckers(S->Registry);
  // A configuration comes with the code; in CI that code may be untrusted,
  // and a plugin is code that runs. Refuse it then, with the reason.
  if (Flags.NoConfigPlugins && !S->Conf.Plugins.empty())
    return makeError("the configuration '" + S->Conf.Path + "' names plugin '" +
                     S->Conf.Plugins.front() +
                     "', and plugins from configurations are refused " +
                     (Flags.Untrusted ? "(--untrusted or WARDEN_UNTRUSTED)"
                                      : "(--no-config-plugins or "
                                        "WARDEN_NO_CONFIG_PLUGINS)") +
                     "; pass trusted plugins with --plugin");
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
