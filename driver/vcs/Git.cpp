//===- Git.cpp - What changed, according to git ---------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "vcs/Git.h"
#include "support/Diagnostics.h"
#include "support/Uri.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace warden {

bool ChangeSet::lineChanged(llvm::StringRef File, unsigned Line) const {
  auto It = Files.find(File);
  if (It == Files.end())
    return false;
  if (It->second.empty())
    return true;
  for (const auto &[First, Last] : It->second)
    if (Line >= First && Line <= Last)
      return true;
  return false;
}

/// Runs Argv (Argv[0] a full path) with Environment, Input on its standard
/// input; collects its standard output and error through pipes, so that
/// running git writes no file (not even a temporary one). Returns the exit
/// code, or -1 with Why.
static int runCapturing(const std::vector<std::string> &Argv,
                        const std::vector<std::string> &Environment,
                        llvm::StringRef Input, std::string &Out,
                        std::string &Err, std::string &Why) {
  auto Errno = [](int Code) {
    return std::error_code(Code, std::generic_category()).message();
  };
  int OutPipe[2], ErrPipe[2];
  if (::pipe2(OutPipe, O_CLOEXEC)) {
    Why = "cannot create a pipe: " + Errno(errno);
    return -1;
  }
  if (::pipe2(ErrPipe, O_CLOEXEC)) {
    Why = "cannot create a pipe: " + Errno(errno);
    ::close(OutPipe[0]);
    ::close(OutPipe[1]);
    return -1;
  }
  // Input goes through a socket rather than a pipe: send() with
  // MSG_NOSIGNAL reports a reader that exited early instead of raising
  // SIGPIPE.
  int InSocket[2] = {-1, -1};
  if (!Input.empty() &&
      ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, InSocket)) {
    Why = "cannot create a socket: " + Errno(errno);
    for (int Fd : {OutPipe[0], OutPipe[1], ErrPipe[0], ErrPipe[1]})
      ::close(Fd);
    return -1;
  }
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  if (Input.empty())
    posix_spawn_file_actions_addopen(&Actions, 0, "/dev/null", O_RDONLY, 0);
  else
    posix_spawn_file_actions_adddup2(&Actions, InSocket[1], 0);
  // dup2 leaves the copies open across exec; the originals close on it.
  posix_spawn_file_actions_adddup2(&Actions, OutPipe[1], 1);
  posix_spawn_file_actions_adddup2(&Actions, ErrPipe[1], 2);
  std::vector<char *> Args, Env;
  for (const std::string &A : Argv)
    Args.push_back(const_cast<char *>(A.c_str()));
  Args.push_back(nullptr);
  for (const std::string &E : Environment)
    Env.push_back(const_cast<char *>(E.c_str()));
  Env.push_back(nullptr);
  pid_t Pid;
  int Spawned = posix_spawn(&Pid, Argv[0].c_str(), &Actions, nullptr,
                            Args.data(), Env.data());
  posix_spawn_file_actions_destroy(&Actions);
  ::close(OutPipe[1]);
  ::close(ErrPipe[1]);
  if (InSocket[1] >= 0)
    ::close(InSocket[1]);
  if (Spawned != 0) {
    ::close(OutPipe[0]);
    ::close(ErrPipe[0]);
    if (InSocket[0] >= 0)
      ::close(InSocket[0]);
    Why = "cannot run '" + Argv[0] + "': " + Errno(Spawned);
    return -1;
  }
  // Both pipes are drained while the input is written: git blocks when
  // either fills.
  pollfd Fds[3] = {{OutPipe[0], POLLIN, 0},
                   {ErrPipe[0], POLLIN, 0},
                   {InSocket[0], POLLOUT, 0}};
  std::string *Into[2] = {&Out, &Err};
  size_t Written = 0;
  int Open = 2;
  while (Open > 0) {
    if (::poll(Fds, 3, -1) < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    if (Fds[2].fd >= 0 && Fds[2].revents) {
      ssize_t N = ::send(Fds[2].fd, Input.data() + Written,
                         Input.size() - Written, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (N > 0)
        Written += size_t(N);
      if ((N < 0 && errno != EINTR && errno != EAGAIN) ||
          Written == Input.size()) {
        ::close(Fds[2].fd); // end of input
        Fds[2].fd = -1;
      }
    }
    for (int I = 0; I < 2; ++I) {
      if (Fds[I].fd < 0 || !Fds[I].revents)
        continue;
      char Buffer[65536];
      ssize_t N = ::read(Fds[I].fd, Buffer, sizeof Buffer);
      if (N > 0) {
        Into[I]->append(Buffer, size_t(N));
        continue;
      }
      if (N < 0 && errno == EINTR)
        continue;
      ::close(Fds[I].fd);
      Fds[I].fd = -1;
      --Open;
    }
  }
  for (pollfd &F : Fds)
    if (F.fd >= 0)
      ::close(F.fd);
  int Status = 0;
  while (::waitpid(Pid, &Status, 0) < 0)
    if (errno != EINTR) {
      Why = "cannot wait for git: " + Errno(errno);
      return -1;
    }
  if (WIFEXITED(Status))
    return WEXITSTATUS(Status);
  Why = "git was killed by signal " + std::to_string(WTERMSIG(Status));
  return -1;
}

/// Runs git with Args in Dir, with the environment Env added; returns its
/// standard output. Shown is the command as an error message shows it.
static llvm::Expected<std::string> runGit(llvm::StringRef Dir,
                                          llvm::ArrayRef<std::string> Args,
                                          llvm::ArrayRef<std::string> Env,
                                          llvm::ArrayRef<llvm::StringRef> Shown,
                                          llvm::StringRef Input = "") {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return makeError("--changed and --staged need git, which is not on PATH");
  std::vector<std::string> Argv = {*Git, "-C", Dir.str()};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::vector<std::string> Environment;
  for (char **Var = environ; *Var; ++Var)
    Environment.push_back(*Var);
  Environment.insert(Environment.end(), Env.begin(), Env.end());
  std::string Output, Error, Why;
  int Code = runCapturing(Argv, Environment, Input, Output, Error, Why);
  if (Code != 0) {
    std::string Command = "git";
    for (llvm::StringRef A : Shown)
      Command += " " + A.str();
    return makeError("'" + Command + "' failed: " +
                     (Error.empty() ? Why : llvm::StringRef(Error).trim().str()));
  }
  return Output;
}

/// The repository is untrusted, and its configuration (.git/config and the
/// files it includes) can name programs that git runs while Warden only
/// asks what changed. Each of these settings turns one such program off;
/// git passes them on to the git processes it starts (submodules).
static const char *const NoRepositoryPrograms[] = {
    "core.fsmonitor=false",     // a hook run to list changed files
    "core.hooksPath=/dev/null", // hooks of any kind
    "core.pager=cat",           // not a terminal anyway; belt and braces
    "log.showSignature=false",  // would run gpg.program
    "protocol.allow=never",     // no transport: no core.sshCommand, no
                                // lazy fetch of a partial clone's objects
};

/// Filter drivers (filter.NAME.clean, .process) run when git compares the
/// working tree with the index; their names are arbitrary, so they are
/// found and switched off one by one (an empty command disables a driver).
static llvm::Expected<std::vector<std::string>>
disabledFilters(llvm::StringRef Dir, llvm::ArrayRef<std::string> Fixed,
                llvm::ArrayRef<std::string> Env) {
  std::vector<std::string> Args(Fixed.begin(), Fixed.end());
  for (const char *A : {"config", "--null", "--name-only", "--get-regexp",
                        "^filter\\."})
    Args.push_back(A);
  llvm::Expected<std::string> Names = runGit(Dir, Args, Env, {"config"});
  std::vector<std::string> Result;
  if (!Names) { // exit code 1: no such key
    llvm::consumeError(Names.takeError());
    return Result;
  }
  llvm::SmallVector<llvm::StringRef, 8> Keys;
  llvm::StringRef(*Names).split(Keys, '\0', -1, /*KeepEmpty=*/false);
  llvm::StringSet<> Seen;
  for (llvm::StringRef Key : Keys) {
    // filter.NAME.VARIABLE; NAME may hold dots.
    llvm::StringRef Name = Key.trim().drop_front(7).rsplit('.').first;
    if (Name.empty() || !Seen.insert(Name).second)
      continue;
    if (Name.contains('=') || Name.contains('\n'))
      return makeError("the repository's git configuration names filter '" +
                       Name + "', which Warden cannot switch off; refusing "
                       "to run git on it");
    for (const char *Setting :
         {".clean=", ".smudge=", ".process=", ".required=false"}) {
      Result.push_back("-c");
      Result.push_back(("filter." + Name + Setting).str());
    }
  }
  return Result;
}

/// Runs git with Args in Dir such that the repository's configuration runs
/// no program and nothing is written to the repository.
static llvm::Expected<std::string> git(llvm::StringRef Dir,
                                       std::vector<llvm::StringRef> Args,
                                       llvm::StringRef Input = "") {
  std::vector<std::string> Hardened = {"--no-pager"};
  for (const char *Setting : NoRepositoryPrograms) {
    Hardened.push_back("-c");
    Hardened.push_back(Setting);
  }
  // Without optional locks, `git status` and `git diff` leave the index
  // alone instead of refreshing it on disk.
  std::vector<std::string> Env = {"GIT_OPTIONAL_LOCKS=0",
                                  "GIT_TERMINAL_PROMPT=0"};
  // One look per directory: a run asks git about the same tree a few times.
  static llvm::StringMap<std::vector<std::string>> FiltersOf;
  auto Known = FiltersOf.find(Dir);
  if (Known == FiltersOf.end()) {
    llvm::Expected<std::vector<std::string>> Filters =
        disabledFilters(Dir, Hardened, Env);
    if (!Filters)
      return Filters.takeError();
    Known = FiltersOf.try_emplace(Dir, std::move(*Filters)).first;
  }
  Hardened.insert(Hardened.end(), Known->second.begin(), Known->second.end());
  for (llvm::StringRef A : Args)
    Hardened.push_back(A.str());
  return runGit(Dir, Hardened, Env, Args, Input);
}

static std::string absoluteIn(llvm::StringRef TopLevel, llvm::StringRef Path) {
  llvm::SmallString<256> Full(TopLevel);
  llvm::sys::path::append(Full, Path);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Full, Real))
    return std::string(Real);
  return std::string(Full);
}

