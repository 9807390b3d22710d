//===- SizeArguments.h - Tables of size arguments by function ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The checkers of this area read, per library function, which arguments are
/// sizes: memcpy's third, calloc's first and second. Options write them as a
/// table of 1-based positions, one position or a comma-separated list:
/// { memcpy = 3, calloc = "1,2" }.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_SIZES_SIZEARGUMENTS_H
#define WARDEN_CHECKERS_SIZES_SIZEARGUMENTS_H

#include "warden/Options.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

namespace warden::checkers {

/// The functions of a table, for libraryFunction().
std::vector<std::string> functionNames(const PositionLists &Table);

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_SIZES_SIZEARGUMENTS_H
