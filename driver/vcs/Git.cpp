//===- Git.cpp - What changed, according to git ---------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "vcs/Git.h"
#include "support/Diagnostics.h"
#include "support/Uri.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include <ctime>

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

/// Runs git with Args in Dir; returns its standard output.
static llvm::Expected<std::string> git(llvm::StringRef Dir,
                                       std::vector<llvm::StringRef> Args) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return makeError("--changed needs git, which is not on PATH");
  llvm::SmallString<128> Out, Err;
  if (llvm::sys::fs::createTemporaryFile("warden-git", "out", Out) ||
      llvm::sys::fs::createTemporaryFile("warden-git", "err", Err))
    return makeError("cannot create a temporary file for git's output");
  std::vector<llvm::StringRef> Argv = {*Git, "-C", Dir};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""),
                                                llvm::StringRef(Out),
                                                llvm::StringRef(Err)};
  std::string Why;
  int Code = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects, 0,
                                       0, &Why);
  auto Read = [](llvm::StringRef Path) {
    auto B = llvm::MemoryBuffer::getFile(Path);
    return B ? (*B)->getBuffer().str() : std::string();
  };
  std::string Output = Read(Out), Error = Read(Err);
  llvm::sys::fs::remove(Out);
  llvm::sys::fs::remove(Err);
  if (Code != 0) {
    std::string Command = "git";
    for (llvm::StringRef A : Args)
      Command += " " + A.str();
    return makeError("'" + Command + "' failed: " +
                     (Error.empty() ? Why : llvm::StringRef(Error).trim().str()));
  }
  return Output;
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
                     "--no-ext-diff",
                     "--no-renames", Base, "--"});
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
          Run({"status", "--porcelain", "--untracked-files=no"}))
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
