//===- FreedPointerChecker.cpp - Double free and use after free -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "memory/FreedPointerChecker.h"
#include "memory/MemoryFlow.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

using namespace memory;

std::vector<OptionSpec> FreedPointerChecker::optionSpecs() {
  return {
      OptionSpec::string("report",
                         "Which misuse of a released pointer the rule "
                         "reports: \"double-free\" (released again) or "
                         "\"use-after-free\" (dereferenced, indexed, a member "
                         "accessed, or passed to an access function)")
          .required()
          .validate(validators::oneOf({"double-free", "use-after-free"})),
      OptionSpec::list("deallocators",
                       "Library functions that release the block their "
                       "first argument points to; 'delete' and 'delete[]' "
                       "are always included",
                       {"free", "cfree"})
          .validate(validators::nonEmpty()),
      OptionSpec::list(
          "accessFunctions",
          "Library functions that read or write through their pointer "
          "arguments: passing a released pointer to one is a use",
          {"memcpy",  "memmove", "memcmp",  "memset",  "memchr",  "bcopy",
           "bzero",   "strlen",  "strnlen", "strcpy",  "strncpy", "strcat",
           "strncat", "strcmp",  "strncmp", "strchr",  "strrchr", "strstr",
           "strdup",  "strndup", "strspn",  "strcspn", "strpbrk", "strtok",
           "fputs",   "puts",    "fgets",   "fread",   "fwrite",  "read",
           "write",   "send",    "recv",    "realloc", "atoi",    "strtol",
           "strtoul", "strtod",  "sprintf", "snprintf"}),
  };
}

FreedPointerChecker::FreedPointerChecker(const RuleBinding &Binding,
                                         TranslationUnitContext &TU)
    : Checker(Binding, TU),
      ReportDoubleFree(options().getString("report") == "double-free"),
      Deallocators(options().getList("deallocators")),
      DeallocatorSet(toSet(Deallocators)),
      AccessFunctions(toSet(options().getList("accessFunctions"))) {}

void FreedPointerChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(callee(functionDecl(libraryFunction(Deallocators))))
          .bind("release"),
      this);
  Finder->addMatcher(cxxDeleteExpr().bind("release"), this);
}

void FreedPointerChecker::check(const MatchFinder::MatchResult &R) {
  std::optional<Release> Released =
      releaseOf(R.Nodes.getNodeAs<Stmt>("release"), DeallocatorSet);
  if (!Released)
    return;
  // Only a local variable or parameter: its enclosing function is its
  // declaration context, and nothing outside the function can change it.
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
      entityReference(Released->Pointer->IgnoreParenCasts()));
  if (!Ref)
    return;
  const auto *Function =
      dyn_cast<FunctionDecl>(Ref->getDecl()->getDeclContext());
  if (!Function || Function->isDependentContext() ||
      !trackedEntity(Released->Pointer, *Function))
    return;
  if (Analysed.insert(Function).second)
    analyse(*Function);
}

namespace {

/// What the analysis knows about one variable at a program point.
struct Freed {
  /// The release that reached here, the first in the source when several
  /// did; null when no path to here released the variable since it was
  /// last assigned.
  const Stmt *Site = nullptr;
  /// Every path to here released it.
  bool Must = false;

  bool operator==(const Freed &O) const {
    return Site == O.Site && Must == O.Must;
  }
};

struct FreedState {
  llvm::SmallVector<Freed, 4> Vars;
  const SourceManager *SM = nullptr;

  bool operator==(const FreedState &O) const { return Vars == O.Vars; }

  void join(const FreedState &O) {
    for (size_t I = 0; I < Vars.size(); ++I) {
      Freed &A = Vars[I];
      const Freed &B = O.Vars[I];
      A.Must = A.Must && B.Must;
      // Joining keeps the earliest release in the source, so that the
      // result does not depend on the order blocks are visited in.
      if (!A.Site || (B.Site && isEarlier(B.Site, A.Site, *SM)))
        A.Site = B.Site;
    }
  }
};

/// The past participle for a release: 'freed' or 'deleted'.
llvm::StringRef releasedWord(HeapKind K) {
  return K == HeapKind::Malloc ? "freed" : "deleted";
}

/// Runs the transfer function of one function's analysis.
class FreedAnalysis {
public:
  FreedAnalysis(const FunctionDecl &Function, const CFG &G,
                const llvm::StringSet<> &Deallocators,
                const llvm::StringSet<> &AccessFunctions, bool DoubleFree)
      : Function(Function), Uses(G), Deallocators(Deallocators),
        AccessFunctions(AccessFunctions), DoubleFree(DoubleFree) {
    // Only variables that the function releases somewhere can be released.
    for (const CFGBlock *B : G) {
      unsigned I = 0;
      for (const CFGElement &E : *B) {
        const Stmt *St = statementOf(E);
        if (std::optional<Release> R = releaseOf(St, Deallocators))
          if (const ValueDecl *V = trackedEntity(R->Pointer, Function);
              V && isa<VarDecl>(V)) {
            ReleasePoints[St] = {B, I};
            if (!Index.count(V)) {
              Index[V] = Vars.size();
              Vars.push_back(V);
            }
          }
        ++I;
      }
    }
    // Where each of them is changed.
    Changes.resize(Vars.size());
    for (const CFGBlock *B : G) {
      unsigned I = 0;
      for (const CFGElement &E : *B) {
        if (const Stmt *St = statementOf(E)) {
          llvm::SmallVector<const ValueDecl *, 2> Changed;
          changedBy(St, Changed);
          for (const ValueDecl *V : Changed)
            if (auto It = Index.find(V); It != Index.end())
              Changes[It->second].push_back({B, I});
        }
        ++I;
      }
    }
  }

