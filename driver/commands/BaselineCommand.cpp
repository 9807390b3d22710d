//===- BaselineCommand.cpp - warden baseline ------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden baseline -o FILE`: runs the same analysis as `check` (same
/// flags) and records its findings by fingerprint, so that later runs can
/// gate on new findings only.
///
//===----------------------------------------------------------------------===//

#include "commands/Analysis.h"
#include "findings/Baseline.h"
#include "output/TextEmitter.h"
#include "support/AtomicFile.h"
#include "support/Diagnostics.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

using namespace llvm;

int runBaseline(const Invocation &Inv) {
  std::unique_ptr<AnalysisRun> Run = runAnalysis(Inv);
  if (!Run)
    return ExitUsage;
  const std::string &Output = Run->Settings.OutputFlag;
  if (Output.empty()) {
    errs() << "warden: error: 'warden baseline' needs -o FILE to write "
              "the baseline to\n";
    return ExitUsage;
  }
  TextOptions Text;
  Text.WorkingDir = Run->WorkingDir;
  emitAnalysisProblems(errs(), Run->Set, Text);
  if (Error E =
          writeFileAtomically(Output, renderBaseline(Run->Set))) {
    printErrors(std::move(E), errs());
    return ExitUsage;
  }
  size_t Recorded = count_if(Run->Set.Results,
                             [](const Result &R) { return !R.Meta; });
  if (!Run->Settings.Quiet)
    errs() << "warden: recorded " << Recorded << " finding"
           << (Recorded == 1 ? "" : "s") << " in '" << Output
           << "'\n";
  // A baseline of an incomplete run misses findings: say so in the exit
  // code, as check does.
  if (!Run->Settings.AllowIncomplete &&
      (Run->Set.failedTUs() || Run->Set.incompleteTUs()))
    return ExitIncomplete;
  return ExitPassed;
}

} // namespace warden
