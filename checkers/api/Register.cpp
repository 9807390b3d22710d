//===- Register.cpp - Checkers of dangerous library APIs ------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"
#include "api/BannedCallChecker.h"

namespace warden::checkers {

void registerApiCheckers(CheckerRegistry &Registry) {
  add<BannedCallChecker>(Registry);
}

} // namespace warden::checkers