  bool empty() const { return Vars.empty(); }
  CFGPoint pointOf(const Stmt *Release) const {
    return ReleasePoints.lookup(Release);
  }

  /// True when some path from the release to the misuse assigns the
  /// variable again: the path that does not is then one that the branch
  /// guarding the assignment rules out, most of the time ('if (a) p = x;
  /// else if (b) p = y;' with a or b always true).
  bool changedOnSomePath(const CFG &G, const ValueDecl *Var, CFGPoint Release,
                         CFGPoint Misuse) const {
    for (CFGPoint Change : Changes[Index.lookup(Var)])
      if (reaches(G, Release, Change) && reaches(G, Change, Misuse))
        return true;
    return false;
  }
  size_t size() const { return Vars.size(); }

  /// A finding the reporting pass produces.
  struct Misuse {
    const ValueDecl *Var;
    const Stmt *At;     ///< the second release, or the use
    SourceLocation Loc; ///< where to point at
    SourceRange Range;  ///< what to highlight, starting at Loc
    CFGPoint Point;     ///< where At is in the CFG
    const Stmt *FirstRelease;
    bool Must;
    std::string Use; ///< how a use uses the pointer
  };

  void transfer(const CFGBlock &B, FreedState &S,
                std::vector<Misuse> *Findings) const {
    unsigned Element = 0;
    for (const CFGElement &E : B) {
      CFGPoint Here{&B, Element++};
      const Stmt *St = statementOf(E);
      if (!St)
        continue;
      if (std::optional<Release> R = releaseOf(St, Deallocators)) {
        if (std::optional<unsigned> I = indexOf(R->Pointer)) {
          Freed &F = S.Vars[*I];
          if (F.Site && DoubleFree && Findings)
            Findings->push_back({Vars[*I], St, R->Loc,
                                 SourceRange(R->Loc, St->getEndLoc()), Here,
                                 F.Site, F.Must, std::string()});
          F = {St, true};
        }
        continue;
      }
      forgetChanges(St, S);
      if (!DoubleFree)
        checkUse(Here, St, S, Findings);
    }
  }

private:
  std::optional<unsigned> indexOf(const Expr *E) const {
    const ValueDecl *V = trackedEntity(E, Function);
    auto It = Index.find(V);
    if (!V || It == Index.end())
      return std::nullopt;
    return It->second;
  }

  void forget(const ValueDecl *V, FreedState &S) const {
    auto It = Index.find(V);
    if (It != Index.end())
      S.Vars[It->second] = Freed();
  }

