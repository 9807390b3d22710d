// SPDX-License-Identifier: Apache-2.0
// A plugin whose checker changes the tree once clang has parsed the main
// file: a stand-in for a user (or a build step) changing files while Warden
// analyses them. Mode "edit" inserts a line at the top of the main file;
// mode "swap-directory" moves the main file's directory D aside and puts a
// symlink to D/../../outside in its place. The --fix tests show
// that fixes computed on the old tree are not applied to the new one.
// Mode "copy" copies $WARDEN_TEST_EDIT_FROM over $WARDEN_TEST_EDIT_TO in
// place (truncate and write, as `cat new > file` does): the cache tests show
// that such an edit never leaves an entry that hides the edited content.
#include "warden/Checker.h"
#include "warden/CheckerRegistry.h"
#include "warden/Plugin.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {
class EditDuringAnalysis : public warden::Checker {
public:
  EditDuringAnalysis(const warden::RuleBinding &B,
                     warden::TranslationUnitContext &TU)
      : Checker(B, TU), Mode(options().getString("mode")) {}

  void finishTranslationUnit(clang::ASTContext &Context) override {
    if (Mode == "copy") {
      copyFromEnvironment();
      return;
    }
    const clang::SourceManager &SM = Context.getSourceManager();
    clang::OptionalFileEntryRef Main =
        SM.getFileEntryRefForID(SM.getMainFileID());
    if (!Main)
      return;
    std::string Path = Main->getName().str();
    if (Mode == "swap-directory") {
      llvm::SmallString<256> Dir(Path);
      llvm::sys::fs::make_absolute(Dir);
      llvm::sys::path::remove_filename(Dir);
      llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
      llvm::SmallString<256> Outside =
          llvm::sys::path::parent_path(llvm::sys::path::parent_path(Dir));
      llvm::sys::path::append(Outside, "outside");
      if (!llvm::sys::fs::rename(Dir, Dir + "-moved"))
        (void)llvm::sys::fs::create_link(Outside, Dir);
      return;
    }
    llvm::StringRef Old = SM.getBufferData(SM.getMainFileID());
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    if (!EC)
      OS << "// a line inserted during the analysis\n" << Old;
  }

private:
  static void copyFromEnvironment() {
    const char *From = std::getenv("WARDEN_TEST_EDIT_FROM");
    const char *To = std::getenv("WARDEN_TEST_EDIT_TO");
    if (!From || !To)
      return;
    std::ifstream In(From, std::ios::binary);
    std::stringstream Content;
    Content << In.rdbuf();
    std::ofstream Out(To, std::ios::binary | std::ios::trunc);
    Out << Content.str();
  }

  const std::string Mode;
};

constexpr const char *Rules = R"toml(
[[rule]]
id = "test-edit-during-analysis"
title = "Edits the main file after parsing it"
checker = "edit-during-analysis"
level = "note"
[rule.options]
mode = "edit"

[[rule]]
id = "test-copy-during-analysis"
title = "Copies $WARDEN_TEST_EDIT_FROM over $WARDEN_TEST_EDIT_TO after parsing"
checker = "edit-during-analysis"
level = "note"
[rule.options]
mode = "copy"

[[rule]]
id = "test-swap-directory-during-analysis"
title = "Replaces the main file's directory by a symlink after parsing it"
checker = "edit-during-analysis"
level = "note"
[rule.options]
mode = "swap-directory"
)toml";

void registerEditor(warden::CheckerRegistry &Registry) {
  Registry.add<EditDuringAnalysis>(
      "edit-during-analysis", "Changes the tree on purpose",
      {warden::OptionSpec::string("mode", "edit, copy or swap-directory")
           .required()});
  Registry.addRules("edit-during-analysis.toml", Rules);
}
} // namespace

WARDEN_PLUGIN("edit-during-analysis", "1.0", registerEditor)
