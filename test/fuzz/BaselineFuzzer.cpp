//===- BaselineFuzzer.cpp - Fuzz the baseline reader ----------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A baseline is either Warden's own JSON or a SARIF log; both paths are
/// reached from the same bytes, so the corpus holds both.
///
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "findings/Baseline.h"
#include "findings/LoggedResults.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = warden::fuzz::asText(Data, Size);
  warden::fuzz::consume(warden::parseBaseline("fuzz.baseline.json", Text));
  warden::fuzz::consume(warden::parseLoggedResults("fuzz.sarif", Text));
  return 0;
}
