// SPDX-License-Identifier: Apache-2.0
// A plugin that edits a file while its TU is being analysed: after the parse,
// at the end of the TU, it copies $WARDEN_TEST_EDIT_FROM over
// $WARDEN_TEST_EDIT_TO in place. The cache tests use it to show that an edit
// during the analysis never leaves an entry that hides the edited content.
#include "warden/Checker.h"
#include "warden/CheckerRegistry.h"
#include "warden/Plugin.h"
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {
class EditDuringAnalysis : public warden::Checker {
public:
  using Checker::Checker;

  void finishTranslationUnit(clang::ASTContext &) override {
    const char *From = std::getenv("WARDEN_TEST_EDIT_FROM");
    const char *To = std::getenv("WARDEN_TEST_EDIT_TO");
    if (!From || !To)
      return;
    std::ifstream In(From, std::ios::binary);
    std::stringstream Content;
    Content << In.rdbuf();
    // In place (truncate and write), as `cat new > file` or some editors do.
    std::ofstream Out(To, std::ios::binary | std::ios::trunc);
    Out << Content.str();
  }
};

constexpr const char *Rules = R"toml(
[[rule]]
id = "test-edit-during-analysis"
title = "Edits a file at the end of the TU"
checker = "edit-during-analysis"
level = "note"
)toml";

void registerEdit(warden::CheckerRegistry &Registry) {
  Registry.add<EditDuringAnalysis>("edit-during-analysis",
                                   "Edits a file while its TU is analysed");
  Registry.addRules("edit-during-analysis.toml", Rules);
}
} // namespace

WARDEN_PLUGIN("edit-during-analysis", "1.0", registerEdit)
