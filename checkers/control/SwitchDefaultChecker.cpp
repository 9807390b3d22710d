//===- SwitchDefaultChecker.cpp - switch without default ------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "control/SwitchDefaultChecker.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> SwitchDefaultChecker::optionSpecs() {
  return {
      OptionSpec::flag(
          "requireDefaultForEnums",
          "Also flag a switch over an enum that handles every enumerator but "
          "has no default label (MISRA C 16.4 strictly); by default such a "
          "switch is accepted, since the compiler's -Wswitch then reports "
          "an enumerator added later",
          false),
      OptionSpec::integer("maxListedEnumerators",
                          "How many missing enumerators a finding names "
                          "before it says 'and N more'",
                          5)
          .validate(validators::range(1, 100)),
  };
}

SwitchDefaultChecker::SwitchDefaultChecker(const RuleBinding &Binding,
                                           TranslationUnitContext &TU)
    : Checker(Binding, TU),
      RequireDefaultForEnums(options().getBool("requireDefaultForEnums")),
      MaxListed(options().getInteger("maxListedEnumerators")) {}

void SwitchDefaultChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(switchStmt().bind("switch"), this);
}

/// The enum a switch selects on, looking through the promotion to int that
/// C and unscoped C++ enums undergo; null for other types.
static const EnumDecl *switchedEnum(const SwitchStmt &S) {
  const Expr *Cond = S.getCond();
  if (!Cond)
    return nullptr;
  const auto *ET = Cond->IgnoreParenImpCasts()->getType()->getAs<EnumType>();
  if (!ET)
    return nullptr;
  const EnumDecl *Enum = ET->getDecl()->getDefinition();
  // An enum with no enumerators is an integer in disguise (C++17's
  // 'enum class Id : int {}'): every value is possible.
  if (!Enum || Enum->enumerators().empty())
    return nullptr;
  return Enum;
}

/// The value of a case label; scoped enumerators included, which are not
/// integer constant expressions in the language's sense.
static std::optional<llvm::APSInt> valueOf(const Expr *E,
                                           const ASTContext &Context) {
  Expr::EvalResult Result;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(Result, Context))
    return std::nullopt;
  return Result.Val.getInt();
}

/// How the user names an enum: its tag, or the typedef of an anonymous one.
static std::string enumName(const EnumDecl &Enum) {
  if (Enum.getDeclName())
    return "enum '" + Enum.getNameAsString() + "'";
  if (const TypedefNameDecl *Typedef = Enum.getTypedefNameForAnonDecl())
    return "enum '" + Typedef->getNameAsString() + "'";
  return "an unnamed enum";
}

void SwitchDefaultChecker::check(const MatchFinder::MatchResult &R) {
  const auto *S = R.Nodes.getNodeAs<SwitchStmt>("switch");
  const Expr *Cond = S->getCond();
  if (!Cond || Cond->isTypeDependent() || Cond->isValueDependent())
    return;

  // Case values; a GNU range 'case 1 ... 5' as its bounds.
  llvm::SmallVector<std::pair<llvm::APSInt, llvm::APSInt>, 16> Cases;
  bool KnownCases = true;
  for (const SwitchCase *C = S->getSwitchCaseList(); C;
       C = C->getNextSwitchCase()) {
    if (isa<DefaultStmt>(C))
      return;
    const auto *Case = cast<CaseStmt>(C);
    std::optional<llvm::APSInt> Low = valueOf(Case->getLHS(), *R.Context);
    std::optional<llvm::APSInt> High =
        Case->getRHS() ? valueOf(Case->getRHS(), *R.Context) : Low;
    if (!Low || !High) {
      KnownCases = false;
      continue;
    }
    Cases.push_back({*Low, *High});
  }

  SourceLocation Loc = S->getSwitchLoc();
  const SourceManager &SM = *R.SourceManager;
  if (SM.isInSystemHeader(SM.getSpellingLoc(Loc)))
    return;

  std::string Message;
  const EnumDecl *Enum = switchedEnum(*S);
  if (Enum && KnownCases) {
    llvm::SmallVector<const EnumConstantDecl *, 8> Missing;
    for (const EnumConstantDecl *E : Enum->enumerators()) {
      const llvm::APSInt &V = E->getInitVal();
      bool Handled = llvm::any_of(Cases, [&](const auto &Range) {
        return llvm::APSInt::compareValues(Range.first, V) <= 0 &&
               llvm::APSInt::compareValues(V, Range.second) <= 0;
      });
      if (!Handled)
        Missing.push_back(E);
    }
    if (Missing.empty()) {
      if (!RequireDefaultForEnums)
        return;
      Message = "switch over " + enumName(*Enum) +
                " has no 'default' label; add one that handles values "
                "outside the enumerators";
    } else {
      std::string Names;
      size_t Listed = std::min<size_t>(Missing.size(), MaxListed);
      for (size_t I = 0; I < Listed; ++I) {
        if (I)
          Names += I + 1 == Listed && Listed == Missing.size() ? " and " : ", ";
        Names += "'" + Missing[I]->getNameAsString() + "'";
      }
      if (Listed < Missing.size())
        Names += " and " + std::to_string(Missing.size() - Listed) + " more";
      std::string Enumerators =
          Missing.size() == 1 ? "enumerator " : "enumerators ";
      Message = "switch over " + enumName(*Enum) +
                " does not handle " + Enumerators + Names +
                " and has no 'default' label; add the missing cases or a "
                "'default' label";
    }
  } else {
    Message = "switch has no 'default' label; add one that handles "
              "unexpected values";
  }
  if (!Reported.insert(Loc).second)
    return;
  report(Loc, Message);
}

} // namespace warden::checkers
