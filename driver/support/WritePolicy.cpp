//===- WritePolicy.cpp - Which files Warden may write ---------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "support/WritePolicy.h"
#include "support/Diagnostics.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cstdlib>
#include <vector>

namespace warden {

bool untrustedFromEnvironment() {
  const char *Env = std::getenv("WARDEN_UNTRUSTED");
  return Env && *Env && llvm::StringRef(Env) != "0";
}

static std::string normalised(llvm::StringRef Path) {
  llvm::SmallString<256> Result(Path);
  llvm::sys::fs::make_absolute(Result);
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

static bool lexicallyInside(llvm::StringRef Path, llvm::StringRef Root) {
  Root = Root.rtrim('/');
  if (Root.empty()) // the file system's root holds everything
    return true;
  return Path == Root ||
         (Path.starts_with(Root) && Path.drop_front(Root.size())[0] == '/');
}

bool isInsideRoot(llvm::StringRef Path, llvm::StringRef Root) {
  // The path is judged as the kernel will resolve it when it is opened:
  // symbolic links first, then "..". Only the real location counts.
  llvm::SmallString<256> Full(Path);
  llvm::sys::fs::make_absolute(Full);
  llvm::SmallString<256> RealRoot;
  if (llvm::sys::fs::real_path(Root, RealRoot))
    RealRoot = normalised(Root);
  // What follows the longest existing prefix does not exist yet and is
  // created where the prefix really is.
  llvm::SmallString<256> Prefix(Full);
  std::vector<std::string> Rest;
  llvm::SmallString<256> Real;
  while (llvm::sys::fs::real_path(Prefix, Real)) {
    // A link that resolves nowhere would be created through: its target is
    // unknowable here, so it counts as outside.
    if (llvm::sys::fs::is_symlink_file(Prefix))
      return false;
    llvm::StringRef Name = llvm::sys::path::filename(Prefix);
    // ".." after a missing directory does not resolve at all.
    if (Name == "..")
      return false;
    llvm::StringRef Parent = llvm::sys::path::parent_path(Prefix);
    if (Parent.empty() || Parent == Prefix)
      return false;
    Rest.push_back(Name.str());
    Prefix = llvm::SmallString<256>(Parent);
  }
  for (auto It = Rest.rbegin(); It != Rest.rend(); ++It)
    llvm::sys::path::append(Real, *It);
  llvm::sys::path::remove_dots(Real, /*remove_dot_dot=*/false);
  return lexicallyInside(Real, RealRoot);
}

WritePolicy::WritePolicy() : Untrusted(untrustedFromEnvironment()) {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  SourceRoot = std::string(Cwd);
}

WritePolicy &WritePolicy::current() {
  static WritePolicy Policy;
  return Policy;
}

void WritePolicy::configure(bool IsUntrusted, llvm::StringRef Root) {
  Untrusted = IsUntrusted || untrustedFromEnvironment();
  llvm::SmallString<256> Real;
  std::string Normal = normalised(Root);
  SourceRoot = llvm::sys::fs::real_path(Normal, Real) ? Normal
                                                      : std::string(Real);
}

bool WritePolicy::insideSourceRoot(llvm::StringRef Path) const {
  return isInsideRoot(Path, SourceRoot);
}

llvm::Error WritePolicy::checkWrite(llvm::StringRef Path,
                                    WriteKind Kind) const {
  auto Outside = [&](llvm::StringRef What) {
    return makeError("refusing to write " + What + " '" + Path +
                     "': it is outside the source root '" + SourceRoot + "'");
  };
  switch (Kind) {
  case WriteKind::CommandLineOutput:
    return llvm::Error::success();
  case WriteKind::ConfiguredOutput:
    // Checked when the configuration was read too; again here because a
    // link may have changed since.
    if (!insideSourceRoot(Path))
      return Outside("the output that the configuration names");
    return llvm::Error::success();
  case WriteKind::CacheEntry:
    return llvm::Error::success();
  case WriteKind::FixTarget:
    if (Untrusted && !insideSourceRoot(Path))
      return Outside("a fix to");
    return llvm::Error::success();
  case WriteKind::ProjectRecord:
    if (Untrusted)
      return makeError("refusing to write '" + Path +
                       "' in untrusted mode (--untrusted or "
                       "WARDEN_UNTRUSTED): only the output, the cache and "
                       "--fix targets are written");
    return llvm::Error::success();
  }
  return llvm::Error::success();
}

} // namespace warden
