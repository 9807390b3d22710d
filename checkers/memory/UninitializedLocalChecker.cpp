//===- UninitializedLocalChecker.cpp - Locals read before written ---------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "memory/UninitializedLocalChecker.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/Analyses/UninitializedValues.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> UninitializedLocalChecker::optionSpecs() {
  return {
      OptionSpec::flag("reportMaybe",
                       "Also report uses that may be uninitialized on some "
                       "path that clang cannot tie to one branch (clang's "
                       "-Wconditional-uninitialized); more findings, some "
                       "on paths that cannot happen",
                       false),
      OptionSpec::flag("requirePointerInit",
                       "Also flag local pointers declared without an "
                       "initializer, whether or not they are read before "
                       "being written",
                       false),
  };
}

UninitializedLocalChecker::UninitializedLocalChecker(const RuleBinding &Binding,
                                                     TranslationUnitContext &TU)
    : Checker(Binding, TU), ReportMaybe(options().getBool("reportMaybe")),
      RequirePointerInit(options().getBool("requirePointerInit")) {}

void UninitializedLocalChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionDecl(isDefinition()).bind("function"), this);
  Finder->addMatcher(lambdaExpr().bind("lambda"), this);
  if (RequirePointerInit)
    Finder->addMatcher(varDecl(hasLocalStorage(), unless(parmVarDecl()),
                               unless(isImplicit()),
                               unless(isExceptionVariable()),
                               unless(hasInitializer(anything())),
                               hasType(hasCanonicalType(pointerType())))
                           .bind("pointer"),
                       this);
}

void UninitializedLocalChecker::registerPPCallbacks(const SourceManager &,
                                                    Preprocessor *PP) {
  // Kept to ask whether NULL is defined when a fix initializes a pointer.
  this->PP = PP;
}

void UninitializedLocalChecker::check(const MatchFinder::MatchResult &R) {
  if (const auto *Var = R.Nodes.getNodeAs<VarDecl>("pointer")) {
    checkPointerDeclaration(*Var);
    return;
  }
  const FunctionDecl *Function = R.Nodes.getNodeAs<FunctionDecl>("function");
  if (const auto *Lambda = R.Nodes.getNodeAs<LambdaExpr>("lambda"))
    Function = Lambda->getCallOperator();
  if (!Function || !Function->hasBody() || Function->isDependentContext() ||
      Function->isInvalidDecl())
    return;
  if (Analysed.insert(Function).second)
    analyse(*Function);
}

/// True when E reads Var, as in 'int x = x + 1;'.
static bool refersTo(const Stmt *E, const VarDecl &Var) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl() == &Var;
  for (const Stmt *Child : E->children())
    if (Child && refersTo(Child, Var))
      return true;
  return false;
}

/// True for a local the analysis follows that starts its life
/// uninitialized: no initializer, or one that reads the variable itself. A
/// cheap filter, so that only functions with such a local pay for a CFG.
static bool startsUninitialized(const VarDecl &Var) {
  if (!Var.isLocalVarDecl() || Var.hasGlobalStorage() ||
      Var.isExceptionVariable() || Var.isInitCapture() || Var.isImplicit())
    return false;
  QualType Type = Var.getType();
  if (!Type->isScalarType() && !Type->isVectorType() &&
      !Type->getAsRecordDecl())
    return false;
  const Expr *Init = Var.getInit();
  return !Init || refersTo(Init, Var);
}

namespace {

/// True when Needle is inside Haystack.
bool contains(const Stmt *Haystack, const Stmt *Needle) {
  if (Haystack == Needle)
    return true;
  for (const Stmt *Child : Haystack->children())
    if (Child && contains(Child, Needle))
      return true;
  return false;
}

/// One report, as clang's UninitValsDiagReporter would make it.
struct UninitFinding {
  SourceLocation Loc;
  SourceRange Range;
  std::string Message;
  /// Branch notes: location and text.
  std::vector<std::pair<SourceLocation, std::string>> Notes;
  const VarDecl *Var;
};

/// Collects the uses the analysis reports, then picks the first one per
/// variable that is worth a finding, like clang's reporter.
class Collector : public UninitVariablesHandler {
public:
  explicit Collector(bool ReportMaybe) : ReportMaybe(ReportMaybe) {}

