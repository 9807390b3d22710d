//===- Register.cpp - Checkers of control flow ----------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"

namespace warden::checkers {

void registerControlCheckers(CheckerRegistry &Registry) {}

} // namespace warden::checkers
