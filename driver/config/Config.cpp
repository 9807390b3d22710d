//===- Config.cpp - The project's .warden.toml ----------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "config/Config.h"
#include "config/TomlReader.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace warden {

static constexpr llvm::StringLiteral ConfigFileName = ".warden.toml";

std::optional<std::string> findConfigFile(llvm::StringRef StartDir) {
  llvm::SmallString<256> Dir(StartDir);
  llvm::sys::fs::make_absolute(Dir);
  while (!Dir.empty()) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, ConfigFileName);
    if (llvm::sys::fs::is_regular_file(Candidate))
      return std::string(Candidate);
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return std::nullopt;
}

std::optional<Level> parseFailOn(llvm::StringRef Text) {
  return llvm::StringSwitch<std::optional<Level>>(Text)
      .Case("error", Level::Error)
      .Case("warning", Level::Warning)
      .Case("note", Level::Note)
      .Case("never", Level::None)
      .Default(std::nullopt);
}

static std::string resolvePath(llvm::StringRef Base, llvm::StringRef Path) {
  llvm::SmallString<256> Result;
  if (llvm::sys::path::is_absolute(Path))
    Result = Path;
  else {
    Result = Base;
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

static std::vector<Located<std::string>>
readLocatedStrings(TableReader &R, llvm::StringRef Key) {
  std::vector<Located<std::string>> Result;
  const toml::node *N = R.node(Key);
  if (!N || !readStringArray(R, *N, Key))
    return Result;
  for (const toml::node &E : *N->as_array())
    Result.push_back({std::string(E.as_string()->get()),
                      {R.path().str(), E.source().begin.line,
                       E.source().begin.column}});
  return Result;
}

static void readProject(TableReader &R, Config &C) {
  C.ProjectName = R.string("name").value_or("");
  C.ProjectVersion = R.string("version").value_or("");
  if (std::optional<std::string> Root = R.string("source-root"))
    C.SourceRoot = resolvePath(C.BaseDir, *Root);
  R.reportUnknownKeys();
}

static void readCheck(TableReader &R, Config &C) {
  if (std::optional<std::string> P = R.string("compile-commands"))
    C.CompileCommands = resolvePath(C.BaseDir, *P);
  C.ExtraArgs = R.stringArray("extra-args").value_or(C.ExtraArgs);
  C.ExtraArgsBefore =
      R.stringArray("extra-args-before").value_or(C.ExtraArgsBefore);
  if (std::optional<std::string> Dir = R.string("resource-dir"))
    C.ResourceDir = resolvePath(C.BaseDir, *Dir);
  if (std::optional<int64_t> Jobs = R.integer("jobs")) {
    if (*Jobs < 0 || *Jobs > 1024)
      R.errorAtKey("jobs", "'jobs' must be from 0 (one per core) to 1024");
    else
      C.Jobs = unsigned(*Jobs);
  }
  for (const std::string &P :
       R.stringArray("plugins").value_or(std::vector<std::string>{}))
    C.Plugins.push_back(resolvePath(C.BaseDir, P));
  if (std::optional<std::string> F = R.string("fail-on")) {
    C.FailOn = parseFailOn(*F);
    if (!C.FailOn)
      R.errorAtKey("fail-on", "invalid 'fail-on' value '" + *F +
                                  "'; expected error, warning, note or never");
  }
  if (std::optional<std::string> F = R.string("format")) {
    if (*F != "text" && *F != "sarif")
      R.errorAtKey("format",
                   "invalid 'format' value '" + *F + "'; expected text or sarif");
    else
      C.Format = *F;
  }
  if (std::optional<std::string> O = R.string("output"))
    C.Output = resolvePath(C.BaseDir, *O);
  if (std::optional<std::string> Color = R.string("color")) {
    if (*Color != "auto" && *Color != "always" && *Color != "never")
      R.errorAtKey("color", "invalid 'color' value '" + *Color +
                                "'; expected auto, always or never");
    else
      C.Color = *Color;
  }
  C.AllowIncomplete = R.boolean("allow-incomplete");
  auto ReadLimit = [&](llvm::StringRef Key) -> std::optional<unsigned> {
    std::optional<int64_t> V = R.integer(Key);
    if (V && (*V < 0 || *V > 1000000)) {
      R.errorAtKey(Key, "'" + Key + "' must be from 0 (no limit) to 1000000");
      return std::nullopt;
    }
    return V ? std::optional<unsigned>(unsigned(*V)) : std::nullopt;
  };
  C.TUTimeout = ReadLimit("tu-timeout");
  C.TUMemory = ReadLimit("tu-memory");
  R.reportUnknownKeys();
}

static void readRules(TableReader &R, Config &C) {
  for (const std::string &Dir :
       R.stringArray("paths").value_or(std::vector<std::string>{}))
    C.RuleDirs.push_back(resolvePath(C.BaseDir, Dir));
  if (R.node("packs"))
    C.Packs = readLocatedStrings(R, "packs");
  C.Enable = readLocatedStrings(R, "enable");
  C.Disable = readLocatedStrings(R, "disable");
  // Read in the second phase, once checkers are known.
  R.table("levels");
  R.table("options");
  R.reportUnknownKeys();
}

llvm::Expected<Config> loadConfig(llvm::StringRef Path) {
  Config C;
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  C.BaseDir = std::string(Cwd);
  C.SourceRoot = C.BaseDir;
  if (Path.empty())
    return C;

  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return makeError("cannot read configuration '" + Path +
                     "': " + Buffer.getError().message());
  C.Path = Path.str();
  C.Text = (*Buffer)->getBuffer().str();
  C.BaseDir = std::string(
      llvm::sys::path::parent_path(resolvePath(C.BaseDir, Path)));
  C.SourceRoot = C.BaseDir;

  llvm::Expected<toml::table> Root = parseToml(Path, C.Text);
  if (!Root)
    return Root.takeError();
  ProblemList Problems;
  TableReader R(Path, *Root, "the configuration", Problems);
  if (const toml::table *T = R.table("project")) {
    TableReader P(Path, *T, "[project]", Problems);
    readProject(P, C);
  }
  if (const toml::table *T = R.table("check")) {
    TableReader P(Path, *T, "[check]", Problems);
    readCheck(P, C);
  }
  if (const toml::table *T = R.table("rules")) {
    TableReader P(Path, *T, "[rules]", Problems);
    readRules(P, C);
  }
  R.node("rule"); // user-defined rules: second phase
  R.reportUnknownKeys();
  if (llvm::Error E = Problems.takeError())
    return std::move(E);
  return C;
}

} // namespace warden
