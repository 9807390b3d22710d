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
#include "vcs/Git.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

using json = nlohmann::json;

namespace warden {

/// Bumped when the entry format or what a key covers changes; it names the
/// directory too, so entries of older formats are never read or evicted.
static constexpr llvm::StringLiteral CacheFormat = "warden-cache/v2";
static constexpr llvm::StringLiteral VersionDirectoryName = "v2";
/// Every entry starts with this, then the hex HMAC and a newline: eviction
/// deletes nothing that does not.
static constexpr llvm::StringLiteral Magic = "warden-cache/v2 ";
static constexpr size_t MacHexLength = 64;

namespace {

/// Closes a POSIX descriptor on every path out.
class ScopedFD {
public:
  explicit ScopedFD(int FD = -1) : FD(FD) {}
  ScopedFD(ScopedFD &&Other) noexcept : FD(Other.FD) { Other.FD = -1; }
  ScopedFD(const ScopedFD &) = delete;
  ScopedFD &operator=(const ScopedFD &) = delete;
  ~ScopedFD() {
    if (FD >= 0)
      ::close(FD);
  }
  int get() const { return FD; }
  explicit operator bool() const { return FD >= 0; }

private:
  int FD;
};

/// Opens Path for reading only when it is a regular file, without blocking
/// on a FIFO and, with NoFollow, without following a final symbolic link.
/// On failure errno tells why: ELOOP for a symbolic link, ENODEV for a
/// file that is not regular, else what open or fstat said.
ScopedFD openRegular(int DirFD, const char *Path, bool NoFollow,
                     struct stat &Status) {
  int Flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (NoFollow ? O_NOFOLLOW : 0);
  ScopedFD FD(::openat(DirFD, Path, Flags));
  if (!FD)
    return FD;
  if (::fstat(FD.get(), &Status) != 0)
    return ScopedFD();
  if (!S_ISREG(Status.st_mode)) {
    errno = ENODEV;
    return ScopedFD();
  }
  return FD;
}

std::optional<std::string> readAll(int FD, const struct stat &Status) {
  std::string Data;
  Data.resize(size_t(Status.st_size));
  size_t Done = 0;
  while (Done < Data.size()) {
    ssize_t N = ::read(FD, Data.data() + Done, Data.size() - Done);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    Done += size_t(N);
  }
  Data.resize(Done);
  return Data;
}

bool constantTimeEqual(llvm::StringRef A, llvm::StringRef B) {
  if (A.size() != B.size())
    return false;
  unsigned char Difference = 0;
  for (size_t I = 0; I < A.size(); ++I)
    Difference |= static_cast<unsigned char>(A[I] ^ B[I]);
  return Difference == 0;
}

} // namespace

std::optional<std::string> FileHasher::hash(llvm::StringRef Path) {
  auto [It, Inserted] = Memo.try_emplace(Path);
  if (!Inserted)
    return It->second;
  // `check --staged`: a result holds for the staged bytes, not the working
  // tree's.
  if (const StagedTree *Staged = stagedView()) {
    if (Staged->isMissing(Path))
      return std::nullopt;
    if (const std::string *Content = Staged->contentOf(Path))
      return It->second = contentHash(*Content);
  }
  // A FIFO or device where a header used to be must not block the run.
  struct stat Status;
  std::string PathZ = Path.str();
  ScopedFD FD =
      openRegular(AT_FDCWD, PathZ.c_str(), /*NoFollow=*/false, Status);
  if (!FD)
    return std::nullopt;
  if (std::optional<std::string> Data = readAll(FD.get(), Status))
    It->second = contentHash(*Data);
  return It->second;
}

std::string hmacSha256Hex(llvm::ArrayRef<uint8_t> Key,
                          llvm::StringRef Message) {
  constexpr size_t BlockSize = 64;
  std::array<uint8_t, BlockSize> Block{};
  if (Key.size() > BlockSize) {
    std::array<uint8_t, 32> Short = llvm::SHA256::hash(Key);
    std::copy(Short.begin(), Short.end(), Block.begin());
  } else {
    std::copy(Key.begin(), Key.end(), Block.begin());
  }
  std::array<uint8_t, BlockSize> InnerPad, OuterPad;
  for (size_t I = 0; I < BlockSize; ++I) {
    InnerPad[I] = Block[I] ^ 0x36;
    OuterPad[I] = Block[I] ^ 0x5c;
  }
  llvm::SHA256 Inner;
  Inner.update(InnerPad);
  Inner.update(Message);
  std::array<uint8_t, 32> InnerHash = Inner.final();
  llvm::SHA256 Outer;
  Outer.update(OuterPad);
  Outer.update(InnerHash);
  return llvm::toHex(Outer.final(), /*LowerCase=*/true);
}

std::string defaultCacheKeyPath() {
  llvm::SmallString<256> Path;
  if (!llvm::sys::path::cache_directory(Path))
    return "";
  llvm::sys::path::append(Path, "warden", "cache-key");
  return std::string(Path);
}

/// Reads the key: 64 hex digits, in a regular file of this user that no
/// one else can read or write (else anyone who can read it can forge).
static llvm::Expected<std::array<uint8_t, 32>>
readKeyFile(const std::string &Path) {
  struct stat Status;
  ScopedFD FD = openRegular(AT_FDCWD, Path.c_str(), /*NoFollow=*/true, Status);
  if (!FD)
    return errno == ELOOP    ? llvm::createStringError("a symbolic link")
           : errno == ENODEV ? llvm::createStringError("not a regular file")
                             : llvm::errorCodeToError(std::error_code(
                                   errno, std::generic_category()));
  if (Status.st_uid != ::geteuid() || (Status.st_mode & 077))
    return llvm::createStringError(
        "it must belong to this user and be readable by no one else "
        "(chmod 600)");
  std::optional<std::string> Text = readAll(FD.get(), Status);
  std::string Bytes;
  if (!Text || !llvm::tryGetFromHex(llvm::StringRef(*Text).trim(), Bytes) ||
      Bytes.size() != 32)
    return llvm::createStringError("expected 64 hexadecimal digits");
  std::array<uint8_t, 32> Key;
  std::copy(Bytes.begin(), Bytes.end(), Key.begin());
  return Key;
}

/// Creates the key file with fresh random bytes. Two processes may race:
/// the key is written to a private temporary file and hard-linked into
/// place, so the first one wins and both then read the same key.
static llvm::Error createKeyFile(const std::string &Path) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(Path);
  if (std::error_code EC = llvm::sys::fs::create_directories(
          Dir, /*IgnoreExisting=*/true, llvm::sys::fs::perms::owner_all))
    return llvm::errorCodeToError(EC);
  std::array<uint8_t, 32> Random;
  ScopedFD Source(::open("/dev/urandom", O_RDONLY | O_CLOEXEC));
  if (!Source || ::read(Source.get(), Random.data(), Random.size()) !=
                     ssize_t(Random.size()))
    return llvm::createStringError("cannot read /dev/urandom");
  int FD;
  llvm::SmallString<256> Temp;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(
          Path + ".tmp-%%%%%%%%", FD, Temp, llvm::sys::fs::OF_None,
          llvm::sys::fs::owner_read | llvm::sys::fs::owner_write))
    return llvm::errorCodeToError(EC);
  ScopedFD Out(FD);
  std::string Text = llvm::toHex(Random, /*LowerCase=*/true) + "\n";
  bool Written =
      ::write(Out.get(), Text.data(), Text.size()) == ssize_t(Text.size()) &&
      ::fsync(Out.get()) == 0;
  int LinkError =
      Written && ::link(Temp.c_str(), Path.c_str()) != 0 ? errno : 0;
  ::unlink(Temp.c_str());
  if (!Written)
    return llvm::createStringError("cannot write the key");
  if (LinkError && LinkError != EEXIST)
    return llvm::errorCodeToError(
        std::error_code(LinkError, std::generic_category()));
  return llvm::Error::success();
}

