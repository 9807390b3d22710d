//===- SizeSignConversionChecker.cpp - Signed values used as sizes --------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "sizes/SizeSignConversionChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> SizeSignConversionChecker::optionSpecs() {
  return {
      OptionSpec::map("functions",
                      "Functions to check, by their C name, with the 1-based "
                      "positions of their size arguments (\"1,2\" for "
                      "several); std:: and _FORTIFY_SOURCE forms are included",
                      {{"memcpy", "3"},    {"memmove", "3"}, {"memset", "3"},
                       {"memcmp", "3"},    {"malloc", "1"},  {"calloc", "1,2"},
                       {"realloc", "2"},   {"read", "3"},    {"write", "3"},
                       {"pread", "3"},     {"pwrite", "3"},  {"recv", "3"},
                       {"recvfrom", "3"},  {"send", "3"},    {"sendto", "3"},
                       {"strncpy", "3"},   {"strncat", "3"}, {"snprintf", "2"},
                       {"vsnprintf", "2"}, {"fread", "2,3"}, {"fwrite", "2,3"}})
          .validate(validators::positionListValues()),
  };
}

/// One way a local variable gets a value.
struct Definition {
  /// Escape: the variable's address is taken, or it is bound to a non-const
  /// reference, so it may change anywhere.
  enum Kind { Value, Keep, Unknown, Escape } K;
  /// For Value: the value assigned. For Keep: the operand of a compound
  /// assignment that keeps a non-negative variable non-negative when the
  /// operand is ('n += k', 'n *= k'), or null ('n++').
  const Expr *E;
};

struct SizeSignConversionChecker::Definitions {
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<Definition, 2>> Of;
};

namespace {

/// Collects the definitions of every local variable of a function body.
class DefinitionCollector : public RecursiveASTVisitor<DefinitionCollector> {
public:
  explicit DefinitionCollector(SizeSignConversionChecker::Definitions &Out)
      : Out(Out) {}

  bool VisitVarDecl(VarDecl *D) {
    if (!D->hasLocalStorage() || isa<ParmVarDecl>(D))
      return true;
    if (const Expr *Init = D->getInit())
      Out.Of[D].push_back({Definition::Value, Init});
    else
      Out.Of[D]; // Declared, but no value yet.
    // A reference bound to a variable can change it behind its back.
    if (D->getType()->isReferenceType() && !isConstReference(D->getType()))
      if (const Expr *Init = D->getInit())
        escape(Init);
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    const VarDecl *V = variable(BO->getLHS());
    if (!V || !BO->isAssignmentOp())
      return true;
    switch (BO->getOpcode()) {
    case BO_Assign:
      Out.Of[V].push_back({Definition::Value, BO->getRHS()});
      break;
    case BO_AddAssign:
    case BO_MulAssign:
    case BO_DivAssign:
    case BO_RemAssign:
    case BO_ShrAssign:
    case BO_ShlAssign:
    case BO_AndAssign:
    case BO_OrAssign:
      Out.Of[V].push_back({Definition::Keep, BO->getRHS()});
      break;
    default:
      Out.Of[V].push_back({Definition::Unknown, nullptr});
      break;
    }
    return true;
  }

  bool VisitUnaryOperator(UnaryOperator *U) {
    const VarDecl *V = variable(U->getSubExpr());
    if (!V)
      return true;
    if (U->isIncrementOp())
      Out.Of[V].push_back({Definition::Keep, nullptr});
    else if (U->isDecrementOp())
      Out.Of[V].push_back({Definition::Unknown, nullptr});
    else if (U->getOpcode() == UO_AddrOf)
      Out.Of[V].push_back({Definition::Escape, nullptr});
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    // Arguments bound to non-const references (std::cin >> n, swap(a, b)).
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true;
    unsigned Shift = 0;
    if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee))
      Shift = 1; // The object is argument 0.
    for (unsigned I = Shift; I < Call->getNumArgs(); ++I) {
      unsigned P = I - Shift;
      if (P < Callee->getNumParams() &&
          Callee->getParamDecl(P)->getType()->isReferenceType() &&
          !isConstReference(Callee->getParamDecl(P)->getType()))
        escape(Call->getArg(I));
    }
    return true;
  }

  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    for (const LambdaCapture &C : Lambda->captures())
      if (C.capturesVariable() && C.getCaptureKind() == LCK_ByRef)
        if (const auto *V = dyn_cast<VarDecl>(C.getCapturedVar()))
          Out.Of[V].push_back({Definition::Escape, nullptr});
    return true;
  }

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

