//===- Register.cpp - Checkers of cryptography, randomness, secrets and files ---===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"

namespace warden::checkers {

void registerCryptoCheckers(CheckerRegistry &Registry) {}

} // namespace warden::checkers
