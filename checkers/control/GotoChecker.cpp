//===- GotoChecker.cpp - goto statements ----------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "control/GotoChecker.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> GotoChecker::optionSpecs() {
  return {
      OptionSpec::flag(
          "allowForwardToCleanup",
          "Accept a goto that jumps forward to a label in its own block or "
          "an enclosing block of the same function (MISRA C 15.2 and 15.3), "
          "the shape of the cleanup chains CERT MEM12-C recommends; "
          "backward jumps, jumps into a nested block and computed gotos are "
          "flagged either way",
          true),
  };
}

GotoChecker::GotoChecker(const RuleBinding &Binding,
                         TranslationUnitContext &TU)
    : Checker(Binding, TU),
      AllowForward(options().getBool("allowForwardToCleanup")) {}

/// clang has no matcher for 'goto *p'.
static const internal::VariadicDynCastAllOfMatcher<Stmt, IndirectGotoStmt>
    indirectGotoStmt;

void GotoChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(gotoStmt().bind("goto"), this);
  Finder->addMatcher(indirectGotoStmt().bind("computed"), this);
}

namespace {
/// Records the blocks around labels and gotos: compound statements, and the
/// unbraced bodies of if, loops and switch, which are blocks too (C11
/// 6.8p3, "secondary blocks").
class BlockWalker {
public:
  void walk(const Stmt *S) {
    if (!S)
      return;
    // The bodies of lambdas and blocks are other functions.
    if (isa<LambdaExpr, BlockExpr>(S))
      return;
    bool IsBlock = isa<CompoundStmt>(S) || SecondaryBlocks.contains(S);
    if (IsBlock)
      Chain.push_back(S);
    if (const auto *L = dyn_cast<LabelStmt>(S))
      if (!Chain.empty())
        Result.OfLabel[L] = Chain.back();
    if (const auto *G = dyn_cast<GotoStmt>(S))
      Result.AroundGoto[G].assign(Chain.begin(), Chain.end());
    for (const Stmt *Body : bodiesOf(S))
      if (Body && !isa<CompoundStmt>(Body))
        SecondaryBlocks.insert(Body);
    for (const Stmt *Child : S->children())
      walk(Child);
    if (IsBlock)
      Chain.pop_back();
  }

  struct Output {
    llvm::DenseMap<const LabelStmt *, const Stmt *> OfLabel;
    llvm::DenseMap<const GotoStmt *, llvm::SmallVector<const Stmt *, 4>>
        AroundGoto;
  } Result;

private:
  static llvm::SmallVector<const Stmt *, 2> bodiesOf(const Stmt *S) {
    if (const auto *If = dyn_cast<IfStmt>(S))
      return {If->getThen(), If->getElse()};
    if (const auto *W = dyn_cast<WhileStmt>(S))
      return {W->getBody()};
    if (const auto *D = dyn_cast<DoStmt>(S))
      return {D->getBody()};
    if (const auto *F = dyn_cast<ForStmt>(S))
      return {F->getBody()};
    if (const auto *F = dyn_cast<CXXForRangeStmt>(S))
      return {F->getBody()};
    if (const auto *Sw = dyn_cast<SwitchStmt>(S))
      return {Sw->getBody()};
    return {};
  }

  llvm::SmallVector<const Stmt *, 8> Chain;
  llvm::SmallPtrSet<const Stmt *, 8> SecondaryBlocks;
};
} // namespace

const GotoChecker::Blocks &GotoChecker::blocksOf(const FunctionDecl &F) {
  std::unique_ptr<Blocks> &Slot = Analysed[&F];
  if (!Slot) {
    BlockWalker W;
    W.walk(F.getBody());
    Slot = std::make_unique<Blocks>();
    Slot->OfLabel = std::move(W.Result.OfLabel);
    Slot->AroundGoto = std::move(W.Result.AroundGoto);
  }
  return *Slot;
}

void GotoChecker::check(const MatchFinder::MatchResult &R) {
  const SourceManager &SM = *R.SourceManager;
  if (const auto *G = R.Nodes.getNodeAs<IndirectGotoStmt>("computed")) {
    if (SM.isInSystemHeader(SM.getSpellingLoc(G->getGotoLoc())))
      return;
    report(G->getGotoLoc(),
           "computed 'goto' jumps to an address known only at run time; use "
           "a 'switch' or a table of functions")
        .range(G->getSourceRange());
    return;
  }
  checkGoto(*R.Nodes.getNodeAs<GotoStmt>("goto"), R);
}

void GotoChecker::checkGoto(const GotoStmt &G,
                            const MatchFinder::MatchResult &R) {
  const SourceManager &SM = *R.SourceManager;
  SourceLocation Loc = G.getGotoLoc();
  if (SM.isInSystemHeader(SM.getSpellingLoc(Loc)))
    return;
  const LabelDecl *Label = G.getLabel();
  const LabelStmt *Target = Label ? Label->getStmt() : nullptr;
  std::string Name = Label ? Label->getNameAsString() : std::string();
  std::string Goto = "'goto " + Name + "'";
  if (!AllowForward || !Target) {
    report(Loc, Goto + " transfers control without structure; use a loop, "
                       "'break', 'continue' or an early return instead")
        .range(G.getSourceRange());
    return;
  }

  SourceLocation LabelLoc = Target->getIdentLoc();
  if (!SM.isBeforeInTranslationUnit(SM.getExpansionLoc(Loc),
                                    SM.getExpansionLoc(LabelLoc))) {
    report(Loc, Goto + " jumps backward to label '" + Name +
                    "'; write the repetition as a loop")
        .range(G.getSourceRange())
        .note(LabelLoc, "label '" + Name + "' is here");
    return;
  }

  const FunctionDecl *F = context().enclosingDefinition(G);
  if (!F || !F->getBody())
    return;
  const Blocks &B = blocksOf(*F);
  auto LabelBlock = B.OfLabel.find(Target);
  auto Around = B.AroundGoto.find(&G);
  // Not found: the goto is not in the function we think (a macro that
  // defines several functions on one line); stay silent.
  if (LabelBlock == B.OfLabel.end() || Around == B.AroundGoto.end())
    return;
  if (llvm::is_contained(Around->second, LabelBlock->second))
    return;
  report(Loc, Goto + " jumps into a nested block; jump only forward to a "
                     "label in the same or an enclosing block")
      .range(G.getSourceRange())
      .note(LabelLoc, "label '" + Name + "' is here");
}

} // namespace warden::checkers