private:
  static bool isConstReference(QualType T) {
    return T->getPointeeType().isConstQualified();
  }
  static const VarDecl *variable(const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    if (!Ref)
      return nullptr;
    const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
    return V && V->hasLocalStorage() && !isa<ParmVarDecl>(V) ? V : nullptr;
  }
  void escape(const Expr *E) {
    if (const VarDecl *V = variable(E))
      Out.Of[V].push_back({Definition::Escape, nullptr});
  }

  SizeSignConversionChecker::Definitions &Out;
};

std::optional<llvm::APSInt> constantValue(const Expr *E,
                                          const ASTContext &Context) {
  if (E->isValueDependent() || !E->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  Expr::EvalResult Result;
  if (!E->EvaluateAsInt(Result, Context))
    return std::nullopt;
  return Result.Val.getInt();
}

/// The signed values implicitly converted to an unsigned type on their way
/// into a size argument: the argument itself, or operands of the unsigned
/// sum or product it is ('n * sizeof(T)' converts n).
void collectConversions(const Expr *E,
                        llvm::SmallVectorImpl<const Expr *> &Out) {
  E = E->IgnoreParens();
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E)) {
    const Expr *Sub = Cast->getSubExpr();
    QualType From = Sub->getType();
    if (Cast->getCastKind() == CK_IntegralCast &&
        Cast->getType()->isUnsignedIntegerType() &&
        From->isSignedIntegerType() && !From->isEnumeralType())
      Out.push_back(Sub);
    return;
  }
  if (!E->getType()->isUnsignedIntegerType())
    return;
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Mul || BO->getOpcode() == BO_Add) {
      collectConversions(BO->getLHS(), Out);
      collectConversions(BO->getRHS(), Out);
    }
    return;
  }
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    collectConversions(Cond->getTrueExpr(), Out);
    collectConversions(Cond->getFalseExpr(), Out);
  }
}

/// How the finding names the value: its source text when short.
std::string describe(const Expr &E, const ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  // Through macro arguments to what the user wrote; not a macro body.
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E.IgnoreParenImpCasts()->getSourceRange()),
      SM, Context.getLangOpts());
  if (Range.isInvalid())
    return "";
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, Context.getLangOpts());
  if (Text.empty() || Text.size() > 40 || Text.contains('\n'))
    return "";
  return Text.str();
}

std::string typeName(QualType T, const ASTContext &Context) {
  if (Context.hasSameUnqualifiedType(T, Context.getSizeType()))
    return "size_t";
  return T.getCanonicalType().getUnqualifiedType().getAsString(
      Context.getPrintingPolicy());
}

constexpr unsigned MaxDepth = 12;

/// The return statements of a function body, not of lambdas or local
/// classes inside it.
void collectReturns(const Stmt *S,
                    llvm::SmallVectorImpl<const ReturnStmt *> &Out) {
  if (!S || isa<LambdaExpr>(S) || isa<DeclStmt>(S))
    return;
  if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
    Out.push_back(Return);
    return;
  }
  for (const Stmt *Child : S->children())
    collectReturns(Child, Out);
}

bool refersTo(const Expr *E, const VarDecl &Var) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref && Ref->getDecl() == &Var;
}

