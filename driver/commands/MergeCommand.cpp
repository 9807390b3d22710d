//===- MergeCommand.cpp - warden merge ------------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"
#include "output/SarifMerge.h"
#include "support/AtomicFile.h"
#include "support/Diagnostics.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

using namespace llvm;

static cl::list<std::string> Inputs(cl::Positional, cl::OneOrMore,
                                    cl::desc("<log.sarif>..."),
                                    cl::sub(mergeCommand()));
static cl::opt<std::string> Output("o",
                                   cl::desc("The merged log (default: "
                                            "standard output)"),
                                   cl::value_desc("file"), cl::init("-"),
                                   cl::sub(mergeCommand()));

int runMerge(const Invocation &) {
  Expected<std::vector<SarifInput>> Logs = readSarifInputs(Inputs);
  if (!Logs) {
    printErrors(Logs.takeError(), errs());
    return ExitUsage;
  }
  Expected<std::string> Merged = mergeSarifLogs(*Logs);
  if (!Merged) {
    printErrors(Merged.takeError(), errs());
    return ExitUsage;
  }
  if (Error E = writeFileAtomically(Output, *Merged)) {
    printErrors(std::move(E), errs());
    return ExitUsage;
  }
  return ExitPassed;
}

} // namespace warden
