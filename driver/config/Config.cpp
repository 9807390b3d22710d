//===- Config.cpp - The project's .warden.toml ----------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "config/Config.h"
#include "config/TomlReader.h"
#include "llvm/ADT/StringSwitch.h"
#include "support/Glob.h"
#include "support/WritePolicy.h"
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

static DefinitionSite siteOf(const TableReader &R,
                             const toml::source_region &Where) {
  return {R.path().str(), Where.begin.line, Where.begin.column};
}

/// Reads a path-valued string key, resolved against the configuration's
/// directory, and records where it was written.
static std::optional<std::string> readPath(TableReader &R, Config &C,
                                           llvm::StringRef Key,
                                           bool Written = false) {
  std::optional<std::string> Value = R.string(Key);
  if (!Value)
    return std::nullopt;
  if (Written && *Value == "-") // standard output
    return Value;
  std::string Path = resolvePath(C.BaseDir, *Value);
  for (auto &&[K, V] : R.table())
    if (K.str() == std::string_view(Key.data(), Key.size()))
      C.Paths.push_back({Key.str(), R.what(), Path,
                         siteOf(R, K.source()), Written});
  return Path;
}

/// Reads an array of paths, each recorded where it was written.
static std::vector<std::string> readPaths(TableReader &R, Config &C,
                                          llvm::StringRef Key) {
  std::vector<std::string> Result;
  const toml::node *N = R.node(Key);
  if (!N || !readStringArray(R, *N, Key))
    return Result;
  for (const toml::node &E : *N->as_array()) {
    std::string Path = resolvePath(C.BaseDir, E.as_string()->get());
    C.Paths.push_back({Key.str(), R.what(), Path,
                       siteOf(R, E.source()), false});
    Result.push_back(std::move(Path));
  }
  return Result;
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
  if (std::optional<std::string> Root = readPath(R, C, "source-root"))
    C.SourceRoot = *Root;
  R.reportUnknownKeys();
}

static void readCheck(TableReader &R, Config &C) {
  // Written: without cache-dir, the cache goes beside the compile database.
  C.CompileCommands = readPath(R, C, "compile-commands", /*Written=*/true);
  C.ExtraArgs = R.stringArray("extra-args").value_or(C.ExtraArgs);
  C.ExtraArgsBefore =
      R.stringArray("extra-args-before").value_or(C.ExtraArgsBefore);
  C.ResourceDir = readPath(R, C, "resource-dir");
  if (std::optional<int64_t> Jobs = R.integer("jobs")) {
    if (*Jobs < 0 || *Jobs > 1024)
      R.errorAtKey("jobs", "'jobs' must be from 0 (one per core) to 1024");
    else
      C.Jobs = unsigned(*Jobs);
  }
  C.Plugins = readPaths(R, C, "plugins");
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
  C.Output = readPath(R, C, "output", /*Written=*/true);
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
  C.Baseline = readPath(R, C, "baseline");
  C.Cache = R.boolean("cache");
  C.CacheDir = readPath(R, C, "cache-dir", /*Written=*/true);
  C.CacheSizeMiB = ReadLimit("cache-size");
  if (std::optional<std::string> G = R.string("gate-on")) {
    if (*G != "new" && *G != "all")
      R.errorAtKey("gate-on",
                   "invalid 'gate-on' value '" + *G + "'; expected new or all");
    else
      C.GateOn = *G;
  }
  R.reportUnknownKeys();
}

llvm::StringRef componentClassName(ComponentClass C) {
  switch (C) {
  case ComponentClass::Maintained:
    return "maintained";
  case ComponentClass::Supported:
    return "supported";
  case ComponentClass::Required:
    return "required";
  }
  return "maintained";
}

llvm::Expected<PathGlob> PathGlob::create(llvm::StringRef Pattern) {
  auto Text = std::make_shared<const std::string>(Pattern.str());
  llvm::Expected<llvm::GlobPattern> Glob = compileGlob(*Text);
  if (!Glob)
    return Glob.takeError();
  return PathGlob(std::move(Text), std::move(*Glob));
}

ComponentClass classifyPath(const ComponentPolicy &P,
                            llvm::StringRef RelativePath) {
  auto Matches = [&](const std::vector<PathGlob> &Globs) {
    return llvm::any_of(Globs, [&](const PathGlob &G) {
      return G.match(RelativePath);
    });
  };
  if (Matches(P.Required))
    return ComponentClass::Required;
  if (Matches(P.Supported))
    return ComponentClass::Supported;
  return ComponentClass::Maintained;
}