/// Undoes git's C-style quoting of a path (\", \\, \t, \n, octal).
static std::string unquote(llvm::StringRef Quoted) {
  std::string Out;
  for (size_t I = 0; I < Quoted.size(); ++I) {
    char C = Quoted[I];
    if (C != '\\' || I + 1 == Quoted.size()) {
      Out.push_back(C);
      continue;
    }
    char E = Quoted[++I];
    if (E >= '0' && E <= '7' && I + 2 < Quoted.size()) {
      Out.push_back(char((E - '0') * 64 + (Quoted[I + 1] - '0') * 8 +
                         (Quoted[I + 2] - '0')));
      I += 2;
    } else if (E == 't') {
      Out.push_back('\t');
    } else if (E == 'n') {
      Out.push_back('\n');
    } else {
      Out.push_back(E);
    }
  }
  return Out;
}

void parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef TopLevel,
                      ChangeSet &Changes) {
  std::string Current;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Line.consume_front("+++ ")) {
      // "+++ b/path", or "+++ /dev/null" for a deleted file. git ends a
      // name with a space with a tab, and quotes names with quotes,
      // backslashes or control characters.
      Line = Line.rtrim('\t');
      std::string Name = Line.str();
      if (Line.size() >= 2 && Line.front() == '"' && Line.back() == '"')
        Name = unquote(Line.drop_front().drop_back());
      llvm::StringRef N = Name;
      Current = N.consume_front("b/") ? absoluteIn(TopLevel, N) : "";
      if (!Current.empty())
        Changes.Files[Current];
      continue;
    }
    if (Current.empty() || !Line.consume_front("@@ -"))
      continue;
    // "@@ -a[,b] +c[,d] @@": lines c .. c+d-1 of the new file changed.
    size_t Plus = Line.find(" +");
    if (Plus == llvm::StringRef::npos)
      continue;
    llvm::StringRef New = Line.drop_front(Plus + 2);
    New = New.take_until([](char C) { return C == ' '; });
    auto [StartText, CountText] = New.split(',');
    unsigned Start = 0, Count = 1;
    if (StartText.getAsInteger(10, Start) ||
        (!CountText.empty() && CountText.getAsInteger(10, Count)))
      continue;
    auto &Ranges = Changes.Files[Current];
    // A deletion changes the code around it: count the neighbouring lines.
    if (Count == 0)
      Ranges.push_back({Start, Start + 1});
    else
      Ranges.push_back({Start, Start + Count - 1});
  }
}

