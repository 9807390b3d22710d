//===- CompileCommands.cpp - Translation units to analyse -----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "analysis/CompileCommands.h"
#include "analysis/CommandSanitizer.h"
#include "support/Diagnostics.h"
#include "support/JsonLimits.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <algorithm>

using namespace clang::tooling;

namespace warden {

static std::string absolute(llvm::StringRef Path, llvm::StringRef Base = "") {
  llvm::SmallString<256> Result(Path);
  if (!llvm::sys::path::is_absolute(Result)) {
    if (Base.empty())
      llvm::sys::fs::make_absolute(Result);
    else
      Result = (Base + "/" + Path).str();
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

/// Loads compile_commands.json, checking its JSON first so that a broken
/// file is reported with a position rather than the YAML parser's words.
static llvm::Expected<std::unique_ptr<CompilationDatabase>>
loadDatabase(llvm::StringRef BuildDir) {
  llvm::SmallString<256> Path(BuildDir);
  if (!(llvm::sys::path::filename(Path) == "compile_commands.json"))
    llvm::sys::path::append(Path, "compile_commands.json");
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return makeError("cannot read '" + Path + "': " +
                     Buffer.getError().message() +
                     "; generate it with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "
                     "or bear, or pass files followed by -- and flags");
  llvm::StringRef Text = (*Buffer)->getBuffer();
  if (llvm::Error E = checkJsonNesting(Text, Path))
    return std::move(E);
  llvm::Expected<llvm::json::Value> Json = llvm::json::parse(Text);
  if (!Json)
    return makeError("malformed '" + Path +
                     "': " + llvm::toString(Json.takeError()));
  const llvm::json::Array *Entries = Json->getAsArray();
  if (!Entries)
    return makeError("malformed '" + Path +
                     "': expected an array of compile commands");
  for (size_t I = 0; I < Entries->size(); ++I) {
    const llvm::json::Object *Entry = (*Entries)[I].getAsObject();
    auto Bad = [&](const llvm::Twine &Why) {
      return makeError("malformed '" + Path + "': entry " +
                       llvm::Twine(I + 1) + " " + Why);
    };
    if (!Entry)
      return Bad("is not an object");
    if (!Entry->getString("file"))
      return Bad("has no \"file\" string");
    if (!Entry->getString("directory"))
      return Bad("has no \"directory\" string");
    if (!Entry->getString("command") && !Entry->getArray("arguments"))
      return Bad("has neither \"command\" nor \"arguments\"");
  }
  std::string Why;
  std::unique_ptr<CompilationDatabase> DB = JSONCompilationDatabase::loadFromBuffer(
      Text, Why, JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return makeError("malformed '" + Path + "': " + Why);
  return std::move(DB);
}

/// Collects what the sanitiser dropped over all commands, to be reported
/// once per run rather than once per translation unit.
class DroppedFlagReport {
public:
  void add(const SanitizedCommand &C) {
    if (!C.DroppedFlags.empty())
      ++Commands;
    for (const std::string &F : C.DroppedFlags)
      if (Seen.insert(F).second)
        Flags.push_back(F);
    for (const std::string &F : C.RefusedResponseFiles)
      if (Seen.insert("@" + F).second)
        ResponseFiles.push_back(F);
  }

  void print(llvm::raw_ostream &OS) const {
    if (!Flags.empty()) {
      OS << "warden: warning: ignored compile flags that are not known to "
            "affect only parsing (in "
         << Commands << (Commands == 1 ? " command" : " commands") << "): ";
      llvm::interleave(Flags, OS, ", ");
      OS << "\n";
    }
    for (const std::string &F : ResponseFiles)
      OS << "warden: warning: ignored response file '@" << F
         << "': it is outside the source root and the build directory, or "
            "cannot be read\n";
  }

private:
  llvm::StringSet<> Seen;
  std::vector<std::string> Flags;
  std::vector<std::string> ResponseFiles;
  unsigned Commands = 0;
};

/// True when File is one of Paths or lies below one of them.
static bool isSelected(llvm::StringRef File,
                       const std::vector<std::string> &Paths) {
  if (Paths.empty())
    return true;
  for (const std::string &P : Paths) {
    if (File == P)
      return true;
    if (File.starts_with(P) && llvm::sys::path::is_separator(File[P.size()]))
      return true;
  }
  return false;
}

llvm::Expected<std::vector<CompileJob>>
loadCompileJobs(const CompileCommandOptions &Options) {
  std::vector<std::string> Paths;
  for (const std::string &P : Options.Paths)
    Paths.push_back(absolute(P));

  std::unique_ptr<CompilationDatabase> DB;
  std::vector<std::string> Files;
  if (Options.FixedFlags) {
    if (Paths.empty())
      return makeError("no input files before '--'");
    llvm::SmallString<256> Cwd;
    llvm::sys::fs::current_path(Cwd);
    DB = std::make_unique<FixedCompilationDatabase>(Cwd, *Options.FixedFlags);
    for (const std::string &P : Paths) {
      if (!llvm::sys::fs::exists(P))
        return makeError("no such file: '" + P + "'");
      if (llvm::sys::fs::is_directory(P))
        return makeError("'" + P + "' is a directory; name source files "
                         "before '--', or use -p with a compilation "
                         "database to analyse a directory");
      Files.push_back(P);
    }
  } else {
    llvm::Expected<std::unique_ptr<CompilationDatabase>> Loaded =
        loadDatabase(Options.BuildDir.value_or("."));
    if (!Loaded)
      return Loaded.takeError();
    DB = std::move(*Loaded);
    for (const std::string &P : Paths)
      if (!llvm::sys::fs::exists(P))
        return makeError("no such file or directory: '" + P + "'");
  }
  // Flags after "--" come from the user's own command line and are
  // trusted; a database's response files are read by the sanitiser below,
  // and only inside the source and build trees.
  DB = inferTargetAndDriverMode(std::move(DB));
  if (Options.FixedFlags)
    DB = expandResponseFiles(std::move(DB), llvm::vfs::getRealFileSystem());

  std::vector<std::string> DroppedConfigFlags;
  auto ConfigThenCommandLine =
      [&](const std::vector<std::string> &FromConfig,
          const std::vector<std::string> &FromCommandLine) {
        SanitizedCommand Safe = sanitizeFlags(FromConfig);
        for (std::string &F : Safe.DroppedFlags)
          if (!llvm::is_contained(DroppedConfigFlags, F))
            DroppedConfigFlags.push_back(std::move(F));
        Safe.Arguments.insert(Safe.Arguments.end(), FromCommandLine.begin(),
                              FromCommandLine.end());
        return Safe.Arguments;
      };
  std::vector<std::string> ExtraArgsBefore = ConfigThenCommandLine(
      Options.ConfigExtraArgsBefore, Options.ExtraArgsBefore);
  std::vector<std::string> ExtraArgs =
      ConfigThenCommandLine(Options.ConfigExtraArgs, Options.ExtraArgs);
  if (!DroppedConfigFlags.empty() && Options.Warnings) {
    *Options.Warnings << "warden: warning: ignored flags in check.extra-args "
                         "that are not known to affect only parsing: ";
    llvm::interleave(DroppedConfigFlags, *Options.Warnings, ", ");
    *Options.Warnings << "\n";
  }

  ArgumentsAdjuster Adjust = combineAdjusters(
      combineAdjusters(getClangStripOutputAdjuster(),
                       getClangStripDependencyFileAdjuster()),
      combineAdjusters(getClangSyntaxOnlyAdjuster(), getStripPluginsAdjuster()));
  if (!ExtraArgsBefore.empty())
    Adjust = combineAdjusters(
        Adjust, getInsertArgumentAdjuster(ExtraArgsBefore,
                                          ArgumentInsertPosition::BEGIN));
  // Warden reports no compiler warnings, so clang need not compute them
  // (some, like -Wuninitialized, build a CFG for every function).
  CommandLineArguments Quiet = {"-w"};
  Quiet.insert(Quiet.end(), ExtraArgs.begin(), ExtraArgs.end());
  Adjust = combineAdjusters(
      Adjust, getInsertArgumentAdjuster(Quiet, ArgumentInsertPosition::END));

  std::vector<CompileCommand> Commands;
  if (Options.FixedFlags) {
    for (const std::string &F : Files)
      for (CompileCommand &C : DB->getCompileCommands(F))
        Commands.push_back(std::move(C));
  } else {
    Commands = DB->getAllCompileCommands();
  }

  std::vector<std::string> ResponseFileRoots;
  if (!Options.FixedFlags) {
    std::string DatabaseDir = absolute(Options.BuildDir.value_or("."));
    if (llvm::sys::path::filename(DatabaseDir) == "compile_commands.json")
      DatabaseDir = std::string(llvm::sys::path::parent_path(DatabaseDir));
    ResponseFileRoots = {DatabaseDir, Options.SourceRoot};
  }
  DroppedFlagReport Dropped;

  std::vector<CompileJob> Jobs;
  for (CompileCommand &C : Commands) {
    std::string File = absolute(C.Filename, absolute(C.Directory));
    if (!Options.FixedFlags && !isSelected(File, Paths))
      continue;
    if (!Options.FixedFlags) {
      SanitizedCommand Safe = sanitizeCompileCommand(
          C.CommandLine, absolute(C.Directory), ResponseFileRoots);
      Dropped.add(Safe);
      C.CommandLine = std::move(Safe.Arguments);
    }
    CompileJob Job;
    Job.File = File;
    Job.Directory = C.Directory;
    Job.Arguments = Adjust(C.CommandLine, C.Filename);
    // A clang.cfg beside the compiler the database names would add flags
    // after the sanitiser has run: clang must read no configuration file.
    if (!Job.Arguments.empty())
      Job.Arguments.insert(Job.Arguments.begin() + 1, "--no-default-config");
    bool HasResourceDir = llvm::any_of(Job.Arguments, [](llvm::StringRef A) {
      return A == "-resource-dir" || A.starts_with("-resource-dir=");
    });
    if (!HasResourceDir && !Options.ResourceDir.empty() &&
        !Job.Arguments.empty())
      Job.Arguments.insert(Job.Arguments.begin() + 1,
                           "-resource-dir=" + Options.ResourceDir);
    Jobs.push_back(std::move(Job));
  }
  if (Options.Warnings)
    Dropped.print(*Options.Warnings);
  std::sort(Jobs.begin(), Jobs.end(),
                   [](const CompileJob &A, const CompileJob &B) {
                     return std::tie(A.File, A.Arguments) <
                            std::tie(B.File, B.Arguments);
                   });
  if (Jobs.empty() && !Paths.empty())
    return makeError("no compile command for the given paths in the "
                     "compilation database");
  if (Jobs.empty())
    return makeError("the compilation database has no compile commands: "
                     "nothing to analyse");
  return Jobs;
}

} // namespace warden
