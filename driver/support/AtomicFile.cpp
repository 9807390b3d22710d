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

namespace warden {

llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content) {
  if (Path == "-") {
    llvm::outs() << Content;
    llvm::outs().flush();
    return llvm::Error::success();
  }
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

} // namespace warden
