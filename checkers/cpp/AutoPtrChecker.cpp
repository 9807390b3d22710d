//===- AutoPtrChecker.cpp - Uses of std::auto_ptr -------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cpp/AutoPtrChecker.h"
#include "cpp/CppSupport.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/TypeLoc.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

namespace {

bool isAutoPtr(TemplateName Name) {
  return cpp::isStdName(Name.getAsTemplateDecl(), "auto_ptr");
}

/// 'std::auto_ptr<T>' (or 'auto_ptr<T>' after a using-declaration) as
/// written: the template name is the token to rename.
AST_MATCHER(TypeLoc, isAutoPtrSpecialization) {
  auto TST = Node.getAs<TemplateSpecializationTypeLoc>();
  return !TST.isNull() && isAutoPtr(TST.getTypePtr()->getTemplateName());
}

/// 'using std::auto_ptr;'
AST_MATCHER(UsingDecl, introducesAutoPtr) {
  for (const UsingShadowDecl *Shadow : Node.shadows())
    if (const auto *Template =
            dyn_cast<ClassTemplateDecl>(Shadow->getTargetDecl()))
      if (cpp::isStdName(Template, "auto_ptr"))
        return true;
  return false;
}

} // namespace

AutoPtrChecker::AutoPtrChecker(const RuleBinding &Binding,
                               TranslationUnitContext &TU)
    : Checker(Binding, TU) {}

bool AutoPtrChecker::isLanguageVersionSupported(
    const LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus;
}

void AutoPtrChecker::registerMatchers(MatchFinder *Finder) {
  // Types are written once, in the template: instantiations would repeat
  // every use.
  Finder->addMatcher(traverse(TK_IgnoreUnlessSpelledInSource,
                              typeLoc(isAutoPtrSpecialization()).bind("type")),
                     this);
  Finder->addMatcher(usingDecl(introducesAutoPtr()).bind("using"), this);
}

void AutoPtrChecker::check(const MatchFinder::MatchResult &R) {
  SourceLocation NameLoc;
  SourceRange Range;
  if (const auto *TL = R.Nodes.getNodeAs<TypeLoc>("type")) {
    auto TST = TL->getAs<TemplateSpecializationTypeLoc>();
    NameLoc = TST.getTemplateNameLoc();
    Range = TST.getSourceRange();
  } else {
    const auto *Using = R.Nodes.getNodeAs<UsingDecl>("using");
    NameLoc = Using->getNameInfo().getLoc();
    Range = SourceRange(NameLoc, NameLoc);
  }
  if (NameLoc.isInvalid() || cpp::isInSystemMacro(NameLoc, *R.SourceManager))
    return;
  report(NameLoc,
         "'std::auto_ptr' is removed from C++17, and copying one silently "
         "transfers ownership; use 'std::unique_ptr', with 'std::move' where "
         "a copy transfers ownership")
      .range(cpp::writtenRange(Range, *R.SourceManager))
      .fix("use 'unique_ptr'",
           FixItHint::CreateReplacement(
               CharSourceRange::getTokenRange(NameLoc, NameLoc), "unique_ptr"));
}

} // namespace warden::checkers
