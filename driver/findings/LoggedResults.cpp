//===- LoggedResults.cpp - Findings read back from a SARIF log ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "findings/LoggedResults.h"
#include "findings/Fingerprint.h"
#include "support/Diagnostics.h"
#include "support/JsonAccess.h"
#include "support/JsonLimits.h"
#include "support/Uri.h"
#include "llvm/Support/MemoryBuffer.h"
#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace warden {

llvm::Expected<std::vector<LoggedResult>>
readLoggedResults(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return makeError("cannot read '" + Path +
                     "': " + Buffer.getError().message());
  return parseLoggedResults(Path, (*Buffer)->getBuffer());
}

llvm::Expected<std::vector<LoggedResult>>
parseLoggedResults(llvm::StringRef Path, llvm::StringRef Text) {
  if (llvm::Error E = checkJsonNesting(Text, Path))
    return std::move(E);
  json Log = json::parse(Text.begin(), Text.end(), nullptr, false);
  if (Log.is_discarded() || !Log.is_object() || !Log.contains("runs") ||
      !Log["runs"].is_array())
    return makeError("'" + Path + "' is not a SARIF log");
  std::vector<LoggedResult> Results;
  for (const json &Run : Log["runs"]) {
    const json &All = memberOf(Run, "results");
    if (!All.is_array())
      continue;
    for (const json &R : All) {
      if (!R.is_object())
        continue;
      LoggedResult L;
      L.Fingerprint =
          stringMember(memberOf(R, "partialFingerprints"), FingerprintKey.data());
      L.RuleId = stringMember(R, "ruleId");
      L.Level = stringMember(R, "level");
      L.Message = stringMember(memberOf(R, "message"), "text");
      L.BaselineState = stringMember(R, "baselineState");
      const json &Problem = memberOf(memberOf(R, "properties"), "suppressionProblem");
      L.SuppressionProblem = Problem.is_boolean() && Problem.get<bool>();
      const json &Locations = memberOf(R, "locations");
      if (Locations.is_array() && !Locations.empty()) {
        const json &Physical = memberOf(Locations[0], "physicalLocation");
        L.Path = decodeUri(stringMember(memberOf(Physical, "artifactLocation"), "uri"));
        const json &Region = memberOf(Physical, "region");
        if (Region.is_object() && Region.contains("startLine") &&
            Region["startLine"].is_number_unsigned())
          L.Line = Region["startLine"].get<unsigned>();
        const json &Logical = memberOf(Locations[0], "logicalLocations");
        if (Logical.is_array() && !Logical.empty())
          L.Symbol = stringMember(Logical[0], "fullyQualifiedName");
      }
      Results.push_back(std::move(L));
    }
  }
  return Results;
}

} // namespace warden