/// What the last assignment of Var before Use in Use's CFG block assigns:
/// 'n = (int)size; p = malloc(n);' uses the value just assigned, whatever
/// other values n takes elsewhere. Sets Found when there is such an
/// assignment; the result is null when it is not a plain one (n += k).
const Expr *assignedBefore(const VarDecl &Var, const DeclRefExpr &Use,
                           FunctionConditions &Flow, bool &Found) {
  Found = false;
  const CFGBlock *Block = Flow.blockOf(&Use);
  if (!Block)
    return nullptr;
  const Expr *Last = nullptr;
  bool Assigned = false;
  for (const CFGElement &Element : *Block) {
    std::optional<CFGStmt> S = Element.getAs<CFGStmt>();
    if (!S)
      continue;
    const Stmt *St = S->getStmt();
    if (St == &Use) {
      Found = Assigned;
      return Last;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(St)) {
      if (BO->isAssignmentOp() && refersTo(BO->getLHS(), Var)) {
        Assigned = true;
        Last = BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr;
      }
    } else if (const auto *U = dyn_cast<UnaryOperator>(St)) {
      if (U->isIncrementDecrementOp() && refersTo(U->getSubExpr(), Var)) {
        Assigned = true;
        Last = nullptr;
      }
    } else if (const auto *DS = dyn_cast<DeclStmt>(St)) {
      for (const Decl *D : DS->decls())
        if (D == &Var) {
          Assigned = true;
          Last = Var.getInit();
        }
    }
  }
  return nullptr;
}

} // namespace

SizeSignConversionChecker::SizeSignConversionChecker(const RuleBinding &Binding,
                                                     TranslationUnitContext &TU)
    : Checker(Binding, TU),
      Functions(options().getPositionLists("functions")), Cache(TU) {}

SizeSignConversionChecker::~SizeSignConversionChecker() = default;

void SizeSignConversionChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(callee(functionDecl(libraryFunction(functionNames(Functions)))
                          .bind("function")))
          .bind("call"),
      this);
}

SizeSignConversionChecker::Definitions &
SizeSignConversionChecker::definitionsOf(const Stmt &S) {
  static Definitions None;
  const FunctionDecl *Function = context().enclosingFunction(S);
  if (!Function || !Function->getBody())
    return None;
  std::unique_ptr<Definitions> &Slot = DefinitionsByFunction[Function];
  if (!Slot) {
    Slot = std::make_unique<Definitions>();
    DefinitionCollector(*Slot).TraverseStmt(Function->getBody());
  }
  return *Slot;
}

bool SizeSignConversionChecker::isNonNegativeVariable(const VarDecl &Var,
                                                      const DeclRefExpr &Use,
                                                      const Stmt &Context,
                                                      FunctionConditions *Flow,
                                                      unsigned Depth) {
  ASTContext &AST = context().astContext();
  // const int N = 16; constexpr, enumerators: their value is known.
  if (Var.getType().isConstQualified() && Var.getInit() &&
      !Var.getInit()->isValueDependent()) {
    if (std::optional<llvm::APSInt> V = constantValue(Var.getInit(), AST))
      return !V->isNegative();
  }
  // Only a local variable has all its assignments in view; that needs the
  // function's body, so not in the flow-free attempt.
  if (!Flow || !Var.hasLocalStorage() || isa<ParmVarDecl>(Var))
    return false;
  if (InProgress.contains(&Var))
    return true;
  if (!CurrentDefinitions)
    CurrentDefinitions = &definitionsOf(Context);
  auto It = CurrentDefinitions->Of.find(&Var);
  if (It == CurrentDefinitions->Of.end() || It->second.empty())
    return false;
  bool Escapes = llvm::any_of(It->second, [](const Definition &D) {
    return D.K == Definition::Escape;
  });
  if (!Escapes) {
    bool Found = false;
    const Expr *Value = assignedBefore(Var, Use, *Flow, Found);
    if (Found && Value) {
      InProgress.insert(&Var);
      bool Result = isNonNegative(Value, *Value, Flow, Depth + 1);
      InProgress.erase(&Var);
      return Result;
    }
  }
  InProgress.insert(&Var);
  bool All = llvm::all_of(It->second, [&](const Definition &D) {
    switch (D.K) {
    case Definition::Value:
      return isNonNegative(D.E, *D.E, Flow, Depth + 1);
    case Definition::Keep:
      return !D.E || isNonNegative(D.E, *D.E, Flow, Depth + 1);
    case Definition::Unknown:
    case Definition::Escape:
      return false;
    }
    return false;
  });
  InProgress.erase(&Var);
  return All;
}

