//===- Areas.h - Checker registration, one function per area ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Each folder of checkers/ is an area and registers its own checkers, so
/// that adding a checker touches only its area.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_AREAS_H
#define WARDEN_CHECKERS_AREAS_H

#include "warden/CheckerRegistry.h"

namespace warden::checkers {

/// Registers a checker class that declares Id, Summary and optionSpecs().
template <typename CheckerT> void add(CheckerRegistry &Registry) {
  Registry.add<CheckerT>(CheckerT::Id, CheckerT::Summary,
                         CheckerT::optionSpecs());
}

void registerApiCheckers(CheckerRegistry &Registry);        // api/
void registerFormatCheckers(CheckerRegistry &Registry);     // format/
void registerErrorsCheckers(CheckerRegistry &Registry);     // errors/
void registerSizesCheckers(CheckerRegistry &Registry);      // sizes/
void registerMemoryCheckers(CheckerRegistry &Registry);     // memory/
void registerControlCheckers(CheckerRegistry &Registry);    // control/
void registerCryptoCheckers(CheckerRegistry &Registry);     // crypto/
void registerCppCheckers(CheckerRegistry &Registry);        // cpp/

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_AREAS_H
