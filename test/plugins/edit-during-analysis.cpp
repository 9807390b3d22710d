// SPDX-License-Identifier: Apache-2.0
// A plugin whose checker edits the main file on disk once clang has parsed
// it: a stand-in for a user (or a build step) changing a file while Warden
// analyses it. The --fix tests show that fixes computed on the old bytes
// are not applied to the new ones.
#include "warden/Checker.h"
#include "warden/CheckerRegistry.h"
#include "warden/Plugin.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"

namespace {
class EditDuringAnalysis : public warden::Checker {
public:
  using Checker::Checker;

  void finishTranslationUnit(clang::ASTContext &Context) override {
    const clang::SourceManager &SM = Context.getSourceManager();
    clang::OptionalFileEntryRef Main =
        SM.getFileEntryRefForID(SM.getMainFileID());
    if (!Main)
      return;
    std::string Path = Main->getName().str();
    llvm::StringRef Old = SM.getBufferData(SM.getMainFileID());
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    if (!EC)
      OS << "// a line inserted during the analysis\n" << Old;
  }
};

constexpr const char *Rules = R"toml(
[[rule]]
id = "test-edit-during-analysis"
title = "Edits the main file after parsing it"
checker = "edit-during-analysis"
level = "note"
)toml";

void registerEditor(warden::CheckerRegistry &Registry) {
  Registry.add<EditDuringAnalysis>("edit-during-analysis",
                                   "Edits the main file on purpose", {});
  Registry.addRules("edit-during-analysis.toml", Rules);
}
} // namespace

WARDEN_PLUGIN("edit-during-analysis", "1.0", registerEditor)
