//===- ReallocLeakChecker.cpp - p = realloc(p, n) -------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "errors/ReallocLeakChecker.h"
#include "errors/Helpers.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/Stmt.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> ReallocLeakChecker::optionSpecs() {
  return {
      OptionSpec::list("functions",
                       "Reallocation functions that return null and keep "
                       "the old block on failure, by their C name; their "
                       "first argument is the block",
                       {"realloc", "reallocarray"})
          .validate(validators::nonEmpty()),
  };
}

ReallocLeakChecker::ReallocLeakChecker(const RuleBinding &Binding,
                                       TranslationUnitContext &TU)
    : Checker(Binding, TU), FunctionList(options().getList("functions")),
      Functions(toStringSet(FunctionList)) {}

const BinaryOperator *
ReallocLeakChecker::selfReallocation(const Expr *E, ASTContext &Context) const {
  const auto *Assign = dyn_cast_or_null<BinaryOperator>(stripCasts(E));
  if (!Assign || Assign->getOpcode() != BO_Assign)
    return nullptr;
  const auto *Call = dyn_cast<CallExpr>(stripCasts(Assign->getRHS()));
  if (!Call || Call->getNumArgs() < 1)
    return nullptr;
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD || !Functions.contains(libraryNameOf(*FD)))
    return nullptr;
  if (!isSameLvalue(Assign->getLHS(), Call->getArg(0), Context))
    return nullptr;
  return Assign;
}

/// True when Guard, the statement right after a reallocation of Target (or
/// the if statement whose condition performs it), tests Target for null and
/// ends the program on one branch: if (!p) abort(); or assert(p).
static bool isTerminatingGuard(const Stmt *Guard, const Expr *Target,
                               const BinaryOperator *Assign,
                               ASTContext &Context) {
  auto TestsTarget = [&](const Expr *Cond) {
    bool Found = false;
    forEachNullTested(Cond, Context, [&](const Expr *Tested) {
      if (Tested == Assign || isSameLvalue(Tested, Target, Context))
        Found = true;
    });
    return Found;
  };
  if (const auto *If = dyn_cast_or_null<IfStmt>(Guard))
    return TestsTarget(If->getCond()) && (endsInNoReturnCall(If->getThen()) ||
                                          endsInNoReturnCall(If->getElse()));
  const auto *E = dyn_cast_or_null<Expr>(Guard);
  if (!E)
    return false;
  E = stripCasts(E);
  // glibc's assert in C: ((void) sizeof ((expr) ? 1 : 0), __extension__ ({
  // if (expr) ; else __assert_fail (...); }))
  if (const auto *Comma = dyn_cast<BinaryOperator>(E);
      Comma && Comma->getOpcode() == BO_Comma)
    return isTerminatingGuard(Comma->getRHS(), Target, Assign, Context);
  if (const auto *Extension = dyn_cast<UnaryOperator>(E);
      Extension && Extension->getOpcode() == UO_Extension)
    return isTerminatingGuard(Extension->getSubExpr(), Target, Assign, Context);
  if (const auto *SE = dyn_cast<StmtExpr>(E))
    return llvm::any_of(SE->getSubStmt()->body(), [&](const Stmt *S) {
      return isTerminatingGuard(S, Target, Assign, Context);
    });
  // glibc's assert in C++, and other assert macros: (expr) ? (void)0 :
  // __assert_fail (...)
  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return TestsTarget(CO->getCond()) && (isNoReturnCall(CO->getTrueExpr()) ||
                                          isNoReturnCall(CO->getFalseExpr()));
  return false;
}

