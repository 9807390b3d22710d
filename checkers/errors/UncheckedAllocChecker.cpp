//===- UncheckedAllocChecker.cpp - Allocations used before a check --------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "errors/UncheckedAllocChecker.h"
#include "errors/Helpers.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/MacroArgs.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <deque>

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> UncheckedAllocChecker::optionSpecs() {
  return {
      OptionSpec::list("functions",
                       "Allocation functions that return null on failure, "
                       "by their C name; std:: forms are included",
                       {"malloc", "calloc", "realloc", "strdup", "strndup",
                        "aligned_alloc", "reallocarray"})
          .validate(validators::nonEmpty()),
      OptionSpec::list(
          "dereferencingFunctions",
          "Functions that dereference their pointer arguments: passing an "
          "unchecked result to them is a use",
          {"memcpy",  "memmove",  "memset", "memcmp",  "memchr",
           "strcpy",  "strncpy",  "strcat", "strncat", "strlen",
           "strcmp",  "strncmp",  "strchr", "strrchr", "strstr",
           "sprintf", "vsprintf", "fgets",  "fread",   "wcscpy",
           "wcsncpy", "wcscat",   "wcslen", "wmemcpy", "wmemset"}),
      OptionSpec::flag("includeNothrowNew",
                       "Also check 'new (std::nothrow)' and other new "
                       "expressions whose allocation function cannot throw "
                       "and returns null instead",
                       true),
      OptionSpec::string(
          "checkingFunctionPattern",
          "Regular expression (case-insensitive) for the names of functions "
          "that check their arguments, such as check_not_null(p) or "
          "verify(p): passing the pointer to one counts as a check; empty "
          "for none",
          "assert|check|verify|ensure|require")
          .validate(validators::regex()),
      OptionSpec::list("assertMacros",
                       "Macros that check their argument, such as assert: "
                       "naming the pointer in one counts as a check even "
                       "when the macro expands to nothing (NDEBUG)",
                       {"assert"}),
  };
}

UncheckedAllocChecker::UncheckedAllocChecker(const RuleBinding &Binding,
                                             TranslationUnitContext &TU)
    : Checker(Binding, TU), FunctionList(options().getList("functions")),
      Functions(toStringSet(FunctionList)),
      DereferencingList(options().getList("dereferencingFunctions")),
      Dereferencing(toStringSet(DereferencingList)),
      IncludeNothrowNew(options().getBool("includeNothrowNew")),
      AssertMacros(toStringSet(options().getList("assertMacros"))),
      CheckingFunctionSource(options().getString("checkingFunctionPattern")),
      CheckingFunctionPattern(CheckingFunctionSource, llvm::Regex::IgnoreCase) {
}

bool UncheckedAllocChecker::isCheckingFunction(const FunctionDecl &FD) const {
  const IdentifierInfo *II = FD.getIdentifier();
  return II && !CheckingFunctionSource.empty() &&
         CheckingFunctionPattern.match(II->getName());
}

/// True for a new expression whose allocation function reports failure with
/// null instead of an exception: new (std::nothrow). In a template the
/// allocation function may not be known yet.
static bool returnsNullOnFailure(const CXXNewExpr &New) {
  return New.getOperatorNew() && New.shouldNullCheckAllocation();
}

std::string UncheckedAllocChecker::allocatorOf(const Expr *E) const {
  E = stripCasts(E);
  if (const auto *Call = dyn_cast_or_null<CallExpr>(E)) {
    if (const FunctionDecl *FD = Call->getDirectCallee()) {
      StringRef Name = libraryNameOf(*FD);
      if (!Name.empty() && Functions.contains(Name))
        return Name.str();
    }
    return {};
  }
  if (const auto *New = dyn_cast_or_null<CXXNewExpr>(E))
    if (IncludeNothrowNew && returnsNullOnFailure(*New))
      return New->getNumPlacementArgs() > 0 ? "new (std::nothrow)" : "new";
  return {};
}

StringRef
UncheckedAllocChecker::dereferencingCallee(const CallExpr &Call) const {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD)
    return {};
  StringRef Name = libraryNameOf(*FD);
  return !Name.empty() && Dereferencing.contains(Name) ? Name : StringRef();
}