bool SizeSignConversionChecker::isNonNegativeByConditions(
    const Expr *E, const Stmt &Context, FunctionConditions &Flow,
    unsigned Depth) {
  ASTContext &AST = context().astContext();
  const Conditions &Facts = Flow.at(E, &Context);
  bool Proven = false;
  Facts.forEachLowerBound(E, AST, [&](const Ordering &O) {
    if (Proven || O.Unsigned)
      return;
    if (std::optional<llvm::APSInt> Low = constantValue(O.Small, AST))
      Proven = O.Strict ? *Low >= -1 : !Low->isNegative();
    else
      Proven = isNonNegative(O.Small, Context, &Flow, Depth + 1);
  });
  if (Proven)
    return true;
  // 'if ((size_t)n > sizeof buf) return;': the converted value passed the
  // comparison, so it is the bounded size the caller meant.
  Facts.forEachUpperBound(
      E, AST, [&](const Ordering &O) { Proven = Proven || O.Unsigned; });
  if (Proven)
    return true;
  // POSIX calls return -1 on failure and a count otherwise: 'if (n == -1)'
  // is the check.
  for (const auto &[L, R] : Facts.Unequal) {
    const Expr *Other = sameValue(L, E, AST)   ? R
                        : sameValue(R, E, AST) ? L
                                               : nullptr;
    if (Other)
      if (std::optional<llvm::APSInt> V = constantValue(Other, AST))
        if (*V == -1)
          return true;
  }
  return false;
}

