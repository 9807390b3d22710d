//===- AllocSizeOverflowChecker.cpp - Overflowing allocation sizes --------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "sizes/AllocSizeOverflowChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/APInt.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> AllocSizeOverflowChecker::optionSpecs() {
  return {
      OptionSpec::map("functions",
                      "Allocation functions, by their C name, with the "
                      "1-based positions of their size arguments (\"1,2\" "
                      "for several); std:: and builtin forms are included",
                      {{"malloc", "1"},
                       {"calloc", "1,2"},
                       {"realloc", "2"},
                       {"reallocarray", "2,3"},
                       {"aligned_alloc", "2"},
                       {"memalign", "2"},
                       {"posix_memalign", "3"},
                       {"valloc", "1"},
                       {"pvalloc", "1"},
                       {"alloca", "1"},
                       {"alloca_with_align", "1"}})
          .validate(validators::positionListValues()),
      OptionSpec::flag("useAllocSizeAttribute",
                       "Also check the size arguments of functions declared "
                       "with __attribute__((alloc_size(...))), such as a "
                       "project's own allocation wrappers",
                       true),
  };
}

AllocSizeOverflowChecker::AllocSizeOverflowChecker(const RuleBinding &Binding,
                                                   TranslationUnitContext &TU)
    : Checker(Binding, TU),
      Functions(options().getPositionLists("functions")),
      UseAllocSizeAttribute(options().getBool("useAllocSizeAttribute")),
      Cache(TU) {}

void AllocSizeOverflowChecker::registerMatchers(MatchFinder *Finder) {
  auto Allocator =
      UseAllocSizeAttribute
          ? functionDecl(anyOf(libraryFunction(functionNames(Functions)),
                               hasAttr(attr::AllocSize)))
          : functionDecl(libraryFunction(functionNames(Functions)));
  Finder->addMatcher(callExpr(callee(Allocator.bind("function"))).bind("call"),
                     this);
  Finder->addMatcher(cxxNewExpr(isArray()).bind("new"), this);
}

namespace {

/// Wide enough for the product of two 128-bit magnitudes.
constexpr unsigned Bits = 288;

llvm::APInt magnitude(const llvm::APSInt &V) {
  llvm::APSInt Abs = V.isNegative() ? -V.extend(V.getBitWidth() + 1) : V;
  return Abs.zextOrTrunc(Bits);
}

/// The largest value of an integer type, or 2^128 for other types.
llvm::APInt typeMax(QualType T, const ASTContext &Context) {
  T = T.getCanonicalType();
  if (T->isBooleanType())
    return llvm::APInt(Bits, 1);
  if (!T->isIntegralOrEnumerationType())
    return llvm::APInt::getOneBitSet(Bits, 128);
  unsigned Width = Context.getIntWidth(T);
  bool Signed = T->isSignedIntegerOrEnumerationType();
  return llvm::APInt::getLowBitsSet(Bits, Signed ? Width - 1 : Width);
}

const llvm::APInt &minimum(const llvm::APInt &A, const llvm::APInt &B) {
  return A.ult(B) ? A : B;
}

std::optional<llvm::APSInt> constantValue(const Expr *E,
                                          const ASTContext &Context) {
  if (E->isValueDependent() || !E->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  Expr::EvalResult Result;
  if (!E->EvaluateAsInt(Result, Context))
    return std::nullopt;
  return Result.Val.getInt();
}

/// Upper bounds on the magnitude of integer expressions, from their types,
/// constants and the conditions that hold where they are evaluated. Signed
/// values are taken as non-negative: a negative size is the business of
/// hs-int-size-sign-conversion.
class Ranges {
public:
  Ranges(const ASTContext &Context, const Conditions *Facts)
      : Context(Context), Facts(Facts) {}

  llvm::APInt max(const Expr *E) {
    E = E->IgnoreParens();
    if (std::optional<llvm::APSInt> C = constantValue(E, Context))
      return magnitude(*C);
    llvm::APInt Result = typeMax(E->getType(), Context);
    if (std::optional<llvm::APInt> Limit = checkedLimit(E))
      Result = minimum(Result, *Limit);
    Result = minimum(Result, structural(E, Result));
    return excludeTested(E, Result);
  }

  /// The product or sum of Op's operands before it is cut to Op's type.
  llvm::APInt unclamped(const BinaryOperator &Op) {
    llvm::APInt L = max(Op.getLHS()), R = max(Op.getRHS());
    return Op.getOpcode() == BO_Mul ? L * R : L + R;
  }

  /// True when every part of E is a constant, compared against a limit on
  /// every path to it, or (for a variable, member or call) narrow next to
  /// the operation it is part of. Sets SawLimit when a part is compared.
  bool bounded(const Expr *E, unsigned OperationWidth, bool &SawLimit) {
    E = E->IgnoreParens();
    if (constantValue(E, Context))
      return true;
    if (hasLimit(E)) {
      SawLimit = true;
      return true;
    }
    auto Bounded = [&](const Expr *Sub) {
      return bounded(Sub, OperationWidth, SawLimit);
    };
    if (const auto *Cast = dyn_cast<CastExpr>(E))
      if (Cast->getSubExpr()->getType()->isIntegralOrEnumerationType())
        return Bounded(Cast->getSubExpr());
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E))
      return Bounded(Cond->getTrueExpr()) && Bounded(Cond->getFalseExpr());
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      switch (BO->getOpcode()) {
      case BO_Div:
      case BO_Shr:
      case BO_Sub:
        return Bounded(BO->getLHS());
      case BO_Rem:
      case BO_And:
        return Bounded(BO->getLHS()) || Bounded(BO->getRHS());
      case BO_Mul:
      case BO_Add:
      case BO_Shl:
      case BO_Or:
      case BO_Xor:
        return Bounded(BO->getLHS()) && Bounded(BO->getRHS());
      default:
        break;
      }
    }
    return max(E).getActiveBits() <= OperationWidth / 2;
  }

  /// True when a dominating condition bounds E: an upper bound on the path,
  /// or any test of E against a value in the top half of its type
  /// ('if (len == 0xFFFFFFFF) return'), which shows the programmer had
  /// wrap-around in mind.
  bool hasLimit(const Expr *E) {
    if (!Facts)
      return false;
    bool Found = false;
    Facts->forEachUpperBound(E, Context,
                             [&](const Ordering &) { Found = true; });
    if (Found || !E->getType()->isIntegerType())
      return Found;
    llvm::APInt Half = typeMax(E->getType(), Context).lshr(1);
    return llvm::any_of(Facts->Tested, [&](const Expr *Cond) {
      return comparesWithLarge(Cond, E, Half);
    });
  }

