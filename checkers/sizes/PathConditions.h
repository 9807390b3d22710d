//===- PathConditions.h - Conditions that dominate a statement --*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// What a function has checked before a statement runs: the conditions of
/// the branches that every path to the statement takes the same way. In
///
///   if (n > MAX_COUNT || m == 0) return -1;
///   p = malloc(n * m);
///
/// both "n <= MAX_COUNT" and "m != 0" hold at the call. The conditions come
/// from the dominator tree of the shared CFG: a branch edge that dominates
/// the statement's block contributes its condition, with the polarity of the
/// edge. Assignments between the check and the statement are not tracked, so
/// a check that a later assignment invalidates still counts: the checkers
/// that use this prefer a missed finding to a false one.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_SIZES_PATHCONDITIONS_H
#define WARDEN_CHECKERS_SIZES_PATHCONDITIONS_H

#include "clang/Analysis/Analyses/Dominators.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>

namespace clang {
class ASTContext;
class CallExpr;
class CFG;
class CFGBlock;
class Expr;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace warden {
class TranslationUnitContext;
} // namespace warden

namespace warden::checkers {

/// True when A and B are the same expression up to parentheses and casts
/// (same variables, members, operators and constants).
bool sameValue(const clang::Expr *A, const clang::Expr *B,
               const clang::ASTContext &Context);

/// True for __builtin_mul_overflow and its relatives, and C23 ckd_mul and
/// its relatives where they are functions rather than macros.
bool isOverflowBuiltin(const clang::CallExpr &Call);

/// One comparison known to hold: Small < Big, or Small <= Big.
struct Ordering {
  const clang::Expr *Small;
  const clang::Expr *Big;
  bool Strict;
  /// Compared after conversion to an unsigned type: a negative Small became
  /// a huge value and failed the comparison.
  bool Unsigned;
};

/// What holds whenever a statement runs.
struct Conditions {
  llvm::SmallVector<Ordering, 8> Orderings;
  /// Pairs known to differ (from 'a != b' or '!(a == b)').
  llvm::SmallVector<std::pair<const clang::Expr *, const clang::Expr *>, 2>
      Unequal;
  /// Values with bits known to be clear, and the mask of those bits (from
  /// 'if (n & 1) ... else' or '(n & 0xFF000000) == 0').
  llvm::SmallVector<std::pair<const clang::Expr *, const clang::Expr *>, 2>
      ClearBits;
  /// The whole conditions of the dominating branches, whichever way they
  /// went: 'if (m != 0 && n > SIZE_MAX / m) return;' checks n * m although
  /// neither of its edges dominates what follows (m may be 0 there).
  llvm::SmallVector<const clang::Expr *, 8> Tested;

  /// The expressions compared as greater than (or equal to) E.
  template <typename Fn>
  void forEachUpperBound(const clang::Expr *E, const clang::ASTContext &Ctx,
                         Fn F) const {
    for (const Ordering &O : Orderings)
      if (sameValue(O.Small, E, Ctx))
        F(O);
  }
  /// The expressions compared as less than (or equal to) E.
  template <typename Fn>
  void forEachLowerBound(const clang::Expr *E, const clang::ASTContext &Ctx,
                         Fn F) const {
    for (const Ordering &O : Orderings)
      if (sameValue(O.Big, E, Ctx))
        F(O);
  }
};

/// The dominating branch conditions of every statement of one function.
class FunctionConditions {
public:
  explicit FunctionConditions(const clang::CFG &Cfg);
  ~FunctionConditions();

  /// The conditions that hold when S runs. S is looked up in the CFG, then,
  /// if the CFG has no element for it, Fallback; when neither is found (the
  /// statement is unreachable or outside the body) nothing is known.
  const Conditions &at(const clang::Stmt *S,
                       const clang::Stmt *Fallback = nullptr);

  /// True when Pred holds for the whole condition of a branch on some path
  /// to S, dominating or not.
  bool anyConditionBefore(const clang::Stmt *S, const clang::Stmt *Fallback,
                          llvm::function_ref<bool(const clang::Expr *)> Pred);

  /// The CFG block that evaluates S, or null.
  const clang::CFGBlock *blockOf(const clang::Stmt *S) const;

private:
  void collect(const clang::CFGBlock *Block, Conditions &Out);

  clang::CFGDomTree DomTree;
  llvm::DenseMap<const clang::Stmt *, const clang::CFGBlock *> BlockOf;
  llvm::DenseMap<const clang::CFGBlock *, std::unique_ptr<Conditions>> ByBlock;
  Conditions Nothing;
};

/// Builds FunctionConditions on first use, once per function and checker.
class ConditionCache {
public:
  explicit ConditionCache(TranslationUnitContext &TU) : TU(TU) {}
  ~ConditionCache();

  /// The conditions of the function containing S, or null when S is not in
  /// a function body or the function has no CFG.
  FunctionConditions *forStatement(const clang::Stmt &S);
  FunctionConditions *forFunction(const clang::FunctionDecl &Function);

private:
  TranslationUnitContext &TU;
  llvm::DenseMap<const clang::FunctionDecl *,
                 std::unique_ptr<FunctionConditions>>
      Functions;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_SIZES_PATHCONDITIONS_H
