//===- Finding.cpp - One rule hit, as plain data --------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "warden/Finding.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/ErrorHandling.h"

namespace warden {

llvm::StringRef levelName(Level L) {
  switch (L) {
  case Level::None:
    return "none";
  case Level::Note:
    return "note";
  case Level::Warning:
    return "warning";
  case Level::Error:
    return "error";
  }
  llvm_unreachable("unknown level");
}

std::optional<Level> parseLevel(llvm::StringRef Name) {
  return llvm::StringSwitch<std::optional<Level>>(Name)
      .Case("none", Level::None)
      .Case("note", Level::Note)
      .Case("warning", Level::Warning)
      .Case("error", Level::Error)
      .Default(std::nullopt);
}

} // namespace warden
