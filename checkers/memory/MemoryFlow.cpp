//===- MemoryFlow.cpp - Shared pieces of the memory checkers --------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "memory/MemoryFlow.h"
#include "warden/Checker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/BitVector.h"
#include <functional>

using namespace clang;

namespace warden::checkers::memory {

const Expr *entityReference(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParens();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return isa<VarDecl>(Ref->getDecl()) ? Ref : nullptr;
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    if (isa<FieldDecl>(Member->getMemberDecl()) &&
        isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
      return Member;
  return nullptr;
}

const ValueDecl *referencedEntity(const Expr *Reference) {
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Reference))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(Reference))
    return Member->getMemberDecl();
  return nullptr;
}

const ValueDecl *trackedEntity(const Expr *E, const FunctionDecl &Function) {
  if (!E)
    return nullptr;
  const Expr *Reference = entityReference(E->IgnoreParenCasts());
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Reference)) {
    const auto *Var = cast<VarDecl>(Ref->getDecl());
    // A variable of an enclosing function, seen from a lambda or a block,
    // lives on after the lambda's body: other code can change it.
    if (!Var->hasLocalStorage() || Var->getType()->isReferenceType() ||
        Ref->refersToEnclosingVariableOrCapture() ||
        Var->getDeclContext() != static_cast<const DeclContext *>(&Function))
      return nullptr;
    return Var;
  }
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(Reference))
    return isa<CXXMethodDecl>(Function) ? Member->getMemberDecl() : nullptr;
  return nullptr;
}

ReferenceUses::ReferenceUses(const CFG &G) {
  for (const CFGBlock *B : G) {
    for (const CFGElement &E : *B) {
      const Stmt *S = statementOf(E);
      if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(S)) {
        if (Cast->getCastKind() == CK_LValueToRValue)
          if (const Expr *Ref = entityReference(Cast->getSubExpr()))
            Loads.insert(Ref);
      } else if (const auto *Op = dyn_cast_or_null<BinaryOperator>(S)) {
        if (Op->getOpcode() == BO_Assign)
          if (const Expr *Ref = entityReference(Op->getLHS()))
            Stores.insert(Ref);
      }
    }
  }
}

llvm::StringRef allocationSpelling(HeapKind K) {
  switch (K) {
  case HeapKind::Malloc:
    return "malloc";
  case HeapKind::New:
    return "new";
  case HeapKind::NewArray:
    return "new[]";
  }
  llvm_unreachable("unknown heap kind");
}

llvm::StringRef releaseSpelling(HeapKind K) {
  switch (K) {
  case HeapKind::Malloc:
    return "free";
  case HeapKind::New:
    return "delete";
  case HeapKind::NewArray:
    return "delete[]";
  }
  llvm_unreachable("unknown heap kind");
}

const Expr *stripValue(const Expr *E) {
  while (true) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParenCasts();
    if (Next == E)
      return E;
    E = Next;
  }
}

