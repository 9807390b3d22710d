//===- Register.cpp - Checkers of error handling --------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"

namespace warden::checkers {

void registerErrorsCheckers(CheckerRegistry &Registry) {}

} // namespace warden::checkers
