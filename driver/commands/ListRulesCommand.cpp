//===- ListRulesCommand.cpp - warden list-rules ---------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"
#include "support/Diagnostics.h"
#include "support/DisplayText.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"
#include <nlohmann/json.hpp>

namespace warden {

using namespace llvm;

static cl::opt<std::string>
    PackFilter("pack", cl::desc("List only the rules of this pack"),
               cl::value_desc("pack"), cl::sub(listRulesCommand()));
static cl::opt<std::string> ListFormat("format",
                                       cl::desc("text (default) or json"),
                                       cl::value_desc("format"),
                                       cl::init("text"),
                                       cl::sub(listRulesCommand()));
static cl::opt<bool> ListPacks("packs", cl::desc("List the packs instead"),
                               cl::sub(listRulesCommand()));

int runListRules(const Invocation &) {
  if (ListFormat != "text" && ListFormat != "json") {
    errs() << "warden: error: invalid --format '" << ListFormat
           << "'; expected text or json\n";
    return ExitUsage;
  }
  std::unique_ptr<Session> Opened = openSession(sessionFlagsFromCommandLine());
  if (!Opened)
    return ExitUsage;
  Session &S = *Opened;
  const RuleSelection *Selection = &S.Selection;
  bool Json = ListFormat == "json";

  if (ListPacks) {
    nlohmann::ordered_json J = nlohmann::ordered_json::array();
    for (const Pack &P : S.Catalog->packs()) {
      if (Json) {
        nlohmann::ordered_json Levels = nlohmann::ordered_json::object();
        for (const auto &[Id, L] : P.Levels)
          Levels[Id] = levelName(L);
        J.push_back({{"id", P.Id},
                     {"title", P.Title},
                     {"rules", P.Rules},
                     {"disabled", P.Disabled},
                     {"levels", Levels},
                     {"evidence", P.Evidence}});
      } else
        // Packs may come from the analysed repository's rules paths.
        outs() << formatv("{0,-24} {1,3} rules  {2}\n", displayText(P.Id),
                          P.Rules.size(), displayText(P.Title));
    }
    if (Json)
      outs() << J.dump(2) << '\n';
    return ExitPassed;
  }

  const Pack *Filter = nullptr;
  if (!PackFilter.empty()) {
    Filter = S.Catalog->findPack(PackFilter);
    if (!Filter) {
      std::vector<std::string> Ids;
      for (const Pack &P : S.Catalog->packs())
        Ids.push_back(P.Id);
      errs() << "warden: error: unknown pack '" << displayText(PackFilter)
             << "'" << displayText(didYouMean(PackFilter, Ids)) << '\n';
      return ExitUsage;
    }
  }

  std::vector<const Rule *> Listed;
  for (const Rule &R : S.Catalog->rules())
    if (!Filter || is_contained(Filter->Rules, R.Id))
      Listed.push_back(&R);
  llvm::sort(Listed, [](const Rule *A, const Rule *B) { return A->Id < B->Id; });

  nlohmann::ordered_json J = nlohmann::ordered_json::array();
  for (const Rule *R : Listed) {
    const EnabledRule *Enabled = nullptr;
    for (const EnabledRule &E : Selection->Rules)
      if (E.Definition == R)
        Enabled = &E;
    Level L = R->DefaultLevel;
    if (Filter && Filter->Levels.count(R->Id))
      L = Filter->Levels.at(R->Id);
    else if (Enabled)
      L = Enabled->Severity;
    if (Json) {
      J.push_back({{"id", R->Id},
                   {"title", R->Title},
                   {"level", levelName(L)},
                   {"enabled", Enabled != nullptr},
                   {"checker", R->Checker},
                   {"packs", S.Catalog->packsOf(R->Id)},
                   {"cwe", R->Mapping.Cwe},
                   {"cert", R->Mapping.Cert},
                   {"misra-c", R->Mapping.MisraC},
                   {"misra-cpp", R->Mapping.MisraCpp}});
      continue;
    }
    outs() << formatv("{0} {1,-34} {2,-7}  {3}\n", Enabled ? '*' : ' ',
                      displayText(R->Id), levelName(L), displayText(R->Title));
  }
  if (Json)
    outs() << J.dump(2) << '\n';
  else
    outs() << "(* = enabled by the current configuration)\n";
  return ExitPassed;
}

} // namespace warden
