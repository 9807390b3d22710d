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
  // Standard output gets the log as it is written; a file gets it whole,
  // by temporary file and rename, never half-written.
  std::string Merged;
  raw_string_ostream Buffer(Merged);
  bool ToStdout = Output == "-";
  raw_ostream &OS = ToStdout ? static_cast<raw_ostream &>(outs()) : Buffer;
  if (Error E = mergeSarifFiles(Inputs, OS)) {
    printErrors(std::move(E), errs());
    return ExitUsage;
  }
  OS.flush();
  if (ToStdout)
    return ExitPassed;
  if (Error E = writeFileAtomically(Output, Merged)) {
    printErrors(std::move(E), errs());
    return ExitUsage;
  }
  return ExitPassed;
}

} // namespace warden
