//===- Register.cpp - Checkers of cryptography, randomness, secrets and files ---===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"
#include "crypto/HardcodedSecretChecker.h"
#include "crypto/InsecurePrngChecker.h"
#include "crypto/WeakCryptoChecker.h"

namespace warden::checkers {

void registerCryptoCheckers(CheckerRegistry &Registry) {
  add<WeakCryptoChecker>(Registry);
  add<InsecurePrngChecker>(Registry);
  add<HardcodedSecretChecker>(Registry);
}

} // namespace warden::checkers