/// Where to point at an allocation: the function's name, or 'new'.
static SourceLocation allocationLoc(const Expr *Allocation) {
  if (const auto *Call = dyn_cast<CallExpr>(Allocation)) {
    if (const auto *Ref =
            dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
      return Ref->getLocation();
    return Call->getExprLoc();
  }
  return Allocation->getBeginLoc();
}

namespace {
/// Matches an expression that, once stripped of parentheses, casts and
/// cleanups, matches Inner.
AST_MATCHER_P(Expr, strippedIs, clang::ast_matchers::internal::Matcher<Expr>,
              Inner) {
  const Expr *E = stripCasts(&Node);
  return E && Inner.matches(*E, Finder, Builder);
}

AST_MATCHER(CXXNewExpr, nothrowNew) { return returnsNullOnFailure(Node); }

/// Records the expansions of assert-like macros with the identifiers in
/// their argument.
class AssertRecorder : public PPCallbacks {
public:
  AssertRecorder(
      const llvm::StringSet<> &Macros,
      llvm::SmallVectorImpl<UncheckedAllocChecker::AssertExpansion> &Asserts)
      : Macros(Macros), Asserts(Asserts) {}

  void MacroExpands(const Token &MacroNameTok, const MacroDefinition &,
                    SourceRange Range, const MacroArgs *Args) override {
    const IdentifierInfo *II = MacroNameTok.getIdentifierInfo();
    if (!Args || !II || !Macros.contains(II->getName()) ||
        Args->getNumMacroArguments() < 1)
      return;
    UncheckedAllocChecker::AssertExpansion Expansion;
    Expansion.Loc = Range.getBegin();
    for (const Token *T = Args->getUnexpArgument(0); T->isNot(tok::eof); ++T)
      if (const IdentifierInfo *Name = T->getIdentifierInfo())
        Expansion.Names.insert(Name->getName());
    Asserts.push_back(std::move(Expansion));
  }

private:
  const llvm::StringSet<> &Macros;
  llvm::SmallVectorImpl<UncheckedAllocChecker::AssertExpansion> &Asserts;
};
} // namespace

void UncheckedAllocChecker::registerPPCallbacks(const SourceManager &SM,
                                                Preprocessor *PP) {
  if (!AssertMacros.empty())
    PP->addPPCallbacks(std::make_unique<AssertRecorder>(AssertMacros, Asserts));
}

void UncheckedAllocChecker::registerMatchers(MatchFinder *Finder) {
  auto Call = callExpr(callee(functionDecl(libraryFunction(FunctionList))));
  auto Allocation = IncludeNothrowNew
                        ? expr(anyOf(Call, cxxNewExpr(nothrowNew())))
                        : expr(Call);
  // Results stored in a variable: analysed over the CFG of the function
  // that owns the variable.
  Finder->addMatcher(
      varDecl(hasInitializer(strippedIs(Allocation))).bind("var"), this);
  Finder->addMatcher(binaryOperator(hasOperatorName("="),
                                    hasLHS(ignoringParens(declRefExpr(
                                        to(varDecl().bind("var"))))),
                                    hasRHS(strippedIs(Allocation))),
                     this);
  // Results used on the spot, never stored.
  auto Direct = strippedIs(Allocation.bind("allocation"));
  Finder->addMatcher(
      unaryOperator(hasOperatorName("*"), hasUnaryOperand(Direct)).bind("use"),
      this);
  Finder->addMatcher(
      memberExpr(isArrow(), hasObjectExpression(Direct)).bind("use"), this);
  Finder->addMatcher(arraySubscriptExpr(hasBase(Direct)).bind("use"), this);
  Finder->addMatcher(
      callExpr(callee(functionDecl(libraryFunction(DereferencingList))),
               hasAnyArgument(Direct))
          .bind("use"),
      this);
}

void UncheckedAllocChecker::check(const MatchFinder::MatchResult &R) {
  if (const auto *Var = R.Nodes.getNodeAs<VarDecl>("var")) {
    const auto *Owner =
        dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
    if (Owner && !Owner->isDependentContext() && Analyzed.insert(Owner).second)
      analyze(*Owner);
    return;
  }
  const auto *Use = R.Nodes.getNodeAs<Expr>("use");
  const auto *Allocation = R.Nodes.getNodeAs<Expr>("allocation");
  std::string Allocator = allocatorOf(Allocation);
  if (!Use || Allocator.empty())
    return;
  std::string What = "dereferenced";
  if (isa<ArraySubscriptExpr>(Use))
    What = "indexed";
  else if (const auto *Call = dyn_cast<CallExpr>(Use))
    What = "passed to '" + dereferencingCallee(*Call).str() + "'";
  report(allocationLoc(Allocation),
         "the result of '" + Allocator + "' is " + What +
             " without a check for null; store it in a variable and check "
             "it first");
}

namespace {
/// What may be null on a path: each variable holding an allocation result
/// that no null test has seen yet, with that allocation.
using State = llvm::SmallDenseMap<const VarDecl *, const Expr *, 4>;

struct UncheckedUse {
  const Expr *Ref;
  const VarDecl *Var;
  const Expr *Allocation;
  std::string What;
};

/// The forward data flow over one function's CFG. Gen: a variable is
/// assigned an allocation (or a copy of a tracked variable, which shares
/// its allocation). Kill: the variable (or a copy) is tested against null,
/// reassigned, has its address taken or is stored elsewhere. Join: union,
/// since a use is flagged when some path reaches it unchecked.
class AllocationFlow {
public:
  AllocationFlow(
      ASTContext &Context,
      llvm::function_ref<std::string(const Expr *)> AllocatorOf,
      llvm::function_ref<StringRef(const CallExpr &)> DereferencingCallee,
      llvm::function_ref<bool(const FunctionDecl &)> IsCheckingFunction)
      : Context(Context), AllocatorOf(AllocatorOf),
        DereferencingCallee(DereferencingCallee),
        IsCheckingFunction(IsCheckingFunction) {}

  /// Applies one CFG statement to St; with Uses, records unchecked uses.
  void transfer(const Stmt *S, State &St,
                std::vector<UncheckedUse> *Uses) const;
  /// Applies the null tests of a condition evaluated as an expression.
  void transferCondition(const Expr *Cond, State &St) const {
    forEachNullTested(Cond, Context,
                      [&](const Expr *Tested) { killTested(Tested, St); });
  }
  /// Applies a block's branch condition. Any mention of a variable counts
  /// as a check: beyond 'p', '!p' and 'p == NULL', a branch on
  /// '((size_t)p & 7) != 0' or 'p == q' also reasons about whether 'p' is
  /// null (the uses inside the condition were seen before, as elements).
  void transferBranch(const Expr *Cond, State &St) const {
    transferCondition(Cond, St);
    killMentioned(Cond, St);
  }

private:
  /// The pointer a dereference goes through: p in *p, *p++, *(p + i).
  static const Expr *pointerOperand(const Expr *E) {
    while (true) {
      E = stripCasts(E);
      if (const auto *UO = dyn_cast<UnaryOperator>(E);
          UO && UO->isIncrementDecrementOp()) {
        E = UO->getSubExpr();
        continue;
      }
      if (const auto *BO = dyn_cast<BinaryOperator>(E);
          BO && BO->isAdditiveOp()) {
        E = BO->getLHS()->getType()->isPointerType() ? BO->getLHS()
                                                     : BO->getRHS();
        continue;
      }
      return E;
    }
  }
  static const VarDecl *trackedVar(const Expr *E, const State &St) {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(stripCasts(E));
    if (!Ref)
      return nullptr;
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    return Var && St.count(Var) ? Var : nullptr;
  }
  /// Forgets every variable S mentions.
  static void killMentioned(const Stmt *S, State &St) {
    if (!S || St.empty())
      return;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        kill(Var, St);
    for (const Stmt *Child : S->children())
      killMentioned(Child, St);
  }
  /// Forgets V and every copy that holds the same allocation.
  static void kill(const VarDecl *V, State &St) {
    const Expr *Allocation = St.lookup(V);
    if (!Allocation)
      return;
    llvm::SmallVector<const VarDecl *, 4> Dead;
    for (const auto &[Var, A] : St)
      if (A == Allocation)
        Dead.push_back(Var);
    for (const VarDecl *Var : Dead)
      St.erase(Var);
  }
  void killTested(const Expr *Tested, State &St) const {
    Tested = stripCasts(Tested);
    // (p = malloc(n)) == NULL tests p.
    if (const auto *Assign = dyn_cast<BinaryOperator>(Tested);
        Assign && Assign->isAssignmentOp())
      Tested = Assign->getLHS();
    if (const VarDecl *V = trackedVar(Tested, St))
      kill(V, St);
  }
  void assign(const VarDecl *Target, const Expr *Value, State &St) const {
    if (!AllocatorOf(Value).empty()) {
      St[Target] = stripCasts(Value);
      return;
    }
    if (const VarDecl *Source = trackedVar(Value, St);
        Source && Source != Target && !Target->getType()->isReferenceType()) {
      St[Target] = St.lookup(Source);
      return;
    }
    St.erase(Target);
  }
  void use(const Expr *Operand, StringRef What, const State &St,
           std::vector<UncheckedUse> *Uses) const {
    if (!Uses)
      return;
    const Expr *E = pointerOperand(Operand);
    if (const VarDecl *V = trackedVar(E, St))
      Uses->push_back({E, V, St.lookup(V), What.str()});
  }

  ASTContext &Context;
  llvm::function_ref<std::string(const Expr *)> AllocatorOf;
  llvm::function_ref<StringRef(const CallExpr &)> DereferencingCallee;
  llvm::function_ref<bool(const FunctionDecl &)> IsCheckingFunction;
};

void AllocationFlow::transfer(const Stmt *S, State &St,
                              std::vector<UncheckedUse> *Uses) const {
  // An lvalue use of a tracked variable that is not a plain read (&p, ++p,
  // binding a reference, passing it to a reference parameter) may change it
  // or check it out of sight: forget it.
  const Expr *AssignedLHS = nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isAssignmentOp())
    AssignedLHS = BO->getLHS()->IgnoreParens();
  bool PlainRead = false;
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(S))
    PlainRead = Cast->getCastKind() == CK_LValueToRValue;
  // p++ and p += n move through the same block, which is still unchecked.
  if (const auto *UO = dyn_cast<UnaryOperator>(S))
    PlainRead |= UO->isIncrementDecrementOp();
  if (const auto *CA = dyn_cast<CompoundAssignOperator>(S))
    PlainRead |=
        CA->getOpcode() == BO_AddAssign || CA->getOpcode() == BO_SubAssign;
  if (!PlainRead && !isa<UnaryExprOrTypeTraitExpr, DeclStmt>(S))
    for (const Stmt *Child : S->children()) {
      const auto *E = dyn_cast_or_null<Expr>(Child);
      if (!E || E->IgnoreParens() == AssignedLHS)
        continue;
      if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParens()))
        if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
          kill(Var, St);
    }

  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (!Var || !Var->hasInit())
        continue;
      if (Var->getType()->isReferenceType()) {
        if (const VarDecl *Bound = trackedVar(Var->getInit(), St))
          kill(Bound, St);
        continue;
      }
      assign(Var, Var->getInit(), St);
    }
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (BO->isAssignmentOp()) {
      const auto *Ref = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParens());
      const auto *Target = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      if (Target && BO->getOpcode() == BO_Assign)
        assign(Target, BO->getRHS(), St);
      else if (Target && BO->getOpcode() != BO_AddAssign &&
               BO->getOpcode() != BO_SubAssign)
        St.erase(Target);
      else if (const VarDecl *Stored = trackedVar(BO->getRHS(), St))
        // Stored in a member, a global or through a pointer: it may be
        // tested there.
        kill(Stored, St);
      return;
    }
    switch (BO->getOpcode()) {
    case BO_EQ:
    case BO_NE:
    case BO_LAnd:
    case BO_LOr:
      transferCondition(BO, St);
      return;
    default:
      return;
    }
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
    if (UO->getOpcode() == UO_Deref)
      use(UO->getSubExpr(), "dereferenced", St, Uses);
    else if (UO->getOpcode() == UO_LNot)
      transferCondition(UO, St);
    return;
  }
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(S)) {
    use(Subscript->getBase(), "indexed", St, Uses);
    return;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(S)) {
    if (Member->isArrow())
      use(Member->getBase(), "dereferenced", St, Uses);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    StringRef Callee = DereferencingCallee(*Call);
    if (!Callee.empty())
      for (const Expr *Arg : Call->arguments())
        use(Arg, ("passed to '" + Callee + "'").str(), St, Uses);
    // check_not_null(p), verify(p): the function may stop on null.
    if (const FunctionDecl *FD = Call->getDirectCallee();
        FD && IsCheckingFunction(*FD))
      for (const Expr *Arg : Call->arguments())
        if (const VarDecl *V = trackedVar(Arg, St))
          kill(V, St);
    return;
  }
  if (const auto *Cast = dyn_cast<CastExpr>(S)) {
    // if (p) in C++, bool ok = p, static_cast<bool>(p).
    if (Cast->getCastKind() == CK_PointerToBoolean)
      transferCondition(Cast, St);
    return;
  }
}

