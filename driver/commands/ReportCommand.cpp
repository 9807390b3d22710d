//===- ReportCommand.cpp - warden report ----------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `warden report`: the evidence an auditor asks for, from one or more
/// SARIF logs of `warden check`, as one self-contained HTML file or as
/// Markdown (docs/compliance.md).
///
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"
#include "report/Renderers.h"
#include "report/ReportModel.h"
#include "support/AtomicFile.h"
#include "support/Diagnostics.h"
#include "output/SarifMerge.h"
#include "llvm/Support/raw_ostream.h"

namespace warden {

using namespace llvm;

static cl::list<std::string> Inputs(cl::Positional, cl::OneOrMore,
                                    cl::desc("<log.sarif>..."),
                                    cl::sub(reportCommand()));
static cl::opt<std::string>
    Format("format", cl::desc("Output format: html (default) or markdown"),
           cl::value_desc("format"), cl::init("html"),
           cl::sub(reportCommand()));
static cl::opt<std::string> Output(
    "o", cl::desc("Write the report to this file, atomically (default: "
                  "standard output)"),
    cl::value_desc("file"), cl::init("-"), cl::sub(reportCommand()));

int runReport(const Invocation &) {
  if (Format != "html" && Format != "markdown") {
    errs() << "warden: error: invalid --format '" << Format
           << "'; expected html or markdown\n";
    return ExitUsage;
  }
  Expected<std::vector<SarifInput>> Logs = readSarifInputs(Inputs);
  if (!Logs) {
    printErrors(Logs.takeError(), errs());
    return ExitUsage;
  }
  Expected<report::ReportModel> Model = report::buildReportModel(*Logs);
  if (!Model) {
    printErrors(Model.takeError(), errs());
    return ExitUsage;
  }
  std::string Text = Format == "html" ? report::renderHtmlReport(*Model)
                                      : report::renderMarkdownReport(*Model);
  if (Error E = writeFileAtomically(Output, Text)) {
    printErrors(std::move(E), errs());
    return ExitUsage;
  }
  return ExitPassed;
}

} // namespace warden
