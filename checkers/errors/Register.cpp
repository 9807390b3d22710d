//===- Register.cpp - Checkers of error handling --------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"
#include "errors/ReallocLeakChecker.h"
#include "errors/UncheckedAllocChecker.h"
#include "errors/UncheckedResultChecker.h"

namespace warden::checkers {

void registerErrorsCheckers(CheckerRegistry &Registry) {
  add<UncheckedAllocChecker>(Registry);
  add<UncheckedResultChecker>(Registry);
  add<ReallocLeakChecker>(Registry);
}

} // namespace warden::checkers
