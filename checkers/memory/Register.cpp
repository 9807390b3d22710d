//===- Register.cpp - Checkers of memory lifetime and initialisation ------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"

namespace warden::checkers {

void registerMemoryCheckers(CheckerRegistry &Registry) {}

} // namespace warden::checkers
