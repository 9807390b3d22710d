//===- Helpers.cpp - Helpers of the error-handling checkers ---------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "errors/Helpers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"

using namespace clang;

namespace warden::checkers {

llvm::StringSet<> toStringSet(const StringList &Names) {
  llvm::StringSet<> Set;
  for (const std::string &Name : Names)
    Set.insert(Name);
  return Set;
}

const Expr *stripCasts(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr();
    else if (const auto *Constant = dyn_cast<ConstantExpr>(E))
      E = Constant->getSubExpr();
    else if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temporary->getSubExpr();
    else
      return E;
  }
  return E;
}

static bool isNullConstant(const Expr *E, ASTContext &Context) {
  return E->isNullPointerConstant(Context, Expr::NPC_ValueDependentIsNotNull) !=
         Expr::NPCK_NotNull;
}

void forEachNullTested(const Expr *Cond, ASTContext &Context,
                       llvm::function_ref<void(const Expr *)> F) {
  if (!Cond)
    return;
  // A null constant is never the tested operand, but stripCasts would turn
  // '(void *)0' into '0' and 'NULL' into '__null' first: test it before.
  if (isNullConstant(Cond, Context))
    return;
  const Expr *E = stripCasts(Cond);
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_LNot) {
      forEachNullTested(UO->getSubExpr(), Context, F);
      return;
    }
  } else if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    switch (BO->getOpcode()) {
    case BO_LAnd:
    case BO_LOr:
      forEachNullTested(BO->getLHS(), Context, F);
      forEachNullTested(BO->getRHS(), Context, F);
      return;
    case BO_Comma:
      forEachNullTested(BO->getRHS(), Context, F);
      return;
    case BO_EQ:
    case BO_NE:
      if (isNullConstant(BO->getRHS(), Context))
        forEachNullTested(BO->getLHS(), Context, F);
      else if (isNullConstant(BO->getLHS(), Context))
        forEachNullTested(BO->getRHS(), Context, F);
      return;
    case BO_Assign:
      break;
    default:
      return;
    }
  }
  // Only pointers are null-tested; a class with an overloaded '==' or
  // 'operator bool' is not.
  if (E->getType()->isPointerType())
    F(E);
}

bool isSameLvalue(const Expr *A, const Expr *B, ASTContext &Context) {
  A = stripCasts(A);
  B = stripCasts(B);
  if (!A || !B || A->getStmtClass() != B->getStmtClass())
    return false;
  if (A->HasSideEffects(Context) || B->HasSideEffects(Context))
    return false;
  if (const auto *RA = dyn_cast<DeclRefExpr>(A)) {
    const auto *RB = cast<DeclRefExpr>(B);
    const Decl *D = RA->getDecl()->getCanonicalDecl();
    return isa<VarDecl, FieldDecl>(D) && D == RB->getDecl()->getCanonicalDecl();
  }
  if (const auto *MA = dyn_cast<MemberExpr>(A)) {
    const auto *MB = cast<MemberExpr>(B);
    return MA->getMemberDecl()->getCanonicalDecl() ==
               MB->getMemberDecl()->getCanonicalDecl() &&
           MA->isArrow() == MB->isArrow() &&
           isSameLvalue(MA->getBase(), MB->getBase(), Context);
  }
  if (isa<CXXThisExpr>(A))
    return true;
  if (const auto *SA = dyn_cast<ArraySubscriptExpr>(A)) {
    const auto *SB = cast<ArraySubscriptExpr>(B);
    if (!isSameLvalue(SA->getBase(), SB->getBase(), Context))
      return false;
    Expr::EvalResult IA, IB;
    if (SA->getIdx()->EvaluateAsInt(IA, Context) &&
        SB->getIdx()->EvaluateAsInt(IB, Context))
      return llvm::APSInt::isSameValue(IA.Val.getInt(), IB.Val.getInt());
    return isSameLvalue(SA->getIdx(), SB->getIdx(), Context);
  }
  if (const auto *UA = dyn_cast<UnaryOperator>(A)) {
    const auto *UB = cast<UnaryOperator>(B);
    return UA->getOpcode() == UO_Deref && UB->getOpcode() == UO_Deref &&
           isSameLvalue(UA->getSubExpr(), UB->getSubExpr(), Context);
  }
  return false;
}

bool isNoReturnCall(const Expr *E) {
  if (!E)
    return false;
  E = stripCasts(E);
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    if (const FunctionDecl *FD = Call->getDirectCallee())
      return FD->isNoReturn();
    // A call through a pointer to a noreturn function type.
    if (const auto *FT = Call->getCallee()
                             ->getType()
                             ->getPointeeOrArrayElementType()
                             ->getAs<FunctionType>())
      return FT->getNoReturnAttr();
  }
  return false;
}

bool endsInNoReturnCall(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *E = dyn_cast<Expr>(S))
    return isNoReturnCall(E);
  if (const auto *Block = dyn_cast<CompoundStmt>(S))
    return llvm::any_of(Block->body(), endsInNoReturnCall);
  return false;
}

} // namespace warden::checkers
