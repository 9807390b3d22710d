//===- CStyleCastChecker.cpp - C-style and functional casts ---------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cpp/CStyleCastChecker.h"
#include "cpp/CppSupport.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

namespace {
AST_MATCHER(FunctionDecl, isInExternCContext) {
  return Node.isInExternCContext();
}
} // namespace

std::vector<OptionSpec> CStyleCastChecker::optionSpecs() {
  return {
      OptionSpec::flag("functionalCasts",
                       "Also flag functional casts 'T(x)' to non-class types, "
                       "which are C-style casts in another notation",
                       true),
  };
}

CStyleCastChecker::CStyleCastChecker(const RuleBinding &Binding,
                                     TranslationUnitContext &TU)
    : Checker(Binding, TU),
      FunctionalCasts(options().getBool("functionalCasts")) {}

bool CStyleCastChecker::isLanguageVersionSupported(
    const LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus && !LangOpts.ObjC;
}

void CStyleCastChecker::registerMatchers(MatchFinder *Finder) {
  // A cast in a template is judged once, in the template as written: what
  // a dependent cast does differs between instantiations, and a fix must
  // suit all of them.
  Finder->addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource, cStyleCastExpr().bind("cast")),
      this);
  if (FunctionalCasts)
    Finder->addMatcher(traverse(TK_IgnoreUnlessSpelledInSource,
                                cxxFunctionalCastExpr().bind("cast")),
                       this);
  Finder->addMatcher(
      functionDecl(isDefinition(), isInExternCContext()).bind("externC"), this);
}

bool CStyleCastChecker::inExternCFunction(SourceLocation Loc,
                                          const SourceManager &SM) const {
  for (SourceRange Body : ExternCBodies)
    if (SM.isPointWithin(Loc, Body.getBegin(), Body.getEnd()))
      return true;
  return false;
}

namespace {

/// The named cast that does what a C-style cast does, when one does.
enum class NamedCast { None, Static, Const, Reinterpret };

llvm::StringRef spelling(NamedCast C) {
  switch (C) {
  case NamedCast::Static:
    return "static_cast";
  case NamedCast::Const:
    return "const_cast";
  case NamedCast::Reinterpret:
    return "reinterpret_cast";
  case NamedCast::None:
    break;
  }
  return "";
}

/// A static_cast cannot reach a private or protected base, where a C-style
/// cast ignores access; only public paths are rewritten.
bool hasPublicPath(const CastExpr &Cast) {
  for (const CXXBaseSpecifier *Base : Cast.path())
    if (Base->getAccessSpecifier() != AS_public)
      return false;
  return true;
}

bool isObjectPointer(QualType T) {
  return T->isPointerType() && !T->isFunctionPointerType();
}

/// What the conversion of kind K from Source to Dest is, as a named cast;
/// the qualifiers were checked by the caller.
NamedCast castForKind(CastKind K, QualType Source, QualType Dest,
                      const CastExpr &Cast) {
  switch (K) {
  case CK_NoOp:
  case CK_IntegralCast:
  case CK_IntegralToBoolean:
  case CK_IntegralToFloating:
  case CK_FloatingToIntegral:
  case CK_FloatingToBoolean:
  case CK_FloatingCast:
  case CK_BooleanToSignedIntegral:
  case CK_PointerToBoolean:
  case CK_MemberPointerToBoolean:
  case CK_NullToPointer:
  case CK_NullToMemberPointer:
  case CK_IntegralRealToComplex:
  case CK_FloatingRealToComplex:
  case CK_IntegralComplexCast:
  case CK_FloatingComplexCast:
  case CK_IntegralComplexToFloatingComplex:
  case CK_FloatingComplexToIntegralComplex:
  case CK_ConstructorConversion:
  case CK_UserDefinedConversion:
  case CK_FunctionToPointerDecay:
  case CK_ArrayToPointerDecay:
    return NamedCast::Static;
  case CK_DerivedToBase:
  case CK_UncheckedDerivedToBase:
  case CK_BaseToDerived:
  case CK_DerivedToBaseMemberPointer:
  case CK_BaseToDerivedMemberPointer:
    return hasPublicPath(Cast) ? NamedCast::Static : NamedCast::None;
  case CK_BitCast:
    // void * converts to and from object pointers with a static_cast;
    // anything else between pointers is a reinterpretation.
    if ((Source->isVoidPointerType() && isObjectPointer(Dest)) ||
        (Dest->isVoidPointerType() && isObjectPointer(Source)))
      return NamedCast::Static;
    if ((Source->isPointerType() || Source->isMemberPointerType()) &&
        (Dest->isPointerType() || Dest->isMemberPointerType()))
      return NamedCast::Reinterpret;
    return NamedCast::None;
  case CK_LValueBitCast:
  case CK_IntegralToPointer:
  case CK_PointerToIntegral:
  case CK_ReinterpretMemberPointer:
    return NamedCast::Reinterpret;
  default:
    return NamedCast::None;
  }
}

} // namespace

