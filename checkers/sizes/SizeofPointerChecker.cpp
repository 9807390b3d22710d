//===- SizeofPointerChecker.cpp - sizeof(pointer) used as a length --------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "sizes/SizeofPointerChecker.h"
#include "sizes/PathConditions.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> SizeofPointerChecker::optionSpecs() {
  return {
      OptionSpec::map(
          "functions",
          "Functions whose length arguments are checked, by their C name, "
          "with the 1-based positions of those arguments (\"2,3\" for "
          "several); std:: and _FORTIFY_SOURCE forms are included",
          {{"memcpy", "3"},   {"memmove", "3"},        {"memset", "3"},
           {"memcmp", "3"},   {"memchr", "3"},         {"memccpy", "4"},
           {"bzero", "2"},    {"explicit_bzero", "2"}, {"strncpy", "3"},
           {"strncat", "3"},  {"strncmp", "3"},        {"strncasecmp", "3"},
           {"strlcpy", "3"},  {"strlcat", "3"},        {"strndup", "2"},
           {"snprintf", "2"}, {"vsnprintf", "2"},      {"fgets", "2"},
           {"getcwd", "2"},   {"gethostname", "2"},    {"readlink", "3"},
           {"read", "3"},     {"write", "3"},          {"pread", "3"},
           {"pwrite", "3"},   {"recv", "3"},           {"recvfrom", "3"},
           {"send", "3"},     {"sendto", "3"},         {"fread", "2,3"},
           {"fwrite", "2,3"}, {"malloc", "1"},         {"calloc", "1,2"},
           {"realloc", "2"}})
          .validate(validators::positionListValues()),
  };
}

SizeofPointerChecker::SizeofPointerChecker(const RuleBinding &Binding,
                                           TranslationUnitContext &TU)
    : Checker(Binding, TU),
      Functions(options().getPositionLists("functions")) {}

namespace {

/// The array parameter a sizeof measures: 'void f(char buf[64])' declares
/// a 'char *', and sizeof(buf) is the size of that pointer.
const ParmVarDecl *arrayParameter(const UnaryExprOrTypeTraitExpr &Sizeof) {
  if (Sizeof.getKind() != UETT_SizeOf || Sizeof.isArgumentType())
    return nullptr;
  const auto *Ref =
      dyn_cast<DeclRefExpr>(Sizeof.getArgumentExpr()->IgnoreParens());
  if (!Ref)
    return nullptr;
  const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl());
  if (!Param || !Param->getOriginalType()->isArrayType() ||
      !Param->getType()->isPointerType())
    return nullptr;
  return Param;
}

AST_MATCHER(UnaryExprOrTypeTraitExpr, measuresArrayParameter) {
  return arrayParameter(Node) != nullptr;
}

/// The sizeof a length is, give or take a constant: 'sizeof(buf) - 1'.
const UnaryExprOrTypeTraitExpr *lengthSizeof(const Expr *Length) {
  const Expr *E = Length->IgnoreParenImpCasts();
  while (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (!BO->isAdditiveOp())
      break;
    const Expr *L = BO->getLHS()->IgnoreParenImpCasts();
    const Expr *R = BO->getRHS()->IgnoreParenImpCasts();
    if (isa<IntegerLiteral>(R))
      E = L;
    else if (isa<IntegerLiteral>(L) && BO->getOpcode() == BO_Add)
      E = R;
    else
      break;
  }
  const auto *Sizeof = dyn_cast<UnaryExprOrTypeTraitExpr>(E);
  return Sizeof && Sizeof->getKind() == UETT_SizeOf ? Sizeof : nullptr;
}

/// A pointer to an object whose size differs from the pointer's: not to
/// void, a function, or another pointer (sizeof(p) == sizeof(*p) there).
bool pointsToSizedObject(QualType Pointer) {
  const auto *PT = Pointer->getAs<PointerType>();
  if (!PT)
    return false;
  QualType Pointee = PT->getPointeeType();
  return !Pointee->isVoidType() && !Pointee->isFunctionType() &&
         !Pointee->isPointerType() && !Pointee->isIncompleteType();
}

bool isByteSized(QualType T, const ASTContext &Context) {
  return T->isAnyCharacterType() ||
         (!T->isIncompleteType() && !T->isDependentType() &&
          Context.getTypeSize(T) == Context.getCharWidth());
}

bool sameExpression(const Expr *A, const Expr *B, const ASTContext &Context) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (A->getStmtClass() != B->getStmtClass())
    return false;
  llvm::FoldingSetNodeID IdA, IdB;
  A->Profile(IdA, Context, /*Canonical=*/true);
  B->Profile(IdB, Context, /*Canonical=*/true);
  return IdA == IdB;
}

