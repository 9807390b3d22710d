//===- SarifMerge.h - Several Warden logs as one run ------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A CI matrix analyses shards of a code base (`warden check --shard K/N`)
/// and merges their logs into one run, as GitHub code scanning requires one
/// run per tool and category: rules, taxa and artifacts are unioned (and
/// their indices renumbered), results deduplicated and sorted, and every
/// shard's invocation kept.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_OUTPUT_SARIFMERGE_H
#define WARDEN_DRIVER_OUTPUT_SARIFMERGE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace warden {

struct SarifInput {
  std::string Name; ///< For messages: the file it came from.
  std::string Text;
};

/// Reads the named logs; an unreadable one is an error naming it.
llvm::Expected<std::vector<SarifInput>>
readSarifInputs(const std::vector<std::string> &Paths);

/// Merges Warden SARIF logs into one log with one run. Refuses logs that
/// are not Warden's, or not valid JSON, with a message naming the input.
llvm::Expected<std::string> mergeSarifLogs(const std::vector<SarifInput> &Logs);

/// mergeSarifLogs for files, in bounded memory: each log is read and
/// parsed in turn (its results kept compact, never as one tree) and the
/// merged log is written to OS result by result. Gives the same text.
llvm::Error mergeSarifFiles(const std::vector<std::string> &Paths,
                            llvm::raw_ostream &OS);

} // namespace warden

#endif // WARDEN_DRIVER_OUTPUT_SARIFMERGE_H