llvm::Expected<ChangeSet> changesSince(llvm::StringRef Dir,
                                       llvm::StringRef Rev) {
  llvm::Expected<std::string> Top = git(Dir, {"rev-parse", "--show-toplevel"});
  if (!Top)
    return Top.takeError();
  std::string TopLevel = llvm::StringRef(*Top).trim().str();
  std::string Base = Rev.empty() ? "HEAD" : Rev.str();
  llvm::Expected<std::string> Diff =
      git(TopLevel, {"-c", "core.quotePath=false", "diff", "-U0", "--no-color",
                     "--no-ext-diff", "--no-textconv",
                     "--ignore-submodules=all", "--no-renames", Base, "--"});
  if (!Diff)
    return Diff.takeError();
  ChangeSet Changes;
  parseUnifiedDiff(*Diff, TopLevel, Changes);
  llvm::Expected<std::string> Untracked =
      git(TopLevel, {"-c", "core.quotePath=false", "ls-files", "--others",
                     "--exclude-standard"});
  if (!Untracked)
    return Untracked.takeError();
  llvm::SmallVector<llvm::StringRef, 16> Files;
  llvm::StringRef(*Untracked).split(Files, '\n', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef F : Files) {
    std::string Name = F.str();
    if (F.size() >= 2 && F.front() == '"' && F.back() == '"')
      Name = unquote(F.drop_front().drop_back());
    Changes.Files[absoluteIn(TopLevel, Name)].clear(); // the whole file
  }
  return Changes;
}

