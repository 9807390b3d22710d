//===- MergeCommand.cpp - warden merge ------------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"
#include "output/SarifMerge.h"
#include "support/AtomicFile.h"
#include "support/Diagnostics.h"
#include "llvm/Support/MemoryBuffer.h"
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
  std::vector<SarifInput> Logs;
  for (const std::string &Path : Inputs) {
    auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer) {
      errs() << "warden: error: cannot read '" << Path
             << "': " << Buffer.getError().message() << '\n';
      return ExitUsage;
    }
    Logs.push_back({Path, (*Buffer)->getBuffer().str()});
  }
  Expected<std::string> Merged = mergeSarifLogs(Logs);
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