void CStyleCastChecker::check(const MatchFinder::MatchResult &R) {
  const SourceManager &SM = *R.SourceManager;
  const ASTContext &Ctx = *R.Context;
  if (const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("externC")) {
    if (const Stmt *Body = FD->getBody())
      ExternCBodies.push_back(
          SM.getExpansionRange(Body->getSourceRange()).getAsRange());
    return;
  }
  const auto *Cast = R.Nodes.getNodeAs<ExplicitCastExpr>("cast");
  // '(void)x' says a value is deliberately unused.
  if (Cast->getCastKind() == CK_ToVoid || Cast->getType()->isVoidType())
    return;
  SourceLocation Loc = Cast->getBeginLoc();
  if (Loc.isInvalid() || cpp::isInSystemMacro(Loc, SM))
    return;
  // C code compiled as C++ (a .c file, a function with C linkage) cannot
  // use the named casts when it is also compiled as C.
  SourceLocation FileLoc = SM.getExpansionLoc(Loc);
  if (SM.getFilename(SM.getSpellingLoc(Loc)).ends_with(".c") ||
      SM.getFilename(FileLoc).ends_with(".c") || inExternCFunction(FileLoc, SM))
    return;

  const auto *Functional = dyn_cast<CXXFunctionalCastExpr>(Cast);
  QualType Dest = Cast->getTypeAsWritten();
  if (Functional) {
    // 'T{x}' does not narrow, and 'T(x)' of a class type calls a
    // constructor: neither is a cast in disguise.
    if (Functional->isListInitialization() || Dest->isRecordType() ||
        Dest->isDependentType() ||
        isa<InitListExpr, CXXConstructExpr>(
            Cast->getSubExpr()->IgnoreImplicit()))
      return;
    // 'Uint32(0)', 'Uint16(0xffff)': a literal that the type holds
    // exactly only names the type of a constant, nothing is converted.
    if (const auto *Literal = dyn_cast<IntegerLiteral>(
            Cast->getSubExprAsWritten()->IgnoreParens());
        Literal && Dest->isIntegerType() && !Dest->isBooleanType() &&
        !Dest->isDependentType()) {
      const llvm::APInt &Value = Literal->getValue();
      unsigned Width = Ctx.getIntWidth(Dest);
      bool Signed = Dest->isSignedIntegerOrEnumerationType();
      if (Value.getActiveBits() <= (Signed ? Width - 1 : Width))
        return;
    }
  }

  const Expr *Operand = Cast->getSubExprAsWritten();
  QualType Source = cpp::decayedType(Operand->getType(), Ctx);
  QualType CanonSource = Source.getCanonicalType().getUnqualifiedType();
  QualType CanonDest = Dest.getCanonicalType().getUnqualifiedType();
  bool Dependent = Cast->getCastKind() == CK_Dependent ||
                   Source->isDependentType() || Dest->isDependentType();

  NamedCast Named = NamedCast::None;
  NamedCast SecondStep = NamedCast::None;
  bool AwayQualifiers = false;
  if (!Dependent) {
    // A reference is bound to the operand itself; anything else converts
    // its (decayed) value.
    AwayQualifiers = cpp::castsAwayQualifiers(
        Dest->isReferenceType() ? Operand->getType() : Source, Dest, Ctx);
    // Clang records what a C-style cast does as the cast's own kind plus
    // implicit casts marked part of it: '(Base *)d' is a no-op around a
    // derived-to-base conversion. Find the one conversion that matters.
    const CastExpr *Step = nullptr;
    unsigned Steps = 0;
    for (const Expr *E = Cast;;) {
      const auto *C = dyn_cast<CastExpr>(E);
      if (!C)
        break;
      if (C != Cast) {
        const auto *Implicit = dyn_cast<ImplicitCastExpr>(C);
        if (!Implicit || !Implicit->isPartOfExplicitCast())
          break;
      }
      switch (C->getCastKind()) {
      case CK_NoOp:
      case CK_LValueToRValue:
      case CK_ArrayToPointerDecay:
      case CK_FunctionToPointerDecay:
        break;
      default:
        Step = C;
        ++Steps;
      }
      E = C->getSubExpr()->IgnoreParens();
    }
    NamedCast Conversion =
        Steps == 0 ? NamedCast::Static
        : Steps == 1
            ? castForKind(Step->getCastKind(), CanonSource, CanonDest, *Step)
            : NamedCast::None;
    if (!AwayQualifiers)
      Named = Conversion;
    else if (Steps == 0 && cpp::differOnlyInQualifiers(Source, Dest, Ctx))
      Named = NamedCast::Const;
    else if (Steps != 0)
      SecondStep = Conversion;
  }

  std::string TypeName = cpp::castTypeAsWritten(*Cast, Ctx);
  std::string Message = Functional ? "functional cast" : "C-style cast";
  Message += " to '" + TypeName + "' ";
  if (Named != NamedCast::None) {
    Message += "hides which conversion it performs; use '" +
               spelling(Named).str() + "<" + TypeName + ">'";
  } else if (AwayQualifiers && SecondStep != NamedCast::None) {
    Message += "casts away qualifiers and converts the type at once; avoid "
               "it, or spell out the 'const_cast' and the '" +
               spelling(SecondStep).str() + "'";
  } else if (AwayQualifiers) {
    Message += "casts away qualifiers and converts the type at once; avoid "
               "it, or spell out the 'const_cast' and the conversion";
  } else {
    Message += "hides which conversion it performs; use 'static_cast', "
               "'const_cast' or 'reinterpret_cast'";
  }
  // A cast in a macro's definition is reported there, once, without a fix
  // (the header may be shared with C).
  if (SourceRange Definition = cpp::castDefinitionRange(*Cast, SM);
      Definition.isValid()) {
    report(Definition.getBegin(), Message).range(Definition);
    return;
  }
  FindingBuilder Finding = report(Loc, Message);
  Finding.range(cpp::writtenRange(Cast->getSourceRange(), SM));
  if (Named == NamedCast::None)
    return;

  // The fix keeps the type exactly as written (an enum keeps its name, a
  // typedef its spelling) and parenthesises the operand unless it is.
  const LangOptions &LO = Ctx.getLangOpts();
  // Each end of the edit must be written in the file, directly or as a
  // macro argument; a cast from a macro's body is left alone.
  SourceLocation Begin = cpp::writtenLoc(Cast->getBeginLoc(), SM);
  SourceLocation Paren =
      cpp::writtenLoc(Functional ? Functional->getLParenLoc()
                                 : cast<CStyleCastExpr>(Cast)->getRParenLoc(),
                      SM);
  SourceLocation OperandBegin = cpp::writtenLoc(Operand->getBeginLoc(), SM);
  SourceLocation OperandEnd = cpp::writtenLoc(Operand->getEndLoc(), SM);
  CharSourceRange OperandRange;
  if (OperandBegin.isValid() && OperandEnd.isValid())
    OperandRange = CharSourceRange::getCharRange(
        OperandBegin, Lexer::getLocForEndOfToken(OperandEnd, 0, SM, LO));
  else if (Begin.isValid())
    // '(int)LIMIT': the operand is a whole macro expansion.
    OperandRange = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(Operand->getSourceRange()), SM, LO);
  if (Begin.isInvalid() || Paren.isInvalid() || OperandRange.isInvalid())
    return;
  FileID File = SM.getFileID(Begin);
  if (SM.getFileID(Paren) != File ||
      SM.getFileID(OperandRange.getBegin()) != File ||
      !SM.isBeforeInTranslationUnit(Begin, Paren) ||
      SM.isBeforeInTranslationUnit(OperandRange.getBegin(), Paren))
    return;
  CharSourceRange TypeRange = CharSourceRange::getCharRange(
      Functional ? Begin : Begin.getLocWithOffset(1), Paren);
  CharSourceRange Replaced =
      Functional
          ? TypeRange
          : CharSourceRange::getCharRange(Begin, OperandRange.getBegin());
  llvm::StringRef WrittenType = Lexer::getSourceText(TypeRange, SM, LO).trim();
  if (WrittenType.empty())
    return;
  std::string CastText = (spelling(Named) + "<" + WrittenType + ">").str();
  llvm::SmallVector<FixItHint, 2> Hints;
  Hints.push_back(FixItHint());
  if (!Functional && !isa<ParenExpr>(Operand)) {
    CastText += "(";
    Hints.push_back(FixItHint::CreateInsertion(OperandRange.getEnd(), ")"));
  }
  Hints[0] = FixItHint::CreateReplacement(Replaced, CastText);
  Finding.fix("use '" + spelling(Named).str() + "<" + WrittenType.str() + ">'",
              Hints);
}

} // namespace warden::checkers
