//===- Helpers.h - Helpers of the error-handling checkers -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Helpers shared by the checkers of errors/: what a condition tests against
/// null, whether two expressions name the same object, whether an
/// expression ends the program.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_ERRORS_HELPERS_H
#define WARDEN_CHECKERS_ERRORS_HELPERS_H

#include "warden/Options.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringSet.h"

namespace clang {
class ASTContext;
class Expr;
class Stmt;
} // namespace clang

namespace warden::checkers {

/// The names of a list option, for fast lookup.
llvm::StringSet<> toStringSet(const StringList &Names);

/// Strips parentheses, casts (implicit and explicit), cleanups and constant
/// wrappers: what is left is the expression whose value is in question.
const clang::Expr *stripCasts(const clang::Expr *E);

/// Calls F with each operand that the condition Cond compares with null:
/// 'p', '!p', 'p == NULL', 'NULL != p', 'p == 0', 'p == nullptr', a cast of
/// 'p' to bool, through '&&', '||' and ','. Operands are stripped with
/// stripCasts, so an assignment '(p = f()) == NULL' yields the assignment.
void forEachNullTested(const clang::Expr *Cond, clang::ASTContext &Context,
                       llvm::function_ref<void(const clang::Expr *)> F);

/// True when A and B denote the same object: the same variable, the same
/// member of the same object (a->b->c), the same array element with a
/// constant or variable index, or the same dereferenced pointer. Expressions
/// with side effects never match.
bool isSameLvalue(const clang::Expr *A, const clang::Expr *B,
                  clang::ASTContext &Context);

/// True for a call (possibly cast to void) of a function that does not
/// return: exit, abort, __assert_fail, [[noreturn]] functions.
bool isNoReturnCall(const clang::Expr *E);

/// True when S does not complete normally because it calls a function that
/// does not return: such a call, or a block or branch containing one as a
/// direct statement.
bool endsInNoReturnCall(const clang::Stmt *S);

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_ERRORS_HELPERS_H
