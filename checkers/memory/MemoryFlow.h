//===- MemoryFlow.h - Shared pieces of the memory checkers ------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// What the checkers of freed pointers, mismatched deallocation, non-heap
/// frees and unscrubbed secrets share: which variables an intraprocedural
/// analysis can follow, how each reference to them is used, a forward
/// dataflow solver over clang's CFG, and the names of allocation and
/// deallocation expressions.
///
/// The CFG the SDK shares is built with every expression as an element of
/// its own, in evaluation order, so the analyses look at one node at a time
/// and never walk subtrees.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_MEMORY_MEMORYFLOW_H
#define WARDEN_CHECKERS_MEMORY_MEMORYFLOW_H

#include "warden/Checker.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/Dominators.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class SourceManager;
} // namespace clang

namespace warden::checkers::memory {

/// The entity a pointer analysis can follow through one function: a local
/// variable or parameter of that function, or a data member read through
/// 'this'. Null for anything else (globals, members of other objects,
/// variables captured by a lambda): other code may change those between
/// two statements of the function.
const clang::ValueDecl *trackedEntity(const clang::Expr *E,
                                      const clang::FunctionDecl &Function);

/// The reference to a tracked entity that E is, after parentheses: a
/// DeclRefExpr or a MemberExpr on 'this'; null otherwise.
const clang::Expr *entityReference(const clang::Expr *E);

/// The entity an entityReference() names.
const clang::ValueDecl *referencedEntity(const clang::Expr *Reference);

/// How the function uses each reference to a tracked entity. A reference is
/// a load (its value is read), the target of a plain assignment, or
/// anything else: its address is taken, it is incremented, bound to a
/// reference, captured by reference. Anything else may change the value, so
/// the analyses forget what they knew.
class ReferenceUses {
public:
  /// Classifies the references in the elements of G.
  explicit ReferenceUses(const clang::CFG &G);