  void handleUseOfUninitVariable(const VarDecl *Var,
                                 const UninitUse &Use) override {
    Uses[Var].List.push_back(Use);
  }
  void handleConstRefUseOfUninitVariable(const VarDecl *Var,
                                         const UninitUse &Use) override {
    ConstRefUses[Var].List.push_back(Use);
  }
  void handleSelfInit(const VarDecl *Var) override {
    Uses[Var].SelfInit = true;
    ConstRefUses[Var].SelfInit = true;
  }

  std::vector<UninitFinding> flush(const SourceManager &SM) {
    std::vector<UninitFinding> Found;
    for (auto &[Var, Entry] : Uses) {
      if (Entry.List.empty())
        continue;
      // 'int x = x;' then a use that is always uninitialized: the idiom is
      // the cause, report it there.
      if (Entry.SelfInit && hasAlwaysUninitializedUse(Entry.List)) {
        reportSelfReference(Var, Var->getInit()->IgnoreParenCasts(), Found);
        continue;
      }
      // The most certain use first, then source order.
      llvm::sort(Entry.List, [&](const UninitUse &A, const UninitUse &B) {
        if (A.getKind() != B.getKind())
          return A.getKind() > B.getKind();
        return SM.isBeforeInTranslationUnit(A.getUser()->getBeginLoc(),
                                            B.getUser()->getBeginLoc());
      });
      for (const UninitUse &U : Entry.List) {
        // After the idiom, no use is more than 'maybe'.
        UninitUse Use = Entry.SelfInit ? UninitUse(U.getUser(), false) : U;
        if (diagnose(Var, Use, Found))
          break;
      }
    }
    for (auto &[Var, Entry] : ConstRefUses) {
      if (Entry.List.empty())
        continue;
      if (Entry.SelfInit && hasAlwaysUninitializedUse(Entry.List)) {
        reportSelfReference(Var, Var->getInit()->IgnoreParenCasts(), Found);
        continue;
      }
      const Expr *User = Entry.List.front().getUser();
      Found.push_back({User->getBeginLoc(),
                       User->getSourceRange(),
                       "variable '" + Var->getNameAsString() +
                           "' is uninitialized when passed as a const "
                           "reference argument here; initialize it before "
                           "passing it",
                       {},
                       Var});
    }
    return Found;
  }

private:
  struct Entry {
    llvm::SmallVector<UninitUse, 2> List;
    bool SelfInit = false;
  };

  static bool hasAlwaysUninitializedUse(llvm::ArrayRef<UninitUse> List) {
    return llvm::any_of(List, [](const UninitUse &U) {
      return U.getKind() == UninitUse::Always;
    });
  }

  void reportSelfReference(const VarDecl *Var, const Expr *User,
                           std::vector<UninitFinding> &Found) {
    Found.push_back({User->getBeginLoc(),
                     User->getSourceRange(),
                     "variable '" + Var->getNameAsString() +
                         "' is uninitialized when used within its own "
                         "initialization; initialize it from another value",
                     {},
                     Var});
  }

  /// Mirrors clang's DiagnoseUninitializedUse; returns false for a use that
  /// is not reported, so that the next one is considered.
  bool diagnose(const VarDecl *Var, const UninitUse &Use,
                std::vector<UninitFinding> &Found) {
    const Expr *User = Use.getUser();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(User)) {
      if (const Expr *Init = Var->getInit()) {
        // 'int x = x;' on purpose leaves x uninitialized.
        if (Ref == Init->IgnoreParenImpCasts())
          return false;
        if (contains(Init, Ref)) {
          reportSelfReference(Var, Ref, Found);
          return true;
        }
      }
    }
    bool ByBlock = isa<BlockExpr>(User);
    std::string Name = "variable '" + Var->getNameAsString() + "'";
    std::string Used = ByBlock ? "captured" : "used";
    const char *Advice =
        "; initialize it where it is declared or on every path to this use";
    UninitFinding F{User->getBeginLoc(), User->getSourceRange(), "", {}, Var};
    switch (Use.getKind()) {
    case UninitUse::Always:
      F.Message = Name + " is uninitialized when " +
                  (ByBlock ? "captured by block" : "used here") +
                  "; initialize it before this use";
      Found.push_back(std::move(F));
      return true;
    case UninitUse::AfterDecl:
    case UninitUse::AfterCall: {
      std::string When = "its declaration is reached";
      if (Use.getKind() == UninitUse::AfterCall) {
        const auto *Function =
            dyn_cast<NamedDecl>(Var->getLexicalDeclContext());
        When = Function ? "'" + Function->getNameAsString() + "' is called"
                        : "the function is called";
      }
      F.Message =
          Name + " is " + Used + " uninitialized whenever " + When + Advice;
      Found.push_back(std::move(F));
      return true;
    }
    case UninitUse::Maybe:
    case UninitUse::Sometimes:
      break;
    }

