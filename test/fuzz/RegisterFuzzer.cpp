//===- RegisterFuzzer.cpp - Fuzz the deviation register reader ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "suppressions/Register.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::Expected<std::vector<warden::RegisterEntry>> Entries =
      warden::parseRegister("deviations.toml", warden::fuzz::asText(Data, Size));
  if (!Entries) {
    (void)llvm::toString(Entries.takeError());
    return 0;
  }
  // What the register reader accepts, `warden suppress` must be able to
  // write back.
  for (const warden::RegisterEntry &E : *Entries)
    (void)warden::formatRegisterEntry(E);
  return 0;
}
