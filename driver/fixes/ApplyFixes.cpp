//===- ApplyFixes.cpp - warden check --fix --------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "fixes/ApplyFixes.h"
#include "support/Diagnostics.h"
#include "support/Hashing.h"
#include "support/WritePolicy.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <optional>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace warden {
namespace {

struct Edit {
  size_t Begin, End; ///< Byte offsets, End exclusive.
  std::string Text;
  size_t FixId; ///< Edits of one fix are applied together or not at all.
};

/// Byte offset of a 1-based (line, byte column) position.
std::optional<size_t> offsetOf(llvm::StringRef Text, unsigned Line,
                               unsigned Column) {
  size_t Offset = 0;
  for (unsigned L = 1; L < Line; ++L) {
    size_t NewLine = Text.find('\n', Offset);
    if (NewLine == llvm::StringRef::npos)
      return std::nullopt;
    Offset = NewLine + 1;
  }
  Offset += Column - 1;
  if (Column == 0 || Offset > Text.size())
    return std::nullopt;
  return Offset;
}

/// Identifies a fix by what it does, so that the same fix proposed by many
/// TUs (a finding in a shared header) is recognised as one.
std::string fixKey(const FindingFix &Fix) {
  std::string Key;
  for (const Replacement &R : Fix.Replacements) {
    const SourceSpan &S = R.Removed;
    Key += S.File + '\0' + std::to_string(S.StartLine) + ':' +
           std::to_string(S.StartColumn) + '-' + std::to_string(S.EndLine) +
           ':' + std::to_string(S.EndColumn) + '\0' + R.Inserted + '\0';
  }
  return Key;
}

std::string joined(const std::set<std::string> &Words) {
  std::string Out;
  for (const std::string &W : Words)
    Out += (Out.empty() ? "" : ", ") + W;
  return Out.empty() ? "no" : Out;
}

/// What the run knows about a file from the TUs that read it.
struct FileFacts {
  /// Hashes of the bytes each TU parsed; more than one means the file
  /// changed between two TUs.
  std::set<std::string> Hashes;
  /// Languages of the TUs that read it.
  std::set<std::string> Languages;
  /// The main file of some TU (not only a header).
  bool MainFile = false;
};

struct FixCandidate {
  const Result *R;
  /// Languages of the TUs that proposed this fix.
  std::set<std::string> Languages;
  bool Dropped = false;
};

/// A file some fix edits, as read for fixing.
struct TargetFile {
  std::string Path;
  /// The file's directory, reached from the source root without following
  /// any symlink, and the file's name in it: every later access is
  /// relative to it, so a symlink swapped into the path after the checks
  /// cannot redirect the write.
  int Dir = -1;
  std::string Leaf;
  /// Why the file is left alone; empty when it may be written.
  std::string Refusal;
  std::string Content;
  std::string AnalysedHash;
  struct stat Stat {};
  /// The replacements of each fix that edits this file.
  std::vector<std::pair<size_t, const Replacement *>> Replacements;
  std::vector<Edit> Edits;
  std::string NewContent;
  std::set<size_t> AppliedFixes;
};

std::string modeText(mode_t Mode) {
  char Buffer[8];
  snprintf(Buffer, sizeof(Buffer), "%04o", unsigned(Mode & 07777));
  return Buffer;
}

/// Reads all of FD from offset 0.
bool readAll(int FD, std::string &Out) {
  Out.clear();
  char Buffer[1 << 16];
  off_t Offset = 0;
  while (true) {
    ssize_t N = ::pread(FD, Buffer, sizeof(Buffer), Offset);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0)
      return false;
    if (N == 0)
      return true;
    Out.append(Buffer, size_t(N));
    Offset += N;
  }
}

bool writeAll(int FD, llvm::StringRef Data) {
  size_t Done = 0;
  while (Done < Data.size()) {
    ssize_t N =
        ::pwrite(FD, Data.data() + Done, Data.size() - Done, off_t(Done));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Done += size_t(N);
  }
  return true;
}

bool sameFile(const struct stat &A, const struct stat &B) {
  return A.st_dev == B.st_dev && A.st_ino == B.st_ino;
}

