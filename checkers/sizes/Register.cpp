//===- Register.cpp - Checkers of integer sizes and memory arguments ------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"
#include "sizes/AllocSizeOverflowChecker.h"
#include "sizes/MemsetArgumentsChecker.h"
#include "sizes/SizeSignConversionChecker.h"
#include "sizes/SizeofPointerChecker.h"
#include "sizes/StackAllocationChecker.h"

namespace warden::checkers {

void registerSizesCheckers(CheckerRegistry &Registry) {
  add<AllocSizeOverflowChecker>(Registry);
  add<MemsetArgumentsChecker>(Registry);
  add<SizeSignConversionChecker>(Registry);
  add<SizeofPointerChecker>(Registry);
  add<StackAllocationChecker>(Registry);
}

} // namespace warden::checkers
