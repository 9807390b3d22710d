//===- ResultSet.cpp - The findings of a run, consolidated ----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "findings/ResultSet.h"
#include "findings/Fingerprint.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <set>
#include <tuple>

namespace warden {

size_t ResultSet::failedTUs() const {
  return llvm::count_if(TUs, [](const TURecord &T) {
    return T.Outcome.Status == TUOutcome::State::Failed;
  });
}

size_t ResultSet::incompleteTUs() const {
  return llvm::count_if(TUs, [](const TURecord &T) {
    return T.Outcome.Status == TUOutcome::State::Incomplete;
  });
}

llvm::StringRef baselineStateName(BaselineState S) {
  switch (S) {
  case BaselineState::New:
    return "new";
  case BaselineState::Unchanged:
    return "unchanged";
  case BaselineState::Absent:
    return "absent";
  case BaselineState::None:
  case BaselineState::NotAnalysed:
    break;
  }
  return "";
}

std::string relativeToRoot(llvm::StringRef File, llvm::StringRef Root) {
  llvm::StringRef Rest = File;
  if (!Rest.consume_front(Root))
    return "";
  if (!Root.ends_with("/") && !Rest.consume_front("/"))
    return "";
  return llvm::sys::path::convert_to_slash(Rest);
}

static auto sortKey(const Finding &F) {
  return std::tie(F.Where.File, F.Where.StartLine, F.Where.StartColumn,
                  F.RuleId, F.Message, F.Where.EndLine, F.Where.EndColumn);
}

Result &ResultSet::add(Finding F, SourceFiles &Files) {
  Result R;
  R.RelativePath = relativeToRoot(F.Where.File, SourceRoot);
  llvm::StringRef Line = Files.get(F.Where.File).line(F.Where.StartLine);
  R.Fingerprint = Fingerprints.next(
      F.RuleId, R.RelativePath.empty() ? F.Where.File : R.RelativePath,
      F.EnclosingSymbol, F.Where.File, F.Where.StartLine, Line);
  R.F = std::move(F);
  Results.push_back(std::move(R));
  return Results.back();
}

void ResultSet::sort() {
  std::sort(Results.begin(), Results.end(),
                   [](const Result &A, const Result &B) {
                     return sortKey(A.F) < sortKey(B.F);
                   });
}

ResultSet consolidate(const std::vector<CompileJob> &Jobs,
                      std::vector<TUOutcome> Outcomes,
                      llvm::StringRef SourceRoot, SourceFiles &Files) {
  ResultSet Set;
  std::set<std::string> Analysed;
  std::vector<Finding> All;
  for (size_t I = 0; I < Jobs.size(); ++I) {
    TUOutcome &O = Outcomes[I];
    std::vector<FindingFix> ProposedFixes;
    for (Finding &F : O.Findings) {
      if (!F.Fixes.empty())
        ProposedFixes.push_back(F.Fixes.front());
      All.push_back(std::move(F));
    }
    O.Findings.clear();
    if (O.Status != TUOutcome::State::Failed)
      Analysed.insert(O.Files.begin(), O.Files.end());
    Set.TUs.push_back({&Jobs[I], std::move(O), std::move(ProposedFixes)});
  }
  Set.AnalysedFiles.assign(Analysed.begin(), Analysed.end());

  std::sort(All.begin(), All.end(),
                   [](const Finding &A, const Finding &B) {
                     return sortKey(A) < sortKey(B);
                   });
  // A header included by many TUs yields the same finding many times.
  All.erase(std::unique(All.begin(), All.end(),
                        [](const Finding &A, const Finding &B) {
                          return sortKey(A) == sortKey(B);
                        }),
            All.end());

  Set.SourceRoot = SourceRoot.str();
  for (Finding &F : All)
    Set.add(std::move(F), Files);
  return Set;
}

} // namespace warden