std::optional<HeapKind>
allocationKind(const Expr *E, const llvm::StringSet<> &MallocFunctions) {
  if (!E)
    return std::nullopt;
  E = stripValue(E);
  if (const auto *New = dyn_cast<CXXNewExpr>(E)) {
    // new (buffer) T constructs in memory the program already owns.
    const FunctionDecl *Operator = New->getOperatorNew();
    if (New->getNumPlacementArgs() > 0 &&
        (!Operator || !Operator->isReplaceableGlobalAllocationFunction()))
      return std::nullopt;
    return New->isArray() ? HeapKind::NewArray : HeapKind::New;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      if (MallocFunctions.contains(libraryNameOf(*Callee)))
        return HeapKind::Malloc;
  return std::nullopt;
}

std::optional<Release> releaseOf(const Stmt *S,
                                 const llvm::StringSet<> &FreeFunctions) {
  if (const auto *Delete = dyn_cast_or_null<CXXDeleteExpr>(S)) {
    Release R;
    R.Pointer = Delete->getArgument();
    R.Kind = Delete->isArrayForm() ? HeapKind::NewArray : HeapKind::New;
    R.Name = releaseSpelling(R.Kind).str();
    R.Loc = Delete->getBeginLoc();
    return R;
  }
  const auto *Call = dyn_cast_or_null<CallExpr>(S);
  if (!Call || Call->getNumArgs() == 0 || isa<CXXMemberCallExpr>(Call))
    return std::nullopt;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return std::nullopt;
  llvm::StringRef Name = libraryNameOf(*Callee);
  if (Name.empty() || !FreeFunctions.contains(Name))
    return std::nullopt;
  Release R;
  R.Pointer = Call->getArg(0);
  R.Kind = HeapKind::Malloc;
  R.Name = Name.str();
  R.Loc = Call->getExprLoc();
  if (const auto *Ref =
          dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
    R.Loc = Ref->getLocation();
  return R;
}

const FunctionDecl *
functionAround(TranslationUnitContext &TU, const Stmt &S,
               TranslationUnitContext::LambdaBodies Lambdas) {
  const FunctionDecl *Function = TU.enclosingFunction(S, Lambdas);
  if (!Function || !Function->getBody())
    return nullptr;
  const SourceManager &SM = TU.sourceManager();
  SourceRange Body = Function->getBody()->getSourceRange();
  SourceLocation Begin = SM.getExpansionLoc(Body.getBegin());
  SourceLocation End = SM.getExpansionRange(Body.getEnd()).getEnd();
  return SM.isPointWithin(SM.getExpansionLoc(S.getBeginLoc()), Begin, End)
             ? Function
             : nullptr;
}

bool isEarlier(const Stmt *A, const Stmt *B, const SourceManager &SM) {
  SourceLocation LA = SM.getExpansionLoc(A->getBeginLoc());
  SourceLocation LB = SM.getExpansionLoc(B->getBeginLoc());
  if (LA != LB)
    return SM.isBeforeInTranslationUnit(LA, LB);
  // Two statements of one macro expansion.
  return std::less<const Stmt *>()(A, B);
}

bool reaches(const CFG &G, CFGPoint From, CFGPoint To) {
  if (From.Block == To.Block && To.Index > From.Index)
    return true;
  llvm::BitVector Seen(G.getNumBlockIDs());
  llvm::SmallVector<const CFGBlock *, 16> Work(From.Block->succ_begin(),
                                               From.Block->succ_end());
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (!B || Seen.test(B->getBlockID()))
      continue;
    if (B == To.Block)
      return true;
    Seen.set(B->getBlockID());
    Work.append(B->succ_begin(), B->succ_end());
  }
  return false;
}

BranchCorrelation::~BranchCorrelation() = default;

llvm::SmallPtrSet<const CFGBlock *, 8>
BranchCorrelation::dependencies(const CFGBlock *B) {
  if (!Dependencies)
    // The calculator only reads the CFG, but its interface is not const.
    Dependencies =
        std::make_unique<ControlDependencyCalculator>(const_cast<CFG *>(&G));
  llvm::SmallPtrSet<const CFGBlock *, 8> All;
  llvm::SmallVector<const CFGBlock *, 8> Work = {B};
  while (!Work.empty()) {
    const CFGBlock *Next = Work.pop_back_val();
    for (const CFGBlock *D :
         Dependencies->getControlDependencies(const_cast<CFGBlock *>(Next)))
      if (All.insert(D).second)
        Work.push_back(D);
  }
  return All;
}

/// The variables and members a condition reads.
static void collectReads(const Stmt *S,
                         llvm::SmallPtrSetImpl<const ValueDecl *> &Reads) {
  if (!S)
    return;
  // Variables and data members; not the functions a condition calls.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
    if (isa<VarDecl>(Ref->getDecl()))
      Reads.insert(Ref->getDecl());
  } else if (const auto *Member = dyn_cast<MemberExpr>(S)) {
    if (isa<FieldDecl>(Member->getMemberDecl()))
      Reads.insert(Member->getMemberDecl());
  }
  for (const Stmt *Child : S->children())
    collectReads(Child, Reads);
}

bool BranchCorrelation::testSameVariable(const CFGBlock *A, const CFGBlock *B,
                                         const ValueDecl *Ignore) {
  if (A == B)
    return false;
  llvm::SmallPtrSet<const CFGBlock *, 8> OfA = dependencies(A);
  llvm::SmallPtrSet<const CFGBlock *, 8> OfB = dependencies(B);
  auto Reads = [&](const llvm::SmallPtrSet<const CFGBlock *, 8> &Own,
                   const llvm::SmallPtrSet<const CFGBlock *, 8> &Other) {
    llvm::SmallPtrSet<const ValueDecl *, 8> Result;
    for (const CFGBlock *Branch : Own)
      if (!Other.contains(Branch))
        collectReads(Branch->getTerminatorCondition(), Result);
    Result.erase(Ignore);
    return Result;
  };
  llvm::SmallPtrSet<const ValueDecl *, 8> ReadsA = Reads(OfA, OfB);
  if (ReadsA.empty())
    return false;
  for (const ValueDecl *V : Reads(OfB, OfA))
    if (ReadsA.contains(V))
      return true;
  return false;
}

llvm::StringSet<> toSet(const std::vector<std::string> &Names) {
  llvm::StringSet<> Set;
  for (const std::string &Name : Names)
    Set.insert(Name);
  return Set;
}

} // namespace warden::checkers::memory
