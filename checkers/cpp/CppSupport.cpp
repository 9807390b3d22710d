//===- CppSupport.cpp - Shared pieces of the C++ safety checkers ----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cpp/CppSupport.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace warden::checkers::cpp {

/// Text with runs of white space folded to one space.
static std::string foldSpaces(llvm::StringRef Text) {
  std::string Result;
  bool Space = false;
  for (char C : Text) {
    if (llvm::isSpace(C)) {
      Space = !Result.empty();
      continue;
    }
    if (Space)
      Result.push_back(' ');
    Space = false;
    Result.push_back(C);
  }
  return Result;
}

/// The text of a character range of the user's file, white space folded.
static std::string foldedText(CharSourceRange Range, const SourceManager &SM,
                              const LangOptions &LO) {
  if (Range.isInvalid())
    return {};
  // Text from a macro's definition would name its parameters, not what
  // the user passed: only ranges written in a file, directly or as a macro
  // argument.
  CharSourceRange File = Lexer::makeFileCharRange(Range, SM, LO);
  if (File.isInvalid())
    return {};
  bool Invalid = false;
  llvm::StringRef Text = Lexer::getSourceText(File, SM, LO, &Invalid);
  return Invalid ? std::string() : foldSpaces(Text);
}

SourceLocation writtenLoc(SourceLocation Loc, const SourceManager &SM) {
  while (Loc.isMacroID()) {
    if (!SM.isMacroArgExpansion(Loc))
      return {};
    Loc = SM.getImmediateSpellingLoc(Loc);
  }
  return Loc;
}

SourceRange writtenRange(SourceRange Range, const SourceManager &SM) {
  SourceLocation Begin = writtenLoc(Range.getBegin(), SM);
  SourceLocation End = writtenLoc(Range.getEnd(), SM);
  if (Begin.isValid() && End.isValid() &&
      SM.getFileID(Begin) == SM.getFileID(End) &&
      !SM.isBeforeInTranslationUnit(End, Begin))
    return SourceRange(Begin, End);
  return Range;
}

std::string spelledText(SourceRange Range, const SourceManager &SM,
                        const LangOptions &LO) {
  return foldedText(CharSourceRange::getTokenRange(Range), SM, LO);
}

/// The locations that delimit a cast's type: '(' and ')' of '(T)x', '<'
/// and '>' of a named cast, the start of 'T(x)' and its '('.
static std::pair<SourceLocation, SourceLocation>
typeDelimiters(const ExplicitCastExpr &Cast) {
  if (const auto *Named = dyn_cast<CXXNamedCastExpr>(&Cast))
    return {Named->getAngleBrackets().getBegin(),
            Named->getAngleBrackets().getEnd()};
  if (const auto *CStyle = dyn_cast<CStyleCastExpr>(&Cast))
    return {CStyle->getLParenLoc(), CStyle->getRParenLoc()};
  if (const auto *Functional = dyn_cast<CXXFunctionalCastExpr>(&Cast))
    return {Functional->getBeginLoc(), Functional->getLParenLoc()};
  return {};
}

SourceRange castDefinitionRange(const ExplicitCastExpr &Cast,
                                const SourceManager &SM) {
  SourceLocation Begin = Cast.getBeginLoc();
  SourceLocation End = Cast.getEndLoc();
  auto [Open, Close] = typeDelimiters(Cast);
  const TypeSourceInfo *TSI = Cast.getTypeInfoAsWritten();
  if (!TSI || Open.isInvalid() || Close.isInvalid())
    return {};
  TypeLoc TL = TSI->getTypeLoc();
  FileID Definition = SM.getFileID(SM.getSpellingLoc(Begin));
  for (SourceLocation L :
       {Begin, Open, Close, TL.getBeginLoc(), TL.getEndLoc()})
    if (L.isInvalid() || !L.isMacroID() || SM.isMacroArgExpansion(L) ||
        SM.getFileID(SM.getSpellingLoc(L)) != Definition)
      return {};
  // The operand may be an argument; the range then ends at the type.
  SourceLocation Last = SM.getSpellingLoc(End);
  if (!End.isMacroID() || SM.isMacroArgExpansion(End) ||
      SM.getFileID(Last) != Definition)
    Last = SM.getSpellingLoc(Close);
  return SourceRange(SM.getSpellingLoc(Begin), Last);
}

