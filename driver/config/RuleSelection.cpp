//===- RuleSelection.cpp - The rules in force for one run -----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "config/RuleSelection.h"
#include "config/RuleParsing.h"
#include "support/Glob.h"
#include <algorithm>

namespace warden {

namespace {

/// Accumulates the selection; each step reports problems with locations.
class Selector {
public:
  Selector(RuleCatalog &Catalog, ProblemList &Problems)
      : Catalog(Catalog), Problems(Problems) {
    for (const Rule &R : Catalog.rules())
      AllIds.push_back(R.Id);
  }

  void enablePack(const Pack &P) {
    SelectedPacks.push_back(P.Id);
    for (const std::string &Id : P.Rules) {
      if (P.Disabled.count(Id))
        continue;
      auto L = P.Levels.find(Id);
      Level Lv = L != P.Levels.end() ? L->second
                                     : Catalog.findRule(Id)->DefaultLevel;
      if (Lv == Level::None)
        continue;
      // Two packs may disagree on a level; the stricter one wins.
      auto [It, Inserted] = Levels.try_emplace(Id, Lv);
      if (!Inserted)
        It->second = std::max(It->second, Lv);
    }
  }

  /// Enables a rule at its level: the strictest a selected pack gives it
  /// (a pack may list a rule as off by default with the level to use when
  /// it is turned on), else the rule's own.
  void enable(const std::string &Id) {
    std::optional<Level> PackLevel;
    for (const std::string &P : SelectedPacks) {
      const Pack *Found = Catalog.findPack(P);
      auto L = Found->Levels.find(Id);
      if (L != Found->Levels.end() && L->second != Level::None)
        PackLevel = std::max(PackLevel.value_or(Level::None), L->second);
    }
    Levels.try_emplace(Id, PackLevel.value_or(Catalog.findRule(Id)->DefaultLevel));
  }
  void disable(const std::string &Id) { Levels.erase(Id); }
  /// Changes the level of a selected rule; "none" deselects it. Levels do
  /// not select rules: that is what packs and enable lists are for.
  void setLevel(const std::string &Id, Level L) {
    auto It = Levels.find(Id);
    if (It == Levels.end())
      return;
    if (L == Level::None)
      Levels.erase(It);
    else
      It->second = L;
  }

  /// The rule ids matching Pattern (an id or a glob such as "hs-api-*");
  /// reports a pattern that matches nothing.
  std::vector<std::string> expand(const std::string &Pattern,
                                  const DefinitionSite &Site,
                                  llvm::StringRef Context) {
    std::vector<std::string> Result;
    if (Catalog.findRule(Pattern)) {
      Result.push_back(Pattern);
      return Result;
    }
    llvm::Expected<llvm::GlobPattern> Glob = compileGlob(Pattern);
    if (!Glob) {
      report(Site, "invalid rule pattern '" + Pattern + "' in " + Context +
                       ": " + llvm::toString(Glob.takeError()));
      return Result;
    }
    for (const std::string &Id : AllIds)
      if (Glob->match(Id))
        Result.push_back(Id);
    if (Result.empty())
      report(Site, "unknown rule '" + Pattern + "' in " + Context +
                       didYouMean(Pattern, AllIds));
    return Result;
  }

  void report(const DefinitionSite &Site, const llvm::Twine &Message) {
    Problems.add(Site.File, Site.Line, Site.Column, Message);
  }

