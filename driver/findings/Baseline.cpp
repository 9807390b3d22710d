//===- Baseline.cpp - Known findings, to gate on new ones only ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "findings/Baseline.h"
#include "findings/Fingerprint.h"
#include "findings/LoggedResults.h"
#include "support/Diagnostics.h"
#include "support/Hashing.h"
#include "support/JsonAccess.h"
#include "support/JsonLimits.h"
#include "support/InstallLayout.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include <nlohmann/json.hpp>

using json = nlohmann::ordered_json;

namespace warden {

static constexpr int BaselineFormatVersion = 1;

/// A GUID (version-4 layout) made from a content hash, so that the same
/// baseline always has the same id.
static std::string guidFromHash(llvm::StringRef Hex) {
  std::string H = Hex.substr(0, 32).str();
  H[12] = '4';
  H[16] = "89ab"[llvm::hexDigitValue(H[16]) & 3];
  return H.substr(0, 8) + "-" + H.substr(8, 4) + "-" + H.substr(12, 4) + "-" +
         H.substr(16, 4) + "-" + H.substr(20, 12);
}

static llvm::Expected<Baseline> fromSarif(llvm::StringRef Path,
                                          llvm::StringRef Text) {
  llvm::Expected<std::vector<LoggedResult>> Logged =
      parseLoggedResults(Path, Text);
  if (!Logged)
    return Logged.takeError();
  Baseline B;
  for (LoggedResult &L : *Logged) {
    // Findings that were already gone are not part of the baseline.
    if (L.BaselineState == "absent" || L.SuppressionProblem)
      continue;
    if (L.Fingerprint.empty())
      return makeError("baseline '" + Path + "' has a result without a " +
                       FingerprintKey + " fingerprint; is it a Warden SARIF log?");
    B.Entries.push_back({std::move(L.Fingerprint), std::move(L.RuleId),
                         std::move(L.Path), L.Line, std::move(L.Level),
                         std::move(L.Message)});
  }
  return B;
}

llvm::Expected<Baseline> loadBaseline(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return makeError("cannot read baseline '" + Path +
                     "': " + Buffer.getError().message());
  return parseBaseline(Path, (*Buffer)->getBuffer());
}

llvm::Expected<Baseline> parseBaseline(llvm::StringRef Path,
                                       llvm::StringRef Text) {
  if (llvm::Error E = checkJsonNesting(Text, Path))
    return std::move(E);
  json J = json::parse(Text.begin(), Text.end(), nullptr, false);
  if (J.is_discarded() || !J.is_object())
    return makeError("malformed baseline '" + Path + "': not a JSON object");
  llvm::Expected<Baseline> B = [&]() -> llvm::Expected<Baseline> {
    if (J.contains("runs"))
      return fromSarif(Path, Text);
    if (!J.contains("version") || !J["version"].is_number_integer() ||
        J["version"].get<int>() != BaselineFormatVersion)
      return makeError("baseline '" + Path + "' is not a Warden baseline of "
                       "format version 1 or a SARIF log");
    if (stringMember(J, "fingerprintVersion") != FingerprintKey.str())
      return makeError("baseline '" + Path +
                       "' uses other fingerprints than " + FingerprintKey +
                       "; write it again with this Warden");
    if (!J.contains("findings") || !J["findings"].is_array())
      return makeError("malformed baseline '" + Path +
                       "': 'findings' is not an array");
    Baseline Result;
    for (const json &F : J["findings"]) {
      if (!F.is_object() || !F.contains("fingerprint") ||
          !F["fingerprint"].is_string())
        return makeError("malformed baseline '" + Path +
                         "': a finding has no fingerprint");
      BaselineEntry E;
      E.Fingerprint = F["fingerprint"].get<std::string>();
      if (F.contains("rule") && F["rule"].is_string())
        E.RuleId = F["rule"].get<std::string>();
      if (F.contains("path") && F["path"].is_string())
        E.Path = F["path"].get<std::string>();
      if (F.contains("line") && F["line"].is_number_unsigned())
        E.Line = F["line"].get<unsigned>();
      if (F.contains("level") && F["level"].is_string())
        E.Level = F["level"].get<std::string>();
      if (F.contains("message") && F["message"].is_string())
        E.Message = F["message"].get<std::string>();
      Result.Entries.push_back(std::move(E));
    }
    return Result;
  }();
  if (!B)
    return B.takeError();
  B->Guid = guidFromHash(sha256Hex(Text));
  return B;
}

std::string renderBaseline(const ResultSet &Set) {
  json Findings = json::array();
  for (const Result &R : Set.Results) {
    if (R.Meta || R.Baseline == BaselineState::Absent)
      continue;
    Findings.push_back({{"fingerprint", R.Fingerprint},
                        {"rule", R.F.RuleId},
                        {"path", R.RelativePath.empty() ? R.F.Where.File
                                                        : R.RelativePath},
                        {"line", R.F.Where.StartLine},
                        {"level", levelName(R.F.Severity).str()},
                        {"message", R.F.Message}});
  }
  json J = {{"version", BaselineFormatVersion},
            {"tool", std::string("warden ") + wardenVersion()},
            {"fingerprintVersion", FingerprintKey.str()},
            {"findings", Findings}};
  return J.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

void applyBaseline(ResultSet &Set, const Baseline &B,
                   const AnalysisCoverage &Coverage) {
  llvm::StringSet<> Known;
  for (const BaselineEntry &E : B.Entries)
    Known.insert(E.Fingerprint);
  llvm::StringSet<> Present;
  for (Result &R : Set.Results) {
    Present.insert(R.Fingerprint);
    // A problem with a suppression is never "known": it must be fixed.
    R.Baseline = Known.contains(R.Fingerprint) && !R.Meta
                     ? BaselineState::Unchanged
                     : BaselineState::New;
  }
  for (const BaselineEntry &E : B.Entries) {
    // Found but not reported (--changed-lines): not fixed, not listed.
    if (Present.contains(E.Fingerprint) || Coverage.unreported(E.Fingerprint))
      continue;
    Result R;
    R.F.RuleId = E.RuleId;
    R.F.Message = E.Message;
    R.F.Severity = parseLevel(E.Level).value_or(Level::Warning);
    R.F.Where.File = llvm::StringRef(E.Path).starts_with("/")
                         ? E.Path
                         : Set.SourceRoot + "/" + E.Path;
    R.F.Where.StartLine = R.F.Where.EndLine = std::max(E.Line, 1u);
    R.F.Where.StartColumn = R.F.Where.EndColumn = 1;
    R.RelativePath = llvm::StringRef(E.Path).starts_with("/") ? "" : E.Path;
    R.Fingerprint = E.Fingerprint;
    R.Baseline = Coverage.judges(E.Path, Set.SourceRoot)
                     ? BaselineState::Absent
                     : BaselineState::NotAnalysed;
    Set.Results.push_back(std::move(R));
    Present.insert(E.Fingerprint);
  }
  Set.sort();
}

} // namespace warden
