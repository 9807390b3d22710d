//===- AtomicFile.cpp - Write a file by temporary file and rename ---------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "support/AtomicFile.h"
#include "support/Diagnostics.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include <fcntl.h>

namespace warden {

/// Writes Content through what is at Path (a FIFO, a device) without
/// creating or truncating anything.
static llvm::Error writeThrough(llvm::StringRef Path, llvm::StringRef Content) {
  std::string Name = Path.str();
  int FD = ::open(Name.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (FD < 0)
    return makeError("cannot write '" + Path +
                     "': " + std::error_code(errno, std::generic_category())
                                 .message());
  llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true, /*unbuffered=*/false,
                          llvm::raw_fd_ostream::OStreamKind::OK_OStream);
  OS << Content;
  OS.close();
  if (OS.has_error()) {
    std::string Why = OS.error().message();
    OS.clear_error();
    return makeError("cannot write '" + Path + "': " + Why);
  }
  return llvm::Error::success();
}

static llvm::Error replaceAtomically(llvm::StringRef Path,
                                     llvm::StringRef Content) {
  // The temporary file lives in the target's directory so that the rename
  // never crosses file systems.
  llvm::SmallString<256> Model(Path);
  Model += ".tmp-%%%%%%%%";
  int FD;
  llvm::SmallString<256> TempPath;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Model, FD, TempPath))
    return makeError("cannot write '" + Path + "': " + EC.message());
  // An interrupted run must not leave the temporary file behind.
  llvm::sys::RemoveFileOnSignal(TempPath);
  auto Cleanup = llvm::make_scope_exit(
      [&] { llvm::sys::DontRemoveFileOnSignal(TempPath); });
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Content;
    OS.close();
    if (OS.has_error()) {
      std::string Why = OS.error().message();
      OS.clear_error();
      llvm::sys::fs::remove(TempPath);
      return makeError("cannot write '" + Path + "': " + Why);
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(TempPath, Path)) {
    llvm::sys::fs::remove(TempPath);
    return makeError("cannot write '" + Path + "': " + EC.message());
  }
  return llvm::Error::success();
}

static llvm::StringRef describeType(llvm::sys::fs::file_type Type) {
  switch (Type) {
  case llvm::sys::fs::file_type::directory_file:
    return "a directory";
  case llvm::sys::fs::file_type::block_file:
    return "a block device";
  case llvm::sys::fs::file_type::socket_file:
    return "a socket";
  default:
    return "not a regular file";
  }
}

/// Writes to what Path is, Path being no symbolic link.
static llvm::Error writeTo(llvm::StringRef Path, llvm::StringRef Shown,
                           llvm::sys::fs::file_type Type,
                           llvm::StringRef Content) {
  using llvm::sys::fs::file_type;
  switch (Type) {
  case file_type::file_not_found:
  case file_type::regular_file:
    return replaceAtomically(Path, Content);
  case file_type::fifo_file:
  case file_type::character_file:
    return writeThrough(Path, Content);
  default:
    return makeError("refusing to write '" + Shown + "': it is " +
                     describeType(Type) + "; expected a regular file, a FIFO "
                     "or a character device");
  }
}

llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content,
                                WriteKind Kind) {
  if (Path == "-") {
    llvm::outs() << Content;
    llvm::outs().flush();
    return llvm::Error::success();
  }
  const WritePolicy &Policy = WritePolicy::current();
  if (llvm::Error E = Policy.checkWrite(Path, Kind))
    return E;
  llvm::sys::fs::file_status Status;
  llvm::sys::fs::status(Path, Status, /*Follow=*/false);
  if (Status.type() != llvm::sys::fs::file_type::symlink_file)
    return writeTo(Path, Path, Status.type(), Content);

  // A link stays a link. Its target is written only where the user
  // intended: the command line named the link, or it stays in the tree.
  if (Kind != WriteKind::CommandLineOutput && !Policy.insideSourceRoot(Path))
    return makeError("refusing to write '" + Path +
                     "': it is a symbolic link to a file outside the source "
                     "root '" + Policy.sourceRoot() + "'");
  llvm::sys::fs::file_status Target;
  if (llvm::sys::fs::status(Path, Target, /*Follow=*/true) ||
      Target.type() == llvm::sys::fs::file_type::file_not_found)
    return makeError("refusing to write '" + Path +
                     "': it is a symbolic link to nothing");
  if (Target.type() != llvm::sys::fs::file_type::regular_file)
    return writeTo(Path, Path, Target.type(), Content);
  // A regular target is replaced beside itself, the link left in place.
  llvm::SmallString<256> Real;
  if (std::error_code EC = llvm::sys::fs::real_path(Path, Real))
    return makeError("cannot write '" + Path + "': " + EC.message());
  return replaceAtomically(Real, Content);
}

} // namespace warden
