//===- SizeArguments.cpp - Tables of size arguments by function -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "sizes/SizeArguments.h"

namespace warden::checkers {

std::vector<std::string> functionNames(const PositionLists &Table) {
  std::vector<std::string> Names;
  for (const auto &Entry : Table)
    Names.push_back(Entry.getKey().str());
  return Names;
}

} // namespace warden::checkers
