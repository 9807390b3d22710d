//===- FloatEqualityChecker.cpp - == and != on floating values ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "control/FloatEqualityChecker.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> FloatEqualityChecker::optionSpecs() {
  return {
      OptionSpec::flag("allowZeroComparison",
                       "Accept a comparison with a literal zero ('x == 0.0'), "
                       "used to guard a division; CERT FLP02-C flags it too, "
                       "since a computed value is rarely exactly zero",
                       false),
      OptionSpec::flag("allowSelfComparison",
                       "Accept 'x != x' and 'x == x', the NaN test that "
                       "works without <math.h>",
                       true),
  };
}

FloatEqualityChecker::FloatEqualityChecker(const RuleBinding &Binding,
                                           TranslationUnitContext &TU)
    : Checker(Binding, TU),
      AllowZero(options().getBool("allowZeroComparison")),
      AllowSelf(options().getBool("allowSelfComparison")) {}

void FloatEqualityChecker::registerMatchers(MatchFinder *Finder) {
  // Built-in operators only: both operands have the common type after the
  // usual arithmetic conversions, so one test covers 'i == 1.5' too.
  Finder->addMatcher(
      binaryOperator(hasAnyOperatorName("==", "!=")).bind("compare"), this);
}

/// A literal zero, possibly negated or converted: 0, 0.0, -0.0f, '\0'.
static bool isZeroLiteral(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_Minus || U->getOpcode() == UO_Plus)
      E = U->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *F = dyn_cast<FloatingLiteral>(E))
    return F->getValue().isZero();
  if (const auto *I = dyn_cast<IntegerLiteral>(E))
    return I->getValue().isZero();
  return false;
}

/// An infinity: INFINITY and HUGE_VAL (__builtin_inf and relatives), or
/// std::numeric_limits<T>::infinity(). Comparing with one is exact.
static bool isInfinity(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_Minus)
      E = U->getSubExpr()->IgnoreParenImpCasts();
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call)
    return false;
  const FunctionDecl *F = Call->getDirectCallee();
  if (!F || !F->getIdentifier())
    return false;
  llvm::StringRef Name = F->getName();
  if (Name.starts_with("__builtin_inf") ||
      Name.starts_with("__builtin_huge_val"))
    return true;
  const auto *Method = dyn_cast<CXXMethodDecl>(F);
  return Method && Name == "infinity" && Method->getParent()->getIdentifier() &&
         Method->getParent()->getName() == "numeric_limits";
}

void FloatEqualityChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Op = R.Nodes.getNodeAs<BinaryOperator>("compare");
  const Expr *LHS = Op->getLHS();
  const Expr *RHS = Op->getRHS();
  // Real and complex floating types, _Float16 and __bf16 included.
  if (!LHS->getType()->isFloatingType())
    return;
  if (AllowSelf && Expr::isSameComparisonOperand(LHS, RHS))
    return;
  if (AllowZero && (isZeroLiteral(LHS) || isZeroLiteral(RHS)))
    return;
  if (isInfinity(LHS) || isInfinity(RHS))
    return;
  SourceLocation Loc = Op->getOperatorLoc();
  const SourceManager &SM = *R.SourceManager;
  // A comparison inside a library macro (isnan, isinf on some C libraries)
  // is not the user's.
  if (SM.isInSystemHeader(SM.getSpellingLoc(Loc)))
    return;
  std::string Opcode = Op->getOpcodeStr().str();
  report(Loc, "floating-point values compared with '" + Opcode +
                  "'; rounding makes exact equality unreliable: compare with "
                  "a tolerance, as in 'fabs(a - b) <= eps * fmax(fabs(a), "
                  "fabs(b))'");
}

} // namespace warden::checkers
