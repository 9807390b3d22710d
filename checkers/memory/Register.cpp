//===- Register.cpp - Checkers of memory lifetime and initialisation ------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"
#include "memory/FreeNonHeapChecker.h"
#include "memory/FreedPointerChecker.h"
#include "memory/MismatchedDeallocChecker.h"
#include "memory/SecretScrubChecker.h"
#include "memory/UninitializedLocalChecker.h"

namespace warden::checkers {

void registerMemoryCheckers(CheckerRegistry &Registry) {
  add<FreedPointerChecker>(Registry);
  add<FreeNonHeapChecker>(Registry);
  add<MismatchedDeallocChecker>(Registry);
  add<SecretScrubChecker>(Registry);
  add<UninitializedLocalChecker>(Registry);
}

} // namespace warden::checkers
