//===- ReportFuzzer.cpp - Fuzz the compliance report ----------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden report` reads logs that are archived for years and may come from
/// anywhere. Any input is refused or rendered, in both formats, alone and
/// merged with itself (the shard path), never a crash. No rendered HTML may
/// contain a '<script' that the renderer did not write (it writes none).
///
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "report/Renderers.h"
#include "report/ReportModel.h"
#include "llvm/ADT/StringRef.h"
#include <cstdlib>

static void render(const std::vector<warden::SarifInput> &Logs) {
  llvm::Expected<warden::report::ReportModel> M =
      warden::report::buildReportModel(Logs);
  if (!M) {
    (void)llvm::toString(M.takeError());
    return;
  }
  std::string Html = warden::report::renderHtmlReport(*M);
  (void)warden::report::renderMarkdownReport(*M);
  if (llvm::StringRef(Html).contains_insensitive("<script"))
    std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(warden::fuzz::asText(Data, Size));
  render({{"a.sarif", Text}});
  render({{"a.sarif", Text}, {"b.sarif", Text}});
  return 0;
}
