//===- LoggedResults.h - Findings read back from a SARIF log ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Several commands read what an earlier `warden check` wrote: a SARIF log
/// used as a baseline, the finding `warden suppress` documents. This reads
/// the results of a log (any number of runs) into plain records.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_FINDINGS_LOGGEDRESULTS_H
#define WARDEN_DRIVER_FINDINGS_LOGGEDRESULTS_H

#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace warden {

struct LoggedResult {
  std::string Fingerprint; ///< warden/v1; empty when the result has none.
  std::string RuleId;
  std::string Level;
  std::string Message;
  std::string Path; ///< The artifact URI, decoded.
  unsigned Line = 0;
  std::string Symbol; ///< The first logical location's qualified name.
  std::string BaselineState;
  /// A finding about a suppression (properties.suppressionProblem).
  bool SuppressionProblem = false;
};

/// The results of the SARIF log at Path, in order.
llvm::Expected<std::vector<LoggedResult>> readLoggedResults(llvm::StringRef Path);

/// The results of a SARIF log's text; Path names it in messages.
llvm::Expected<std::vector<LoggedResult>>
parseLoggedResults(llvm::StringRef Path, llvm::StringRef Text);

} // namespace warden

#endif // WARDEN_DRIVER_FINDINGS_LOGGEDRESULTS_H
