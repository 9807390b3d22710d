//===- ResultCache.h - Per-TU results, reused while inputs stay -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A TU's outcome is reused when nothing it depends on changed: the key
/// covers the compile command, the Warden version, the plugin binaries and
/// the rules in force; the entry records the content hash of every file the
/// TU read (system headers included), and a lookup checks them all. Entries
/// are written to a temporary file and renamed, so two Warden processes can
/// share a cache; an entry that does not read back exactly (truncated,
/// corrupt, another format) is ignored with a warning. The cache is bounded:
/// the least recently used entries are evicted. docs/performance.md.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_CACHE_RESULTCACHE_H
#define WARDEN_DRIVER_CACHE_RESULTCACHE_H

#include "analysis/CompileCommands.h"
#include "analysis/TUAnalysis.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// Content hashes of files, each file read at most once per run.
class FileHasher {
public:
  /// Hex xxh3-128 of the file's bytes; nullopt when it cannot be read.
  std::optional<std::string> hash(llvm::StringRef Path);

private:
  llvm::StringMap<std::optional<std::string>> Memo;
};

class ResultCache {
public:
  /// Context is everything besides the command that decides a result:
  /// Warden's version, plugin hashes, the rule configuration hash.
  ResultCache(std::string Directory, std::string Context,
              uint64_t MaxBytes, llvm::raw_ostream &Warnings);

  /// The cached outcome of Job, if every file it read is unchanged.
  std::optional<TUOutcome> lookup(const CompileJob &Job);
  /// Stores an outcome (only complete analyses are worth keeping).
  void store(const CompileJob &Job, const TUOutcome &Outcome);
  /// The files Job read when it was last cached (for --changed), or nullopt
  /// when the cache knows nothing about it.
  std::optional<std::vector<std::string>> dependencies(const CompileJob &Job);
  /// Removes the least recently used entries beyond the size bound.
  void evict();

  unsigned hits() const { return Hits; }
  unsigned misses() const { return Misses; }

private:
  std::string keyOf(const CompileJob &Job) const;
  std::string entryPath(llvm::StringRef Key) const;
  struct Entry {
    std::vector<std::pair<std::string, std::string>> Dependencies;
    std::string Outcome;
  };
  std::optional<Entry> read(llvm::StringRef Key);

  std::string Directory;
  std::string Context;
  uint64_t MaxBytes;
  llvm::raw_ostream &Warnings;
  FileHasher Hasher;
  unsigned Hits = 0, Misses = 0;
};

} // namespace warden

#endif // WARDEN_DRIVER_CACHE_RESULTCACHE_H
