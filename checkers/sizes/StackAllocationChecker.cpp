//===- StackAllocationChecker.cpp - alloca and variable-length arrays -----===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "sizes/StackAllocationChecker.h"
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

std::vector<OptionSpec> StackAllocationChecker::optionSpecs() {
  return {
      OptionSpec::integer(
          "maxConstantBytes",
          "Accept an alloca call or variable-length array whose size is a "
          "compile-time constant of at most this many bytes; 0 flags them "
          "all",
          0)
          .validate(validators::range(0, INT64_MAX)),
  };
}

StackAllocationChecker::StackAllocationChecker(const RuleBinding &Binding,
                                               TranslationUnitContext &TU)
    : Checker(Binding, TU),
      MaxConstantBytes(options().getInteger("maxConstantBytes")) {}

namespace {

/// True when T is an array type with a run-time dimension, at any depth:
/// char[n], char[4][n].
bool hasVariableDimension(QualType T, const ASTContext &Context) {
  if (!T->isVariablyModifiedType())
    return false;
  while (const ArrayType *Array = Context.getAsArrayType(T)) {
    if (isa<VariableArrayType>(Array))
      return true;
    T = Array->getElementType();
  }
  return false;
}

AST_MATCHER(VarDecl, hasVariableLengthArrayType) {
  return !isa<ParmVarDecl>(Node) &&
         hasVariableDimension(Node.getType(), Finder->getASTContext());
}

AST_MATCHER(TypedefNameDecl, namesVariableLengthArrayType) {
  return hasVariableDimension(Node.getUnderlyingType(),
                              Finder->getASTContext());
}

std::optional<uint64_t> constantValue(const Expr *E,
                                      const ASTContext &Context) {
  if (E->isValueDependent())
    return std::nullopt;
  Expr::EvalResult Result;
  if (!E->EvaluateAsInt(Result, Context) || Result.Val.getInt().isNegative())
    return std::nullopt;
  return Result.Val.getInt().getLimitedValue();
}

/// The size of an array type whose dimensions all fold to constants, such
/// as 'char buf[n]' with 'const int n = 16' in C.
std::optional<uint64_t> foldedSize(QualType T, const ASTContext &Context) {
  uint64_t Count = 1;
  while (const ArrayType *Array = Context.getAsArrayType(T)) {
    std::optional<uint64_t> N;
    if (const auto *Constant = dyn_cast<ConstantArrayType>(Array))
      N = Constant->getLimitedSize();
    else if (const auto *Variable = dyn_cast<VariableArrayType>(Array))
      if (const Expr *Size = Variable->getSizeExpr())
        N = constantValue(Size, Context);
    if (!N || (*N && Count > UINT64_MAX / *N))
      return std::nullopt;
    Count *= *N;
    T = Array->getElementType();
  }
  if (T->isIncompleteType() || T->isDependentType())
    return std::nullopt;
  uint64_t Element = Context.getTypeSizeInChars(T).getQuantity();
  if (Element && Count > UINT64_MAX / Element)
    return std::nullopt;
  return Count * Element;
}

} // namespace

void StackAllocationChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(
          callee(functionDecl(libraryFunction({"alloca", "alloca_with_align",
                                               "alloca_with_align_and_max",
                                               "alloca_uninitialized"}))
                     .bind("function")))
          .bind("call"),
      this);
  Finder->addMatcher(varDecl(hasVariableLengthArrayType()).bind("var"), this);
  Finder->addMatcher(
      typedefNameDecl(namesVariableLengthArrayType()).bind("typedef"), this);
}

bool StackAllocationChecker::isAcceptedConstant(
    std::optional<uint64_t> Bytes) const {
  return Bytes && MaxConstantBytes > 0 &&
         *Bytes <= static_cast<uint64_t>(MaxConstantBytes);
}

void StackAllocationChecker::check(const MatchFinder::MatchResult &R) {
  const ASTContext &Context = *R.Context;
  const SourceManager &SM = *R.SourceManager;
  if (const auto *Call = R.Nodes.getNodeAs<CallExpr>("call")) {
    const auto *Function = R.Nodes.getNodeAs<FunctionDecl>("function");
    if (Call->getNumArgs() > 0 &&
        isAcceptedConstant(constantValue(Call->getArg(0), Context)))
      return;
    SourceLocation Loc = Call->getExprLoc();
    if (const auto *Ref =
            dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
      Loc = Ref->getLocation();
    // glibc defines alloca as a macro for __builtin_alloca: name what the
    // user wrote.
    llvm::StringRef Name = Function->getName();
    if (Loc.isMacroID() && SM.isInSystemHeader(SM.getSpellingLoc(Loc))) {
      llvm::StringRef Macro =
          Lexer::getImmediateMacroName(Loc, SM, Context.getLangOpts());
      if (!Macro.empty())
        Name = Macro;
    }
    report(Loc, "'" + Name.str() +
                    "' takes stack memory of a size chosen at run time and "
                    "cannot report failure; use a fixed-size buffer with a "
                    "checked length, or 'malloc'");
    return;
  }
  if (const auto *Var = R.Nodes.getNodeAs<VarDecl>("var")) {
    if (isAcceptedConstant(foldedSize(Var->getType(), Context)))
      return;
    report(Var->getLocation(),
           "variable-length array '" + Var->getName().str() +
               "' takes stack memory of a size chosen at run time and "
               "cannot report failure; use a fixed-size array with a "
               "checked length, or 'malloc'");
    return;
  }
  const auto *Typedef = R.Nodes.getNodeAs<TypedefNameDecl>("typedef");
  if (isAcceptedConstant(foldedSize(Typedef->getUnderlyingType(), Context)))
    return;
  report(Typedef->getLocation(),
         "'" + Typedef->getName().str() +
             "' is a variable-length array type: objects of it take stack "
             "memory of a size chosen at run time; give it a fixed size");
}

} // namespace warden::checkers
