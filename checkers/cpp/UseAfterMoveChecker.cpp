//===- UseAfterMoveChecker.cpp - Objects used after std::move -------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cpp/UseAfterMoveChecker.h"
#include "cpp/CppSupport.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

UseAfterMoveChecker::UseAfterMoveChecker(const RuleBinding &Binding,
                                         TranslationUnitContext &TU)
    : Checker(Binding, TU) {}

bool UseAfterMoveChecker::isLanguageVersionSupported(
    const LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus;
}

void UseAfterMoveChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(callExpr(argumentCountIs(1),
                              callee(functionDecl(
                                  hasAnyName("::std::move", "::std::forward"))))
                         .bind("move"),
                     this);
}

namespace {

/// std::move(x), or std::forward<T>(x) with a T that makes it a move.
bool isMove(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  return Callee && Call.getNumArgs() == 1 && Call.isXValue() &&
         (cpp::isStdName(Callee, "move") || cpp::isStdName(Callee, "forward"));
}

/// A variable the analysis of Function can follow: a local or parameter of
/// it that a move changes (moving a const object or a scalar copies it).
bool isTrackable(const VarDecl &V, const FunctionDecl &Function) {
  if (V.hasGlobalStorage() || V.getDeclContext() != &Function)
    return false;
  QualType T = V.getType().getNonReferenceType();
  return !T.isConstQualified() && !T->isScalarType() && !T->isDependentType();
}

const VarDecl *movedVariable(const CallExpr &Call,
                             const FunctionDecl &Function) {
  if (!isMove(Call))
    return nullptr;
  const auto *Ref =
      dyn_cast<DeclRefExpr>(Call.getArg(0)->IgnoreParenImpCasts());
  const auto *V = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return V && isTrackable(*V, Function) ? V : nullptr;
}

const CXXRecordDecl *classOf(QualType T) {
  return T.getNonReferenceType()->getAsCXXRecordDecl();
}

bool isStdClass(const CXXRecordDecl *Class,
                std::initializer_list<llvm::StringRef> Names) {
  if (!Class)
    return false;
  for (llvm::StringRef Name : Names)
    if (cpp::isStdName(Class, Name))
      return true;
  return false;
}

/// Moved-from standard smart pointers are null, which is well defined.
bool isStdSmartPointer(QualType T) {
  return isStdClass(classOf(T), {"unique_ptr", "shared_ptr", "weak_ptr"});
}

bool isStdContainer(QualType T) {
  return isStdClass(classOf(T),
                    {"basic_string", "vector", "deque", "forward_list", "list",
                     "set", "map", "multiset", "multimap", "unordered_set",
                     "unordered_map", "unordered_multiset",
                     "unordered_multimap"});
}

/// A member call that gives the object a known state again.
bool isReinitialisingMethod(const CXXMethodDecl &Method, QualType Object) {
  if (Method.hasAttr<ReinitializesAttr>())
    return true;
  if (!Method.getIdentifier())
    return false;
  llvm::StringRef Name = Method.getName();
  if (isStdContainer(Object))
    return Name == "clear" || Name == "assign";
  if (isStdSmartPointer(Object))
    return Name == "reset";
  return false;
}

/// The parameter type a call passes its argument I to, when known.
QualType parameterType(const CallExpr &Call, unsigned I) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee)
    return {};
  // A member operator's object is its first argument, not a parameter.
  if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee)) {
    if (I == 0)
      return {};
    --I;
  }
  if (I >= Callee->getNumParams())
    return {};
  return Callee->getParamDecl(I)->getType();
}

