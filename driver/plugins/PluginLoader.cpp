//===- PluginLoader.cpp - Load and vet checker plugins --------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "plugins/PluginLoader.h"
#include "support/Diagnostics.h"
#include "support/Hashing.h"
#include "support/InstallLayout.h"
#include "warden/Plugin.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/DynamicLibrary.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace warden {

/// "19.1.7" -> "19.1": one libLLVM.so.MAJOR.MINOR is one ABI.
static llvm::StringRef majorMinor(llvm::StringRef Version) {
  size_t FirstDot = Version.find('.');
  if (FirstDot == llvm::StringRef::npos)
    return Version;
  size_t SecondDot = Version.find('.', FirstDot + 1);
  return Version.substr(0, SecondDot);
}

llvm::Expected<LoadedPlugin> loadPlugin(llvm::StringRef Path,
                                        CheckerRegistry &Registry,
                                        bool Builtin) {
  if (!llvm::sys::fs::exists(Path))
    return makeError("cannot load plugin '" + Path + "': no such file");
  if (llvm::sys::fs::is_directory(Path))
    return makeError("cannot load plugin '" + Path + "': it is a directory");

  // dlopen() searches the library path for names without a slash; a plugin
  // named on the command line is a file, so make the path absolute.
  llvm::SmallString<256> Absolute(Path);
  llvm::sys::fs::make_absolute(Absolute);
  std::string Why;
  llvm::sys::DynamicLibrary Library =
      llvm::sys::DynamicLibrary::getPermanentLibrary(Absolute.c_str(), &Why);
  if (!Library.isValid())
    return makeError("cannot load plugin '" + Path +
                     "': not a loadable shared library (" + Why + ")");

  using EntryPoint = WardenPluginInfo (*)();
  auto *GetInfo = reinterpret_cast<EntryPoint>(
      Library.getAddressOfSymbol(WARDEN_PLUGIN_ENTRY_POINT_NAME));
  if (!GetInfo)
    return makeError("plugin '" + Path + "' has no entry point '" +
                     WARDEN_PLUGIN_ENTRY_POINT_NAME +
                     "'; build it with the WARDEN_PLUGIN macro");

  WardenPluginInfo Info = GetInfo();
  // Check the version first: with another API version, nothing else in the
  // struct can be trusted.
  if (Info.APIVersion != WARDEN_PLUGIN_API_VERSION)
    return makeError("plugin '" + Path + "' uses plugin API version " +
                     llvm::Twine(Info.APIVersion) +
                     ", but this Warden supports version " +
                     llvm::Twine(WARDEN_PLUGIN_API_VERSION) +
                     "; rebuild the plugin against this Warden's SDK");
  llvm::StringRef PluginLLVM = Info.LLVMVersion ? Info.LLVMVersion : "";
  if (majorMinor(PluginLLVM) != majorMinor(LLVM_VERSION_STRING))
    return makeError("plugin '" + Path + "' was built against LLVM " +
                     (PluginLLVM.empty() ? "(unknown)" : PluginLLVM) +
                     ", but this Warden uses LLVM " LLVM_VERSION_STRING
                     "; rebuild the plugin against LLVM " +
                     majorMinor(LLVM_VERSION_STRING));
  if (!Info.Name || !*Info.Name || !Info.RegisterCheckers)
    return makeError("plugin '" + Path +
                     "' has no name or no registration function");

  LoadedPlugin Loaded;
  Loaded.Path = Path.str();
  Loaded.Name = Info.Name;
  Loaded.Version = Info.Version ? Info.Version : "";
  Loaded.Builtin = Builtin;
  llvm::Expected<std::string> Digest = sha256OfFile(Path);
  if (!Digest)
    return Digest.takeError();
  Loaded.Sha256 = std::move(*Digest);

  Registry.setCurrentPlugin(Loaded.Name);
  Info.RegisterCheckers(Registry);
  std::vector<std::string> Problems = Registry.takeProblems();
  if (!Problems.empty())
    return makeError("cannot load plugin '" + Path +
                     "': " + llvm::join(Problems, "; "));
  return Loaded;
}

llvm::Expected<std::vector<LoadedPlugin>>
loadPlugins(const std::vector<std::string> &Extra, CheckerRegistry &Registry) {
  std::vector<std::string> Builtins;
  std::error_code EC;
  std::string Dir = builtinPluginDir();
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::sys::path::extension(It->path()) == ".so")
      Builtins.push_back(It->path());
  std::sort(Builtins.begin(), Builtins.end());
  if (Builtins.empty())
    return makeError("no built-in plugins in '" + Dir +
                     "'; is Warden installed completely?");

  std::vector<LoadedPlugin> Result;
  auto Load = [&](const std::string &Path, bool Builtin) -> llvm::Error {
    // The same file named twice (flag and config) is loaded once.
    for (const LoadedPlugin &P : Result)
      if (llvm::sys::fs::equivalent(P.Path, Path))
        return llvm::Error::success();
    llvm::Expected<LoadedPlugin> P = loadPlugin(Path, Registry, Builtin);
    if (!P)
      return P.takeError();
    Result.push_back(std::move(*P));
    return llvm::Error::success();
  };
  for (const std::string &Path : Builtins)
    if (llvm::Error E = Load(Path, /*Builtin=*/true))
      return std::move(E);
  for (const std::string &Path : Extra)
    if (llvm::Error E = Load(Path, /*Builtin=*/false))
      return std::move(E);
  return Result;
}

} // namespace warden
