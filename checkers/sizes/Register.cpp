//===- Register.cpp - Checkers of integer sizes and memory arguments ------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"

namespace warden::checkers {

void registerSizesCheckers(CheckerRegistry &Registry) {}

} // namespace warden::checkers
