//===- FreeNonHeapChecker.cpp - Release of memory not on the heap ---------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "memory/FreeNonHeapChecker.h"
#include "memory/MemoryFlow.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

using namespace memory;

std::vector<OptionSpec> FreeNonHeapChecker::optionSpecs() {
  return {
      OptionSpec::list("deallocators",
                       "Library functions whose first argument must be a "
                       "block an allocation function returned; 'delete' and "
                       "'delete[]' are always checked",
                       {"free", "cfree", "realloc"})
          .validate(validators::nonEmpty()),
  };
}

FreeNonHeapChecker::FreeNonHeapChecker(const RuleBinding &Binding,
                                       TranslationUnitContext &TU)
    : Checker(Binding, TU), Deallocators(options().getList("deallocators")),
      DeallocatorSet(toSet(Deallocators)) {}

void FreeNonHeapChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(callee(functionDecl(libraryFunction(Deallocators))))
          .bind("release"),
      this);
  Finder->addMatcher(cxxDeleteExpr().bind("release"), this);
}

namespace {

/// Memory that is not a heap block, as the finding describes it.
struct NonHeap {
  std::string What;
  /// The declaration to point a note at.
  const NamedDecl *Declared = nullptr;
  /// A local pointer the memory was reached through.
  const VarDecl *Through = nullptr;
};

std::string quoted(const NamedDecl &D) {
  return "'" + D.getNameAsString() + "'";
}

/// "local variable 'x'", "static array 'buf'", "parameter 'p'".
std::string named(const VarDecl &Var, llvm::StringRef Noun) {
  if (isa<ParmVarDecl>(Var))
    return "parameter " + quoted(Var);
  llvm::StringRef Storage = Var.hasLocalStorage() ? "local"
                            : Var.isStaticLocal() ? "static"
                                                  : "global";
  return (Storage + " " + Noun + " ").str() + quoted(Var);
}

/// The variable an lvalue is, or is part of through '.' and the indexing
/// of an array.
const VarDecl *objectVariable(const Expr *E, bool &Whole) {
  E = E->IgnoreParens();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    // A reference names another object, possibly on the heap.
    if (!Var || Var->getType()->isReferenceType())
      return nullptr;
    return Var;
  }
  Whole = false;
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->isArrow() ? nullptr
                             : objectVariable(Member->getBase(), Whole);
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
    const Expr *Base = Subscript->getBase()->IgnoreParenImpCasts();
    if (Base->getType()->isArrayType())
      return objectVariable(Base, Whole);
  }
  return nullptr;
}

} // namespace

bool FreeNonHeapChecker::neverChanged(const VarDecl &Var) {
  const auto *Function = dyn_cast<FunctionDecl>(Var.getDeclContext());
  if (!Function)
    return false;
  const CFG *G = context().cfg(*Function);
  if (!G)
    return false;
  ReferenceUses Uses(*G);
  for (const CFGBlock *B : *G) {
    for (const CFGElement &E : *B) {
      const Stmt *S = statementOf(E);
      if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(S)) {
        if (Ref->getDecl() == &Var && !Uses.isLoad(Ref))
          return false;
      } else if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(S)) {
        for (const LambdaCapture &C : Lambda->captures())
          if (C.capturesVariable() && C.getCapturedVar() == &Var &&
              C.getCaptureKind() == LCK_ByRef)
            return false;
      }
    }
  }
  return true;
}

/// Describes the memory E points to when it is obviously not a heap block;
/// std::nullopt otherwise. Follow allows one step through a local pointer.
static std::optional<NonHeap>
nonHeapMemory(const Expr *E, bool Follow,
              llvm::function_ref<bool(const VarDecl &)> NeverChanged) {
  E = E->IgnoreParenCasts();
  if (isa<StringLiteral, PredefinedExpr>(E))
    return NonHeap{"a string literal"};
  if (const auto *Op = dyn_cast<UnaryOperator>(E)) {
    if (Op->getOpcode() != UO_AddrOf)
      return std::nullopt;
    bool Whole = true;
    const VarDecl *Var = objectVariable(Op->getSubExpr(), Whole);
    if (!Var)
      return std::nullopt;
    return NonHeap{(Whole ? "the address of " : "an address inside ") +
                       named(*Var, "variable"),
                   Var};
  }
  if (E->getType()->isArrayType()) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        return NonHeap{named(*Var, "array"), Var};
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      return NonHeap{"array member " + quoted(*Member->getMemberDecl()),
                     Member->getMemberDecl()};
    bool Whole = true;
    if (const VarDecl *Var = objectVariable(E, Whole))
      return NonHeap{"an array inside " + named(*Var, "variable"), Var};
    return std::nullopt;
  }
  if (const auto *Op = dyn_cast<BinaryOperator>(E)) {
    if (!Op->isAdditiveOp() || !Op->getType()->isPointerType())
      return std::nullopt;
    const Expr *Pointer =
        Op->getLHS()->getType()->isPointerType() ? Op->getLHS() : Op->getRHS();
    std::optional<NonHeap> Inner = nonHeapMemory(Pointer, Follow, NeverChanged);
    if (!Inner)
      return std::nullopt;
    if (Inner->Through)
      Inner->What = "a pointer computed from " + Inner->What;
    else
      Inner->What = "a pointer into " + Inner->What;
    return Inner;
  }
  // One step through a local pointer whose only value is its initializer.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Follow || !Var || !Var->hasLocalStorage() || isa<ParmVarDecl>(Var) ||
        !Var->getType()->isPointerType() || !Var->getInit() ||
        Ref->refersToEnclosingVariableOrCapture())
      return std::nullopt;
    std::optional<NonHeap> Inner =
        nonHeapMemory(Var->getInit(), /*Follow=*/false, NeverChanged);
    if (!Inner || !NeverChanged(*Var))
      return std::nullopt;
    Inner->What = quoted(*Var) + ", which points to " + Inner->What;
    Inner->Through = Var;
    return Inner;
  }
  return std::nullopt;
}

void FreeNonHeapChecker::check(const MatchFinder::MatchResult &R) {
  const auto *S = R.Nodes.getNodeAs<Stmt>("release");
  std::optional<Release> Released = releaseOf(S, DeallocatorSet);
  if (!Released)
    return;
  std::optional<NonHeap> Memory =
      nonHeapMemory(Released->Pointer, /*Follow=*/true,
                    [this](const VarDecl &Var) { return neverChanged(Var); });
  if (!Memory)
    return;
  bool Delete = isa<CXXDeleteExpr>(S);
  std::string Message =
      Delete ? "'" + Released->Name + "' is applied to " + Memory->What +
                   ", not to heap memory; delete only what 'new' returned"
             : "'" + Released->Name + "' is called on " + Memory->What +
                   ", not on heap memory; pass it only pointers that an "
                   "allocation function returned";
  const Expr *Pointer = Released->Pointer->IgnoreImpCasts();
  FindingBuilder Finding = report(Pointer->getBeginLoc(), Message);
  Finding.range(Pointer->getSourceRange());
  if (Memory->Through)
    Finding.note(Memory->Through->getLocation(),
                 quoted(*Memory->Through) + " is initialized here");
  if (Memory->Declared)
    Finding.note(Memory->Declared->getLocation(),
                 quoted(*Memory->Declared) + " is declared here");
}

} // namespace warden::checkers