/// Passing x by non-const lvalue reference, or &x by pointer to non-const,
/// lets the callee give it a new value.
bool reinitialisesArgument(const CallExpr &Call, unsigned I, const VarDecl &V) {
  QualType Param = parameterType(Call, I);
  if (Param.isNull())
    return false;
  const Expr *Arg = Call.getArg(I)->IgnoreParenImpCasts();
  if (const auto *AddrOf = dyn_cast<UnaryOperator>(Arg)) {
    const auto *Ref =
        dyn_cast<DeclRefExpr>(AddrOf->getSubExpr()->IgnoreParenImpCasts());
    return AddrOf->getOpcode() == UO_AddrOf && Ref && Ref->getDecl() == &V &&
           Param->isPointerType() &&
           !Param->getPointeeType().isConstQualified();
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
  return Ref && Ref->getDecl() == &V && Param->isLValueReferenceType() &&
         !Param.getNonReferenceType().isConstQualified();
}

const VarDecl *referencedVariable(const Expr *E) {
  const auto *Ref =
      dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// One function's analysis: a forward may-analysis over the shared CFG of
/// which move, if any, may have left each moved variable without a value.
class MoveAnalysis {
public:
  MoveAnalysis(const FunctionDecl &Function, const CFG &G,
               const SourceManager &SM)
      : Function(Function), G(G), SM(SM),
        Parents(const_cast<Stmt *>(Function.getBody())) {
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&Function))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->getInit())
          Parents.addStmt(Init->getInit());
    for (const CFGBlock *B : G)
      for (const CFGElement &E : *B)
        if (auto S = E.getAs<CFGStmt>())
          if (const auto *Call = dyn_cast<CallExpr>(S->getStmt()))
            if (const VarDecl *V = movedVariable(*Call, Function))
              if (!isTryEmplaceArgument(*Call))
                Index.try_emplace(V, Index.size());
  }

  bool empty() const { return Index.empty(); }

  struct Finding {
    const DeclRefExpr *Use;
    const CallExpr *Move;
    bool Unsequenced;
  };
  std::vector<Finding> run();

private:
  using State = llvm::SmallVector<const CallExpr *, 4>;

  bool isTryEmplaceArgument(const CallExpr &Move) const;
  /// Whether a reference to a followed variable reads it.
  bool isUse(const DeclRefExpr &Ref, const VarDecl &V) const;
  void
  transfer(const Stmt *S, State &In,
           llvm::DenseMap<const CallExpr *,
                          llvm::SmallVector<const DeclRefExpr *, 2>> *Uses);
  void join(State &Into, const State &From) const;
  const Stmt *consumer(const Expr *E, const Expr *&Child) const;
  llvm::ArrayRef<const Expr *>
  sameCallArguments(const CallExpr &Move, const Expr *&MoveArgument) const;
  bool isUnsequenced(const CallExpr &Move, const DeclRefExpr &Use) const;
  void findUnsequenced(const CallExpr &Move, const VarDecl &V,
                       std::vector<Finding> &Out) const;
  const DeclRefExpr *findUse(const Stmt *S, const VarDecl &V) const;
  bool outsideMovedPart(const DeclRefExpr &Use, const CallExpr &Move) const;
  const DeclRefExpr *
  firstReached(const CallExpr *Move,
               llvm::ArrayRef<const DeclRefExpr *> Candidates) const;

  const FunctionDecl &Function;
  const CFG &G;
  const SourceManager &SM;
  ParentMap Parents;
  llvm::DenseMap<const VarDecl *, unsigned> Index;
};

bool MoveAnalysis::isTryEmplaceArgument(const CallExpr &Move) const {
  // try_emplace() moves only when it inserts, and says so in its result.
  const Stmt *P =
      Parents.getParentIgnoreParenImpCasts(const_cast<CallExpr *>(&Move));
  while (P && isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr>(P))
    P = Parents.getParentIgnoreParenImpCasts(const_cast<Stmt *>(P));
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(P);
  const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
  return Method && Method->getIdentifier() &&
         Method->getName() == "try_emplace";
}

