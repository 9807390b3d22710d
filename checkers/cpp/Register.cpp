//===- Register.cpp - Checkers of C++ safety ------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"

namespace warden::checkers {

void registerCppCheckers(CheckerRegistry &Registry) {}

} // namespace warden::checkers