  /// Assignments, new declarations and references that may change the
  /// variable (its address taken, a non-const reference bound to it) end
  /// what is known about its release.
  static void changedBy(const Stmt *St,
                        llvm::SmallVectorImpl<const ValueDecl *> &Changed,
                        const ReferenceUses &Uses) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(St)) {
      if (Uses.mayChange(Ref))
        Changed.push_back(Ref->getDecl());
    } else if (const auto *Op = dyn_cast<BinaryOperator>(St)) {
      if (Op->getOpcode() == BO_Assign)
        if (const ValueDecl *V =
                referencedEntity(entityReference(Op->getLHS())))
          Changed.push_back(V);
    } else if (const auto *Decls = dyn_cast<DeclStmt>(St)) {
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D))
          Changed.push_back(Var);
    } else if (const auto *Lambda = dyn_cast<LambdaExpr>(St)) {
      for (const LambdaCapture &C : Lambda->captures())
        if (C.capturesVariable() && C.getCaptureKind() == LCK_ByRef)
          if (const auto *Var = dyn_cast<VarDecl>(C.getCapturedVar()))
            Changed.push_back(Var);
    }
  }
  void changedBy(const Stmt *St,
                 llvm::SmallVectorImpl<const ValueDecl *> &Changed) const {
    changedBy(St, Changed, Uses);
  }

  void forgetChanges(const Stmt *St, FreedState &S) const {
    llvm::SmallVector<const ValueDecl *, 2> Changed;
    changedBy(St, Changed);
    for (const ValueDecl *V : Changed)
      forget(V, S);
  }

  void checkUse(CFGPoint Here, const Stmt *St, FreedState &S,
                std::vector<Misuse> *Findings) const {
    // Highlight is the use: the whole expression, or the argument passed.
    auto Use = [&](const Expr *Pointer, std::string How,
                   const Expr *Highlight) {
      std::optional<unsigned> I = indexOf(Pointer);
      if (!I || !S.Vars[*I].Site)
        return;
      if (Findings)
        Findings->push_back({Vars[*I], St, Highlight->getBeginLoc(),
                             Highlight->getSourceRange(), Here, S.Vars[*I].Site,
                             S.Vars[*I].Must, std::move(How)});
      // Later uses on the same path follow from this one.
      S.Vars[*I] = Freed();
    };
    if (const auto *Op = dyn_cast<UnaryOperator>(St)) {
      if (Op->getOpcode() == UO_Deref)
        Use(Op->getSubExpr(), "dereferenced", Op);
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(St)) {
      if (Subscript->getBase()->getType()->isPointerType())
        Use(Subscript->getBase(), "indexed", Subscript);
    } else if (const auto *Member = dyn_cast<MemberExpr>(St)) {
      if (Member->isArrow())
        Use(Member->getBase(),
            "used to access member '" +
                Member->getMemberDecl()->getNameAsString() + "'",
            Member);
    } else if (const auto *Call = dyn_cast<CallExpr>(St)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Callee || isa<CXXMemberCallExpr>(Call))
        return;
      llvm::StringRef Name = libraryNameOf(*Callee);
      if (Name.empty() || !AccessFunctions.contains(Name))
        return;
      for (const Expr *Arg : Call->arguments())
        if (Arg->getType()->isPointerType())
          Use(Arg, ("passed to '" + Name + "'").str(), Arg);
    }
  }

  const FunctionDecl &Function;
  ReferenceUses Uses;
  const llvm::StringSet<> &Deallocators;
  const llvm::StringSet<> &AccessFunctions;
  bool DoubleFree;
  llvm::DenseMap<const ValueDecl *, unsigned> Index;
  std::vector<const ValueDecl *> Vars;
  llvm::DenseMap<const Stmt *, CFGPoint> ReleasePoints;
  std::vector<llvm::SmallVector<CFGPoint, 2>> Changes;
};

} // namespace

void FreedPointerChecker::analyse(const FunctionDecl &Function) {
  const CFG *G = context().cfg(Function);
  if (!G)
    return;
  FreedAnalysis Analysis(Function, *G, DeallocatorSet, AccessFunctions,
                         ReportDoubleFree);
  if (Analysis.empty())
    return;
  const SourceManager &SM = context().sourceManager();
  FreedState Entry;
  Entry.Vars.resize(Analysis.size());
  Entry.SM = &SM;
  auto In = solveForward(*G, Entry, [&](const CFGBlock &B, FreedState &S) {
    Analysis.transfer(B, S, nullptr);
  });

  std::vector<FreedAnalysis::Misuse> Findings;
  for (const CFGBlock *B : *G) {
    if (!In[B->getBlockID()])
      continue;
    FreedState S = *In[B->getBlockID()];
    Analysis.transfer(*B, S, &Findings);
  }

  const char *Null = context().langOptions().CPlusPlus11 ? "nullptr" : "NULL";
  BranchCorrelation Branches(*G);
  for (const FreedAnalysis::Misuse &F : Findings) {
    // A may-analysis also follows paths no execution takes. Two shapes of
    // them are common enough to drop what is found on them: a release under
    // one branch and a use under another that tests the same variable
    // ('if (rc) free(p); ... if (!rc) use(p);'), and a release followed by
    // an assignment on some paths only, where the branch around the
    // assignment is always taken.
    if (!F.Must) {
      CFGPoint First = Analysis.pointOf(F.FirstRelease);
      if (Branches.testSameVariable(First.Block, F.Point.Block, F.Var) ||
          Analysis.changedOnSomePath(*G, F.Var, First, F.Point))
        continue;
    }
    std::string Name = F.Var->getNameAsString();
    std::optional<Release> First = releaseOf(F.FirstRelease, DeallocatorSet);
    std::string Message;
    if (ReportDoubleFree) {
      std::optional<Release> Second = releaseOf(F.At, DeallocatorSet);
      Message = "'" + Name + "' " + (F.Must ? "is " : "may be ") +
                releasedWord(Second->Kind).str() +
                " twice: " + (F.Must ? "every path" : "a path") + " to this '" +
                Second->Name +
                "' has already released it; release it once, "
                "or set '" +
                Name + "' to " + Null + " after releasing it";
    } else {
      Message = "'" + Name + "' is " + F.Use + " after it " +
                (F.Must ? "was " : "may have been ") +
                releasedWord(First->Kind).str() +
                (F.Must ? "" : " on a path to here") +
                "; release it only after its last use";
    }
    report(F.Loc, Message)
        .range(F.Range)
        .note(First->Loc,
              "'" + Name + "' is " + releasedWord(First->Kind).str() + " here");
  }
}

} // namespace warden::checkers
