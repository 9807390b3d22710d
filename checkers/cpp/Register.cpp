//===- Register.cpp - Checkers of C++ safety ------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "Areas.h"
#include "cpp/AutoPtrChecker.h"
#include "cpp/CStyleCastChecker.h"
#include "cpp/CatchByValueChecker.h"
#include "cpp/ConstCastAwayChecker.h"
#include "cpp/RawNewDeleteChecker.h"
#include "cpp/ReinterpretCastChecker.h"
#include "cpp/ThrowingDestructorChecker.h"
#include "cpp/UseAfterMoveChecker.h"

namespace warden::checkers {

void registerCppCheckers(CheckerRegistry &Registry) {
  add<ReinterpretCastChecker>(Registry);
  add<CStyleCastChecker>(Registry);
  add<ConstCastAwayChecker>(Registry);
  add<RawNewDeleteChecker>(Registry);
  add<CatchByValueChecker>(Registry);
  add<ThrowingDestructorChecker>(Registry);
  add<AutoPtrChecker>(Registry);
  add<UseAfterMoveChecker>(Registry);
}

} // namespace warden::checkers