const Stmt *MoveAnalysis::consumer(const Expr *E, const Expr *&Child) const {
  Child = E;
  const Stmt *P = Parents.getParent(const_cast<Expr *>(E));
  while (P && isa<ParenExpr, ImplicitCastExpr>(P)) {
    Child = cast<Expr>(P);
    P = Parents.getParent(const_cast<Stmt *>(P));
  }
  return P;
}

bool MoveAnalysis::isUse(const DeclRefExpr &Ref, const VarDecl &V) const {
  const Expr *Child = nullptr;
  const Stmt *P = consumer(&Ref, Child);
  // The target of an assignment: handled at the assignment.
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(P))
    if (Assign->getOpcode() == BO_Assign && Assign->getLHS() == Child)
      return false;
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P)) {
    if (Op->getOperator() == OO_Equal && Op->getArg(0) == Child)
      return false;
    if (isStdSmartPointer(V.getType()))
      return Op->getArg(0) == Child &&
             (Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow ||
              Op->getOperator() == OO_Subscript);
  }
  if (isStdSmartPointer(V.getType()))
    return false;
  // The object of a reinitialising member call.
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(P)) {
    const Expr *Unused = nullptr;
    const auto *Call =
        dyn_cast_or_null<CXXMemberCallExpr>(consumer(Member, Unused));
    const auto *Method =
        dyn_cast_or_null<CXXMethodDecl>(Member->getMemberDecl());
    if (Call && Call->getCallee()->IgnoreParens() == Member && Method &&
        isReinitialisingMethod(*Method, V.getType()))
      return false;
  }
  // &x passed to a pointer to non-const.
  if (const auto *AddrOf = dyn_cast_or_null<UnaryOperator>(P);
      AddrOf && AddrOf->getOpcode() == UO_AddrOf) {
    const Expr *Arg = nullptr;
    if (const auto *Call = dyn_cast_or_null<CallExpr>(consumer(AddrOf, Arg)))
      for (unsigned I = 0; I < Call->getNumArgs(); ++I)
        if (Call->getArg(I) == Arg && reinitialisesArgument(*Call, I, V))
          return false;
  }
  // x passed by non-const lvalue reference.
  if (const auto *Call = dyn_cast_or_null<CallExpr>(P))
    if (!isMove(*Call))
      for (unsigned I = 0; I < Call->getNumArgs(); ++I)
        if (Call->getArg(I) == Child && reinitialisesArgument(*Call, I, V))
          return false;
  return true;
}

void MoveAnalysis::join(State &Into, const State &From) const {
  for (size_t I = 0; I < Into.size(); ++I) {
    const CallExpr *&A = Into[I];
    const CallExpr *B = From[I];
    // The earliest move in the source wins, whatever the order the blocks
    // are visited in.
    if (!A || (B && SM.isBeforeInTranslationUnit(
                        SM.getExpansionLoc(B->getBeginLoc()),
                        SM.getExpansionLoc(A->getBeginLoc()))))
      A = B;
  }
}

void MoveAnalysis::transfer(
    const Stmt *S, State &In,
    llvm::DenseMap<const CallExpr *, llvm::SmallVector<const DeclRefExpr *, 2>>
        *Uses) {
  auto Reset = [&](const VarDecl *V) {
    auto It = V ? Index.find(V) : Index.end();
    if (It != Index.end())
      In[It->second] = nullptr;
  };
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
    const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
    auto It = V ? Index.find(V) : Index.end();
    if (It != Index.end() && In[It->second] && Uses && isUse(*Ref, *V) &&
        !outsideMovedPart(*Ref, *In[It->second]))
      (*Uses)[In[It->second]].push_back(Ref);
    return;
  }
  if (const auto *Decl = dyn_cast<DeclStmt>(S)) {
    for (const clang::Decl *D : Decl->decls())
      Reset(dyn_cast<VarDecl>(D));
    return;
  }
  if (const auto *Assign = dyn_cast<BinaryOperator>(S)) {
    if (Assign->getOpcode() == BO_Assign)
      Reset(referencedVariable(Assign->getLHS()));
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
        Op && Op->getOperator() == OO_Equal)
      Reset(referencedVariable(Op->getArg(0)));
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      const VarDecl *V =
          referencedVariable(Member->getImplicitObjectArgument());
      const CXXMethodDecl *Method = Member->getMethodDecl();
      if (V && Method && isReinitialisingMethod(*Method, V->getType()))
        Reset(V);
    }
    if (const VarDecl *V = movedVariable(*Call, Function)) {
      auto It = Index.find(V);
      if (It != Index.end())
        In[It->second] = Call;
      return;
    }
    for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
      const Expr *Arg = Call->getArg(I)->IgnoreParenImpCasts();
      if (const auto *AddrOf = dyn_cast<UnaryOperator>(Arg))
        Arg = AddrOf->getSubExpr();
      const VarDecl *V = referencedVariable(Arg);
      if (V && reinitialisesArgument(*Call, I, *V))
        Reset(V);
    }
  }
}

