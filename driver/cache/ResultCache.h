//===- ResultCache.h - Per-TU results, reused while inputs stay -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A TU's outcome is reused when nothing it depends on changed: the key
/// covers the compile command, the Warden version, the plugin binaries and
/// the rules in force; the entry records the hash of the bytes the parser
/// read from every file (system headers included) and the paths the
/// frontend looked for and did not find, and a lookup checks that every
/// file still has that content and every missing path is still missing.
///
/// The cache directory usually lives in the analysed repository's build
/// tree, which is not trusted: every entry carries an HMAC-SHA256 under a
/// key kept outside the repository (the user's cache directory, 0600), so
/// an entry planted in the repository is ignored; eviction never follows a
/// symbolic link and deletes only regular files that start with the
/// cache's own header. Entries are written to a temporary file and renamed,
/// so two Warden processes can share a cache; an entry that does not read
/// back exactly (truncated, corrupt, another format) is ignored with a
/// warning. The cache is bounded: the least recently used entries are
/// evicted. docs/performance.md.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_CACHE_RESULTCACHE_H
#define WARDEN_DRIVER_CACHE_RESULTCACHE_H

#include "analysis/CompileCommands.h"
#include "analysis/TUAnalysis.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// Content hashes of files, each file read at most once per run.
class FileHasher {
public:
  /// Hex xxh3-128 of the file's bytes; nullopt when it is not a regular
  /// file or cannot be read.
  std::optional<std::string> hash(llvm::StringRef Path);

private:
  llvm::StringMap<std::optional<std::string>> Memo;
};

/// HMAC-SHA256 (RFC 2104) of Message under Key, as lower-case hex.
std::string hmacSha256Hex(llvm::ArrayRef<uint8_t> Key, llvm::StringRef Message);

/// Where the cache key lives: $XDG_CACHE_HOME/warden/cache-key (or
/// ~/.cache/warden/cache-key); empty when there is no such directory.
std::string defaultCacheKeyPath();

class ResultCache {
public:
  /// Context is everything besides the command that decides a result:
  /// Warden's version, plugin hashes, the rule configuration hash. The key
  /// file is created (0600) when missing; when it cannot be created or is
  /// readable by others, the cache is off for the run, with a warning.
  ResultCache(std::string Directory, std::string Context, uint64_t MaxBytes,
              llvm::raw_ostream &Warnings,
              std::string KeyPath = defaultCacheKeyPath());

  /// The cached outcome of Job, if every file it read is unchanged.
  std::optional<TUOutcome> lookup(const CompileJob &Job);
  /// Stores an outcome (only complete analyses are worth keeping).
  void store(const CompileJob &Job, const TUOutcome &Outcome);
  /// What Job's last cached analysis depended on (for --changed).
  struct Inputs {
    /// The files it read.
    std::vector<std::string> Files;
    /// The paths it looked for and did not find.
    std::vector<std::string> AbsentPaths;
  };
  /// Job's inputs, or nullopt when the cache knows nothing about it.
  std::optional<Inputs> inputs(const CompileJob &Job);
  /// Removes the least recently used entries beyond the size bound.
  void evict();

  unsigned hits() const { return Hits; }
  unsigned misses() const { return Misses; }

private:
  std::string keyOf(const CompileJob &Job) const;
  std::string versionDirectory() const;
  std::string entryPath(llvm::StringRef Key) const;
  struct Entry {
    std::vector<std::pair<std::string, std::string>> Dependencies;
    std::vector<std::string> AbsentPaths;
    std::string Outcome;
  };
  std::optional<Entry> read(llvm::StringRef Key);
  /// True when nothing exists at Path (not even a dangling symlink).
  bool stillAbsent(llvm::StringRef Path);
  /// True when Dir is a real directory under the cache, reached through no
  /// symbolic link below the cache directory itself.
  bool isOwnDirectory(llvm::StringRef Dir);
  void loadKey(const std::string &KeyPath);
  /// One warning per run for things in the cache directory that Warden
  /// did not write: they are left alone.
  void warnForeign(llvm::StringRef Path, llvm::StringRef What);

  std::string Directory;
  std::string Context;
  uint64_t MaxBytes;
  llvm::raw_ostream &Warnings;
  /// The HMAC key; none means the cache is off.
  std::optional<std::array<uint8_t, 32>> Secret;
  FileHasher Hasher;
  llvm::StringMap<bool> AbsentMemo;
  llvm::StringSet<> OwnDirectories;
  unsigned Hits = 0, Misses = 0;
  bool WarnedForeign = false, WarnedUnauthenticated = false;
};

} // namespace warden

#endif // WARDEN_DRIVER_CACHE_RESULTCACHE_H
