//===- WorkerPool.h - Analyse TUs in isolated worker processes --*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Each translation unit is analysed in a forked child of the driver: the
/// child inherits the loaded plugins and rules (no start-up cost), can be
/// given a memory limit and a deadline, and a crash in a checker costs one
/// TU, not the run. At most Jobs children run at once. Results are returned
/// in job order, so output does not depend on scheduling. A worker never
/// outlives the driver (the kernel kills it when the driver dies) nor, by
/// more than a grace period, its time limit (it ends itself then, even if
/// the driver is stopped).
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_ANALYSIS_WORKERPOOL_H
#define WARDEN_DRIVER_ANALYSIS_WORKERPOOL_H

#include "analysis/TUAnalysis.h"
#include <functional>
#include <vector>

namespace warden {

struct WorkerLimits {
  unsigned Jobs = 1;
  /// Seconds one TU may take; 0 for no limit.
  unsigned TimeoutSeconds = 0;
  /// Address-space limit of a worker in MiB; 0 for no limit.
  unsigned MemoryMiB = 0;
};

/// Called in the driver after each TU: (index, outcome).
using ProgressFn = std::function<void(size_t, const TUOutcome &)>;

/// Runs Analyze(Job) for every job in a child process.
std::vector<TUOutcome>
runInWorkers(const std::vector<CompileJob> &Jobs, const WorkerLimits &Limits,
             const std::function<TUOutcome(const CompileJob &)> &Analyze,
             const ProgressFn &Progress = nullptr);

} // namespace warden

#endif // WARDEN_DRIVER_ANALYSIS_WORKERPOOL_H