  bool isLoad(const clang::Expr *Reference) const {
    return Loads.contains(Reference);
  }
  bool isAssignmentTarget(const clang::Expr *Reference) const {
    return Stores.contains(Reference);
  }
  /// Neither a load nor the target of a plain assignment.
  bool mayChange(const clang::Expr *Reference) const {
    return !isLoad(Reference) && !isAssignmentTarget(Reference);
  }

private:
  llvm::DenseSet<const clang::Expr *> Loads;
  llvm::DenseSet<const clang::Expr *> Stores;
};

/// The statement of a CFG element, or null for the other kinds (scope and
/// lifetime markers, implicit destructors).
inline const clang::Stmt *statementOf(const clang::CFGElement &E) {
  if (std::optional<clang::CFGStmt> S = E.getAs<clang::CFGStmt>())
    return S->getStmt();
  return nullptr;
}

/// Runs a forward dataflow analysis to its fixpoint and returns the state on
/// entry of each block reached from the function's entry (std::nullopt for
/// the others). State needs operator== and join(const State &); Transfer is
/// called as Transfer(const CFGBlock &, State &) and must be monotone.
template <typename State, typename TransferFn>
std::vector<std::optional<State>>
solveForward(const clang::CFG &G, const State &Entry, TransferFn Transfer) {
  unsigned N = G.getNumBlockIDs();
  std::vector<std::optional<State>> In(N), Out(N);
  clang::PostOrderCFGView Order(&G);
  clang::ForwardDataflowWorklist Worklist(G, &Order);
  const clang::CFGBlock *EntryBlock = &G.getEntry();
  Worklist.enqueueBlock(EntryBlock);
  while (const clang::CFGBlock *B = Worklist.dequeue()) {
    std::optional<State> S;
    if (B == EntryBlock) {
      S = Entry;
    } else {
      for (const clang::CFGBlock *Pred : B->preds()) {
        if (!Pred || !Out[Pred->getBlockID()])
          continue;
        if (!S)
          S = *Out[Pred->getBlockID()];
        else
          S->join(*Out[Pred->getBlockID()]);
      }
    }
    if (!S)
      continue;
    In[B->getBlockID()] = *S;
    Transfer(*B, *S);
    std::optional<State> &Previous = Out[B->getBlockID()];
    if (!Previous || !(*Previous == *S)) {
      Previous = std::move(S);
      Worklist.enqueueSuccessors(B);
    }
  }
  return In;
}

/// How a block of memory was obtained or is released.
enum class HeapKind {
  Malloc,   ///< malloc() and the other C allocation functions; free()
  New,      ///< new; delete
  NewArray, ///< new[]; delete[]
};

/// The spelling users know a kind by: 'malloc' family, 'new', 'new[]'.
llvm::StringRef allocationSpelling(HeapKind K);
/// The release that matches a kind: 'free', 'delete', 'delete[]'.
llvm::StringRef releaseSpelling(HeapKind K);

/// E without the parentheses, casts and cleanups around its value.
const clang::Expr *stripValue(const clang::Expr *E);

/// The allocation E evaluates to, looking through parentheses, casts and
/// cleanups: a call of one of MallocFunctions (library names), or a
/// new-expression that calls a replaceable global operator new (placement
/// new into an existing buffer allocates nothing).
std::optional<HeapKind>
allocationKind(const clang::Expr *E, const llvm::StringSet<> &MallocFunctions);

/// The pointer a deallocation releases, with its kind: the first argument
/// of a call of one of FreeFunctions, or the operand of a delete-expression.
struct Release {
  const clang::Expr *Pointer = nullptr;
  HeapKind Kind = HeapKind::Malloc;
  /// The name of the function or operator, as the user reads it: 'free',
  /// 'delete', 'delete[]'.
  std::string Name;
  /// Where to point at: the callee's name or the 'delete' keyword.
  clang::SourceLocation Loc;
};
std::optional<Release> releaseOf(const clang::Stmt *S,
                                 const llvm::StringSet<> &FreeFunctions);

/// The function whose body holds S, for a node with no declaration of its
/// own to go by (a 'this' member): the TU's enclosingFunction(), but only a
/// statement of the body itself counts (not a default argument or a member
/// initializer), as when the memory checkers tracked the last function
/// definition the matchers entered.
const clang::FunctionDecl *
functionAround(TranslationUnitContext &TU, const clang::Stmt &S,
               TranslationUnitContext::LambdaBodies Lambdas);

/// A total order on statements that follows the source where it can: true
/// when A comes before B. Joins of dataflow states keep the earlier of two
/// statements, so the fixpoint does not depend on the order of visits.
bool isEarlier(const clang::Stmt *A, const clang::Stmt *B,
               const clang::SourceManager &SM);

/// An element of a CFG block: its block and its index there.
struct CFGPoint {
  const clang::CFGBlock *Block = nullptr;
  unsigned Index = 0;
};

/// True when some path leads from just after From to To.
bool reaches(const clang::CFG &G, CFGPoint From, CFGPoint To);

/// Tells whether two blocks sit under different branches that test the
/// same variable, as in 'if (rc != 0) free(p); ... if (rc == 0) use(p);'.
/// A may-analysis joins both branches and sees a path through the release
/// and the use that no execution takes; findings on such paths are dropped.
/// The control dependencies are computed only when first asked for.
class BranchCorrelation {
public:
  explicit BranchCorrelation(const clang::CFG &G) : G(G) {}
  ~BranchCorrelation();

  /// True when a condition A depends on and one B depends on (directly or
  /// through enclosing branches, leaving out those both depend on) read a
  /// common variable other than Ignore.
  bool testSameVariable(const clang::CFGBlock *A, const clang::CFGBlock *B,
                        const clang::ValueDecl *Ignore);

private:
  llvm::SmallPtrSet<const clang::CFGBlock *, 8>
  dependencies(const clang::CFGBlock *B);

  const clang::CFG &G;
  std::unique_ptr<clang::ControlDependencyCalculator> Dependencies;
};

/// The set form of a list option, for lookups of canonical library names.
llvm::StringSet<> toSet(const std::vector<std::string> &Names);

} // namespace warden::checkers::memory

#endif // WARDEN_CHECKERS_MEMORY_MEMORYFLOW_H
