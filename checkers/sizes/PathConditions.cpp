//===- PathConditions.cpp - Branch conditions that dominate a statement ---===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "sizes/PathConditions.h"
#include "warden/Checker.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/FoldingSet.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace warden::checkers {

/// Strips what does not change which value an expression denotes.
static const Expr *core(const Expr *E) {
  while (true) {
    const Expr *Next = E->IgnoreParenCasts();
    if (const auto *Full = dyn_cast<FullExpr>(Next))
      Next = Full->getSubExpr();
    else if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = Temp->getSubExpr();
    if (Next == E)
      return E;
    E = Next;
  }
}

bool sameValue(const Expr *A, const Expr *B, const ASTContext &Context) {
  A = core(A);
  B = core(B);
  if (A == B)
    return true;
  if (A->getStmtClass() != B->getStmtClass())
    return false;
  llvm::FoldingSetNodeID IdA, IdB;
  A->Profile(IdA, Context, /*Canonical=*/true);
  B->Profile(IdB, Context, /*Canonical=*/true);
  return IdA == IdB;
}

bool isOverflowBuiltin(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return false;
  llvm::StringRef Name = Callee->getName();
  return (Name.starts_with("__builtin_") && Name.ends_with("_overflow")) ||
         Name == "ckd_add" || Name == "ckd_sub" || Name == "ckd_mul";
}

/// Adds what Cond being Truth tells.
static void addFacts(const Expr *Cond, bool Truth, Conditions &Out) {
  Cond = core(Cond);
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond);
      Not && Not->getOpcode() == UO_LNot)
    return addFacts(Not->getSubExpr(), !Truth, Out);
  const auto *BO = dyn_cast<BinaryOperator>(Cond);
  if (!BO)
    return;
  BinaryOperatorKind Op = BO->getOpcode();
  // 'n & MASK' false: the bits of MASK are clear in n.
  if (Op == BO_And && !Truth) {
    Out.ClearBits.push_back({BO->getLHS(), BO->getRHS()});
    Out.ClearBits.push_back({BO->getRHS(), BO->getLHS()});
    return;
  }
  // '(n & MASK) == 0' true, '(n & MASK) != 0' false.
  if ((Op == BO_EQ && Truth) || (Op == BO_NE && !Truth)) {
    const auto *Masked = dyn_cast<BinaryOperator>(core(BO->getLHS()));
    const Expr *Zero = BO->getRHS();
    if (!Masked || Masked->getOpcode() != BO_And) {
      Masked = dyn_cast<BinaryOperator>(core(BO->getRHS()));
      Zero = BO->getLHS();
    }
    const auto *Literal = dyn_cast<IntegerLiteral>(core(Zero));
    if (Masked && Masked->getOpcode() == BO_And && Literal &&
        Literal->getValue().isZero()) {
      Out.ClearBits.push_back({Masked->getLHS(), Masked->getRHS()});
      Out.ClearBits.push_back({Masked->getRHS(), Masked->getLHS()});
    }
  }
  // A logical operator inside a negation or a parenthesised operand: both
  // sides hold when a conjunction is true, or a disjunction false.
  if ((Op == BO_LAnd && Truth) || (Op == BO_LOr && !Truth)) {
    addFacts(BO->getLHS(), Truth, Out);
    addFacts(BO->getRHS(), Truth, Out);
    return;
  }
  if (!BO->isComparisonOp())
    return;
  if (!Truth)
    Op = BinaryOperator::negateComparisonOp(Op);
  const Expr *L = BO->getLHS(), *R = BO->getRHS();
  if (!L->getType()->isIntegralOrEnumerationType() ||
      !R->getType()->isIntegralOrEnumerationType())
    return;
  // After the usual arithmetic conversions both sides have the type the
  // comparison is made in.
  bool Unsigned = L->getType()->isUnsignedIntegerOrEnumerationType();
  switch (Op) {
  case BO_LT:
    Out.Orderings.push_back({L, R, true, Unsigned});
    break;
  case BO_LE:
    Out.Orderings.push_back({L, R, false, Unsigned});
    break;
  case BO_GT:
    Out.Orderings.push_back({R, L, true, Unsigned});
    break;
  case BO_GE:
    Out.Orderings.push_back({R, L, false, Unsigned});
    break;
  case BO_EQ:
    Out.Orderings.push_back({L, R, false, Unsigned});
    Out.Orderings.push_back({R, L, false, Unsigned});
    break;
  case BO_NE:
    Out.Unequal.push_back({L, R});
    break;
  default:
    break;
  }
}

/// The whole condition of a branch: for a '&&' or '||' terminator, the
/// operator.
static const Expr *wholeCondition(const CFGBlock &Block) {
  if (Block.succ_size() != 2 || !Block.getTerminator().isStmtBranch())
    return nullptr;
  const auto *Whole =
      dyn_cast_or_null<BinaryOperator>(Block.getTerminatorStmt());
  if (Whole && Whole->isLogicalOp())
    return Whole;
  return dyn_cast_or_null<Expr>(Block.getTerminatorCondition());
}