private:
  bool comparesWithLarge(const Expr *Cond, const Expr *E,
                         const llvm::APInt &Half) {
    Cond = Cond->IgnoreParenImpCasts();
    if (const auto *Not = dyn_cast<UnaryOperator>(Cond);
        Not && Not->getOpcode() == UO_LNot)
      return comparesWithLarge(Not->getSubExpr(), E, Half);
    const auto *BO = dyn_cast<BinaryOperator>(Cond);
    if (!BO)
      return false;
    if (BO->isLogicalOp())
      return comparesWithLarge(BO->getLHS(), E, Half) ||
             comparesWithLarge(BO->getRHS(), E, Half);
    if (!BO->isComparisonOp())
      return false;
    auto Large = [&](const Expr *Side) {
      std::optional<llvm::APSInt> C = constantValue(Side, Context);
      return C && !C->isNegative() && magnitude(*C).ugt(Half);
    };
    return (sameValue(BO->getLHS(), E, Context) && Large(BO->getRHS())) ||
           (sameValue(BO->getRHS(), E, Context) && Large(BO->getLHS()));
  }

  /// Narrows Max with what the conditions exclude: 'n != UINT_MAX' takes the
  /// top value away, '!(n & 1)' every odd one.
  llvm::APInt excludeTested(const Expr *E, llvm::APInt Max) {
    if (!Facts)
      return Max;
    for (const auto &[L, R] : Facts->Unequal) {
      const Expr *Other = sameValue(L, E, Context)   ? R
                          : sameValue(R, E, Context) ? L
                                                     : nullptr;
      if (!Other)
        continue;
      std::optional<llvm::APSInt> C = constantValue(Other, Context);
      if (C && !C->isNegative() && magnitude(*C) == Max && !Max.isZero())
        Max -= 1;
    }
    for (const auto &[Value, Mask] : Facts->ClearBits) {
      if (!sameValue(Value, E, Context))
        continue;
      std::optional<llvm::APSInt> C = constantValue(Mask, Context);
      // Exact only when every value up to Max is possible: all ones.
      if (C && !C->isNegative() && (Max + 1).isPowerOf2())
        Max &= ~magnitude(*C);
    }
    return Max;
  }

  /// The smallest constant E is compared below.
  std::optional<llvm::APInt> checkedLimit(const Expr *E) {
    std::optional<llvm::APInt> Limit;
    if (!Facts)
      return Limit;
    Facts->forEachUpperBound(E, Context, [&](const Ordering &O) {
      std::optional<llvm::APSInt> C = constantValue(O.Big, Context);
      if (!C || C->isNegative())
        return;
      llvm::APInt V = magnitude(*C);
      if (O.Strict && !V.isZero())
        V -= 1;
      Limit = Limit ? minimum(*Limit, V) : V;
    });
    return Limit;
  }

  llvm::APInt structural(const Expr *E, const llvm::APInt &TypeMax) {
    if (const auto *Cast = dyn_cast<CastExpr>(E)) {
      const Expr *Sub = Cast->getSubExpr();
      if (Sub->getType()->isIntegralOrEnumerationType())
        return max(Sub);
      return TypeMax;
    }
    // A constant local: const unsigned short pad = isString ? 1 : 0.
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) &&
          Var->getType().isConstQualified() && Var->getInit() &&
          Var->getInit()->getType()->isIntegralOrEnumerationType() &&
          Depth < 8) {
        ++Depth;
        llvm::APInt Init = max(Var->getInit());
        --Depth;
        return Init;
      }
      return TypeMax;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
        if (Field->isBitField() && !Field->getBitWidth()->isValueDependent())
          return llvm::APInt::getLowBitsSet(
              Bits, std::min(Field->getBitWidthValue(Context), 128u));
      return TypeMax;
    }
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
      llvm::APInt T = max(Cond->getTrueExpr()), F = max(Cond->getFalseExpr());
      return T.ugt(F) ? T : F;
    }
    if (const auto *U = dyn_cast<UnaryOperator>(E)) {
      switch (U->getOpcode()) {
      case UO_Minus:
      case UO_Plus:
      case UO_Extension:
        return max(U->getSubExpr());
      case UO_LNot:
        return llvm::APInt(Bits, 1);
      default:
        return TypeMax;
      }
    }
    const auto *BO = dyn_cast<BinaryOperator>(E);
    if (!BO)
      return TypeMax;
    if (BO->isComparisonOp() || BO->isLogicalOp())
      return llvm::APInt(Bits, 1);
    if (BO->getOpcode() == BO_Comma || BO->getOpcode() == BO_Assign)
      return max(BO->getRHS());
    if (BO->isAssignmentOp())
      return TypeMax;
    llvm::APInt L = max(BO->getLHS());
    std::optional<llvm::APSInt> RC = constantValue(BO->getRHS(), Context);
    auto Shift = [&]() -> unsigned {
      return RC && !RC->isNegative()
                 ? unsigned(std::min<uint64_t>(RC->getLimitedValue(), 128))
                 : 0;
    };
    switch (BO->getOpcode()) {
    case BO_Mul:
      return L * max(BO->getRHS());
    case BO_Add:
      return L + max(BO->getRHS());
    case BO_Sub:
      // A difference is taken not to wrap around; an underflow is another
      // defect than the one this rule is about.
      return L;
    case BO_Div:
      return RC && RC->isStrictlyPositive() ? L.udiv(magnitude(*RC)) : L;
    case BO_Rem: {
      llvm::APInt R = max(BO->getRHS());
      return minimum(L, R);
    }
    case BO_Shl:
      return RC ? L.shl(Shift()) : TypeMax;
    case BO_Shr:
      return RC ? L.lshr(Shift()) : L;
    case BO_And:
      return minimum(L, max(BO->getRHS()));
    case BO_Or:
    case BO_Xor: {
      llvm::APInt R = max(BO->getRHS());
      unsigned Active = std::max(L.getActiveBits(), R.getActiveBits());
      return llvm::APInt::getLowBitsSet(Bits, Active);
    }
    default:
      return TypeMax;
    }
  }

  const ASTContext &Context;
  const Conditions *Facts;
  unsigned Depth = 0;
};