    std::string First;
    for (auto I = Use.branch_begin(), E = Use.branch_end(); I != E; ++I) {
      std::optional<std::pair<SourceLocation, std::string>> Branch =
          describeBranch(*I);
      if (!Branch)
        continue;
      if (First.empty())
        First = Branch->second;
      F.Notes.push_back(
          {Branch->first, "uninitialized whenever " + Branch->second});
    }
    if (!First.empty()) {
      F.Message =
          Name + " is " + Used + " uninitialized whenever " + First + Advice;
      Found.push_back(std::move(F));
      return true;
    }
    // Clang's -Wconditional-uninitialized, off by default there too.
    if (!ReportMaybe)
      return false;
    F.Notes.clear();
    F.Message = Name + " may be uninitialized when " +
                (ByBlock ? "captured by block" : "used here") + Advice;
    Found.push_back(std::move(F));
    return true;
  }

  /// The words clang uses for a branch after which the use is always
  /// uninitialized, and where the branch is.
  std::optional<std::pair<SourceLocation, std::string>>
  describeBranch(const UninitUse::Branch &B) const {
    const Stmt *Term = B.Terminator;
    bool Second = B.Output != 0;
    auto Condition = [&](llvm::StringRef Str) {
      return ("'" + Str + "' condition is " + (Second ? "false" : "true"))
          .str();
    };
    if (!Term)
      return std::nullopt;
    if (const auto *If = dyn_cast<IfStmt>(Term))
      return {{If->getCond()->getBeginLoc(), Condition("if")}};
    if (const auto *Cond = dyn_cast<ConditionalOperator>(Term))
      return {{Cond->getCond()->getBeginLoc(), Condition("?:")}};
    if (const auto *Op = dyn_cast<BinaryOperator>(Term)) {
      if (!Op->isLogicalOp())
        return std::nullopt;
      return {{Op->getLHS()->getBeginLoc(), Condition(Op->getOpcodeStr())}};
    }
    auto Loop = [&](llvm::StringRef Str, bool Do) {
      if (!Second)
        return ("'" + Str + "' loop " +
                (Do ? "condition is true" : "is entered"))
            .str();
      return ("'" + Str + "' loop exits because its condition is false").str();
    };
    if (const auto *While = dyn_cast<WhileStmt>(Term))
      return {{While->getCond()->getBeginLoc(), Loop("while", false)}};
    if (const auto *For = dyn_cast<ForStmt>(Term)) {
      if (!For->getCond())
        return std::nullopt;
      return {{For->getCond()->getBeginLoc(), Loop("for", false)}};
    }
    if (const auto *Range = dyn_cast<CXXForRangeStmt>(Term)) {
      // Clang cannot tell whether a range is ever empty.
      if (Second)
        return std::nullopt;
      return {{Range->getRangeInit()->getBeginLoc(), Loop("for", false)}};
    }
    if (const auto *Do = dyn_cast<DoStmt>(Term))
      return {{Do->getCond()->getBeginLoc(), Loop("do", true)}};
    if (const auto *Case = dyn_cast<CaseStmt>(Term))
      return {{Case->getLHS()->getBeginLoc(), "switch case is taken"}};
    if (const auto *Default = dyn_cast<DefaultStmt>(Term))
      return {{Default->getDefaultLoc(), "switch default is taken"}};
    return std::nullopt;
  }

  bool ReportMaybe;
  llvm::MapVector<const VarDecl *, Entry> Uses;
  llvm::MapVector<const VarDecl *, Entry> ConstRefUses;
};

} // namespace

