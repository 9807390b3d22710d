//===- RuleCatalog.cpp - Rules and packs, loaded from TOML ----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "config/RuleCatalog.h"
#include "config/RuleParsing.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace warden {

std::string DefinitionSite::str() const {
  std::string S = File;
  if (Line)
    S += ":" + std::to_string(Line) + ":" + std::to_string(Column);
  return S;
}

std::string didYouMean(llvm::StringRef Name,
                       const std::vector<std::string> &Candidates) {
  llvm::StringRef Best;
  unsigned BestDistance = std::max<unsigned>(3, Name.size() / 3);
  for (const std::string &C : Candidates) {
    unsigned D = Name.edit_distance(C, /*AllowReplacements=*/true,
                                    BestDistance);
    if (D < BestDistance) {
      BestDistance = D;
      Best = C;
    }
  }
  if (Best.empty())
    return "";
  return "; did you mean '" + Best.str() + "'?";
}

void RuleCatalog::addRule(Rule R, ProblemList &Problems) {
  auto [It, Inserted] = RuleIndex.try_emplace(R.Id, Rules.size());
  if (!Inserted) {
    const Rule &First = Rules[It->second];
    Problems.add(R.Site.File, R.Site.Line, R.Site.Column,
                 "duplicate rule id '" + R.Id + "'; first defined at " +
                     First.Site.str());
    return;
  }
  Rules.push_back(std::move(R));
}

void RuleCatalog::addPack(Pack P, ProblemList &Problems) {
  auto [It, Inserted] = PackIndex.try_emplace(P.Id, Packs.size());
  if (!Inserted) {
    Problems.add(P.Site.File, P.Site.Line, P.Site.Column,
                 "duplicate pack id '" + P.Id + "'; first defined at " +
                     Packs[It->second].Site.str());
    return;
  }
  Packs.push_back(std::move(P));
}

/// Moves the problems of a failed parse into Problems.
static void absorb(ProblemList &Problems, llvm::StringRef Path,
                   llvm::Error E) {
  llvm::handleAllErrors(
      std::move(E),
      [&](const ConfigError &CE) {
        for (const InputProblem &P : CE.problems())
          Problems.add(P.File, P.Line, P.Column, P.Message);
      },
      [&](const llvm::ErrorInfoBase &EI) { Problems.add(Path, EI.message()); });
}

/// The *.toml files of Dir, sorted so that loading is deterministic.
static std::vector<std::string> tomlFilesIn(llvm::StringRef Dir) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::sys::path::extension(It->path()) == ".toml" &&
        It->type() != llvm::sys::fs::file_type::directory_file)
      Files.push_back(It->path());
  std::sort(Files.begin(), Files.end());
  return Files;
}

/// Reads a TOML file, or moves its parse errors into Problems.
static std::optional<toml::table> readToml(llvm::StringRef Path,
                                           ProblemList &Problems) {
  llvm::Expected<toml::table> Root = loadTomlFile(Path);
  if (!Root) {
    absorb(Problems, Path, Root.takeError());
    return std::nullopt;
  }
  return std::move(*Root);
}

llvm::Error RuleCatalog::loadDirectories(const std::vector<std::string> &Dirs) {
  ProblemList Problems;
  for (const std::string &Dir : Dirs) {
    if (!llvm::sys::fs::is_directory(Dir)) {
      Problems.add(Dir, "rules directory does not exist");
      continue;
    }
    for (const std::string &Path : tomlFilesIn(Dir))
      if (std::optional<toml::table> Root = readToml(Path, Problems)) {
        TableReader R(Path, *Root, "rules file", Problems);
        addRulesFromToml(*this, R, /*FromConfig=*/false);
        R.reportUnknownKeys();
      }
  }
  for (const CheckerRegistry::EmbeddedRules &E : Registry.embeddedRules()) {
    std::string Origin = "<plugin " + E.Plugin + ">/" + E.Origin;
    llvm::Expected<toml::table> Root = parseToml(Origin, E.Toml);
    if (!Root) {
      absorb(Problems, Origin, Root.takeError());
      continue;
    }
    TableReader R(Origin, *Root, "rules file", Problems);
    addRulesFromToml(*this, R, /*FromConfig=*/false);
    R.reportUnknownKeys();
  }
  for (const std::string &Dir : Dirs) {
    llvm::SmallString<256> PacksDir(Dir);
    llvm::sys::path::append(PacksDir, "packs");
    for (const std::string &Path : tomlFilesIn(PacksDir))
      if (std::optional<toml::table> Root = readToml(Path, Problems)) {
        std::string What = "pack";
        if (const toml::node *Id = Root->get("id"); Id && Id->is_string())
          What += " '" + std::string(Id->as_string()->get()) + "'";
        TableReader R(Path, *Root, What, Problems);
        if (std::optional<Pack> P = parsePack(R, *this))
          addPack(std::move(*P), Problems);
      }
  }
  return Problems.takeError();
}

const Rule *RuleCatalog::findRule(llvm::StringRef Id) const {
  auto It = RuleIndex.find(Id);
  return It == RuleIndex.end() ? nullptr : &Rules[It->second];
}

const Pack *RuleCatalog::findPack(llvm::StringRef Id) const {
  auto It = PackIndex.find(Id);
  return It == PackIndex.end() ? nullptr : &Packs[It->second];
}

std::vector<std::string> RuleCatalog::packsOf(llvm::StringRef RuleId) const {
  std::vector<std::string> Result;
  for (const Pack &P : Packs)
    if (llvm::is_contained(P.Rules, RuleId))
      Result.push_back(P.Id);
  std::sort(Result.begin(), Result.end());
  return Result;
}

CheckerOptions
RuleCatalog::resolveOptions(const CheckerRegistry::Entry &Checker,
                            const std::map<std::string, OptionValue> &Values) {
  std::map<std::string, OptionValue> All;
  for (const OptionSpec &Spec : Checker.Options) {
    auto It = Values.find(Spec.Name);
    All.emplace(Spec.Name, It != Values.end() ? It->second : Spec.Default);
  }
  return CheckerOptions(std::move(All));
}

} // namespace warden