/// True for the operations this rule is about: a multiplication in any
/// type, and an addition in an unsigned type narrower than size_t. In
/// size_t, a sum of the sizes of objects in memory cannot wrap around; in a
/// signed type, a sum of non-negative values that overflows turns negative,
/// and the allocation of the huge size_t it becomes fails instead of
/// returning too small a block.
bool isCandidate(const BinaryOperator &Op, const ASTContext &Context) {
  if (!Op.getType()->isIntegerType() || Op.isValueDependent())
    return false;
  if (Op.getOpcode() == BO_Mul)
    return true;
  return Op.getOpcode() == BO_Add && Op.getType()->isUnsignedIntegerType() &&
         Context.getIntWidth(Op.getType()) <
             Context.getTypeSize(Context.getSizeType());
}

bool canOverflow(const BinaryOperator &Op, Ranges &R,
                 const ASTContext &Context) {
  return R.unclamped(Op).ugt(typeMax(Op.getType(), Context));
}

/// The operations of an arithmetic expression, innermost first.
template <typename Fn> void forEachOperation(const Expr *E, Fn F) {
  E = E->IgnoreParens();
  if (E->isValueDependent())
    return;
  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    if (Cast->getSubExpr()->getType()->isIntegralOrEnumerationType())
      forEachOperation(Cast->getSubExpr(), F);
    return;
  }
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    forEachOperation(Cond->getTrueExpr(), F);
    forEachOperation(Cond->getFalseExpr(), F);
    return;
  }
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO || !(BO->isAdditiveOp() || BO->isMultiplicativeOp() ||
               BO->isShiftOp() || BO->isBitwiseOp()))
    return;
  forEachOperation(BO->getLHS(), F);
  forEachOperation(BO->getRHS(), F);
  F(*BO);
}