std::string UninitializedLocalChecker::zeroInitializer(QualType Type) {
  const LangOptions &LO = context().langOptions();
  auto Defined = [&](llvm::StringRef Macro) {
    return PP && PP->isMacroDefined(Macro);
  };
  Type = Type.getCanonicalType();
  if (Type->isScalarType()) {
    if (Type->isEnumeralType())
      return {};
    if (Type->isRealFloatingType())
      return " = 0.0";
    if (Type->isBooleanType())
      return LO.CPlusPlus || Defined("false") ? " = false" : " = 0";
    if (Type->isPointerType() || Type->isMemberPointerType()) {
      if (LO.CPlusPlus11)
        return " = nullptr";
      if (Defined("NULL"))
        return " = NULL";
      return " = 0";
    }
    if (Type->isCharType())
      return " = '\\0'";
    return " = 0";
  }
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return {};
  if (LO.CPlusPlus11 && !Record->hasUserProvidedDefaultConstructor())
    return "{}";
  if (Record->isAggregate())
    return " = {}";
  return {};
}

void UninitializedLocalChecker::analyse(const FunctionDecl &Function) {
  if (llvm::none_of(Function.decls(), [](const Decl *D) {
        const auto *Var = dyn_cast<VarDecl>(D);
        return Var && startsUninitialized(*Var);
      }))
    return;

  // The CFG clang's Sema builds for -Wuninitialized: the analysis asks its
  // AnalysisDeclContext for a post-order view of that very CFG, so it cannot
  // run on the CFG the SDK shares.
  AnalysisDeclContext AC(/*Mgr=*/nullptr, &Function);
  CFG::BuildOptions &Options = AC.getCFGBuildOptions();
  Options.PruneTriviallyFalseEdges = true;
  Options.AddEHEdges = false;
  Options.AddInitializers = true;
  Options.AddImplicitDtors = true;
  Options.AddTemporaryDtors = true;
  Options.AddCXXNewAllocator = false;
  Options.AddCXXDefaultInitExprInCtors = true;
  Options.setAlwaysAdd(Stmt::BinaryOperatorClass)
      .setAlwaysAdd(Stmt::CompoundAssignOperatorClass)
      .setAlwaysAdd(Stmt::BlockExprClass)
      .setAlwaysAdd(Stmt::CStyleCastExprClass)
      .setAlwaysAdd(Stmt::DeclRefExprClass)
      .setAlwaysAdd(Stmt::ImplicitCastExprClass)
      .setAlwaysAdd(Stmt::UnaryOperatorClass);
  CFG *G = AC.getCFG();
  if (!G)
    return;

  Collector Uses(ReportMaybe);
  UninitVariablesAnalysisStats Stats = {};
  runUninitializedVariablesAnalysis(*cast<DeclContext>(&Function), *G, AC, Uses,
                                    Stats);
  const SourceManager &SM = context().sourceManager();
  for (const UninitFinding &F : Uses.flush(SM)) {
    FindingBuilder Finding = report(F.Loc, F.Message);
    Finding.range(F.Range);
    for (const auto &[Loc, Text] : F.Notes)
      Finding.note(Loc, Text);
    Finding.note(F.Var->getLocation(), "variable '" + F.Var->getNameAsString() +
                                           "' is declared here");
    std::string Init = zeroInitializer(F.Var->getType());
    if (!Init.empty() && !F.Var->getInit() && !F.Var->getEndLoc().isMacroID())
      Finding.fix("initialize '" + F.Var->getNameAsString() +
                      "' where it is declared",
                  {FixItHint::CreateInsertion(
                      Lexer::getLocForEndOfToken(F.Var->getEndLoc(), 0, SM,
                                                 context().langOptions()),
                      Init)});
  }
}

void UninitializedLocalChecker::checkPointerDeclaration(const VarDecl &Var) {
  std::string Name = Var.getNameAsString();
  if (Name.empty())
    return;
  const char *Null = context().langOptions().CPlusPlus11 ? "nullptr" : "NULL";
  FindingBuilder Finding =
      report(Var.getLocation(),
             "pointer '" + Name +
                 "' is declared without an initializer; initialize it to " +
                 Null + " or to the object it will point to");
  if (Var.getEndLoc().isMacroID())
    return;
  std::string Init = zeroInitializer(Var.getType());
  if (Init.empty())
    return;
  Finding.fix("initialize '" + Name + "' where it is declared",
              {FixItHint::CreateInsertion(
                  Lexer::getLocForEndOfToken(Var.getEndLoc(), 0,
                                             context().sourceManager(),
                                             context().langOptions()),
                  Init)});
}

} // namespace warden::checkers
