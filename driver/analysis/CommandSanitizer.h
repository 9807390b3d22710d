//===- CommandSanitizer.h - Allow-list for untrusted flags -----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A compile_commands.json comes from the analysed repository, so it is
/// untrusted: its flags could make clang write files (-MD -MF, -Wp,-MD,
/// --serialize-diagnostics, -Xclang -dependency-file, -stats-file=),
/// load code (-fplugin=, -Xclang -load) or read configuration (--config).
/// Warden therefore keeps only the flags known to shape parsing (macros,
/// include paths, language, target, warnings, optimisation level) and drops
/// everything else, whole: a dropped option takes its values with it.
///
/// Options are recognised with clang's own driver option table, so joined
/// and separate spellings (-MFx, -MF x), aliases (clang-cl's /D) and options
/// with several values are treated exactly as clang would read them.
///
/// Response files (@file) are expanded here, and only when they lie in one
/// of the given roots (the source root and the build directory); their
/// contents go through the same allow-list.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_ANALYSIS_COMMANDSANITIZER_H
#define WARDEN_DRIVER_ANALYSIS_COMMANDSANITIZER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace warden {

struct SanitizedCommand {
  /// The compiler (kept as written: it selects C or C++ and the target),
  /// then the kept arguments in their original order and spelling.
  std::vector<std::string> Arguments;
  /// The options dropped, by their option-table spelling ("-MF", "-Xclang",
  /// "-fplugin="), each once; unknown options as written, made printable.
  std::vector<std::string> DroppedFlags;
  /// Response files not read because they lie outside every root, or could
  /// not be read, as written after the '@' (made printable).
  std::vector<std::string> RefusedResponseFiles;
};

/// Keeps the arguments of Command (argv[0] first) that affect only how the
/// source is parsed. Relative response-file paths are resolved against
/// Directory (the command's working directory); a response file is read only
/// when its real path lies inside one of ResponseFileRoots.
SanitizedCommand
sanitizeCompileCommand(llvm::ArrayRef<std::string> Command,
                       llvm::StringRef Directory,
                       llvm::ArrayRef<std::string> ResponseFileRoots);

/// Keeps the allowed flags of a list that has no compiler in front (the
/// extra arguments a configuration file adds). No response files are read.
SanitizedCommand sanitizeFlags(llvm::ArrayRef<std::string> Flags);

/// True when Flag is one Warden never passes on: it writes a file, loads
/// code, reads clang configuration, or hands text to a later stage unread
/// (-Xclang, -mllvm, -Wp,). Used by the fuzz target as an oracle
/// independent of the option table.
bool isKnownHazardousFlag(llvm::StringRef Flag);

} // namespace warden

#endif // WARDEN_DRIVER_ANALYSIS_COMMANDSANITIZER_H