bool MoveAnalysis::outsideMovedPart(const DeclRefExpr &Use,
                                    const CallExpr &Move) const {
  // A move constructor moves its base first, then its members:
  // 'Base(std::move(other)), value(std::move(other.value))'. Only the base
  // subobject was moved, so members of the derived class are still valid.
  const Expr *Child = nullptr;
  const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(
      Parents.getParent(const_cast<CallExpr *>(&Move)));
  // A base without a move constructor is copied from 'const Base &': the
  // move is first made const (a no-op cast), then converted to the base.
  while (Cast && Cast->getCastKind() == CK_NoOp)
    Cast = dyn_cast_or_null<ImplicitCastExpr>(
        Parents.getParent(const_cast<ImplicitCastExpr *>(Cast)));
  if (!Cast || (Cast->getCastKind() != CK_DerivedToBase &&
                Cast->getCastKind() != CK_UncheckedDerivedToBase))
    return false;
  const CXXRecordDecl *Moved = Cast->getType()->getAsCXXRecordDecl();
  const auto *Member = dyn_cast_or_null<MemberExpr>(consumer(&Use, Child));
  if (!Moved || !Member)
    return false;
  const auto *Owner =
      dyn_cast<CXXRecordDecl>(Member->getMemberDecl()->getDeclContext());
  if (!Owner)
    return false;
  Owner = Owner->getCanonicalDecl();
  Moved = Moved->getCanonicalDecl();
  return Owner != Moved &&
         !(Moved->hasDefinition() && Moved->isDerivedFrom(Owner));
}

const DeclRefExpr *MoveAnalysis::findUse(const Stmt *S,
                                         const VarDecl &V) const {
  if (!S || isa<LambdaExpr>(S))
    return nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    return Ref->getDecl() == &V && isUse(*Ref, V) ? Ref : nullptr;
  for (const Stmt *Child : S->children())
    if (const DeclRefExpr *Use = findUse(Child, V))
      return Use;
  return nullptr;
}

const DeclRefExpr *MoveAnalysis::firstReached(
    const CallExpr *Move,
    llvm::ArrayRef<const DeclRefExpr *> Candidates) const {
  // Breadth first from the element after the move, so that in a loop the
  // use at the top of the next iteration comes before the move's own
  // operand.
  llvm::SmallPtrSet<const Stmt *, 4> Wanted(Candidates.begin(),
                                            Candidates.end());
  const CFGBlock *Start = nullptr;
  unsigned StartIndex = 0;
  for (const CFGBlock *B : G) {
    for (unsigned I = 0; I < B->size() && !Start; ++I)
      if (auto S = (*B)[I].getAs<CFGStmt>(); S && S->getStmt() == Move) {
        Start = B;
        StartIndex = I + 1;
      }
    if (Start)
      break;
  }
  if (!Start)
    return Candidates.empty() ? nullptr : Candidates.front();
  std::vector<std::pair<const CFGBlock *, unsigned>> Queue{{Start, StartIndex}};
  llvm::DenseSet<const CFGBlock *> Seen;
  for (size_t Next = 0; Next < Queue.size(); ++Next) {
    auto [B, From] = Queue[Next];
    for (unsigned I = From; I < B->size(); ++I)
      if (auto S = (*B)[I].getAs<CFGStmt>(); S && Wanted.count(S->getStmt()))
        return cast<DeclRefExpr>(S->getStmt());
    for (const CFGBlock *Succ : B->succs())
      if (Succ && Seen.insert(Succ).second)
        Queue.push_back({Succ, 0});
  }
  return Candidates.front();
}