  RuleCatalog &Catalog;
  ProblemList &Problems;
  std::vector<std::string> AllIds;
  std::vector<std::string> SelectedPacks;
  std::map<std::string, Level> Levels;
  std::map<std::string, std::map<std::string, OptionValue>> OptionOverrides;
};

} // namespace

/// Where a command-line value is reported: the flag, not a file.
static DefinitionSite flagSite(llvm::StringRef Flag) {
  return {("command line (" + Flag + ")").str(), 0, 0};
}

static DefinitionSite siteOf(llvm::StringRef Path, const toml::node &N) {
  return {Path.str(), N.source().begin.line, N.source().begin.column};
}

/// The second phase of reading .warden.toml: the user's own rules.
static void readConfigRules(const Config &C, const toml::table &Root,
                            Selector &S, ProblemList &Problems) {
  TableReader R(C.Path, Root, "the configuration", Problems);
  addRulesFromToml(S.Catalog, R, /*FromConfig=*/true);
  for (const Rule &Rl : S.Catalog.rules())
    if (Rl.FromConfig)
      S.AllIds.push_back(Rl.Id);
}

/// The second phase of reading .warden.toml: level and option overrides.
static void readLevelsAndOptions(const Config &C, const toml::table &Root,
                                 Selector &S, ProblemList &Problems) {
  const toml::table *Rules = Root.get_as<toml::table>("rules");
  if (!Rules)
    return;
  if (const toml::table *Levels = Rules->get_as<toml::table>("levels")) {
    for (auto &&[K, V] : *Levels) {
      std::string Pattern(K.str());
      DefinitionSite Site = siteOf(C.Path, V);
      const auto *Name = V.as_string();
      std::optional<Level> L =
          Name ? parseLevel(Name->get()) : std::optional<Level>();
      if (!L) {
        S.report(Site, "invalid level for '" + Pattern +
                           "' in [rules.levels]; expected error, warning, "
                           "note or none");
        continue;
      }
      for (const std::string &Id : S.expand(Pattern, Site, "[rules.levels]"))
        S.setLevel(Id, *L);
    }
  }
  if (const toml::table *Options = Rules->get_as<toml::table>("options")) {
    for (auto &&[K, V] : *Options) {
      std::string Id(K.str());
      DefinitionSite Site = siteOf(C.Path, V);
      const Rule *Rl = S.Catalog.findRule(Id);
      if (!Rl) {
        S.report(Site, "unknown rule '" + Id + "' in [rules.options]" +
                           didYouMean(Id, S.AllIds));
        continue;
      }
      const toml::table *T = V.as_table();
      if (!T) {
        S.report(Site, "[rules.options] '" + Id + "' must be a table, not " +
                           describeTomlType(V));
        continue;
      }
      const CheckerRegistry::Entry *Checker =
          S.Catalog.registry().find(Rl->Checker);
      TableReader O(C.Path, *T, "[rules.options] of rule '" + Id + "'",
                    Problems);
      S.OptionOverrides[Id] = readCheckerOptions(O, *Checker);
    }
  }
}

/// Enables or disables every rule matching the patterns.
static void applyLists(Selector &S,
                       const std::vector<Located<std::string>> &Patterns,
                       llvm::StringRef Context, bool Enable) {
  for (const Located<std::string> &P : Patterns)
    for (const std::string &Id : S.expand(P.Value, P.Site, Context))
      Enable ? S.enable(Id) : S.disable(Id);
}

/// Command-line patterns, reported as coming from their flag.
static std::vector<Located<std::string>>
fromFlag(const std::vector<std::string> &Patterns, llvm::StringRef Flag) {
  std::vector<Located<std::string>> Result;
  for (const std::string &P : Patterns)
    Result.push_back({P, flagSite(Flag)});
  return Result;
}

/// The configuration's selection: packs, the user's own rules, enable and
/// disable lists.
static void selectFromPacksAndLists(const Config &C,
                                    const RuleSelectionFlags &Flags,
                                    Selector &S) {
  RuleCatalog &Catalog = S.Catalog;
  // Packs: the configuration's plus the flags'; the default when neither
  // names any.
  std::vector<Located<std::string>> Packs = C.Packs.value_or(
      std::vector<Located<std::string>>{});
  for (const std::string &P : Flags.Packs)
    Packs.push_back({P, flagSite("--pack")});
  if (!C.Packs && Flags.Packs.empty())
    Packs.push_back({DefaultPack.str(), flagSite("default pack")});
  std::vector<std::string> PackIds;
  for (const Pack &P : Catalog.packs())
    PackIds.push_back(P.Id);
  for (const Located<std::string> &P : Packs) {
    const Pack *Found = Catalog.findPack(P.Value);
    if (!Found) {
      S.report(P.Site,
               "unknown pack '" + P.Value + "'" + didYouMean(P.Value, PackIds));
      continue;
    }
    if (!llvm::is_contained(S.SelectedPacks, Found->Id))
      S.enablePack(*Found);
  }

  for (const Rule &R : Catalog.rules())
    if (R.FromConfig)
      S.enable(R.Id);

  applyLists(S, C.Enable, "[rules] enable", true);
  applyLists(S, C.Disable, "[rules] disable", false);
}

llvm::Expected<RuleSelection> selectRules(const Config &C,
                                          RuleCatalog &Catalog,
                                          const RuleSelectionFlags &Flags) {
  ProblemList Problems;
  Selector S(Catalog, Problems);
  std::optional<toml::table> Root;
  if (!C.Path.empty()) {
    // The first phase parsed the same text, so this cannot fail.
    llvm::Expected<toml::table> Parsed = parseToml(C.Path, C.Text);
    if (!Parsed)
      return Parsed.takeError();
    Root = std::move(*Parsed);
    readConfigRules(C, *Root, S, Problems);
  }

  if (!Flags.Only.empty()) {
    for (const std::string &P : Flags.Only)
      for (const std::string &Id : S.expand(P, flagSite("--only"), "--only"))
        S.enable(Id);
  } else {
    selectFromPacksAndLists(C, Flags, S);
  }
  // The command line adds to the configuration's lists and wins over them;
  // the configured levels then apply to whatever is selected.
  if (Flags.Only.empty()) {
    applyLists(S, fromFlag(Flags.Enable, "--enable"), "[rules] enable", true);
    applyLists(S, fromFlag(Flags.Disable, "--disable"), "[rules] disable",
               false);
  }
  if (Root)
    readLevelsAndOptions(C, *Root, S, Problems);
  if (llvm::Error E = Problems.takeError())
    return std::move(E);

  RuleSelection Result;
  Result.Packs = S.SelectedPacks;
  for (const auto &[Id, L] : S.Levels) {
    EnabledRule E;
    E.Definition = Catalog.findRule(Id);
    E.Checker = Catalog.registry().find(E.Definition->Checker);
    E.Severity = L;
    std::map<std::string, OptionValue> Values = E.Definition->Options;
    for (auto &[Name, Value] : S.OptionOverrides[Id])
      Values[Name] = Value;
    E.Options = RuleCatalog::resolveOptions(*E.Checker, Values);
    for (const std::string &P : Catalog.packsOf(Id))
      if (llvm::is_contained(Result.Packs, P))
        E.Packs.push_back(P);
    Result.Rules.push_back(std::move(E));
  }
  return Result;
}

} // namespace warden