/// The operands of Op and of the operations it is made of.
void collectParts(const Expr *E, llvm::SmallVectorImpl<const Expr *> &Parts) {
  E = E->IgnoreParenCasts();
  Parts.push_back(E);
  if (const auto *BO = dyn_cast<BinaryOperator>(E);
      BO && (BO->getOpcode() == BO_Mul || BO->getOpcode() == BO_Add)) {
    collectParts(BO->getLHS(), Parts);
    collectParts(BO->getRHS(), Parts);
  }
}

/// True when Limit divides by one of Parts: 'SIZE_MAX / m'.
bool dividesBy(const Expr *Limit, llvm::ArrayRef<const Expr *> Parts,
               const ASTContext &Context) {
  Limit = Limit->IgnoreParenCasts();
  const auto *BO = dyn_cast<BinaryOperator>(Limit);
  if (!BO)
    return false;
  if (BO->getOpcode() == BO_Div)
    for (const Expr *P : Parts)
      if (sameValue(BO->getRHS(), P, Context))
        return true;
  return dividesBy(BO->getLHS(), Parts, Context) ||
         dividesBy(BO->getRHS(), Parts, Context);
}

bool isPart(const Expr *E, llvm::ArrayRef<const Expr *> Parts,
            const ASTContext &Context) {
  return llvm::any_of(Parts,
                      [&](const Expr *P) { return sameValue(E, P, Context); });
}

/// True when a branch condition checks a product of Parts for overflow,
/// whichever way the branch went: a comparison of one part with a limit
/// divided by another ('n > SIZE_MAX / m'), or an overflow builtin given a
/// part.
bool testsOverflow(const Expr *Cond, llvm::ArrayRef<const Expr *> Parts,
                   const ASTContext &Context) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond);
      Not && Not->getOpcode() == UO_LNot)
    return testsOverflow(Not->getSubExpr(), Parts, Context);
  if (const auto *Call = dyn_cast<CallExpr>(Cond))
    return isOverflowBuiltin(*Call) &&
           llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
             return isPart(Arg, Parts, Context);
           });
  const auto *BO = dyn_cast<BinaryOperator>(Cond);
  if (!BO)
    return false;
  if (BO->isLogicalOp())
    return testsOverflow(BO->getLHS(), Parts, Context) ||
           testsOverflow(BO->getRHS(), Parts, Context);
  if (!BO->isComparisonOp())
    return false;
  return (isPart(BO->getLHS(), Parts, Context) &&
          dividesBy(BO->getRHS(), Parts, Context)) ||
         (isPart(BO->getRHS(), Parts, Context) &&
          dividesBy(BO->getLHS(), Parts, Context));
}

/// True when a dominating condition checks Op: its operands are all
/// bounded, at least one by a comparison with a limit, or a branch tests
/// the product for overflow.
bool isChecked(const BinaryOperator &Op, const Conditions &Facts, Ranges &R,
               const ASTContext &Context) {
  if (R.hasLimit(&Op))
    return true;
  // Operands that are all bounded, at least one by a comparison: the
  // programmer chose the limits (narrow operands are bounded by their type).
  unsigned Width = Context.getIntWidth(Op.getType());
  bool SawLimit = false;
  if (R.bounded(Op.getLHS(), Width, SawLimit) &&
      R.bounded(Op.getRHS(), Width, SawLimit) && SawLimit)
    return true;
  llvm::SmallVector<const Expr *, 8> Parts;
  collectParts(&Op, Parts);
  return llvm::any_of(Facts.Tested, [&](const Expr *Cond) {
    return testsOverflow(Cond, Parts, Context);
  });
}