const std::string *StagedTree::contentOf(llvm::StringRef Path) const {
  auto It = Content.find(Path);
  return It == Content.end() ? nullptr : &It->second;
}

bool StagedTree::isMissing(llvm::StringRef Path) const {
  return Missing.contains(Path);
}

/// Splits git's -z output into paths.
static std::vector<std::string> nulSeparated(llvm::StringRef Output) {
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  Output.split(Parts, '\0', -1, /*KeepEmpty=*/false);
  return std::vector<std::string>(Parts.begin(), Parts.end());
}

/// Adds Path under its absolute name, and under its real path too when a
/// symbolic link lies on the way (compile commands may use either).
template <typename AddFn>
static void forBothNames(llvm::StringRef TopLevel, llvm::StringRef Path,
                         AddFn Add) {
  llvm::SmallString<256> Lexical(TopLevel);
  llvm::sys::path::append(Lexical, Path);
  Add(std::string(Lexical));
  std::string Real = absoluteIn(TopLevel, Path);
  if (Real != Lexical.str())
    Add(Real);
}

llvm::Expected<StagedTree> readStagedTree(llvm::StringRef Dir) {
  llvm::Expected<std::string> Top = git(Dir, {"rev-parse", "--show-toplevel"});
  if (!Top)
    return Top.takeError();
  std::string TopLevel = llvm::StringRef(*Top).trim().str();
  StagedTree Tree;

  // Changed lines: the index against HEAD. Without HEAD (no commit yet)
  // git compares the index with the empty tree. Renames are followed: a
  // moved file's lines are not new, only those edited on the way.
  llvm::Expected<std::string> Diff =
      git(TopLevel, {"-c", "core.quotePath=false", "diff", "--cached", "-U0",
                     "--no-color", "--no-ext-diff", "--no-textconv",
                     "--ignore-submodules=all", "-M", "--"});
  if (!Diff)
    return Diff.takeError();
  parseUnifiedDiff(*Diff, TopLevel, Tree.Changes);

  // The files whose working-tree copy may not be what is committed: those
  // the index changes against HEAD, and those the working tree changes
  // against the index (an unstaged edit of a header counts too).
  llvm::StringSet<> Wanted;
  for (std::vector<llvm::StringRef> Args :
       {std::vector<llvm::StringRef>{"diff", "--cached", "--name-only", "-z",
                                     "--no-renames", "--diff-filter=ACMRT",
                                     "--ignore-submodules=all", "--"},
        std::vector<llvm::StringRef>{"diff", "--name-only", "-z",
                                     "--no-renames", "--ignore-submodules=all",
                                     "--"}}) {
    llvm::Expected<std::string> Names = git(TopLevel, Args);
    if (!Names)
      return Names.takeError();
    for (const std::string &N : nulSeparated(*Names))
      Wanted.insert(N);
  }
  // What the commit will not hold: staged deletions, untracked files.
  for (std::vector<llvm::StringRef> Args :
       {std::vector<llvm::StringRef>{"diff", "--cached", "--name-only", "-z",
                                     "--no-renames", "--diff-filter=D",
                                     "--ignore-submodules=all", "--"},
        std::vector<llvm::StringRef>{"ls-files", "-z", "--others",
                                     "--exclude-standard"}}) {
    llvm::Expected<std::string> Names = git(TopLevel, Args);
    if (!Names)
      return Names.takeError();
    for (const std::string &N : nulSeparated(*Names))
      forBothNames(TopLevel, N, [&](std::string P) { Tree.Missing.insert(P); });
  }
  if (Wanted.empty())
    return Tree;

  // The index entries of those files: "MODE OBJECT STAGE\tPATH".
  llvm::Expected<std::string> Entries = git(TopLevel, {"ls-files", "-s", "-z"});
  if (!Entries)
    return Entries.takeError();
  std::vector<std::pair<std::string, std::string>> Blobs; // object, path
  std::string Request;
  for (const std::string &E : nulSeparated(*Entries)) {
    auto [Meta, Path] = llvm::StringRef(E).split('\t');
    llvm::SmallVector<llvm::StringRef, 3> Fields;
    Meta.split(Fields, ' ');
    // Regular files only: a symbolic link or a submodule is left to the
    // working tree; an unmerged path (stage 1-3) cannot be committed.
    if (Fields.size() != 3 || Fields[2] != "0" || !Wanted.contains(Path) ||
        !(Fields[0] == "100644" || Fields[0] == "100755"))
      continue;
    Blobs.push_back({Fields[1].str(), Path.str()});
    Request += Fields[1].str() + "\n";
  }
  if (Blobs.empty())
    return Tree;
  llvm::Expected<std::string> Batch =
      git(TopLevel, {"cat-file", "--batch"}, Request);
  if (!Batch)
    return Batch.takeError();
  // Each answer: "OBJECT blob SIZE\n" then SIZE bytes and "\n".
  llvm::StringRef Rest = *Batch;
  for (const auto &[Object, Path] : Blobs) {
    auto [Header, Body] = Rest.split('\n');
    llvm::SmallVector<llvm::StringRef, 3> Fields;
    Header.split(Fields, ' ');
    size_t Size = 0;
    if (Fields.size() != 3 || Fields[0] != Object || Fields[1] != "blob" ||
        Fields[2].getAsInteger(10, Size) || Body.size() < Size)
      return makeError("unexpected answer of 'git cat-file --batch' for '" +
                       Path + "': '" + Header.take_front(80) + "'");
    std::string Bytes = Body.take_front(Size).str();
    forBothNames(TopLevel, Path, [&](std::string P) {
      Tree.Missing.erase(P);
      Tree.Content[P] = Bytes;
    });
    Rest = Body.drop_front(Size);
    Rest.consume_front("\n");
  }
  return Tree;
}

