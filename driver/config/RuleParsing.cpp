//===- RuleParsing.cpp - TOML to rules, packs and option values -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "config/RuleParsing.h"
#include "llvm/Support/Regex.h"

namespace warden {

static DefinitionSite siteOf(llvm::StringRef Path, const toml::node &N) {
  return {Path.str(), N.source().begin.line, N.source().begin.column};
}

/// Converts a TOML node to an option value of the declared kind.
static std::optional<OptionValue> toOptionValue(TableReader &R,
                                                const toml::node &N,
                                                const OptionSpec &Spec,
                                                llvm::StringRef Where) {
  auto Wrong = [&] {
    R.error(N, "option '" + Spec.Name + "' " + Where + " must be " +
                   (Spec.Kind == OptionKind::StringList ? "an " : "a ") +
                   optionKindName(Spec.Kind) + ", not " + describeTomlType(N));
    return std::nullopt;
  };
  switch (Spec.Kind) {
  case OptionKind::Bool:
    if (const auto *B = N.as_boolean())
      return OptionValue(B->get());
    return Wrong();
  case OptionKind::Integer:
    if (const auto *I = N.as_integer())
      return OptionValue(int64_t(I->get()));
    return Wrong();
  case OptionKind::String:
    if (const auto *S = N.as_string())
      return OptionValue(std::string(S->get()));
    return Wrong();
  case OptionKind::Number: {
    if (const auto *I = N.as_integer())
      return OptionValue(double(I->get()));
    if (const auto *F = N.as_floating_point())
      return OptionValue(F->get());
    // Rule files written before numbers were a kind spell them as strings.
    double D = 0;
    if (const auto *S = N.as_string()) {
      if (!llvm::StringRef(S->get()).trim().getAsDouble(D))
        return OptionValue(D);
      R.error(N, "option '" + Spec.Name + "' " + Where +
                     " must be a number, not the string '" +
                     std::string(S->get()) + "'");
      return std::nullopt;
    }
    return Wrong();
  }
  case OptionKind::StringList: {
    const toml::array *A = N.as_array();
    if (!A)
      return Wrong();
    StringList L;
    for (const toml::node &E : *A) {
      const auto *S = E.as_string();
      if (!S) {
        R.error(E, "option '" + Spec.Name + "' " + Where +
                       " must contain only strings, not " +
                       describeTomlType(E));
        return std::nullopt;
      }
      L.push_back(S->get());
    }
    return OptionValue(std::move(L));
  }
  case OptionKind::StringMap: {
    const toml::table *T = N.as_table();
    if (!T)
      return Wrong();
    StringMap M;
    for (auto &&[K, V] : *T) {
      // Integers and booleans are accepted and kept as their decimal text,
      // so tables such as { printf = 1 } read naturally.
      if (const auto *S = V.as_string())
        M[std::string(K.str())] = S->get();
      else if (const auto *I = V.as_integer())
        M[std::string(K.str())] = std::to_string(I->get());
      else if (const auto *B = V.as_boolean())
        M[std::string(K.str())] = B->get() ? "true" : "false";
      else {
        R.error(V, "value of '" + llvm::StringRef(K.str().data(), K.str().size()) +
                       "' in option '" + Spec.Name + "' " + Where +
                       " must be a string, not " + describeTomlType(V));
        return std::nullopt;
      }
    }
    return OptionValue(std::move(M));
  }
  }
  return std::nullopt;
}

std::map<std::string, OptionValue>
readCheckerOptions(TableReader &Reader, const CheckerRegistry::Entry &Checker) {
  std::map<std::string, OptionValue> Values;
  std::vector<std::string> Names;
  for (const OptionSpec &O : Checker.Options)
    Names.push_back(O.Name);
  std::string Where = "of checker '" + Checker.Id + "' in " + Reader.what();
  for (const OptionSpec &Spec : Checker.Options) {
    const toml::node *N = Reader.node(Spec.Name);
    if (!N)
      continue;
    std::optional<OptionValue> V = toOptionValue(Reader, *N, Spec, Where);
    if (!V)
      continue;
    if (Spec.Validate)
      if (llvm::Error E = Spec.Validate(*V)) {
        Reader.error(*N, "invalid value for option '" + Spec.Name + "' " +
                             Where + ": " + llvm::toString(std::move(E)));
        continue;
      }
    Values.emplace(Spec.Name, std::move(*V));
  }
  for (auto &&[K, V] : Reader.table()) {
    llvm::StringRef Name(K.str().data(), K.str().size());
    if (!Checker.findOption(Name))
      Reader.error(K.source(), "unknown option '" + Name + "' " + Where +
                                   didYouMean(Name, Names));
  }
  return Values;
}

static bool matches(const char *Pattern, llvm::StringRef S) {
  return llvm::Regex(Pattern).match(S);
}

/// Reads a list of standard ids and checks their form.
static std::vector<std::string> readIds(TableReader &R, llvm::StringRef Key,
                                        const char *Pattern,
                                        llvm::StringRef Expected) {
  const toml::node *N = R.node(Key);
  if (!N)
    return {};
  std::optional<std::vector<std::string>> Ids = readStringArray(R, *N, Key);
  if (!Ids)
    return {};
  const toml::array &A = *N->as_array();
  std::vector<std::string> Result;
  for (size_t I = 0; I < Ids->size(); ++I) {
    if (!matches(Pattern, (*Ids)[I])) {
      R.error(*A.get(I), "malformed " + Key.upper() + " id '" + (*Ids)[I] +
                             "' in " + R.what() + "; expected " + Expected);
      continue;
    }
    Result.push_back((*Ids)[I]);
  }
  return Result;
}

static std::optional<Level> readLevel(TableReader &R, llvm::StringRef Key,
                                      bool AllowNone) {
  std::optional<std::string> Name = R.string(Key);
  if (!Name)
    return std::nullopt;
  std::optional<Level> L = parseLevel(*Name);
  if (!L || (*L == Level::None && !AllowNone)) {
    R.errorAtKey(Key, "invalid level '" + *Name + "' in " + R.what() +
                          (AllowNone ? "; expected error, warning, note or none"
                                     : "; expected error, warning or note"));
    return std::nullopt;
  }
  return L;
}

static bool isRuleId(llvm::StringRef Id) {
  // <pack>-<area>-<name>, kebab case; at least two dashes-separated parts.
  return matches("^[a-z][a-z0-9]*(-[a-z0-9]+)+$", Id);
}

static std::optional<Rule> parseRule(TableReader &R,
                                     const CheckerRegistry &Registry) {
  Rule Result;
  bool Ok = true;
  if (std::optional<std::string> Id = R.string("id", /*Required=*/true)) {
    Result.Id = *Id;
    if (!isRuleId(*Id)) {
      R.errorAtKey("id", "malformed rule id '" + *Id +
                             "'; expected kebab case such as 'acme-mem-no-memcpy'");
      Ok = false;
    }
  } else {
    Ok = false;
  }
  Result.Title = R.string("title", /*Required=*/true).value_or("");
  if (std::optional<Level> L = readLevel(R, "level", /*AllowNone=*/false))
    Result.DefaultLevel = *L;
  else if (!R.node("level"))
    R.error("missing required key 'level' in " + R.what());
  Result.Rationale = R.string("rationale").value_or("");
  Result.Help = R.string("help").value_or("");
  Result.Mapping.Cwe = readIds(R, "cwe", "^CWE-[1-9][0-9]*$", "'CWE-<number>'");
  Result.Mapping.Cert =
      readIds(R, "cert", "^[A-Z]{3}[0-9]{2}-(C|CPP)$",
              "a SEI CERT id such as 'STR31-C' or 'ERR61-CPP'");
  Result.Mapping.MisraC =
      readIds(R, "misra-c", "^(Dir )?[0-9]+\\.[0-9]+$",
              "a MISRA C guideline such as '21.6' or 'Dir 4.7'");
  Result.Mapping.MisraCpp =
      readIds(R, "misra-cpp", "^(Dir )?[0-9]+\\.[0-9]+(\\.[0-9]+)?$",
              "a MISRA C++:2023 guideline such as '21.2.2'");
  if (std::optional<std::string> S = R.string("security-severity")) {
    double V;
    if (llvm::StringRef(*S).getAsDouble(V) || V < 0.1 || V > 10.0)
      R.errorAtKey("security-severity",
                   "'security-severity' in " + R.what() +
                       " must be a number from 0.1 to 10.0 written as a "
                       "string, such as \"8.1\"");
    else
      Result.SecuritySeverity = *S;
  }
  if (std::optional<std::string> P = R.string("precision")) {
    if (!llvm::is_contained({"very-high", "high", "medium", "low"}, *P))
      R.errorAtKey("precision", "invalid precision '" + *P + "' in " +
                                    R.what() +
                                    "; expected very-high, high, medium or low");
    else
      Result.Precision = *P;
  }
  if (const toml::table *Example = R.table("example")) {
    TableReader E(R.path(), *Example, "the example of " + R.what(),
                  R.problems());
    Result.ExampleBad = E.string("bad").value_or("");
    Result.ExampleGood = E.string("good").value_or("");
    E.reportUnknownKeys();
  }

  const CheckerRegistry::Entry *Checker = nullptr;
  if (std::optional<std::string> Name = R.string("checker", true)) {
    Result.Checker = *Name;
    Checker = Registry.find(*Name);
    if (!Checker) {
      std::vector<std::string> Known;
      for (const auto &E : Registry.entries())
        Known.push_back(E.Id);
      R.errorAtKey("checker", "unknown checker '" + *Name + "' in " +
                                  R.what() + didYouMean(*Name, Known));
      Ok = false;
    }
  } else {
    Ok = false;
  }
  const toml::node *OptionsNode = R.node("options");
  if (OptionsNode && !OptionsNode->is_table()) {
    R.error(*OptionsNode, "'options' in " + R.what() + " must be a table, not " +
                              describeTomlType(*OptionsNode));
  } else if (Checker) {
    toml::table Empty;
    const toml::table &Options = OptionsNode ? *OptionsNode->as_table() : Empty;
    TableReader O(R.path(), Options, R.what(), R.problems());
    Result.Options = readCheckerOptions(O, *Checker);
    for (const OptionSpec &Spec : Checker->Options)
      // A present but invalid value has been reported already.
      if (Spec.Required && !Options.contains(Spec.Name)) {
        std::string Message = "missing required option '" + Spec.Name +
                              "' of checker '" + Checker->Id + "' in " +
                              R.what();
        if (OptionsNode)
          R.error(*OptionsNode, Message);
        else
          R.error(Message);
      }
  }
  R.reportUnknownKeys();
  if (!Ok)
    return std::nullopt;
  return Result;
}

void addRulesFromToml(RuleCatalog &Catalog, TableReader &Root,
                      bool FromConfig) {
  const toml::node *Rules = Root.node("rule");
  if (!Rules)
    return;
  const toml::array *A = Rules->as_array();
  if (!A || !A->is_array_of_tables()) {
    Root.error(*Rules, "'rule' must be an array of tables ([[rule]])");
    return;
  }
  for (const toml::node &N : *A) {
    const toml::table &T = *N.as_table();
    std::string What = "rule";
    if (const toml::node *Id = T.get("id"); Id && Id->is_string())
      What += " '" + std::string(Id->as_string()->get()) + "'";
    TableReader R(Root.path(), T, What, Root.problems());
    std::optional<Rule> Parsed = parseRule(R, Catalog.registry());
    if (!Parsed)
      continue;
    Parsed->Site = siteOf(Root.path(), N);
    Parsed->FromConfig = FromConfig;
    Catalog.addRule(std::move(*Parsed), Root.problems());
  }
}

/// Reports rule ids of a pack's array that the catalogue does not know.
static void checkRuleReferences(TableReader &R, llvm::StringRef Key,
                                const RuleCatalog &Catalog) {
  const toml::node *N = R.node(Key);
  const toml::array *A = N ? N->as_array() : nullptr;
  if (!A)
    return;
  std::vector<std::string> Known;
  for (const Rule &Rl : Catalog.rules())
    Known.push_back(Rl.Id);
  for (const toml::node &E : *A)
    if (const auto *S = E.as_string(); S && !Catalog.findRule(S->get()))
      R.error(E, "unknown rule '" + llvm::Twine(S->get()) + "' in " +
                     R.what() + didYouMean(S->get(), Known));
}

std::optional<Pack> parsePack(TableReader &R, const RuleCatalog &Catalog) {
  Pack P;
  std::optional<std::string> Id = R.string("id", /*Required=*/true);
  if (!Id)
    return std::nullopt;
  P.Id = *Id;
  P.Title = R.string("title", true).value_or("");
  P.Description = R.string("description").value_or("");
  P.Evidence = R.stringArray("evidence").value_or(std::vector<std::string>{});
  P.Rules = R.stringArray("rules", true).value_or(std::vector<std::string>{});
  for (std::string &Off :
       R.stringArray("disabled").value_or(std::vector<std::string>{}))
    P.Disabled.insert(std::move(Off));
  checkRuleReferences(R, "rules", Catalog);
  checkRuleReferences(R, "disabled", Catalog);
  for (const std::string &Off : P.Disabled)
    if (!llvm::is_contained(P.Rules, Off))
      R.errorAtKey("disabled", "rule '" + Off + "' is disabled in " + R.what() +
                                   " but not listed in its 'rules'");
  if (const toml::table *Levels = R.table("levels")) {
    TableReader L(R.path(), *Levels, "the levels of pack '" + P.Id + "'",
                  R.problems());
    for (auto &&[K, V] : *Levels) {
      std::string RuleId(K.str());
      if (!llvm::is_contained(P.Rules, RuleId))
        L.error(K.source(), "rule '" + RuleId + "' has a level in " +
                                R.what() + " but is not listed in its 'rules'");
      if (std::optional<Level> Lv = readLevel(L, RuleId, /*AllowNone=*/true))
        P.Levels[RuleId] = *Lv;
    }
  }
  R.reportUnknownKeys();
  P.Site = siteOf(R.path(), *R.node("id"));
  return P;
}

} // namespace warden
