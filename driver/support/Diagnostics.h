//===- Diagnostics.h - Configuration and usage errors -----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Errors the user must fix before anything is analysed (bad TOML, unknown
/// rules, refused plugins, bad flags). They travel as llvm::Error and are
/// printed once, in the driver, in clang's "file:line:col: error: ..." form,
/// and end the run with exit code 2.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_DIAGNOSTICS_H
#define WARDEN_DRIVER_SUPPORT_DIAGNOSTICS_H

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace warden {

/// One problem in an input file; Line and Column are 0 when unknown.
struct InputProblem {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  std::string Message;

  void print(llvm::raw_ostream &OS) const;
};

/// A batch of problems found in configuration, rule or pack files. All of
/// them are reported, not just the first, so one run shows every typo.
class ConfigError : public llvm::ErrorInfo<ConfigError> {
public:
  static char ID;
  explicit ConfigError(std::vector<InputProblem> Problems)
      : Problems(std::move(Problems)) {}

  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override;
  const std::vector<InputProblem> &problems() const { return Problems; }

private:
  std::vector<InputProblem> Problems;
};

/// Collects problems while a file is read; becomes a ConfigError at the end.
class ProblemList {
public:
  void add(llvm::StringRef File, unsigned Line, unsigned Column,
           const llvm::Twine &Message) {
    Problems.push_back({File.str(), Line, Column, Message.str()});
  }
  void add(llvm::StringRef File, const llvm::Twine &Message) {
    add(File, 0, 0, Message);
  }
  bool empty() const { return Problems.empty(); }
  /// Success when nothing was added.
  llvm::Error takeError();

private:
  std::vector<InputProblem> Problems;
};

/// A plain usage or environment error (no file location).
llvm::Error makeError(const llvm::Twine &Message);

/// Prints every error in E as "warden: error: ..." (or with its location)
/// and consumes it.
void printErrors(llvm::Error E, llvm::raw_ostream &OS);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_DIAGNOSTICS_H
