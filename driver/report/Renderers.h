//===- Renderers.h - The compliance report as HTML and Markdown -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Lays out a ReportModel. The HTML is one self-contained file (inline CSS
/// and SVG, no script, font or image to fetch) that prints well; the
/// Markdown carries the same content for a pull request or a wiki. Neither
/// depends on Clang.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_REPORT_RENDERERS_H
#define WARDEN_DRIVER_REPORT_RENDERERS_H

#include "report/ReportModel.h"
#include <string>

namespace warden::report {

std::string renderHtmlReport(const ReportModel &M);
std::string renderMarkdownReport(const ReportModel &M);

/// Shared wording, so that both formats say the same thing.
std::string verdictText(const ReportModel &M);
std::string fileCheckText(FileCheck C);
std::string problemLabel(llvm::StringRef MetaRuleId);
std::string title(const ReportModel &M);
/// The clause map's introduction and its caveat, as plain text.
extern const char *const ClauseMapIntro;
extern const char *const ClauseMapCaveat;

/// Which findings the gate counts: "new findings" or "all findings".
std::string gateScope(const ReportModel &M);
/// What the gate counted ("3 finding(s) at or above 'error' count for the
/// gate"), or why there is no verdict when the logs' gates differ.
std::string gateCountText(const ReportModel &M);

} // namespace warden::report

#endif // WARDEN_DRIVER_REPORT_RENDERERS_H
