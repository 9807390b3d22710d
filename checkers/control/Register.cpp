//===- Register.cpp - Checkers of control flow ----------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"
#include "control/AssignInConditionChecker.h"
#include "control/FloatEqualityChecker.h"
#include "control/GotoChecker.h"
#include "control/RecursionChecker.h"
#include "control/SwitchDefaultChecker.h"
#include "control/ToctouChecker.h"

namespace warden::checkers {

void registerControlCheckers(CheckerRegistry &Registry) {
  add<AssignInConditionChecker>(Registry);
  add<SwitchDefaultChecker>(Registry);
  add<GotoChecker>(Registry);
  add<RecursionChecker>(Registry);
  add<FloatEqualityChecker>(Registry);
  add<ToctouChecker>(Registry);
}

} // namespace warden::checkers
