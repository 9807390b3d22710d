//===- CppSupport.h - Shared pieces of the C++ safety checkers --*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// What the checkers of casts, exceptions and ownership share: how a type is
/// named in a message (as the user spelled it, so that every instantiation
/// of a template says the same thing and findings deduplicate), whether a
/// cast drops const or volatile, and whether code comes from a system
/// header's macro.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CPP_CPPSUPPORT_H
#define WARDEN_CHECKERS_CPP_CPPSUPPORT_H

#include "clang/AST/Type.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang {
class ASTContext;
class ExplicitCastExpr;
class FunctionDecl;
class LangOptions;
class NamedDecl;
class SourceManager;
} // namespace clang

namespace warden::checkers::cpp {

/// The text of a token range as written in the user's file, with runs of
/// white space folded to one space; empty when the range is not plain file
/// text (it spans a macro expansion partly, or is invalid).
std::string spelledText(clang::SourceRange Range,
                        const clang::SourceManager &SM,
                        const clang::LangOptions &LO);

/// Where the token at Loc is written in a file: Loc itself, or, for a
/// token passed as a macro argument, where the argument is spelled; invalid
/// for a token that comes from a macro's body.
clang::SourceLocation writtenLoc(clang::SourceLocation Loc,
                                 const clang::SourceManager &SM);

/// The range to highlight for a finding: where both ends are written, when
/// they are (a cast passed as a macro argument is highlighted inside the
/// argument, not over the whole macro call), Range otherwise.
clang::SourceRange writtenRange(clang::SourceRange Range,
                                const clang::SourceManager &SM);

/// For a cast written whole in one macro's definition, its type included
/// ('#define TYPE_AE (unsigned char)0x01'): the cast's range there, where
/// it is fixed once for every use of the macro. Invalid for a cast written
/// in the user's file or whose type is a macro argument.
clang::SourceRange castDefinitionRange(const clang::ExplicitCastExpr &Cast,
                                       const clang::SourceManager &SM);

/// The destination type of an explicit cast, as written.
std::string castTypeAsWritten(const clang::ExplicitCastExpr &Cast,
                              const clang::ASTContext &Ctx);

/// True when Loc lies in the body of a macro defined in a system header
/// (NULL, INADDR_ANY, MAP_FAILED, FD_SET): the user did not write the code
/// and cannot change it.
bool isInSystemMacro(clang::SourceLocation Loc, const clang::SourceManager &SM);

/// The type an operand has when it is converted: arrays and functions
/// decay to pointers; references are looked through.
clang::QualType decayedType(clang::QualType T, const clang::ASTContext &Ctx);

/// The qualifiers (Qualifiers::Const, Qualifiers::Volatile) that converting
/// an operand of type From to To removes, at any level: the top level for a
/// reference destination (From is then the glvalue's type), then each
/// pointee of matching pointers and member pointers. Dependent types are
/// compared as written, so 'const T *' to 'T *' is found in a template too.
unsigned droppedQualifiers(clang::QualType From, clang::QualType To,
                           const clang::ASTContext &Ctx);

/// True when droppedQualifiers() is not empty.
inline bool castsAwayQualifiers(clang::QualType From, clang::QualType To,
                                const clang::ASTContext &Ctx) {
  return droppedQualifiers(From, To, Ctx) != 0;
}

/// "'const'", "'volatile'" or "'const' and 'volatile'".
std::string qualifierWords(unsigned Dropped);

/// True when From and To differ only in the qualifiers of their levels
/// (const char ** and char **): the conversion a const_cast can do alone.
bool differOnlyInQualifiers(clang::QualType From, clang::QualType To,
                            const clang::ASTContext &Ctx);

/// True when D is declared in namespace std (directly or through an inline
/// namespace such as libc++'s std::__1) and is named Name.
bool isStdName(const clang::NamedDecl *D, llvm::StringRef Name);

} // namespace warden::checkers::cpp

#endif // WARDEN_CHECKERS_CPP_CPPSUPPORT_H