/// How the user would name an integer type: 'size_t' for the type sizes
/// have, otherwise its canonical spelling.
std::string typeName(QualType T, const ASTContext &Context) {
  if (Context.hasSameUnqualifiedType(T, Context.getSizeType()))
    return "size_t";
  return T.getCanonicalType().getUnqualifiedType().getAsString(
      Context.getPrintingPolicy());
}

} // namespace

void AllocSizeOverflowChecker::check(const MatchFinder::MatchResult &R) {
  ASTContext &Context = *R.Context;
  if (const auto *New = R.Nodes.getNodeAs<CXXNewExpr>("new")) {
    if (std::optional<const Expr *> Size = New->getArraySize(); Size && *Size)
      checkSize(*Size, *New, "new[]", /*ArrayNew=*/true, Context);
    return;
  }
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
  const auto *Function = R.Nodes.getNodeAs<FunctionDecl>("function");
  llvm::StringRef Name = libraryNameOf(*Function);
  llvm::SmallVector<unsigned, 2> Positions;
  if (auto It = Functions.find(Name); !Name.empty() && It != Functions.end()) {
    Positions = It->second;
  } else if (const auto *Attr = Function->getAttr<AllocSizeAttr>()) {
    Name = Function->getName();
    Positions.push_back(Attr->getElemSizeParam().getASTIndex());
    if (Attr->getNumElemsParam().isValid())
      Positions.push_back(Attr->getNumElemsParam().getASTIndex());
  }
  for (unsigned Position : Positions)
    if (Position < Call->getNumArgs())
      checkSize(Call->getArg(Position), *Call, Name, /*ArrayNew=*/false,
                Context);
}

void AllocSizeOverflowChecker::checkSize(const Expr *Size,
                                         const Stmt &Allocation,
                                         llvm::StringRef Function,
                                         bool ArrayNew, ASTContext &Context) {
  // First from types and constants alone, which clears most allocations
  // without looking at the function's control flow.
  bool Possible = false;
  Ranges TypeRanges(Context, nullptr);
  forEachOperation(Size, [&](const BinaryOperator &Op) {
    Possible = Possible || (isCandidate(Op, Context) &&
                            canOverflow(Op, TypeRanges, Context));
  });
  if (!Possible)
    return;

  FunctionConditions *Flow = Cache.forStatement(Allocation);
  const BinaryOperator *Unchecked = nullptr;
  forEachOperation(Size, [&](const BinaryOperator &Op) {
    if (Unchecked || !isCandidate(Op, Context))
      return;
    static const Conditions None;
    const Conditions &Facts = Flow ? Flow->at(&Op, &Allocation) : None;
    Ranges R(Context, &Facts);
    if (!canOverflow(Op, R, Context) || isChecked(Op, Facts, R, Context))
      return;
    // An explicit overflow test of these operands on one of the paths
    // ('if (tiled) { ...; if (w > 65535 / h) return; }' with w = h = 1
    // otherwise) shows the programmer handled it, path by path.
    llvm::SmallVector<const Expr *, 8> Parts;
    collectParts(&Op, Parts);
    if (Flow &&
        Flow->anyConditionBefore(&Op, &Allocation, [&](const Expr *Cond) {
          return testsOverflow(Cond, Parts, Context);
        }))
      return;
    Unchecked = &Op;
  });
  if (Unchecked)
    reportOverflow(*Unchecked, Function, ArrayNew, Context);
}

void AllocSizeOverflowChecker::reportOverflow(const BinaryOperator &Op,
                                              llvm::StringRef Function,
                                              bool ArrayNew,
                                              ASTContext &Context) {
  bool Multiply = Op.getOpcode() == BO_Mul;
  bool Narrow = Context.getIntWidth(Op.getType()) <
                Context.getTypeSize(Context.getSizeType());
  std::string Builtin =
      Multiply ? "'__builtin_mul_overflow'" : "'__builtin_add_overflow'";
  std::string Message =
      std::string(Multiply ? "multiplication" : "addition") + " in the " +
      (ArrayNew ? "array size" : "size") + " of '" + Function.str() +
      "' can overflow '" + typeName(Op.getType(), Context) +
      "' and allocate too small " + (ArrayNew ? "an array" : "a block") + "; ";
  if (Narrow)
    Message += "compute it in 'size_t' or check it with " + Builtin;
  else if (Multiply && Function == "malloc")
    Message += "use 'calloc' or check it with " + Builtin;
  else if (Multiply && Function == "realloc")
    Message += "use 'reallocarray' or check it with " + Builtin;
  else
    Message += "check it with " + Builtin +
               " or compare the operands with a limit first";
  report(Op.getOperatorLoc(), Message);
}

} // namespace warden::checkers