std::string sourceText(const Expr &E, const ASTContext &Context) {
  if (E.getBeginLoc().isMacroID() || E.getEndLoc().isMacroID())
    return "";
  llvm::StringRef Text =
      Lexer::getSourceText(CharSourceRange::getTokenRange(E.getSourceRange()),
                           Context.getSourceManager(), Context.getLangOpts());
  if (Text.size() > 40 || Text.contains('\n'))
    return "";
  return Text.str();
}

std::string typeText(QualType T, const ASTContext &Context) {
  return T.getUnqualifiedType().getAsString(Context.getPrintingPolicy());
}

} // namespace

void SizeofPointerChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      unaryExprOrTypeTraitExpr(measuresArrayParameter()).bind("sizeof"), this);
  auto Call =
      callExpr(callee(functionDecl(libraryFunction(functionNames(Functions)))
                          .bind("function")))
          .bind("call");
  Finder->addMatcher(Call, this);
  // p = malloc(sizeof(p)) and T *p = malloc(sizeof(p)): the pointer is not
  // an argument, it receives the result.
  Finder->addMatcher(
      binaryOperator(hasOperatorName("="), hasRHS(ignoringParenCasts(Call)))
          .bind("assign"),
      this);
  Finder->addMatcher(
      varDecl(hasInitializer(ignoringParenCasts(Call))).bind("var"), this);
}

void SizeofPointerChecker::check(const MatchFinder::MatchResult &R) {
  ASTContext &Context = *R.Context;
  if (const auto *Sizeof =
          R.Nodes.getNodeAs<UnaryExprOrTypeTraitExpr>("sizeof")) {
    const ParmVarDecl *Param = arrayParameter(*Sizeof);
    if (!Reported.insert(Sizeof).second)
      return;
    report(Sizeof->getBeginLoc(),
           "'sizeof' of array parameter '" + Param->getName().str() +
               "' is the size of the pointer '" +
               typeText(Param->getType(), Context) +
               "' it is adjusted to, not of the array; pass the array "
               "length as a separate parameter")
        .range(Sizeof->getSourceRange())
        .note(Param->getLocation(),
              "'" + Param->getName().str() + "' is declared here");
    return;
  }
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
  llvm::StringRef Name =
      libraryNameOf(*R.Nodes.getNodeAs<FunctionDecl>("function"));
  const Expr *AssignedTo = nullptr;
  if (const auto *Assign = R.Nodes.getNodeAs<BinaryOperator>("assign"))
    AssignedTo = Assign->getLHS();
  checkCall(*Call, Name, AssignedTo, R.Nodes.getNodeAs<VarDecl>("var"),
            Context);
}