void ResultCache::loadKey(const std::string &KeyPath) {
  auto Off = [&](llvm::Error E) {
    Warnings << "warden: warning: the result cache is off for this run: "
                "cannot use the cache key '"
             << KeyPath << "': " << llvm::toString(std::move(E)) << '\n';
  };
  if (KeyPath.empty())
    return Off(llvm::createStringError("no user cache directory ($HOME)"));
  struct stat Status;
  if (::lstat(KeyPath.c_str(), &Status) != 0 && errno == ENOENT)
    if (llvm::Error E = createKeyFile(KeyPath))
      return Off(std::move(E));
  llvm::Expected<std::array<uint8_t, 32>> Key = readKeyFile(KeyPath);
  if (!Key)
    return Off(Key.takeError());
  Secret = *Key;
}

ResultCache::ResultCache(std::string Directory, std::string Context,
                         uint64_t MaxBytes, llvm::raw_ostream &Warnings,
                         std::string KeyPath)
    : Directory(std::move(Directory)), Context(std::move(Context)),
      MaxBytes(MaxBytes), Warnings(Warnings) {
  loadKey(KeyPath);
}

std::string ResultCache::keyOf(const CompileJob &Job) const {
  std::string Input = CacheFormat.str();
  for (llvm::StringRef Part :
       {llvm::StringRef(Context), llvm::StringRef(Job.Directory),
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

std::string ResultCache::versionDirectory() const {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, VersionDirectoryName);
  return std::string(Path);
}

std::string ResultCache::entryPath(llvm::StringRef Key) const {
  llvm::SmallString<256> Path(versionDirectory());
  llvm::sys::path::append(Path, Key.substr(0, 2), Key);
  return std::string(Path);
}

void ResultCache::warnForeign(llvm::StringRef Path, llvm::StringRef What) {
  if (WarnedForeign)
    return;
  WarnedForeign = true;
  Warnings << "warden: warning: leaving '" << Path
           << "' alone in the result cache: " << What
           << "; Warden reads, writes and deletes only its own entries "
              "(further ones are not reported)\n";
}

/// An entry is a first line "warden-cache/v2 <HMAC>", one line of JSON
/// (key, dependencies, absent paths, the outcome's checksum), then the
/// outcome itself. The HMAC covers the key and everything after the first
/// line, so an entry another key wrote, or one edited, is not used.
std::optional<ResultCache::Entry> ResultCache::read(llvm::StringRef Key) {
  if (!Secret)
    return std::nullopt;
  std::string Path = entryPath(Key);
  auto Corrupt = [&](llvm::StringRef Why) -> std::optional<Entry> {
    Warnings << "warden: warning: ignoring cache entry '" << Path
             << "': " << Why << '\n';
    return std::nullopt;
  };
  struct stat Status;
  ScopedFD FD = openRegular(AT_FDCWD, Path.c_str(), /*NoFollow=*/true, Status);
  if (!FD) {
    if (errno == ELOOP)
      warnForeign(Path, "a symbolic link");
    else if (errno == ENODEV)
      warnForeign(Path, "not a regular file");
    return std::nullopt; // Not cached.
  }
  std::optional<std::string> Data = readAll(FD.get(), Status);
  if (!Data)
    return std::nullopt;
  llvm::StringRef Text(*Data);
  auto [First, Rest] = Text.split('\n');
  auto [Header, Outcome] = Rest.split('\n');
  if (!First.consume_front(Magic) || First.size() != MacHexLength)
    return Corrupt("unreadable header");
  json H = json::parse(Header.begin(), Header.end(), nullptr, false);
  if (H.is_discarded() || !H.is_object() ||
      stringMember(H, "format") != CacheFormat ||
      stringMember(H, "key") != Key || !H.contains("outcome") ||
      !H["outcome"].is_string() || !H.contains("dependencies") ||
      !H["dependencies"].is_array() || !H.contains("absent") ||
      !H["absent"].is_array())
    return Corrupt("unreadable header");
  if (contentHash(Outcome) != H["outcome"].get<std::string>())
    return Corrupt("the stored result does not match its checksum");
  if (!constantTimeEqual(
          First, hmacSha256Hex(*Secret, Key.str() + "\n" + Rest.str()))) {
    if (!WarnedUnauthenticated)
      Warnings << "warden: warning: ignoring cache entry '" << Path
               << "': it was not written with this user's cache key (copied "
                  "or planted; further ones are not reported)\n";
    WarnedUnauthenticated = true;
    return std::nullopt;
  }
  Entry E;
  for (const json &D : H["dependencies"]) {
    if (!D.is_array() || D.size() != 2 || !D[0].is_string() ||
        !D[1].is_string())
      return Corrupt("malformed dependency list");
    E.Dependencies.emplace_back(D[0].get<std::string>(),
                                D[1].get<std::string>());
  }
  for (const json &A : H["absent"]) {
    if (!A.is_string())
      return Corrupt("malformed list of absent paths");
    E.AbsentPaths.push_back(A.get<std::string>());
  }
  E.Outcome = Outcome.str();
  return E;
}

bool ResultCache::stillAbsent(llvm::StringRef Path) {
  auto [It, Inserted] = AbsentMemo.try_emplace(Path, false);
  if (Inserted) {
    struct stat Status;
    std::string PathZ = Path.str();
    const StagedTree *Staged = stagedView();
    if (Staged && Staged->contentOf(Path))
      It->second = false;
    else
      It->second = (Staged && Staged->isMissing(Path)) ||
                   ::lstat(PathZ.c_str(), &Status) != 0;
  }
  return It->second;
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
  // A header created where the frontend looked first would now be the one
  // included.
  for (const std::string &Path : E->AbsentPaths)
    if (!stillAbsent(Path))
      return Miss();
  llvm::Expected<TUOutcome> O = decodeOutcome(E->Outcome);
  if (!O) {
    Warnings << "warden: warning: ignoring cache entry '" << entryPath(Key)
             << "': " << llvm::toString(O.takeError()) << '\n';
    return Miss();
  }
  for (auto &[Path, Hash] : E->Dependencies)
    O->Dependencies.push_back({std::move(Path), std::move(Hash)});
  O->AbsentPaths = std::move(E->AbsentPaths);
  // Recently used entries survive eviction. Touched through a descriptor
  // opened without following links: only the entry itself is changed.
  struct stat Status;
  std::string Path = entryPath(Key);
  if (ScopedFD FD =
          openRegular(AT_FDCWD, Path.c_str(), /*NoFollow=*/true, Status))
    ::futimens(FD.get(), nullptr);
  ++Hits;
  return std::move(*O);
}

std::optional<ResultCache::Inputs> ResultCache::inputs(const CompileJob &Job) {
  std::optional<Entry> E = read(keyOf(Job));
  if (!E)
    return std::nullopt;
  Inputs In;
  for (auto &[Path, Hash] : E->Dependencies)
    In.Files.push_back(std::move(Path));
  In.AbsentPaths = std::move(E->AbsentPaths);
  return In;
}

bool ResultCache::isOwnDirectory(llvm::StringRef Dir) {
  if (OwnDirectories.contains(Dir))
    return true;
  // The cache directory itself is the user's choice (it may be reached
  // through a link); below it, Warden creates plain directories one level
  // at a time and checks each before going in, so that nothing is created
  // or written through a link committed in its place.
  if (std::error_code EC = llvm::sys::fs::create_directories(Directory)) {
    Warnings << "warden: warning: cannot create cache directory: "
             << EC.message() << '\n';
    return false;
  }
  std::string Version = versionDirectory();
  for (llvm::StringRef D : {llvm::StringRef(Version), Dir}) {
    std::string DZ = D.str();
    if (::mkdir(DZ.c_str(), 0777) != 0 && errno != EEXIST) {
      Warnings << "warden: warning: cannot create cache directory '" << D
               << "': " << std::strerror(errno) << '\n';
      return false;
    }
    struct stat Status;
    if (::lstat(DZ.c_str(), &Status) != 0 || !S_ISDIR(Status.st_mode)) {
      warnForeign(D, "not a plain directory (a symbolic link?)");
      return false;
    }
  }
  OwnDirectories.insert(Dir);
  return true;
}

void ResultCache::store(const CompileJob &Job, const TUOutcome &Outcome) {
  if (!Secret)
    return;
  // The hashes are those of the bytes the parser read, so a file edited
  // during the analysis makes the entry miss next time instead of tying the
  // old result to the new content.
  json Dependencies = json::array();
  for (const FileDigest &D : Outcome.Dependencies) {
    if (D.Hash.empty())
      return; // A buffer clang could not give back: nothing reliable to store.
    Dependencies.push_back({D.Path, D.Hash});
  }
  // A list cut short could not tell when a new header shadows an old one.
  if (Outcome.AbsentPaths.size() > MaxAbsentPaths)
    return;
  std::string Key = keyOf(Job);
  // Dependencies and absent paths are in the header (checked before the
  // body is decoded), not twice.
  TUOutcome Stored = Outcome;
  Stored.Dependencies.clear();
  Stored.AbsentPaths.clear();
  std::string Body = encodeOutcome(Stored);
  json Header = {{"format", CacheFormat.str()},
                 {"key", Key},
                 {"outcome", contentHash(Body)},
                 {"dependencies", Dependencies},
                 {"absent", Outcome.AbsentPaths}};
  std::string Path = entryPath(Key);
  if (!isOwnDirectory(llvm::sys::path::parent_path(Path)))
    return;
  std::string Rest =
      Header.dump(-1, ' ', false, json::error_handler_t::replace) + "\n" + Body;
  std::string Text =
      Magic.str() + hmacSha256Hex(*Secret, Key + "\n" + Rest) + "\n" + Rest;
  if (llvm::Error E = writeFileAtomically(Path, Text, WriteKind::CacheEntry))
    Warnings << "warden: warning: cannot write cache entry: "
             << llvm::toString(std::move(E)) << '\n';
}

/// True when the regular file Name in DirFD (whose lstat is Expected)
/// starts with the cache's header, or, for a temporary file, with a part
/// of it (a writer killed early leaves a short one).
static bool carriesOwnHeader(int DirFD, const char *Name,
                             const struct stat &Expected, bool Temporary) {
  struct stat Status;
  ScopedFD FD = openRegular(DirFD, Name, /*NoFollow=*/true, Status);
  if (!FD || Status.st_ino != Expected.st_ino ||
      Status.st_dev != Expected.st_dev)
    return false;
  std::array<char, 16> Start;
  static_assert(Magic.size() == Start.size());
  ssize_t N = ::pread(FD.get(), Start.data(), Start.size(), 0);
  if (N < 0)
    return false;
  llvm::StringRef Read(Start.data(), size_t(N));
  return Read == Magic || (Temporary && Magic.starts_with(Read));
}

void ResultCache::evict() {
  // Everything below goes by descriptors opened with O_NOFOLLOW, and
  // unlinkat removes a name, never what a link points to: a symbolic link
  // committed into the cache directory leads nowhere.
  std::string Root = versionDirectory();
  ScopedFD RootFD(
      ::open(Root.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!RootFD) {
    if (errno == ELOOP || errno == ENOTDIR)
      warnForeign(Root, "not a plain directory (a symbolic link?)");
    return;
  }
  auto ListNames = [](int DirFD) {
    std::vector<std::string> Names;
    int Copy = ::dup(DirFD);
    if (Copy < 0)
      return Names;
    DIR *D = ::fdopendir(Copy);
    if (!D) {
      ::close(Copy);
      return Names;
    }
    while (struct dirent *Item = ::readdir(D)) {
      llvm::StringRef Name(Item->d_name);
      if (Name != "." && Name != "..")
        Names.push_back(Name.str());
    }
    ::closedir(D);
    return Names;
  };
  struct File {
    int DirFD;
    std::string Name;
    uint64_t Size;
    struct timespec Used;
  };
  std::vector<ScopedFD> Shards;
  std::vector<File> Files;
  uint64_t Total = 0;
  auto Now = std::chrono::system_clock::now();
  for (const std::string &ShardName : ListNames(RootFD.get())) {
    llvm::SmallString<256> ShardPath(Root);
    llvm::sys::path::append(ShardPath, ShardName);
    struct stat Status;
    if (::fstatat(RootFD.get(), ShardName.c_str(), &Status,
                  AT_SYMLINK_NOFOLLOW) != 0)
      continue;
    if (!S_ISDIR(Status.st_mode)) {
      warnForeign(ShardPath, S_ISLNK(Status.st_mode) ? "a symbolic link"
                                                     : "not a cache entry");
      continue;
    }
    ScopedFD Shard(::openat(RootFD.get(), ShardName.c_str(),
                            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!Shard)
      continue;
    for (const std::string &Name : ListNames(Shard.get())) {
      llvm::SmallString<256> FilePath(ShardPath);
      llvm::sys::path::append(FilePath, Name);
      if (::fstatat(Shard.get(), Name.c_str(), &Status, AT_SYMLINK_NOFOLLOW))
        continue;
      if (!S_ISREG(Status.st_mode)) {
        warnForeign(FilePath, S_ISLNK(Status.st_mode) ? "a symbolic link"
                                                      : "not a cache entry");
        continue;
      }
      bool Temporary = llvm::StringRef(Name).contains(".tmp-");
      auto Modified =
          std::chrono::system_clock::from_time_t(Status.st_mtim.tv_sec);
      // Another process may be writing this one right now.
      if (Temporary && Now - Modified < std::chrono::hours(1))
        continue;
      if (!carriesOwnHeader(Shard.get(), Name.c_str(), Status, Temporary)) {
        warnForeign(FilePath, "not a cache entry");
        continue;
      }
      Files.push_back(
          {Shard.get(), Name, uint64_t(Status.st_size), Status.st_mtim});
      Total += uint64_t(Status.st_size);
    }
    Shards.push_back(std::move(Shard));
  }
  if (Total <= MaxBytes)
    return;
  std::sort(Files.begin(), Files.end(), [](const File &A, const File &B) {
    return std::tie(A.Used.tv_sec, A.Used.tv_nsec) <
           std::tie(B.Used.tv_sec, B.Used.tv_nsec);
  });
  for (const File &F : Files) {
    if (Total <= MaxBytes)
      break;
    if (::unlinkat(F.DirFD, F.Name.c_str(), 0) == 0)
      Total -= F.Size;
  }
}

} // namespace warden
