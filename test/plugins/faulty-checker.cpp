// SPDX-License-Identifier: Apache-2.0
// A plugin whose checker misbehaves on purpose, on functions with certain
// names: it dereferences a null pointer, loops forever or eats memory. The
// fault tests show that one such TU fails alone and the run goes on.
#include "warden/Checker.h"
#include "warden/CheckerRegistry.h"
#include "warden/Plugin.h"
#include "clang/AST/Decl.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace clang::ast_matchers;

namespace {
class FaultyChecker : public warden::Checker {
public:
  FaultyChecker(const warden::RuleBinding &B, warden::TranslationUnitContext &TU)
      : Checker(B, TU), Mode(options().getString("mode")) {}

  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(functionDecl(isDefinition()).bind("f"), this);
  }

  void check(const MatchFinder::MatchResult &R) override {
    const auto *F = R.Nodes.getNodeAs<clang::FunctionDecl>("f");
    std::string Name = F->getNameAsString();
    if (Mode == "crash" && Name == "crash_here") {
      volatile int *Null = nullptr;
      *Null = 1;
    }
    if (Mode == "hang" && Name == "hang_here")
      for (volatile unsigned long I = 0;; I = I + 1) {
      }
    if (Mode == "memory" && Name == "eat_memory_here") {
      std::vector<char *> Blocks;
      while (true) {
        char *Block = static_cast<char *>(std::malloc(64 << 20));
        if (!Block)
          std::abort(); // as operator new would
        std::memset(Block, 1, 64 << 20);
        Blocks.push_back(Block);
      }
    }
    report(F->getLocation(), "function '" + Name + "' analysed");
  }

private:
  const std::string Mode;
};

constexpr const char *Rules = R"toml(
[[rule]]
id = "test-fault-crash"
title = "Crashes on crash_here"
checker = "faulty"
level = "note"
[rule.options]
mode = "crash"

[[rule]]
id = "test-fault-hang"
title = "Hangs on hang_here"
checker = "faulty"
level = "note"
[rule.options]
mode = "hang"

[[rule]]
id = "test-fault-memory"
title = "Eats memory on eat_memory_here"
checker = "faulty"
level = "note"
[rule.options]
mode = "memory"
)toml";

void registerFaulty(warden::CheckerRegistry &Registry) {
  Registry.add<FaultyChecker>(
      "faulty", "Misbehaves on purpose",
      {warden::OptionSpec::string("mode", "crash, hang or memory").required()});
  Registry.addRules("faulty.toml", Rules);
}
} // namespace

WARDEN_PLUGIN("faulty", "1.0", registerFaulty)
