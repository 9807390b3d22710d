//===- CompileCommands.h - Translation units to analyse ---------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Reads compile_commands.json (or the flags after `--`, like clang-tidy),
/// selects the translation units to analyse and prepares each command for
/// analysis: only the flags that shape parsing (see CommandSanitizer.h),
/// syntax only, no clang configuration files, extra arguments, and clang's
/// resource directory so that <stddef.h> and friends resolve.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_ANALYSIS_COMPILECOMMANDS_H
#define WARDEN_DRIVER_ANALYSIS_COMPILECOMMANDS_H

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// One translation unit, with the command line ready for analysis.
struct CompileJob {
  std::string File;      ///< Absolute path of the main file.
  std::string Directory; ///< The command's working directory.
  std::vector<std::string> Arguments;
};

struct CompileCommandOptions {
  /// Directory holding compile_commands.json; unset with FixedFlags.
  std::optional<std::string> BuildDir;
  /// Flags given after `--`; with them, Files are the translation units.
  std::optional<std::vector<std::string>> FixedFlags;
  /// Files or directories restricting (or, with FixedFlags, naming) TUs.
  std::vector<std::string> Paths;
  /// From Warden's command line: trusted, passed as given.
  std::vector<std::string> ExtraArgs;
  std::vector<std::string> ExtraArgsBefore;
  /// From check.extra-args(-before) in a configuration file, which may be
  /// the analysed repository's: filtered like a database command. They go
  /// before the command line's.
  std::vector<std::string> ConfigExtraArgs;
  std::vector<std::string> ConfigExtraArgsBefore;
  /// clang's resource directory; inserted unless a command names one.
  std::string ResourceDir;
  /// The analysed tree: with the build directory, the only place a
  /// database's response files (@file) are read from.
  std::string SourceRoot;
  /// Where the one-per-run warning about dropped compile flags goes.
  llvm::raw_ostream *Warnings = nullptr;
};

/// The jobs to run, in a stable order (by file, then command).
llvm::Expected<std::vector<CompileJob>>
loadCompileJobs(const CompileCommandOptions &Options);

} // namespace warden

#endif // WARDEN_DRIVER_ANALYSIS_COMPILECOMMANDS_H