bool SizeSignConversionChecker::isNonNegative(const Expr *E,
                                              const Stmt &Context,
                                              FunctionConditions *Flow,
                                              unsigned Depth) {
  ASTContext &AST = context().astContext();
  E = E->IgnoreParens();
  if (Depth > MaxDepth)
    return false;
  if (E->isValueDependent() || E->getType()->isUnsignedIntegerType())
    return true;
  if (std::optional<llvm::APSInt> V = constantValue(E, AST))
    return !V->isNegative();
  if (Flow && isNonNegativeByConditions(E, Context, *Flow, Depth))
    return true;
  auto NonNegative = [&](const Expr *Sub) {
    return isNonNegative(Sub, Context, Flow, Depth + 1);
  };

  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    const Expr *Sub = Cast->getSubExpr();
    QualType From = Sub->getType();
    if (From->isBooleanType())
      return true;
    if (!From->isIntegralOrEnumerationType())
      return false;
    // An unsigned value: zero-extended (uint8_t + uint8_t is an int sum of
    // two promoted bytes), or a length kept in an int (int n = strlen(s)),
    // which only a length beyond INT_MAX would turn negative.
    if (From->isUnsignedIntegerOrEnumerationType())
      return true;
    return NonNegative(Sub);
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return isNonNegativeVariable(*Var, *Ref, Context, Flow, Depth);
    return false;
  }
  // A function of the translation unit whose every return value is
  // non-negative: 'static int length(const char *s) { return (int)strlen(s);
  // }'.
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    const FunctionDecl *Definition = Callee ? Callee->getDefinition() : nullptr;
    if (!Definition || !Definition->getBody() ||
        !InProgressFunctions.insert(Definition).second)
      return false;
    llvm::SmallVector<const ReturnStmt *, 4> Returns;
    collectReturns(Definition->getBody(), Returns);
    bool All =
        !Returns.empty() &&
        llvm::all_of(Returns, [&](const ReturnStmt *Return) {
          return Return->getRetValue() &&
                 isNonNegative(Return->getRetValue(), *Return->getRetValue(),
                               nullptr, Depth + 1);
        });
    InProgressFunctions.erase(Definition);
    return All;
  }
  if (isa<UnaryExprOrTypeTraitExpr>(E))
    return true;
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E))
    return NonNegative(Cond->getTrueExpr()) &&
           NonNegative(Cond->getFalseExpr());
  if (const auto *U = dyn_cast<UnaryOperator>(E)) {
    if (U->getOpcode() == UO_LNot)
      return true;
    if (U->getOpcode() == UO_Plus || U->getOpcode() == UO_Extension)
      return NonNegative(U->getSubExpr());
    return false;
  }
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO)
    return false;
  const Expr *L = BO->getLHS(), *R = BO->getRHS();
  switch (BO->getOpcode()) {
  case BO_Add:
  case BO_Mul:
  case BO_Div:
  case BO_Shl:
  case BO_Shr:
  case BO_Or:
    return NonNegative(L) && NonNegative(R);
  case BO_Rem:
    return NonNegative(L);
  case BO_And:
    return NonNegative(L) || NonNegative(R);
  case BO_Comma:
  case BO_Assign:
    return NonNegative(R);
  case BO_Sub: {
    if (!Flow)
      return false;
    // 'if (end < start) return; ... end - start', or 'if (n < 4) return;
    // ... n - 4'.
    const Conditions &Facts = Flow->at(E, &Context);
    bool Proven = false;
    std::optional<llvm::APSInt> Subtracted = constantValue(R, AST);
    Facts.forEachLowerBound(L, AST, [&](const Ordering &O) {
      if (Proven || O.Unsigned)
        return;
      if (sameValue(O.Small, R, AST)) {
        Proven = true;
        return;
      }
      std::optional<llvm::APSInt> Low = constantValue(O.Small, AST);
      if (Low && Subtracted) {
        llvm::APSInt Min = Low->extend(Low->getBitWidth() + 1);
        if (O.Strict)
          ++Min;
        Proven = llvm::APSInt::compareValues(Min, *Subtracted) >= 0;
      }
    });
    return Proven;
  }
  default:
    return BO->isComparisonOp() || BO->isLogicalOp();
  }
}

void SizeSignConversionChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
  const auto *Function = R.Nodes.getNodeAs<FunctionDecl>("function");
  llvm::StringRef Name = libraryNameOf(*Function);
  auto It = Functions.find(Name);
  if (It == Functions.end())
    return;
  ASTContext &AST = *R.Context;
  for (unsigned Position : It->second) {
    if (Position >= Call->getNumArgs())
      continue;
    llvm::SmallVector<const Expr *, 2> Converted;
    collectConversions(Call->getArg(Position), Converted);
    for (const Expr *Value : Converted) {
      if (isNonNegative(Value, *Call, nullptr, 0))
        continue;
      FunctionConditions *Flow = Cache.forStatement(*Call);
      CurrentDefinitions = nullptr;
      if (Flow && isNonNegative(Value, *Call, Flow, 0))
        continue;
      std::string Text = describe(*Value, AST);
      std::string Message =
          "signed '" + typeName(Value->getType(), AST) + "' value " +
          (Text.empty() ? "" : "'" + Text + "' ") + "is converted to '" +
          typeName(Call->getArg(Position)->getType(), AST) +
          "' as a size of '" + Name.str() +
          "' and becomes huge if it is negative; check that it is not "
          "negative first or use an unsigned type";
      report(Value->getBeginLoc(), Message).range(Value->getSourceRange());
    }
  }
}

} // namespace warden::checkers
