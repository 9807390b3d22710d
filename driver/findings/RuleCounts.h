//===- RuleCounts.h - Findings per rule and level ---------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The statistics of a run, like CodeChecker's `parse` statistics: how many
/// findings each rule produced at each level, how many of them are
/// suppressed and, against a baseline, new or unchanged. `check
/// --summary=rules` prints them as a table and every SARIF log carries them
/// in run.properties.ruleCounts.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_FINDINGS_RULECOUNTS_H
#define WARDEN_DRIVER_FINDINGS_RULECOUNTS_H

#include "findings/ResultSet.h"
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace warden {

struct RuleCount {
  std::string RuleId;
  Level Severity = Level::Note;
  /// Every finding of this run, suppressed or not, shown or not.
  size_t Findings = 0;
  size_t Suppressed = 0;
  size_t New = 0, Unchanged = 0;
};

/// Counts of this run's findings (not the baseline entries absent from it
/// or not analysed in it) per rule and level, by rule id, errors before warnings before notes.
inline std::vector<RuleCount> countByRule(const ResultSet &Set) {
  // Level::None (a note) sorts with notes, as SARIF reports it.
  auto LevelOf = [](Level L) { return L == Level::None ? Level::Note : L; };
  std::map<std::pair<std::string, int>, RuleCount> Counts;
  for (const Result &R : Set.Results) {
    if (onlyInBaseline(R.Baseline))
      continue;
    Level L = LevelOf(R.F.Severity);
    RuleCount &C = Counts[{R.F.RuleId, -int(L)}];
    C.RuleId = R.F.RuleId;
    C.Severity = L;
    ++C.Findings;
    C.Suppressed += R.Suppressed;
    C.New += R.Baseline == BaselineState::New;
    C.Unchanged += R.Baseline == BaselineState::Unchanged;
  }
  std::vector<RuleCount> Sorted;
  for (auto &[Key, C] : Counts)
    Sorted.push_back(std::move(C));
  return Sorted;
}

} // namespace warden

#endif // WARDEN_DRIVER_FINDINGS_RULECOUNTS_H