llvm::ArrayRef<const Expr *>
MoveAnalysis::sameCallArguments(const CallExpr &Move,
                                const Expr *&MoveArgument) const {
  // f(std::move(x), x.size()): the arguments of a call (not an operator)
  // or a constructor are evaluated in an unspecified order.
  const Stmt *P = consumer(&Move, MoveArgument);
  while (P &&
         isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr, CXXConstructExpr>(
             P) &&
         !isa<CXXTemporaryObjectExpr>(P) &&
         cast<Expr>(P)->getSourceRange() == MoveArgument->getSourceRange())
    P = consumer(cast<Expr>(P), MoveArgument);
  llvm::ArrayRef<const Expr *> Args;
  if (const auto *Call = dyn_cast_or_null<CallExpr>(P)) {
    if (!isa<CXXOperatorCallExpr>(Call))
      Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
  } else if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(P)) {
    Args = llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
  }
  if (!llvm::is_contained(Args, MoveArgument))
    return {};
  return Args;
}

bool MoveAnalysis::isUnsequenced(const CallExpr &Move,
                                 const DeclRefExpr &Use) const {
  const Expr *MoveArgument = nullptr;
  llvm::ArrayRef<const Expr *> Args = sameCallArguments(Move, MoveArgument);
  for (const Stmt *S = &Use; S; S = Parents.getParent(const_cast<Stmt *>(S)))
    if (llvm::is_contained(Args, S))
      return S != MoveArgument;
  return false;
}

void MoveAnalysis::findUnsequenced(const CallExpr &Move, const VarDecl &V,
                                   std::vector<Finding> &Out) const {
  const Expr *MoveArgument = nullptr;
  for (const Expr *Other : sameCallArguments(Move, MoveArgument))
    if (Other != MoveArgument)
      if (const DeclRefExpr *Use = findUse(Other, V)) {
        Out.push_back({Use, &Move, true});
        return;
      }
}