bool ReallocLeakChecker::recordTerminatingGuards(const Stmt &S,
                                                 ASTContext &Context) {
  bool Found = false;
  if (const auto *If = dyn_cast<IfStmt>(&S)) {
    // if ((p = realloc(p, n)) == NULL) abort();
    forEachNullTested(If->getCond(), Context, [&](const Expr *Tested) {
      if (const BinaryOperator *Assign = selfReallocation(Tested, Context))
        if (isTerminatingGuard(If, Assign->getLHS(), Assign, Context)) {
          Terminating.insert(Assign);
          Found = true;
        }
    });
    return Found;
  }
  const auto *Block = dyn_cast<CompoundStmt>(&S);
  if (!Block)
    return false;
  // p = realloc(p, n); if (!p) abort();
  const Stmt *Previous = nullptr;
  for (const Stmt *Child : Block->body()) {
    if (const BinaryOperator *Assign =
            selfReallocation(dyn_cast_or_null<Expr>(Previous), Context))
      if (isTerminatingGuard(Child, Assign->getLHS(), nullptr, Context)) {
        Terminating.insert(Assign);
        Found = true;
      }
    Previous = Child;
  }
  return Found;
}

namespace {
/// Blocks and if statements that guard a self-reallocation with a test that
/// ends the program. Recording happens in the matcher: the guard is visited
/// before the assignment inside it.
AST_MATCHER_P(Stmt, recordsTerminatingGuards, ReallocLeakChecker *, Checker) {
  if (!isa<CompoundStmt, IfStmt>(Node))
    return false;
  Checker->recordTerminatingGuards(Node, Finder->getASTContext());
  return false;
}

/// Finds 'q = p' or 'T *q = p' before a location: the old block is still
/// reachable through 'q' when the reallocation fails.
class CopyFinder : public RecursiveASTVisitor<CopyFinder> {
public:
  CopyFinder(const VarDecl *Var, SourceLocation Before, const SourceManager &SM)
      : Var(Var), Before(Before), SM(SM) {}

  bool VisitVarDecl(VarDecl *D) {
    if (D != Var && D->hasInit())
      note(D->getInit());
    return !Found;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      note(BO->getRHS());
    return !Found;
  }

  bool Found = false;

private:
  void note(const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(stripCasts(E));
    if (Ref && Ref->getDecl()->getCanonicalDecl() == Var &&
        SM.isBeforeInTranslationUnit(Ref->getBeginLoc(), Before))
      Found = true;
  }
  const VarDecl *Var;
  SourceLocation Before;
  const SourceManager &SM;
};
} // namespace

void ReallocLeakChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(stmt(recordsTerminatingGuards(this)), this);
  Finder->addMatcher(
      binaryOperator(
          hasOperatorName("="),
          hasRHS(ignoringParenCasts(
              callExpr(callee(functionDecl(libraryFunction(FunctionList))))
                  .bind("call"))))
          .bind("assign"),
      this);
}

void ReallocLeakChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Assign = R.Nodes.getNodeAs<BinaryOperator>("assign");
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
  ASTContext &Context = *R.Context;
  if (selfReallocation(Assign, Context) != Assign ||
      Terminating.contains(Assign))
    return;
  const SourceManager &SM = *R.SourceManager;

  // The old value was copied to another variable first: it may be freed
  // through the copy (clang-tidy's bugprone-suspicious-realloc-usage does
  // the same).
  if (const auto *Ref = dyn_cast<DeclRefExpr>(stripCasts(Assign->getLHS())))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (const auto *Owner =
              dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
          Owner && Owner->hasBody()) {
        CopyFinder Finder(Var->getCanonicalDecl(), Call->getBeginLoc(), SM);
        Finder.TraverseStmt(Owner->getBody());
        if (Finder.Found)
          return;
      }

  llvm::StringRef Target = Lexer::getSourceText(
      CharSourceRange::getTokenRange(Assign->getLHS()->getSourceRange()), SM,
      Context.getLangOpts());
  if (Target.empty() || Target.size() > 40 || Target.contains('\n'))
    Target = "the pointer";
  std::string Quoted =
      Target == "the pointer" ? Target.str() : "'" + Target.str() + "'";
  std::string Name = libraryNameOf(*Call->getDirectCallee()).str();
  SourceLocation Loc = Call->getExprLoc();
  if (const auto *Ref =
          dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
    Loc = Ref->getLocation();
  report(Loc, "if '" + Name + "' fails, " + Quoted +
                  " is set to null and the block it pointed to leaks; "
                  "assign the result to a temporary and replace " +
                  Quoted + " only after checking it");
}

} // namespace warden::checkers