static std::unique_ptr<StagedTree> &stagedViewSlot() {
  static std::unique_ptr<StagedTree> View;
  return View;
}

const StagedTree *stagedView() { return stagedViewSlot().get(); }

void setStagedView(std::unique_ptr<StagedTree> Tree) {
  stagedViewSlot() = std::move(Tree);
}

std::string sanitizeRemoteUrl(llvm::StringRef Url) {
  Url = Url.trim();
  size_t Scheme = Url.find("://");
  if (Scheme == llvm::StringRef::npos) {
    // scp-like "[user@]host:path"; a local path has no ':' before a '/'.
    size_t Colon = Url.find(':');
    if (Colon == llvm::StringRef::npos || Url.take_front(Colon).contains('/'))
      return "";
    llvm::StringRef Host = Url.take_front(Colon);
    Host = Host.rsplit('@').second.empty() ? Host : Host.rsplit('@').second;
    return "ssh://" + Host.str() + "/" +
           Url.drop_front(Colon + 1).ltrim('/').str();
  }
  llvm::StringRef Rest = Url.drop_front(Scheme + 3);
  size_t Slash = Rest.find('/');
  llvm::StringRef Authority = Rest.take_front(Slash);
  size_t At = Authority.rfind('@');
  if (At != llvm::StringRef::npos)
    Rest = Rest.drop_front(At + 1);
  return Url.take_front(Scheme + 3).str() + Rest.str();
}

