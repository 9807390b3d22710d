//===- ConfigFuzzer.cpp - Fuzz the configuration, rules and pack loaders --===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Every TOML file a user writes goes through the same TOML reader and then
/// one of three validators: .warden.toml (with its rule selection), a rules
/// file and a pack. The same bytes are offered to all three, against a
/// catalogue whose checker declares an option of every kind with
/// validators, so option checking is fuzzed without linking real checkers.
///
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "config/Config.h"
#include "config/RuleCatalog.h"
#include "config/RuleParsing.h"
#include "config/RuleSelection.h"
#include "support/Diagnostics.h"
#include "warden/CheckerRegistry.h"

using namespace warden;

static const char CatalogRules[] = R"toml(
[[rule]]
id = "hs-fuzz-one"
title = "A rule the fuzzed input can reference"
checker = "fuzz-checker"
level = "warning"
cwe = ["CWE-242"]
rationale = "r"
help = "h"
[rule.example]
bad = "gets(b);"
good = "fgets(b, sizeof b, stdin);"

[[rule]]
id = "hs-fuzz-two"
title = "Another one"
checker = "fuzz-checker"
level = "error"
rationale = "r"
help = "h"
[rule.options]
limit = 3
[rule.example]
bad = "a"
good = "b"
)toml";

static const CheckerRegistry &registry() {
  static CheckerRegistry *R = [] {
    auto *Registry = new CheckerRegistry;
    Registry->setCurrentPlugin("fuzz");
    Registry->addFactory(
        "fuzz-checker", "every kind of option",
        {OptionSpec::flag("strict", "a flag", false),
         OptionSpec::integer("limit", "an integer", 1)
             .validate(validators::range(0, 100)),
         OptionSpec::string("mode", "a word", "fast")
             .validate(validators::oneOf({"fast", "thorough"})),
         OptionSpec::list("functions", "regexes", {"gets"})
             .validate(validators::regex()),
         OptionSpec::map("sizes", "positive numbers", {})
             .validate(validators::positiveIntegerValues())},
        nullptr);
    return Registry;
  }();
  return *R;
}

static void loadCatalog(RuleCatalog &Catalog) {
  ProblemList Problems;
  llvm::Expected<toml::table> Root = parseToml("catalog.toml", CatalogRules);
  if (!Root) {
    (void)llvm::toString(Root.takeError());
    std::abort(); // The fixed catalogue must parse.
  }
  TableReader R("catalog.toml", *Root, "rules file", Problems);
  addRulesFromToml(Catalog, R, /*FromConfig=*/false);
  if (llvm::Error E = Problems.takeError()) {
    (void)llvm::toString(std::move(E));
    std::abort();
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::asText(Data, Size);

  // As .warden.toml, then the rule selection it asks for.
  {
    RuleCatalog Catalog(registry());
    loadCatalog(Catalog);
    llvm::Expected<Config> C = parseConfig("/fuzz/.warden.toml", Text);
    if (C)
      fuzz::consume(selectRules(*C, Catalog, RuleSelectionFlags()));
    else
      (void)llvm::toString(C.takeError());
  }

  llvm::Expected<toml::table> Root = parseToml("fuzz.toml", Text);
  if (!Root) {
    (void)llvm::toString(Root.takeError());
    return 0;
  }
  // As a rules file.
  {
    RuleCatalog Catalog(registry());
    loadCatalog(Catalog);
    ProblemList Problems;
    TableReader R("fuzz.toml", *Root, "rules file", Problems);
    addRulesFromToml(Catalog, R, /*FromConfig=*/false);
    R.reportUnknownKeys();
    fuzz::consume(Problems.takeError());
  }
  // As a pack.
  {
    RuleCatalog Catalog(registry());
    loadCatalog(Catalog);
    ProblemList Problems;
    TableReader R("fuzz.toml", *Root, "pack", Problems);
    if (std::optional<Pack> P = parsePack(R, Catalog))
      Catalog.addPack(std::move(*P), Problems);
    fuzz::consume(Problems.takeError());
  }
  return 0;
}
