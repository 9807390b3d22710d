//===- ReportText.cpp - Wording both report formats share -----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "report/Renderers.h"
#include "llvm/ADT/StringExtras.h"

namespace warden::report {

const char *const ClauseMapIntro =
    "Which parts of this report support which requirements. Clause numbers "
    "refer to IEC 81001-5-1:2021 (EN IEC 81001-5-1:2022) and to the FDA "
    "guidance \"Cybersecurity in Medical Devices: Quality System "
    "Considerations and Content of Premarket Submissions\"; topics are "
    "paraphrased.";

const char *const ClauseMapCaveat =
    "The standards' texts are not reproduced here. Check clause numbers "
    "against your purchased copy before citing them in a technical file.";

std::string title(const ReportModel &M) {
  std::string T = M.ProjectName.empty() ? "Unnamed project" : M.ProjectName;
  if (!M.ProjectVersion.empty())
    T += " " + M.ProjectVersion;
  return T;
}

std::string gateScope(const ReportModel &M) {
  if (M.GateOn == "new" && M.HasBaseline)
    return "new findings (a baseline was used)";
  return M.HasBaseline ? "all findings" : "all findings (no baseline)";
}

std::string verdictText(const ReportModel &M) {
  std::string Mixed = "mixed gates: " + llvm::join(M.MixedGates, "; ");
  if (M.Verdict == "mixed")
    return "M" + Mixed.substr(1);
  std::string Text = M.Verdict == "passed"       ? "Gate passed"
                     : M.Verdict == "failed"     ? "Gate failed"
                     : M.Verdict == "incomplete" ? "Analysis incomplete"
                                                 : "Run ended with an error";
  if (!M.MixedGates.empty())
    Text += "; " + Mixed;
  return Text;
}

std::string gateCountText(const ReportModel &M) {
  if (!M.MixedGates.empty())
    return "no gate verdict: the logs were not checked against the same "
           "gate and rules; judge each log by its own";
  return std::to_string(M.gatingCount()) + " finding(s) at or above '" +
         M.FailOn + "' count for the gate";
}

std::string fileCheckText(FileCheck C) {
  switch (C) {
  case FileCheck::NotRecorded:
    return "not recorded";
  case FileCheck::Matches:
    return "unchanged since the analysis";
  case FileCheck::Changed:
    return "changed since the analysis";
  case FileCheck::Missing:
    return "not found where the log says";
  }
  return "";
}

std::string problemLabel(llvm::StringRef MetaRuleId) {
  llvm::StringRef Short = MetaRuleId;
  Short.consume_front("warden-suppress-");
  if (Short == "unknown-rule")
    return "unknown rule";
  return Short.str();
}

} // namespace warden::report