/// The part of a terminator's condition that the block itself evaluates: for
/// 'if (a && b)' the last block evaluates 'b', the earlier blocks 'a'.
static const Expr *decidingCondition(const CFGBlock &Block) {
  if (Block.succ_size() != 2 || !Block.getTerminator().isStmtBranch())
    return nullptr;
  const auto *Cond = dyn_cast_or_null<Expr>(
      Block.getTerminatorCondition(/*StripParens=*/true));
  while (Cond) {
    const auto *BO = dyn_cast<BinaryOperator>(Cond->IgnoreParens());
    if (!BO || !BO->isLogicalOp())
      break;
    Cond = BO->getRHS();
  }
  return Cond;
}

FunctionConditions::FunctionConditions(const CFG &Cfg) {
  // The dominator tree only reads the graph.
  DomTree.buildDominatorTree(const_cast<CFG *>(&Cfg));
  for (const CFGBlock *Block : Cfg)
    for (const CFGElement &E : *Block)
      if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
        BlockOf.try_emplace(S->getStmt(), Block);
}

FunctionConditions::~FunctionConditions() = default;

const CFGBlock *FunctionConditions::blockOf(const Stmt *S) const {
  if (!S)
    return nullptr;
  if (const CFGBlock *B = BlockOf.lookup(S))
    return B;
  if (const auto *E = dyn_cast<Expr>(S))
    return BlockOf.lookup(E->IgnoreParens());
  return nullptr;
}

const Conditions &FunctionConditions::at(const Stmt *S, const Stmt *Fallback) {
  const CFGBlock *Block = blockOf(S);
  if (!Block)
    Block = blockOf(Fallback);
  if (!Block)
    return Nothing;
  std::unique_ptr<Conditions> &Slot = ByBlock[Block];
  if (!Slot) {
    Slot = std::make_unique<Conditions>();
    collect(Block, *Slot);
  }
  return *Slot;
}

void FunctionConditions::collect(const CFGBlock *Target, Conditions &Out) {
  auto &Base = DomTree.getBase();
  auto *Node = Base.getNode(const_cast<CFGBlock *>(Target));
  if (!Node)
    return; // Unreachable: nothing is known, and nothing matters.
  for (auto *Dom = Node->getIDom(); Dom; Dom = Dom->getIDom()) {
    const CFGBlock *Branch = Dom->getBlock();
    if (!Branch)
      continue;
    const Expr *Cond = decidingCondition(*Branch);
    if (!Cond)
      continue;
    if (const Expr *Whole = wholeCondition(*Branch))
      Out.Tested.push_back(Whole);
    const CFGBlock *True = Branch->succ_begin()[0].getReachableBlock();
    const CFGBlock *False = Branch->succ_begin()[1].getReachableBlock();
    if (True == False)
      continue;
    // The edge Branch -> Succ dominates Target when Succ dominates it and
    // every other way into Succ comes back from inside Succ's region (a
    // loop's back edge).
    auto EdgeDominates = [&](const CFGBlock *Succ) {
      if (!Succ || !DomTree.dominates(Succ, Target))
        return false;
      for (const CFGBlock::AdjacentBlock &Pred : Succ->preds()) {
        const CFGBlock *P = Pred.getReachableBlock();
        if (P && P != Branch && !DomTree.dominates(Succ, P))
          return false;
      }
      return true;
    };
    if (EdgeDominates(True))
      addFacts(Cond, true, Out);
    else if (EdgeDominates(False))
      addFacts(Cond, false, Out);
  }
}

bool FunctionConditions::anyConditionBefore(
    const Stmt *S, const Stmt *Fallback,
    llvm::function_ref<bool(const Expr *)> Pred) {
  const CFGBlock *Target = blockOf(S);
  if (!Target)
    Target = blockOf(Fallback);
  if (!Target)
    return false;
  llvm::SmallPtrSet<const CFGBlock *, 32> Seen;
  llvm::SmallVector<const CFGBlock *, 32> Work{Target};
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    for (const CFGBlock::AdjacentBlock &Edge : B->preds()) {
      const CFGBlock *P = Edge.getReachableBlock();
      if (!P || !Seen.insert(P).second)
        continue;
      if (const Expr *Whole = wholeCondition(*P); Whole && Pred(Whole))
        return true;
      Work.push_back(P);
    }
  }
  return false;
}

ConditionCache::~ConditionCache() = default;

FunctionConditions *ConditionCache::forFunction(const FunctionDecl &Function) {
  const FunctionDecl *Definition = Function.getDefinition();
  if (!Definition)
    return nullptr;
  auto [It, Inserted] = Functions.try_emplace(Definition);
  if (Inserted)
    if (const CFG *Cfg = TU.cfg(*Definition))
      It->second = std::make_unique<FunctionConditions>(*Cfg);
  return It->second.get();
}

FunctionConditions *ConditionCache::forStatement(const Stmt &S) {
  const FunctionDecl *Function = TU.enclosingFunction(S);
  return Function ? forFunction(*Function) : nullptr;
}

} // namespace warden::checkers
