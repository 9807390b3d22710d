//===- Register.cpp - Checkers of format strings --------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"
#include "format/NonLiteralFormatChecker.h"
#include "format/ScanfWidthChecker.h"

namespace warden::checkers {

void registerFormatCheckers(CheckerRegistry &Registry) {
  add<ScanfWidthChecker>(Registry);
  add<NonLiteralFormatChecker>(Registry);
}

} // namespace warden::checkers
