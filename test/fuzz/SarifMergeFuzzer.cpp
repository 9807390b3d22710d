//===- SarifMergeFuzzer.cpp - Fuzz the SARIF merge reader -----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden merge` reads logs that other CI jobs wrote. The input is merged
/// with itself (exercising deduplication) and, when it merges, the result is
/// merged again (the output must be a log the reader accepts).
///
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "output/SarifMerge.h"
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(warden::fuzz::asText(Data, Size));
  std::vector<warden::SarifInput> Logs = {{"a.sarif", Text},
                                          {"b.sarif", Text}};
  llvm::Expected<std::string> Merged = warden::mergeSarifLogs(Logs);
  if (!Merged) {
    (void)llvm::toString(Merged.takeError());
    return 0;
  }
  llvm::Expected<std::string> Again =
      warden::mergeSarifLogs({{"merged.sarif", *Merged}});
  if (!Again) {
    // Warden must read back what it wrote.
    (void)llvm::toString(Again.takeError());
    std::abort();
  }
  return 0;
}