/// Reads an array of level names ("error", "warning", "note").
static std::optional<std::vector<Level>> readLevels(TableReader &R,
                                                    llvm::StringRef Key) {
  const toml::node *N = R.node(Key);
  if (!N)
    return std::nullopt;
  std::optional<std::vector<std::string>> Names = readStringArray(R, *N, Key);
  if (!Names)
    return std::nullopt;
  std::vector<Level> Levels;
  for (const std::string &Name : *Names) {
    std::optional<Level> L = parseLevel(Name);
    if (!L || *L == Level::None) {
      R.errorAtKey(Key, "invalid level '" + Name + "' in '" + Key +
                            "'; expected error, warning or note");
      return std::nullopt;
    }
    Levels.push_back(*L);
  }
  return Levels;
}

static void readSuppressions(TableReader &R, Config &C) {
  SuppressionPolicy &P = C.Suppressions;
  if (std::optional<std::string> Path = readPath(R, C, "register"))
    P.RegisterPath = *Path;
  if (std::optional<int64_t> Min = R.integer("min-justification")) {
    if (*Min < 0 || *Min > 1000)
      R.errorAtKey("min-justification",
                   "'min-justification' must be from 0 to 1000 characters");
    else
      P.MinJustification = unsigned(*Min);
  }
  if (std::optional<std::vector<Level>> L = readLevels(R, "inline-levels"))
    P.InlineLevels = *L;
  if (std::optional<std::vector<Level>> L = readLevels(R, "approver-required"))
    P.ApproverRequired = *L;
  if (std::optional<bool> B = R.boolean("under-review-suppresses"))
    P.UnderReviewSuppresses = *B;
  if (std::optional<bool> B = R.boolean("allow-globs"))
    P.AllowGlobs = *B;
  R.reportUnknownKeys();
}

static void readComponents(TableReader &R, Config &C) {
  ComponentPolicy &P = C.Components;
  auto ReadGlobs = [&](llvm::StringRef Key,
                       std::vector<PathGlob> &Out) {
    for (const std::string &Glob :
         R.stringArray(Key).value_or(std::vector<std::string>{})) {
      llvm::Expected<PathGlob> G = PathGlob::create(Glob);
      if (!G)
        R.errorAtKey(Key, "invalid path glob '" + Glob + "' in [components] " +
                              Key + ": " + llvm::toString(G.takeError()));
      else
        Out.push_back(std::move(*G));
    }
  };
  ReadGlobs("supported", P.Supported);
  ReadGlobs("required", P.Required);
  if (std::optional<std::vector<std::string>> Gate = R.stringArray("gate")) {
    P.Gated.clear();
    for (const std::string &Name : *Gate) {
      if (Name == "maintained")
        P.Gated.push_back(ComponentClass::Maintained);
      else if (Name == "supported")
        P.Gated.push_back(ComponentClass::Supported);
      else
        R.errorAtKey("gate", "invalid class '" + Name +
                                 "' in 'gate'; expected maintained or "
                                 "supported (required code is not analysed)");
    }
  }
  R.reportUnknownKeys();
}

static void readRules(TableReader &R, Config &C) {
  C.RuleDirs = readPaths(R, C, "paths");
  if (R.node("packs"))
    C.Packs = readLocatedStrings(R, "packs");
  C.Enable = readLocatedStrings(R, "enable");
  C.Disable = readLocatedStrings(R, "disable");
  // Read in the second phase, once checkers are known.
  R.table("levels");
  R.table("options");
  R.reportUnknownKeys();
}

llvm::Error
checkPathsInside(const Config &C, llvm::StringRef Root,
                 llvm::function_ref<bool(const ConfigPath &)> Applies,
                 llvm::StringRef Why) {
  ProblemList Problems;
  for (const ConfigPath &P : C.Paths)
    if (Applies(P) && !isInsideRoot(P.Path, Root))
      Problems.add(P.Site.File, P.Site.Line, P.Site.Column,
                   "'" + P.Key + "' in " + P.Table + " names '" + P.Path +
                       "', which is outside the source root '" + Root +
                       "'; " + Why);
  return Problems.takeError();
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
  return parseConfig(Path, (*Buffer)->getBuffer());
}

llvm::Expected<Config> parseConfig(llvm::StringRef Path, llvm::StringRef Text) {
  Config C;
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  C.Path = Path.str();
  C.Text = Text.str();
  C.BaseDir = std::string(
      llvm::sys::path::parent_path(resolvePath(Cwd, Path)));
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
  if (const toml::table *T = R.table("suppressions")) {
    TableReader P(Path, *T, "[suppressions]", Problems);
    readSuppressions(P, C);
  }
  if (const toml::table *T = R.table("components")) {
    TableReader P(Path, *T, "[components]", Problems);
    readComponents(P, C);
  }
  R.node("rule"); // user-defined rules: second phase
  R.reportUnknownKeys();
  if (llvm::Error E = Problems.takeError())
    return std::move(E);
  return C;
}

} // namespace warden