/// Opens the directory of Relative (a '/'-separated path under Root) one
/// component at a time, refusing symlinks (ELOOP, ENOTDIR). -1 on failure.
int openDirectoryBeneath(llvm::StringRef Root, llvm::StringRef Relative) {
  int Dir = ::open(Root.str().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::StringRef(Relative).split(Parts, '/', -1, /*KeepEmpty=*/false);
  for (size_t I = 0; Dir >= 0 && I + 1 < Parts.size(); ++I) {
    int Next = ::openat(Dir, Parts[I].str().c_str(),
                        O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int Saved = errno;
    ::close(Dir);
    errno = Saved;
    Dir = Next;
  }
  return Dir;
}

/// Reads Path for fixing, or says why it must be left alone.
void readTarget(TargetFile &T, const FileFacts *Facts,
                const FixOptions &Options) {
  // Clang reports real paths, so a path that is no longer its own real
  // path leads through a symlink created since; following it could leave
  // the tree.
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(T.Path, Real)) {
    T.Refusal = "cannot be read";
    return;
  }
  if (Real != T.Path) {
    T.Refusal = "is reached through a symlink";
    return;
  }
  std::string Relative = relativeToRoot(T.Path, Options.SourceRoot);
  if (Relative.empty()) {
    T.Refusal = "is outside the source root '" + Options.SourceRoot + "'";
    return;
  }
  if (!Facts || Facts->Hashes.empty() || Facts->Hashes.count("")) {
    T.Refusal = "has no record of the content analysed";
    return;
  }
  if (Facts->Hashes.size() > 1) {
    T.Refusal = "changed between two translation units that read it";
    return;
  }
  T.AnalysedHash = *Facts->Hashes.begin();
  T.Dir = openDirectoryBeneath(Options.SourceRoot, Relative);
  if (T.Dir < 0) {
    T.Refusal = errno == ELOOP || errno == ENOTDIR
                    ? std::string("is reached through a symlink")
                    : std::string("cannot be read: ") + std::strerror(errno);
    return;
  }
  T.Leaf = std::string(llvm::sys::path::filename(Relative));
  struct stat Link;
  if (::fstatat(T.Dir, T.Leaf.c_str(), &Link, AT_SYMLINK_NOFOLLOW) != 0 ||
      !S_ISREG(Link.st_mode)) {
    T.Refusal = "is not a regular file";
    return;
  }
  // O_NONBLOCK: a FIFO swapped in after the fstatat must not hang the run.
  int FD = ::openat(T.Dir, T.Leaf.c_str(),
                    O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (FD < 0) {
    T.Refusal = std::string("cannot be read: ") + std::strerror(errno);
    return;
  }
  auto Close = llvm::make_scope_exit([&] { ::close(FD); });
  if (::fstat(FD, &T.Stat) != 0 || !sameFile(T.Stat, Link) ||
      !S_ISREG(T.Stat.st_mode)) {
    T.Refusal = "is not a regular file";
    return;
  }
  if (!readAll(FD, T.Content)) {
    T.Refusal = std::string("cannot be read: ") + std::strerror(errno);
    return;
  }
  if (contentHash(T.Content) != T.AnalysedHash) {
    T.Refusal = "changed since it was analysed";
    return;
  }
  // A file nobody may write says "do not edit" (a locked checkout, a
  // generated or vendored file); --fix respects that rather than replacing
  // it behind the mode's back.
  if ((T.Stat.st_mode & 0222) == 0) {
    T.Refusal = "is read-only (mode " + modeText(T.Stat.st_mode) + ")";
    return;
  }
}

/// Turns the replacements of the fixes still standing into edits; drops
/// (in Candidates) every fix whose edits do not fit the file or overlap
/// another fix's. Returns whether a fix was dropped.
template <typename RefuseFn>
bool planEdits(TargetFile &T, std::vector<FixCandidate> &Candidates,
               FixSummary &Summary, RefuseFn Refuse) {
  bool DroppedAny = false;
  auto Drop = [&](size_t Id, bool Conflict) {
    if (Candidates[Id].Dropped)
      return;
    Candidates[Id].Dropped = true;
    DroppedAny = true;
    Summary.Conflicts += Conflict;
  };
  T.Edits.clear();
  for (auto [Id, Rp] : T.Replacements) {
    if (Candidates[Id].Dropped)
      continue;
    std::optional<size_t> Begin =
        offsetOf(T.Content, Rp->Removed.StartLine, Rp->Removed.StartColumn);
    std::optional<size_t> End =
        offsetOf(T.Content, Rp->Removed.EndLine, Rp->Removed.EndColumn);
    if (!Begin || !End || *End < *Begin) {
      // The content is the one analysed, so this is a checker's bug.
      Refuse(Id, T.Path, "does not fit a replacement of the fix");
      DroppedAny = true;
      continue;
    }
    T.Edits.push_back({*Begin, *End, Rp->Inserted, Id});
  }
  std::stable_sort(
      T.Edits.begin(), T.Edits.end(),
      [](const Edit &A, const Edit &B) { return A.Begin < B.Begin; });
  // A fix whose edit overlaps another fix's (or inserts at the same point,
  // where the order would be a guess) is dropped entirely.
  size_t Reach = 0, LastBegin = 0, LastFix = 0;
  bool Any = false;
  for (const Edit &E : T.Edits) {
    if (Candidates[E.FixId].Dropped)
      continue;
    bool Conflict =
        Any && E.FixId != LastFix &&
        (E.Begin < Reach || (E.Begin == LastBegin && E.Begin == Reach));
    if (Conflict) {
      Drop(E.FixId, /*Conflict=*/true);
      continue;
    }
    Reach = std::max(Reach, E.End);
    LastBegin = E.Begin;
    LastFix = E.FixId;
    Any = true;
  }
  return DroppedAny;
}

/// Signals that end the process and that LLVM's handlers turn into the
/// removal of registered temporary files.
sigset_t terminatingSignals() {
  sigset_t Set;
  sigemptyset(&Set);
  for (int Sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE})
    sigaddset(&Set, Sig);
  return Set;
}

/// Holds the terminating signals while the file itself is being replaced
/// or rewritten; one that arrives meanwhile is delivered afterwards.
class SignalHold {
public:
  SignalHold() {
    sigset_t Set = terminatingSignals();
    pthread_sigmask(SIG_BLOCK, &Set, &Old);
  }
  ~SignalHold() { pthread_sigmask(SIG_SETMASK, &Old, nullptr); }

private:
  sigset_t Old;
};

/// Tests only: WARDEN_TEST_FIX_SIGNAL=KILL|TERM|INT raises that signal once
/// the verified temporary copy exists, standing for a user who interrupts
/// --fix at the worst moment.
void testInterruptPoint() {
  const char *Name = std::getenv("WARDEN_TEST_FIX_SIGNAL");
  if (!Name)
    return;
  llvm::StringRef N(Name);
  int Sig = N == "KILL"   ? SIGKILL
            : N == "INT"  ? SIGINT
            : N == "TERM" ? SIGTERM
                          : 0;
  if (Sig)
    ::raise(Sig);
}

/// A temporary file in the target's directory: unnamed (O_TMPFILE) where
/// the file system allows, so that even SIGKILL leaves nothing behind;
/// else named "<file>.tmp-XXXXXXXX" and removed on exit and on signals.
class TempFile {
public:
  TempFile(const TargetFile &T) : T(T) {}
  ~TempFile() {
    if (FD >= 0)
      ::close(FD);
    if (!Name.empty()) {
      ::unlinkat(T.Dir, Name.c_str(), 0);
      llvm::sys::DontRemoveFileOnSignal(fullPath());
    }
  }

  std::error_code create() {
#ifdef O_TMPFILE
    // Tests: WARDEN_TEST_FIX_NAMED_TEMP=1 takes the named fallback.
    if (!std::getenv("WARDEN_TEST_FIX_NAMED_TEMP")) {
      FD = ::openat(T.Dir, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
      if (FD >= 0)
        return {};
    }
#endif
    for (int Attempt = 0; Attempt < 64; ++Attempt) {
      std::string Candidate = uniqueName();
      FD = ::openat(T.Dir, Candidate.c_str(),
                    O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
      if (FD >= 0) {
        Name = Candidate;
        llvm::sys::RemoveFileOnSignal(fullPath());
        return {};
      }
      if (errno != EEXIST)
        return lastError();
    }
    return std::make_error_code(std::errc::file_exists);
  }

  int fd() const { return FD; }

  /// Renames the copy over the file. Call with the terminating signals
  /// held: an unnamed copy gets a name just before the rename.
  std::error_code replace() {
    if (Name.empty()) {
      std::string Self = "/proc/self/fd/" + std::to_string(FD);
      for (int Attempt = 0; Attempt < 64 && Name.empty(); ++Attempt) {
        std::string Candidate = uniqueName();
        if (::linkat(AT_FDCWD, Self.c_str(), T.Dir, Candidate.c_str(),
                     AT_SYMLINK_FOLLOW) == 0)
          Name = Candidate;
        else if (errno != EEXIST)
          return lastError();
      }
      if (Name.empty())
        return std::make_error_code(std::errc::file_exists);
    }
    if (::renameat(T.Dir, Name.c_str(), T.Dir, T.Leaf.c_str()) != 0)
      return lastError();
    llvm::sys::DontRemoveFileOnSignal(fullPath());
    Name.clear();
    return {};
  }

private:
  static std::error_code lastError() {
    return std::error_code(errno, std::generic_category());
  }
  std::string uniqueName() const {
    llvm::SmallString<128> Candidate;
    llvm::sys::fs::createUniquePath(T.Leaf + ".tmp-%%%%%%%%", Candidate,
                                    /*MakeAbsolute=*/false);
    return std::string(Candidate);
  }
  /// The signal handler removes files by path.
  std::string fullPath() const {
    llvm::SmallString<256> Path = llvm::sys::path::parent_path(T.Path);
    llvm::sys::path::append(Path, Name);
    return std::string(Path);
  }

  const TargetFile &T;
  int FD = -1;
  std::string Name;
};

std::error_code lastError() {
  return std::error_code(errno, std::generic_category());
}

/// Writes T.NewContent to T.Path as described in the header. Returns a
/// refusal (a warning, the file untouched) or an error (exit 2).
llvm::Expected<std::string> writeTarget(const TargetFile &T) {
  auto Fail = [&](std::error_code EC) -> llvm::Error {
    return makeError("cannot write '" + T.Path + "': " + EC.message());
  };
  // The run's write policy has the last word (under --untrusted the root
  // the configuration chose cannot widen what may be fixed).
  if (llvm::Error E =
          WritePolicy::current().checkWrite(T.Path, WriteKind::FixTarget))
    return llvm::toString(std::move(E));
  TempFile Copy(T);
  if (std::error_code EC = Copy.create())
    return Fail(EC);
  int FD = Copy.fd();
  // The copy is complete and on disk before the file is touched, so a full
  // disk or an I/O error leaves the file as it was.
  std::string Back;
  if (!writeAll(FD, T.NewContent) || ::fsync(FD) != 0)
    return Fail(lastError());
  if (!readAll(FD, Back))
    return Fail(lastError());
  if (Back != T.NewContent)
    return makeError("cannot write '" + T.Path +
                     "': the temporary copy does not read back as written");
  testInterruptPoint();

  // The file must still be the one analysed: same inode, same bytes.
  int Original = ::openat(T.Dir, T.Leaf.c_str(),
                          O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (Original < 0)
    return std::string("vanished while it was being fixed");
  auto CloseOriginal = llvm::make_scope_exit([&] { ::close(Original); });
  struct stat Now;
  std::string Current;
  if (::fstat(Original, &Now) != 0 || !sameFile(Now, T.Stat) ||
      !readAll(Original, Current) || contentHash(Current) != T.AnalysedHash)
    return std::string("changed since it was analysed");

  // Rename keeps the directory entry atomic; the copy takes the file's
  // owner (first: chown clears set-id bits) and mode. A file with hard
  // links, or one whose owner the copy cannot take, is written in place
  // instead, which keeps every link, the owner and the mode.
  bool InPlace = Now.st_nlink > 1;
  if (!InPlace && (::fchown(FD, Now.st_uid, Now.st_gid) != 0 ||
                   ::fchmod(FD, Now.st_mode & 07777) != 0))
    InPlace = true;
  if (!InPlace) {
    SignalHold Hold;
    if (std::error_code EC = Copy.replace())
      return Fail(EC);
    return std::string();
  }
  int Target = ::openat(T.Dir, T.Leaf.c_str(),
                        O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (Target < 0)
    return std::string("cannot be written in place (") + std::strerror(errno) +
           ")";
  auto CloseTarget = llvm::make_scope_exit([&] { ::close(Target); });
  struct stat Opened;
  if (::fstat(Target, &Opened) != 0 || !sameFile(Opened, T.Stat))
    return std::string("changed since it was analysed");
  SignalHold Hold;
  if (!writeAll(Target, Back) || ::ftruncate(Target, off_t(Back.size())) != 0 ||
      ::fsync(Target) != 0)
    return Fail(lastError());
  return std::string();
}

} // namespace

llvm::Expected<FixSummary> applyFixes(const ResultSet &Set,
                                      const FixOptions &Options,
                                      llvm::raw_ostream &Warnings) {
  // What the TUs say about the files they read and the fixes they proposed.
  std::map<std::string, FileFacts> Facts;
  std::map<std::string, std::set<std::string>> ProposedBy;
  for (const TURecord &T : Set.TUs) {
    for (const FileDigest &D : T.Outcome.Dependencies) {
      FileFacts &F = Facts[D.Path];
      F.Hashes.insert(D.Hash);
      F.Languages.insert(T.Outcome.Language);
    }
    llvm::SmallString<256> Main;
    if (T.Job && !llvm::sys::fs::real_path(T.Job->File, Main))
      Facts[std::string(Main)].MainFile = true;
    for (const FindingFix &Fix : T.ProposedFixes)
      ProposedBy[fixKey(Fix)].insert(T.Outcome.Language);
  }

  std::vector<FixCandidate> Candidates;
  std::map<std::string, TargetFile> Targets;
  for (const Result &R : Set.Results) {
    // A baselined finding is accepted debt, not a request to change code.
    if (R.Suppressed || R.Meta || R.Baseline == BaselineState::Unchanged ||
        onlyInBaseline(R.Baseline) || R.F.Fixes.empty() ||
        R.F.Fixes.front().Replacements.empty())
      continue;
    size_t Id = Candidates.size();
    Candidates.push_back({&R, ProposedBy[fixKey(R.F.Fixes.front())]});
    for (const Replacement &Rp : R.F.Fixes.front().Replacements) {
      TargetFile &T = Targets[Rp.Removed.File];
      T.Path = Rp.Removed.File;
      T.Replacements.push_back({Id, &Rp});
    }
  }

  auto CloseDirectories = llvm::make_scope_exit([&] {
    for (auto &[Path, T] : Targets)
      if (T.Dir >= 0)
        ::close(T.Dir);
  });

  FixSummary Summary;
  auto Refuse = [&](size_t Id, const std::string &File,
                    const std::string &Why) {
    if (Candidates[Id].Dropped)
      return;
    Candidates[Id].Dropped = true;
    ++Summary.Refused;
    const Finding &F = Candidates[Id].R->F;
    Warnings << "warden: warning: '" << File << "' " << Why
             << "; fix not applied (" << F.RuleId << " at " << F.Where.File
             << ":" << F.Where.StartLine << ":" << F.Where.StartColumn << ")\n";
  };
  for (auto &[Path, T] : Targets) {
    auto It = Facts.find(Path);
    const FileFacts *F = It == Facts.end() ? nullptr : &It->second;
    readTarget(T, F, Options);
    for (auto [Id, Rp] : T.Replacements) {
      if (!T.Refusal.empty()) {
        Refuse(Id, Path, T.Refusal);
        continue;
      }
      if (!Options.AllIncludersKnown && !F->MainFile) {
        Refuse(Id, Path,
               "is a header and this run did not analyse every translation "
               "unit that may include it");
        continue;
      }
      const std::set<std::string> &Valid = Candidates[Id].Languages;
      std::set<std::string> Others;
      for (const std::string &L : F->Languages)
        if (!Valid.count(L))
          Others.insert(L);
      if (!Others.empty())
        Refuse(Id, Path,
               "is also read by " + joined(Others) +
                   " translation units, and only " + joined(Valid) +
                   " ones proposed this fix");
    }
  }

  // Dropping a fix in one file frees its edits in the others: plan again
  // until nothing changes.
  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (auto &[Path, T] : Targets)
      if (T.Refusal.empty())
        Changed |= planEdits(T, Candidates, Summary, Refuse);
  }

  for (auto &[Path, T] : Targets) {
    if (!T.Refusal.empty())
      continue;
    size_t Cursor = 0;
    for (const Edit &E : T.Edits) {
      if (Candidates[E.FixId].Dropped)
        continue;
      T.NewContent.append(T.Content, Cursor, E.Begin - Cursor);
      T.NewContent += E.Text;
      Cursor = E.End;
      T.AppliedFixes.insert(E.FixId);
    }
    T.NewContent.append(T.Content, Cursor, std::string::npos);
    if (T.AppliedFixes.empty())
      continue;
    llvm::Expected<std::string> Refusal = writeTarget(T);
    if (!Refusal)
      return Refusal.takeError();
    if (!Refusal->empty()) {
      for (size_t Id : T.AppliedFixes)
        Refuse(Id, Path, *Refusal);
      continue;
    }
    ++Summary.Files;
  }
  // A fix counts as applied when none of its files refused it.
  for (const FixCandidate &C : Candidates)
    Summary.Applied += !C.Dropped;
  return Summary;
}

} // namespace warden
