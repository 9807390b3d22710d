//===- ResultCache.cpp - Per-TU results, reused while inputs stay ---------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cache/ResultCache.h"
#include "analysis/OutcomeCodec.h"
#include "support/AtomicFile.h"
#include "support/Hashing.h"
#include "support/JsonAccess.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <algorithm>
#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace warden {

/// Bumped when the entry format or what a key covers changes.
static constexpr llvm::StringLiteral CacheFormat = "warden-cache/v1";

std::optional<std::string> FileHasher::hash(llvm::StringRef Path) {
  auto [It, Inserted] = Memo.try_emplace(Path);
  if (!Inserted)
    return It->second;
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (Buffer)
    It->second = contentHash((*Buffer)->getBuffer());
  return It->second;
}

ResultCache::ResultCache(std::string Directory, std::string Context,
                         uint64_t MaxBytes, llvm::raw_ostream &Warnings)
    : Directory(std::move(Directory)), Context(std::move(Context)),
      MaxBytes(MaxBytes), Warnings(Warnings) {}

std::string ResultCache::keyOf(const CompileJob &Job) const {
  std::string Input = CacheFormat.str();
  for (llvm::StringRef Part : {llvm::StringRef(Context),
                               llvm::StringRef(Job.Directory),
                               llvm::StringRef(Job.File)}) {
    Input.push_back('\0');
    Input += Part;
  }
  for (const std::string &A : Job.Arguments) {
    Input.push_back('\0');
    Input += A;
  }
  return sha256Hex(Input);
}

std::string ResultCache::entryPath(llvm::StringRef Key) const {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, "v1", Key.substr(0, 2), Key);
  return std::string(Path);
}

/// An entry is one header line of JSON (dependencies and the outcome's
/// hash) followed by the outcome itself, so that a truncated or altered
/// entry is detected before it is decoded.
std::optional<ResultCache::Entry> ResultCache::read(llvm::StringRef Key) {
  std::string Path = entryPath(Key);
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt; // Not cached.
  auto [Header, Outcome] = (*Buffer)->getBuffer().split('\n');
  json H = json::parse(Header.begin(), Header.end(), nullptr, false);
  auto Corrupt = [&](llvm::StringRef Why) -> std::optional<Entry> {
    Warnings << "warden: warning: ignoring cache entry '" << Path << "': "
             << Why << '\n';
    return std::nullopt;
  };
  if (H.is_discarded() || !H.is_object() || stringMember(H, "format") != CacheFormat ||
      stringMember(H, "key") != Key || !H.contains("outcome") ||
      !H["outcome"].is_string() || !H.contains("dependencies") ||
      !H["dependencies"].is_array())
    return Corrupt("unreadable header");
  if (sha256Hex(Outcome) != H["outcome"].get<std::string>())
    return Corrupt("the stored result does not match its checksum");
  Entry E;
  for (const json &D : H["dependencies"]) {
    if (!D.is_array() || D.size() != 2 || !D[0].is_string() ||
        !D[1].is_string())
      return Corrupt("malformed dependency list");
    E.Dependencies.emplace_back(D[0].get<std::string>(), D[1].get<std::string>());
  }
  E.Outcome = Outcome.str();
  return E;
}

std::optional<TUOutcome> ResultCache::lookup(const CompileJob &Job) {
  std::string Key = keyOf(Job);
  std::optional<Entry> E = read(Key);
  auto Miss = [&]() -> std::optional<TUOutcome> {
    ++Misses;
    return std::nullopt;
  };
  if (!E)
    return Miss();
  for (const auto &[Path, Hash] : E->Dependencies)
    if (Hasher.hash(Path) != Hash)
      return Miss();
  llvm::Expected<TUOutcome> O = decodeOutcome(E->Outcome);
  if (!O) {
    Warnings << "warden: warning: ignoring cache entry '" << entryPath(Key)
             << "': " << llvm::toString(O.takeError()) << '\n';
    return Miss();
  }
  // Recently used entries survive eviction.
  int FD;
  if (!llvm::sys::fs::openFileForWrite(entryPath(Key), FD,
                                       llvm::sys::fs::CD_OpenExisting,
                                       llvm::sys::fs::OF_Append)) {
    llvm::sys::fs::setLastAccessAndModificationTime(
        FD, llvm::sys::TimePoint<>(std::chrono::system_clock::now()));
    llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  }
  ++Hits;
  return std::move(*O);
}

std::optional<std::vector<std::string>>
ResultCache::dependencies(const CompileJob &Job) {
  std::optional<Entry> E = read(keyOf(Job));
  if (!E)
    return std::nullopt;
  std::vector<std::string> Paths;
  for (auto &[Path, Hash] : E->Dependencies)
    Paths.push_back(std::move(Path));
  return Paths;
}

void ResultCache::store(const CompileJob &Job, const TUOutcome &Outcome) {
  // The hashes are those of the bytes the parser read, so a file edited
  // during the analysis makes the entry miss next time instead of tying the
  // old result to the new content.
  json Dependencies = json::array();
  for (const FileDigest &D : Outcome.Dependencies) {
    if (D.Hash.empty())
      return; // A buffer clang could not give back: nothing reliable to store.
    Dependencies.push_back({D.Path, D.Hash});
  }
  std::string Key = keyOf(Job);
  std::string Body = encodeOutcome(Outcome);
  json Header = {{"format", CacheFormat.str()},
                 {"key", Key},
                 {"outcome", sha256Hex(Body)},
                 {"dependencies", Dependencies}};
  std::string Path = entryPath(Key);
  if (std::error_code EC = llvm::sys::fs::create_directories(
          llvm::sys::path::parent_path(Path))) {
    Warnings << "warden: warning: cannot create cache directory: "
             << EC.message() << '\n';
    return;
  }
  std::string Text =
      Header.dump(-1, ' ', false, json::error_handler_t::replace) + "\n" + Body;
  if (llvm::Error E = writeFileAtomically(Path, Text, WriteKind::CacheEntry))
    Warnings << "warden: warning: cannot write cache entry: "
             << llvm::toString(std::move(E)) << '\n';
}

void ResultCache::evict() {
  struct File {
    std::string Path;
    uint64_t Size;
    llvm::sys::TimePoint<> Used;
  };
  std::vector<File> Files;
  uint64_t Total = 0;
  std::error_code EC;
  llvm::SmallString<256> Root(Directory);
  llvm::sys::path::append(Root, "v1");
  for (llvm::sys::fs::recursive_directory_iterator It(Root, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::sys::fs::file_status Status;
    if (It->status().getError() ||
        llvm::sys::fs::status(It->path(), Status) ||
        Status.type() != llvm::sys::fs::file_type::regular_file)
      continue;
    // Another process may be writing this one right now.
    if (llvm::StringRef(It->path()).contains(".tmp-") &&
        std::chrono::system_clock::now() - Status.getLastModificationTime() <
            std::chrono::hours(1))
      continue;
    Files.push_back({It->path(), Status.getSize(),
                     Status.getLastModificationTime()});
    Total += Status.getSize();
  }
  if (Total <= MaxBytes)
    return;
  std::sort(Files.begin(), Files.end(),
            [](const File &A, const File &B) { return A.Used < B.Used; });
  for (const File &F : Files) {
    if (Total <= MaxBytes)
      break;
    if (!llvm::sys::fs::remove(F.Path))
      Total -= F.Size;
  }
}

} // namespace warden
