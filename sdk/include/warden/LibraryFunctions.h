//===- warden/LibraryFunctions.h - Match C library functions ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Recognises calls of C and POSIX library functions the way a reviewer
/// names them, whatever the headers turned them into: `std::strcpy`,
/// `::strcpy`, `__builtin_strcpy`, the _FORTIFY_SOURCE forms
/// `__builtin___strcpy_chk` and `__strcpy_chk`, and glibc's `__isoc99_sscanf`
/// all count as `strcpy`/`sscanf`. A member function or a function in a user
/// namespace that happens to share the name does not.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_LIBRARYFUNCTIONS_H
#define WARDEN_LIBRARYFUNCTIONS_H

#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace clang {
class DeclRefExpr;
class Expr;
class FunctionDecl;
} // namespace clang

namespace warden {

/// Strips builtin, fortify and glibc-redirect decorations from a function
/// name: "__builtin___sprintf_chk" -> "sprintf", "__isoc99_sscanf" ->
/// "sscanf". Other names are returned unchanged.
llvm::StringRef canonicalLibraryName(llvm::StringRef Name);

/// True for functions declared at global scope, in namespace std (directly
/// or through an inline namespace) or with C language linkage: the places a
/// C library function can come from.
bool isLibraryScope(const clang::FunctionDecl &FD);

/// The canonical library name of FD, or an empty string when FD is not a
/// library-scope function.
llvm::StringRef libraryNameOf(const clang::FunctionDecl &FD);

/// The function reference a call's callee expression names: f, (f), (*f),
/// (&f), std::f; null for anything else (a pointer variable, a member).
const clang::DeclRefExpr *calleeDeclRef(const clang::Expr *Callee);

/// Matches a library-scope FunctionDecl whose canonical name is one of Names.
clang::ast_matchers::internal::Matcher<clang::FunctionDecl>
libraryFunction(std::vector<std::string> Names);

} // namespace warden

#endif // WARDEN_LIBRARYFUNCTIONS_H
