//===- DirectiveFuzzer.cpp - Fuzz the suppression-comment parser ----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "suppressions/Directive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::optional<warden::Directive> D =
      warden::parseDirective(warden::fuzz::asText(Data, Size));
  if (D)
    for (const std::string &Rule : D->Rules)
      (void)Rule.size();
  return 0;
}