std::vector<MoveAnalysis::Finding> MoveAnalysis::run() {
  std::vector<Finding> Result;
  const unsigned N = Index.size();
  std::vector<std::optional<State>> Entry(G.getNumBlockIDs());
  PostOrderCFGView Order(&G);
  ForwardDataflowWorklist Worklist(G, &Order);
  Entry[G.getEntry().getBlockID()] = State(N, nullptr);
  Worklist.enqueueBlock(&G.getEntry());
  auto Walk =
      [&](const CFGBlock &B, State S,
          llvm::DenseMap<const CallExpr *,
                         llvm::SmallVector<const DeclRefExpr *, 2>> *Uses) {
        for (const CFGElement &E : B)
          if (auto CS = E.getAs<CFGStmt>())
            transfer(CS->getStmt(), S, Uses);
        return S;
      };
  while (const CFGBlock *B = Worklist.dequeue()) {
    State Out = Walk(*B, *Entry[B->getBlockID()], nullptr);
    for (const CFGBlock *Succ : B->succs()) {
      if (!Succ)
        continue;
      std::optional<State> &In = Entry[Succ->getBlockID()];
      State Joined = In ? *In : State(N, nullptr);
      if (In)
        join(Joined, Out);
      else
        Joined = Out;
      if (!In || Joined != *In) {
        In = std::move(Joined);
        Worklist.enqueueBlock(Succ);
      }
    }
  }

  llvm::DenseMap<const CallExpr *, llvm::SmallVector<const DeclRefExpr *, 2>>
      Uses;
  for (const CFGBlock *B : G)
    if (Entry[B->getBlockID()])
      Walk(*B, *Entry[B->getBlockID()], &Uses);

  llvm::DenseSet<const DeclRefExpr *> Reported;
  // Moves in source order, so that the findings do not depend on hashing.
  std::vector<const CallExpr *> Moves;
  for (const auto &[Move, List] : Uses)
    Moves.push_back(Move);
  llvm::sort(Moves, [&](const CallExpr *A, const CallExpr *B) {
    return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A->getBeginLoc()),
                                        SM.getExpansionLoc(B->getBeginLoc()));
  });
  for (const CallExpr *Move : Moves) {
    // One finding per move: the use the program reaches first after it.
    const DeclRefExpr *First = firstReached(Move, Uses[Move]);
    if (First && Reported.insert(First).second)
      Result.push_back({First, Move, isUnsequenced(*Move, *First)});
  }
  // Uses in another argument of the same call, which the CFG may have
  // placed before the move.
  for (const CFGBlock *B : G)
    for (const CFGElement &E : *B)
      if (auto CS = E.getAs<CFGStmt>())
        if (const auto *Call = dyn_cast<CallExpr>(CS->getStmt()))
          if (const VarDecl *V = movedVariable(*Call, Function);
              V && Index.count(V) && !Uses.count(Call)) {
            std::vector<Finding> Found;
            findUnsequenced(*Call, *V, Found);
            for (const Finding &F : Found)
              if (Reported.insert(F.Use).second)
                Result.push_back(F);
          }
  return Result;
}

} // namespace

void UseAfterMoveChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Move = R.Nodes.getNodeAs<CallExpr>("move");
  if (!isMove(*Move))
    return;
  const VarDecl *V = referencedVariable(Move->getArg(0));
  // Locals and parameters only: their function is their context, and
  // nothing outside it can give them a new value between two statements.
  const auto *Function =
      V ? dyn_cast<FunctionDecl>(V->getDeclContext()) : nullptr;
  if (!Function || Function->isDependentContext() ||
      !isTrackable(*V, *Function))
    return;
  if (Analysed.insert(Function).second)
    analyse(*Function);
}

void UseAfterMoveChecker::analyse(const FunctionDecl &Function) {
  const CFG *G = context().cfg(Function);
  if (!G || !Function.getBody())
    return;
  const SourceManager &SM = context().sourceManager();
  MoveAnalysis Analysis(Function, *G, SM);
  if (Analysis.empty())
    return;
  for (const MoveAnalysis::Finding &F : Analysis.run()) {
    const auto *V = cast<VarDecl>(F.Use->getDecl());
    std::string Name = V->getNameAsString();
    FindingBuilder Finding =
        report(F.Use->getLocation(),
               "'" + Name +
                   "' is used after it was moved from, when its value is "
                   "unspecified; give it a new value (assign it, or call "
                   "clear() or reset()) before using it again");
    bool Later =
        !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(F.Move->getBeginLoc()),
                                      SM.getExpansionLoc(F.Use->getLocation()));
    if (F.Unsequenced)
      Finding.note(F.Move->getBeginLoc(),
                   "'" + Name +
                       "' is moved from here, in another argument of the "
                       "same call: the arguments are evaluated in an "
                       "unspecified order");
    else if (Later)
      Finding.note(F.Move->getBeginLoc(),
                   "'" + Name +
                       "' is moved from here, in an earlier iteration of the "
                       "loop");
    else
      Finding.note(F.Move->getBeginLoc(), "'" + Name + "' is moved from here");
  }
}

} // namespace warden::checkers
