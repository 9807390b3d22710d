//===- Diagnostics.cpp - Configuration and usage errors -------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "support/Diagnostics.h"
#include "support/DisplayText.h"
#include <algorithm>
#include <tuple>

namespace warden {

char ConfigError::ID;

void InputProblem::print(llvm::raw_ostream &OS) const {
  // File names and messages quote the repository (a file name, a TOML
  // value), so they may carry control characters.
  OS << displayText(File);
  if (Line) {
    OS << ':' << Line;
    if (Column)
      OS << ':' << Column;
  }
  OS << ": error: " << displayText(Message) << '\n';
}

void ConfigError::log(llvm::raw_ostream &OS) const {
  for (const InputProblem &P : Problems)
    P.print(OS);
}

std::error_code ConfigError::convertToErrorCode() const {
  return llvm::inconvertibleErrorCode();
}

llvm::Error ProblemList::takeError() {
  if (Problems.empty())
    return llvm::Error::success();
  // Report in reading order, as a compiler would.
  std::stable_sort(Problems.begin(), Problems.end(),
                   [](const InputProblem &A, const InputProblem &B) {
                     return std::tie(A.File, A.Line, A.Column) <
                            std::tie(B.File, B.Line, B.Column);
                   });
  return llvm::make_error<ConfigError>(std::exchange(Problems, {}));
}

llvm::Error makeError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

void printErrors(llvm::Error E, llvm::raw_ostream &OS) {
  llvm::handleAllErrors(
      std::move(E), [&](const ConfigError &CE) { CE.log(OS); },
      [&](const llvm::ErrorInfoBase &EI) {
        OS << "warden: error: " << displayText(EI.message()) << '\n';
      });
  OS.flush();
}

} // namespace warden