void SizeofPointerChecker::checkCall(const CallExpr &Call,
                                     llvm::StringRef Function,
                                     const Expr *AssignedTo,
                                     const VarDecl *InitOf,
                                     ASTContext &Context) {
  auto It = Functions.find(Function);
  if (It == Functions.end())
    return;
  bool ResultMatch = AssignedTo || InitOf;
  QualType Target = AssignedTo ? AssignedTo->getType()
                    : InitOf   ? InitOf->getType()
                               : QualType();

  for (unsigned Position : It->second) {
    if (Position >= Call.getNumArgs())
      continue;
    const UnaryExprOrTypeTraitExpr *Sizeof =
        lengthSizeof(Call.getArg(Position));
    if (!Sizeof || Sizeof->isValueDependent() || arrayParameter(*Sizeof) ||
        Reported.contains(Sizeof))
      continue;

    // The buffer arguments of the call. A call with buffers is checked
    // against them, even when its result is assigned (p = realloc(p, ...));
    // only a pure allocation is checked against the pointer it is stored in.
    llvm::SmallVector<const Expr *, 4> Buffers;
    for (unsigned I = 0; I < Call.getNumArgs(); ++I)
      if (!llvm::is_contained(It->second, I) &&
          Call.getArg(I)->IgnoreParenImpCasts()->getType()->isPointerType())
        Buffers.push_back(Call.getArg(I)->IgnoreParenImpCasts());
    if (ResultMatch && (!Buffers.empty() || !Target->isPointerType()))
      continue;

    if (Sizeof->isArgumentType()) {
      // sizeof(struct rec *) where a struct rec * is expected to be filled.
      QualType Measured = Sizeof->getArgumentType();
      if (!pointsToSizedObject(Measured))
        continue;
      QualType Pointee = Measured->getPointeeType().getUnqualifiedType();
      auto SameType = [&](QualType PointerType) {
        return PointerType->isPointerType() &&
               Context.hasSameUnqualifiedType(PointerType->getPointeeType(),
                                              Pointee);
      };
      std::string MeasuredText = typeText(Measured, Context);
      std::string PointeeText = typeText(Pointee, Context);
      if (ResultMatch) {
        if (SameType(Target) && Reported.insert(Sizeof).second)
          report(Sizeof->getBeginLoc(),
                 "'sizeof(" + MeasuredText + ")' as the size of '" +
                     Function.str() +
                     "' allocates room for a pointer, not for "
                     "the '" +
                     PointeeText +
                     "' the result points to; use "
                     "'sizeof(" +
                     PointeeText + ")'")
              .range(Sizeof->getSourceRange());
        continue;
      }
      for (const Expr *Buffer : Buffers) {
        if (!SameType(Buffer->getType()) || !Reported.insert(Sizeof).second)
          continue;
        std::string BufferText = sourceText(*Buffer, Context);
        report(Sizeof->getBeginLoc(),
               "'sizeof(" + MeasuredText + ")' as the length of '" +
                   Function.str() + "' is the size of a pointer, the type of " +
                   (BufferText.empty() ? "its buffer argument"
                                       : "its argument '" + BufferText + "'") +
                   "; use 'sizeof(" + PointeeText + ")'")
            .range(Sizeof->getSourceRange());
        break;
      }
      continue;
    }

    const Expr *Measured = Sizeof->getArgumentExpr()->IgnoreParens();
    if (!pointsToSizedObject(Measured->getType()))
      continue;
    QualType Pointee = Measured->getType()->getPointeeType();

    if (ResultMatch) {
      // The pointer the allocation is stored in, or one to the same type.
      bool Same = false;
      if (AssignedTo)
        Same = sameExpression(Measured, AssignedTo, Context);
      else if (const auto *Ref = dyn_cast<DeclRefExpr>(Measured))
        Same = Ref->getDecl() == InitOf;
      if (!Same &&
          !Context.hasSameUnqualifiedType(Target->getPointeeType(), Pointee))
        continue;
      reportPointer(*Sizeof, *Measured, Function, /*Allocation=*/true, Context);
      continue;
    }

    // memset(p, 0, sizeof(p)): the pointer is the call's own buffer.
    bool IsBuffer = llvm::any_of(Buffers, [&](const Expr *B) {
      return sameExpression(B, Measured, Context);
    });
    if (!IsBuffer) {
      // Otherwise only a pointer to a non-character object is taken as a
      // mistake, and not when its own bytes are what is copied
      // (memcpy(buf, &p, sizeof(p))) or the buffers hold pointers.
      if (Buffers.empty() || isByteSized(Pointee, Context))
        continue;
      bool CopiesPointers = llvm::any_of(Buffers, [&](const Expr *B) {
        QualType BP = B->getType()->getPointeeType();
        if (BP->isPointerType())
          return true;
        const auto *Addr = dyn_cast<UnaryOperator>(B->IgnoreParenCasts());
        return Addr && Addr->getOpcode() == UO_AddrOf &&
               sameValue(Addr->getSubExpr(), Measured, Context);
      });
      if (CopiesPointers)
        continue;
    }
    reportPointer(*Sizeof, *Measured, Function, /*Allocation=*/false, Context);
  }
}

void SizeofPointerChecker::reportPointer(const UnaryExprOrTypeTraitExpr &Sizeof,
                                         const Expr &Pointer,
                                         llvm::StringRef Function,
                                         bool Allocation, ASTContext &Context) {
  if (!Reported.insert(&Sizeof).second)
    return;
  QualType Pointee = Pointer.getType()->getPointeeType();
  std::string Name = sourceText(Pointer, Context);
  std::string Named = Name.empty() ? "a pointer" : "the pointer '" + Name + "'";
  bool Bytes = isByteSized(Pointee, Context);
  std::string Advice;
  const auto *Addr = dyn_cast<UnaryOperator>(&Pointer);
  if (Addr && Addr->getOpcode() == UO_AddrOf) {
    std::string Object = sourceText(*Addr->getSubExpr(), Context);
    Advice = Object.empty() ? "measure the object instead of its address"
                            : "use 'sizeof(" + Object + ")'";
  } else if (Bytes && !Allocation) {
    Advice = "pass the buffer length";
  } else {
    Advice = Name.empty() ? "measure what it points to"
                          : "use 'sizeof(*" + Name + ")'";
  }
  std::string Message =
      "'sizeof' of " + Named +
      (Allocation ? " as the size of '" + Function.str() +
                        "' allocates room for a pointer, not for the '"
                  : " as the length of '" + Function.str() +
                        "' is the size of a pointer, not of the '") +
      typeText(Pointee, Context) + "' it points to; " + Advice;
  FindingBuilder Finding = report(Sizeof.getBeginLoc(), Message);
  Finding.range(Sizeof.getSourceRange());
  if ((!Bytes || Allocation) && !Name.empty() &&
      isa<DeclRefExpr, MemberExpr>(Pointer))
    Finding.fix("measure what '" + Name + "' points to",
                FixItHint::CreateInsertion(Pointer.getBeginLoc(), "*"));
}

} // namespace warden::checkers