std::optional<Revision> currentRevision(llvm::StringRef Dir) {
  auto Run = [&](std::vector<llvm::StringRef> Args) -> std::optional<std::string> {
    llvm::Expected<std::string> Out = git(Dir, std::move(Args));
    if (!Out) {
      llvm::consumeError(Out.takeError());
      return std::nullopt;
    }
    return llvm::StringRef(*Out).trim().str();
  };
  // Files git ignores (a build tree, a copied example) are in no commit.
  llvm::Expected<std::string> Ignored = git(Dir, {"check-ignore", "-q", "."});
  if (Ignored)
    return std::nullopt;
  llvm::consumeError(Ignored.takeError());
  std::optional<std::string> Head = Run({"log", "-1", "--format=%H %ct"});
  if (!Head || Head->empty())
    return std::nullopt;
  Revision R;
  auto [Commit, Time] = llvm::StringRef(*Head).split(' ');
  R.Commit = Commit.str();
  // SARIF times are UTC (§3.9).
  long long Seconds;
  if (!Time.getAsInteger(10, Seconds)) {
    std::time_t T = Seconds;
    std::tm Utc;
    char Buffer[32];
    if (gmtime_r(&T, &Utc) &&
        std::strftime(Buffer, sizeof Buffer, "%Y-%m-%dT%H:%M:%SZ", &Utc))
      R.CommitTime = Buffer;
  }
  if (std::optional<std::string> Branch =
          Run({"symbolic-ref", "--short", "-q", "HEAD"}))
    R.Branch = *Branch;
  if (std::optional<std::string> Remote =
          Run({"config", "--get", "remote.origin.url"}))
    R.RepositoryUri = sanitizeRemoteUrl(*Remote);
  if (R.RepositoryUri.empty())
    if (std::optional<std::string> Top = Run({"rev-parse", "--show-toplevel"}))
      R.RepositoryUri = fileUri(*Top + "/");
  if (std::optional<std::string> Status =
          Run({"status", "--porcelain", "--untracked-files=no",
               "--ignore-submodules=all"}))
    R.Dirty = !Status->empty();
  return R;
}

std::optional<std::string> gitConfigValue(llvm::StringRef Dir,
                                          llvm::StringRef Key) {
  llvm::Expected<std::string> Out = git(Dir, {"config", "--get", Key});
  if (!Out) {
    llvm::consumeError(Out.takeError());
    return std::nullopt;
  }
  std::string Value = llvm::StringRef(*Out).trim().str();
  if (Value.empty())
    return std::nullopt;
  return Value;
}

} // namespace warden