std::string castTypeAsWritten(const ExplicitCastExpr &Cast,
                              const ASTContext &Ctx) {
  // A TypeLoc does not record where its qualifiers are ('const' in
  // 'const T *'): take the text between the cast's own delimiters, when
  // the user wrote them (not a macro such as OFconst_cast(T, x)).
  const SourceManager &SM = Ctx.getSourceManager();
  auto [Open, Close] = typeDelimiters(Cast);
  bool Functional = isa<CXXFunctionalCastExpr>(Cast);
  SourceLocation Begin = writtenLoc(Open, SM);
  Close = writtenLoc(Close, SM);
  // A cast written whole in a macro's definition: its text there.
  if ((Begin.isInvalid() || Close.isInvalid()) &&
      castDefinitionRange(Cast, SM).isValid()) {
    auto [DefOpen, DefClose] = typeDelimiters(Cast);
    Begin = SM.getSpellingLoc(DefOpen);
    Close = SM.getSpellingLoc(DefClose);
  }
  if (Begin.isValid() && Close.isValid() &&
      SM.getFileID(Begin) == SM.getFileID(Close) &&
      SM.isBeforeInTranslationUnit(Begin, Close)) {
    CharSourceRange Range = CharSourceRange::getCharRange(
        Functional ? Begin : Begin.getLocWithOffset(1), Close);
    bool Invalid = false;
    llvm::StringRef Text =
        Lexer::getSourceText(Range, SM, Ctx.getLangOpts(), &Invalid);
    std::string Folded = Invalid ? std::string() : foldSpaces(Text);
    if (!Folded.empty())
      return Folded;
  }
  // Printed with its sugar: a typedef keeps its name.
  return Cast.getTypeAsWritten().getAsString(Ctx.getPrintingPolicy());
}

bool isInSystemMacro(SourceLocation Loc, const SourceManager &SM) {
  // Walk out through the macros the location was expanded from: a cast the
  // user wrote as a macro argument is spelled in the user's file.
  while (Loc.isMacroID()) {
    if (!SM.isMacroArgExpansion(Loc) &&
        SM.isInSystemHeader(SM.getSpellingLoc(Loc)))
      return true;
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return false;
}

QualType decayedType(QualType T, const ASTContext &Ctx) {
  T = T.getNonReferenceType();
  if (T->isArrayType())
    return const_cast<ASTContext &>(Ctx).getArrayDecayedType(T);
  if (T->isFunctionType())
    return const_cast<ASTContext &>(Ctx).getPointerType(T);
  return T;
}

/// The qualifiers of one level of a type; an array carries its element's.
static Qualifiers levelQualifiers(QualType T, const ASTContext &Ctx) {
  QualType C = Ctx.getCanonicalType(T);
  if (C->isArrayType())
    C = Ctx.getBaseElementType(C);
  return C.getQualifiers();
}

static unsigned dropsQualifiers(QualType From, QualType To,
                                const ASTContext &Ctx) {
  Qualifiers F = levelQualifiers(From, Ctx);
  Qualifiers T = levelQualifiers(To, Ctx);
  unsigned Dropped = 0;
  if (F.hasConst() && !T.hasConst())
    Dropped |= Qualifiers::Const;
  if (F.hasVolatile() && !T.hasVolatile())
    Dropped |= Qualifiers::Volatile;
  return Dropped;
}

/// Steps From and To to their pointees when both are pointers or both are
/// member pointers.
static bool stepToPointees(QualType &From, QualType &To,
                           const ASTContext &Ctx) {
  QualType F = Ctx.getCanonicalType(From);
  QualType T = Ctx.getCanonicalType(To);
  if (const auto *FP = F->getAs<PointerType>())
    if (const auto *TP = T->getAs<PointerType>()) {
      From = FP->getPointeeType();
      To = TP->getPointeeType();
      return true;
    }
  if (const auto *FP = F->getAs<MemberPointerType>())
    if (const auto *TP = T->getAs<MemberPointerType>()) {
      From = FP->getPointeeType();
      To = TP->getPointeeType();
      return true;
    }
  return false;
}

unsigned droppedQualifiers(QualType From, QualType To, const ASTContext &Ctx) {
  if (From.isNull() || To.isNull())
    return 0;
  unsigned Dropped = 0;
  if (const auto *R = To->getAs<ReferenceType>()) {
    To = R->getPointeeType();
    From = From.getNonReferenceType();
    Dropped |= dropsQualifiers(From, To, Ctx);
  }
  while (stepToPointees(From, To, Ctx))
    Dropped |= dropsQualifiers(From, To, Ctx);
  return Dropped;
}

std::string qualifierWords(unsigned Dropped) {
  if (Dropped == (Qualifiers::Const | Qualifiers::Volatile))
    return "'const' and 'volatile'";
  return Dropped & Qualifiers::Const ? "'const'" : "'volatile'";
}

bool differOnlyInQualifiers(QualType From, QualType To, const ASTContext &Ctx) {
  if (From.isNull() || To.isNull())
    return false;
  if (const auto *R = To->getAs<ReferenceType>()) {
    To = R->getPointeeType();
    From = From.getNonReferenceType();
  }
  while (true) {
    if (Ctx.hasSameUnqualifiedType(From, To))
      return true;
    if (!stepToPointees(From, To, Ctx))
      return false;
  }
}

bool isStdName(const NamedDecl *D, llvm::StringRef Name) {
  if (!D)
    return false;
  const IdentifierInfo *II = D->getIdentifier();
  return II && II->getName() == Name && D->isInStdNamespace();
}

} // namespace warden::checkers::cpp
