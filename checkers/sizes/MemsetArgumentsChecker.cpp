//===- MemsetArgumentsChecker.cpp - Suspicious memset arguments -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "sizes/MemsetArgumentsChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

void MemsetArgumentsChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(callee(functionDecl(libraryFunction({"memset", "wmemset"}))
                          .bind("function")))
          .bind("call"),
      this);
}

namespace {

std::optional<llvm::APSInt> constantValue(const Expr *E,
                                          const ASTContext &Context) {
  if (E->isValueDependent() || !E->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  Expr::EvalResult Result;
  if (!E->EvaluateAsInt(Result, Context))
    return std::nullopt;
  return Result.Val.getInt();
}

/// True when E is written at the call: directly, or as an argument of a
/// macro the call is in, but not the body of another macro ('LEN' defined
/// as 0 in one configuration).
bool writtenAtCall(const Expr &E, const CallExpr &Call,
                   const SourceManager &SM) {
  SourceLocation Loc = E.getBeginLoc();
  if (!Loc.isMacroID() || SM.isMacroArgExpansion(Loc))
    return true;
  return SM.getExpansionLoc(Loc) == SM.getExpansionLoc(Call.getBeginLoc());
}

bool isSizeof(const Expr *E) {
  const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(E->IgnoreParenImpCasts());
  return U && U->getKind() == UETT_SizeOf;
}

/// The type of the objects a destination argument points to.
QualType destinationElement(const Expr *Dest) {
  QualType T = Dest->IgnoreParenImpCasts()->getType();
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType();
  if (T->isArrayType())
    return T->castAsArrayTypeUnsafe()->getElementType();
  return QualType();
}

/// Where the finding about the whole call goes: the function's name.
SourceLocation calleeLocation(const CallExpr &Call) {
  if (const auto *Ref =
          dyn_cast<DeclRefExpr>(Call.getCallee()->IgnoreParenImpCasts()))
    return Ref->getLocation();
  return Call.getExprLoc();
}

std::string text(const Expr &E, const ASTContext &Context) {
  return Lexer::getSourceText(
             CharSourceRange::getTokenRange(E.getSourceRange()),
             Context.getSourceManager(), Context.getLangOpts())
      .str();
}

} // namespace

void MemsetArgumentsChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
  llvm::StringRef Name =
      libraryNameOf(*R.Nodes.getNodeAs<FunctionDecl>("function"));
  const ASTContext &Context = *R.Context;
  const SourceManager &SM = *R.SourceManager;
  // The _FORTIFY_SOURCE form has a fourth argument, the object size.
  if (Call->getNumArgs() < 3)
    return;
  const Expr *Dest = Call->getArg(0);
  const Expr *Fill = Call->getArg(1);
  const Expr *Size = Call->getArg(2);
  if (Fill->isValueDependent() || Size->isValueDependent())
    return;
  std::optional<llvm::APSInt> FillValue = constantValue(Fill, Context);
  std::optional<llvm::APSInt> SizeValue = constantValue(Size, Context);

  auto ReportSwap = [&](const std::string &Message) {
    FindingBuilder Finding = report(calleeLocation(*Call), Message);
    std::string FillText = text(*Fill, Context),
                SizeText = text(*Size, Context);
    if (!FillText.empty() && !SizeText.empty())
      Finding.fix(
          "swap the fill value and the size",
          {FixItHint::CreateReplacement(Fill->getSourceRange(), SizeText),
           FixItHint::CreateReplacement(Size->getSourceRange(), FillText)});
  };

  // memset(p, n, 0): nothing is written. A fill value known to be zero or
  // negative would make a swap meaningless, so the call is taken as meant.
  const auto *ZeroLiteral =
      dyn_cast<IntegerLiteral>(Size->IgnoreParenImpCasts());
  if (ZeroLiteral && ZeroLiteral->getValue().isZero() &&
      writtenAtCall(*ZeroLiteral, *Call, SM) &&
      !(FillValue && (FillValue->isZero() || FillValue->isNegative()))) {
    ReportSwap("'" + Name.str() +
               "' of size zero writes nothing; the fill value and the size "
               "look swapped");
    return;
  }
  // memset(p, sizeof(*p), 1): a size is not a fill value.
  if (isSizeof(Fill) && SizeValue && !isSizeof(Size) &&
      SizeValue->isStrictlyPositive() && *SizeValue <= 255) {
    ReportSwap("fill value of '" + Name.str() +
               "' is a 'sizeof' and its size the constant " +
               toString(*SizeValue, 10) +
               "; the fill value and the size look swapped");
    return;
  }
  // A wide fill value is a whole wchar_t; the byte checks do not apply.
  if (Name != "memset")
    return;

  // memset(ints, '0', n): ASCII 48 where zero was meant. Text buffers
  // (and untyped ones) may well be filled with the digit.
  const auto *Char = dyn_cast<CharacterLiteral>(Fill->IgnoreParenImpCasts());
  if (Char && Char->getValue() == '0') {
    QualType Element = destinationElement(Dest);
    if (!Element.isNull() && !Element->isAnyCharacterType() &&
        !Element->isVoidType() && !Element->isDependentType()) {
      FindingBuilder Finding =
          report(Char->getBeginLoc(),
                 "fill value of 'memset' is the character '0' (48), not "
                 "zero, for '" +
                     Element.getUnqualifiedType().getAsString(
                         Context.getPrintingPolicy()) +
                     "' objects; use 0");
      Finding.fix("fill with zero",
                  FixItHint::CreateReplacement(Char->getSourceRange(), "0"));
    }
    return;
  }
  // memset(p, 0x1234, n) stores 0x34: memset converts its value to
  // unsigned char.
  if (FillValue && !Char && (*FillValue < -128 || *FillValue > 255)) {
    llvm::APSInt Stored = FillValue->extOrTrunc(64);
    report(Fill->getBeginLoc(),
           "fill value " + toString(*FillValue, 10) +
               " of 'memset' does not fit in a byte and is truncated to " +
               std::to_string(Stored.getExtValue() & 0xFF) +
               "; use a value from 0 to 255")
        .range(Fill->getSourceRange());
  }
}

} // namespace warden::checkers
