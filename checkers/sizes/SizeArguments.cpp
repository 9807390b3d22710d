//===- SizeArguments.cpp - Tables of size arguments by function -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "sizes/SizeArguments.h"
#include "llvm/ADT/StringExtras.h"
#include <variant>

namespace warden::checkers {

/// Parses "3" or "1, 2" into 0-based indices; false on anything else.
static bool parsePositions(llvm::StringRef Text,
                           llvm::SmallVectorImpl<unsigned> &Out) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Text.split(Parts, ',');
  for (llvm::StringRef Part : Parts) {
    unsigned N = 0;
    if (Part.trim().getAsInteger(10, N) || N == 0)
      return false;
    Out.push_back(N - 1);
  }
  return !Out.empty();
}

OptionValidator positionListValues() {
  return [](const OptionValue &V) -> llvm::Error {
    for (const auto &[Key, Value] : std::get<StringMap>(V)) {
      llvm::SmallVector<unsigned, 2> Positions;
      if (!parsePositions(Value, Positions))
        return llvm::createStringError(
            "value '" + Value + "' of '" + Key +
            "' is not a positive integer or a comma-separated list of them");
    }
    return llvm::Error::success();
  };
}

SizeArgumentTable readSizeArguments(const StringMap &Map) {
  SizeArgumentTable Table;
  for (const auto &[Key, Value] : Map) {
    llvm::SmallVector<unsigned, 2> Positions;
    // The validator has accepted every value already.
    if (parsePositions(Value, Positions))
      Table[Key] = std::move(Positions);
  }
  return Table;
}

std::vector<std::string> functionNames(const SizeArgumentTable &Table) {
  std::vector<std::string> Names;
  for (const auto &Entry : Table)
    Names.push_back(Entry.getKey().str());
  return Names;
}

} // namespace warden::checkers