/// Merges From into To; true when To grew.
static bool join(State &To, const State &From) {
  bool Changed = false;
  for (const auto &[Var, Allocation] : From)
    Changed |= To.try_emplace(Var, Allocation).second;
  return Changed;
}
} // namespace

void UncheckedAllocChecker::analyze(const FunctionDecl &Function) {
  const CFG *Graph = context().cfg(Function);
  if (!Graph)
    return;
  ASTContext &Context = context().astContext();
  // Named: the flow keeps function_refs to them.
  auto AllocatorOf = [this](const Expr *E) { return allocatorOf(E); };
  auto DereferencingCallee = [this](const CallExpr &C) {
    return dereferencingCallee(C);
  };
  auto IsCheckingFunction = [this](const FunctionDecl &FD) {
    return isCheckingFunction(FD);
  };
  AllocationFlow Flow(Context, AllocatorOf, DereferencingCallee,
                      IsCheckingFunction);

  auto RunBlock = [&](const CFGBlock &Block, State St,
                      std::vector<UncheckedUse> *Uses) {
    for (const CFGElement &Element : Block)
      if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>())
        Flow.transfer(S->getStmt(), St, Uses);
    if (const auto *Cond =
            dyn_cast_or_null<Expr>(Block.getTerminatorCondition(false)))
      Flow.transferBranch(Cond, St);
    return St;
  };

  std::vector<State> In(Graph->getNumBlockIDs());
  llvm::BitVector Visited(Graph->getNumBlockIDs());
  llvm::BitVector Queued(Graph->getNumBlockIDs());
  std::deque<const CFGBlock *> Worklist;
  const CFGBlock &Entry = Graph->getEntry();
  Worklist.push_back(&Entry);
  Queued.set(Entry.getBlockID());
  while (!Worklist.empty()) {
    const CFGBlock *Block = Worklist.front();
    Worklist.pop_front();
    Queued.reset(Block->getBlockID());
    Visited.set(Block->getBlockID());
    State Out = RunBlock(*Block, In[Block->getBlockID()], nullptr);
    for (const CFGBlock::AdjacentBlock &Succ : Block->succs()) {
      const CFGBlock *Next = Succ.getReachableBlock();
      if (!Next)
        continue;
      unsigned ID = Next->getBlockID();
      if ((join(In[ID], Out) || !Visited.test(ID)) && !Queued.test(ID)) {
        Queued.set(ID);
        Worklist.push_back(Next);
      }
    }
  }

  // With the fixed point reached, collect the uses each block sees.
  std::vector<UncheckedUse> Uses;
  for (const CFGBlock *Block : *Graph)
    if (Visited.test(Block->getBlockID()))
      RunBlock(*Block, In[Block->getBlockID()], &Uses);

  // One finding per allocation, at its first unchecked use in the source.
  const SourceManager &SM = context().sourceManager();
  llvm::MapVector<const Expr *, const UncheckedUse *> First;
  for (const UncheckedUse &U : Uses) {
    if (isAsserted(*U.Var, *U.Allocation, *U.Ref))
      continue;
    auto [It, Inserted] = First.try_emplace(U.Allocation, &U);
    if (!Inserted && SM.isBeforeInTranslationUnit(
                         SM.getExpansionLoc(U.Ref->getBeginLoc()),
                         SM.getExpansionLoc(It->second->Ref->getBeginLoc())))
      It->second = &U;
  }
  for (const auto &[Allocation, U] : First) {
    std::string Var = "'" + U->Var->getName().str() + "'";
    std::string Allocator = allocatorOf(Allocation);
    report(U->Ref->getBeginLoc(),
           Var + " is " + U->What + " without a check for null; '" + Allocator +
               "' returns null when it fails, so check " + Var + " first")
        .note(allocationLoc(Allocation),
              "'" + Allocator + "' may return null here");
  }
}

bool UncheckedAllocChecker::isAsserted(const VarDecl &Var,
                                       const Expr &Allocation,
                                       const Expr &Use) {
  const SourceManager &SM = context().sourceManager();
  SourceLocation From = SM.getExpansionLoc(Allocation.getBeginLoc());
  SourceLocation To = SM.getExpansionLoc(Use.getBeginLoc());
  for (const AssertExpansion &A : Asserts) {
    SourceLocation At = SM.getExpansionLoc(A.Loc);
    if (A.Names.contains(Var.getName()) &&
        SM.isBeforeInTranslationUnit(From, At) &&
        SM.isBeforeInTranslationUnit(At, To))
      return true;
  }
  return false;
}

void UncheckedAllocChecker::finishTranslationUnit(ASTContext &) {
  Analyzed.clear();
  Asserts.clear();
}

} // namespace warden::checkers
