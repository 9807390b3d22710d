//===- SizeSignConversionChecker.h - Signed sizes ---------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_SIZES_SIZESIGNCONVERSIONCHECKER_H
#define WARDEN_CHECKERS_SIZES_SIZESIGNCONVERSIONCHECKER_H

#include "sizes/PathConditions.h"
#include "sizes/SizeArguments.h"
#include "warden/Checker.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang {
class DeclRefExpr;
class VarDecl;
} // namespace clang

namespace warden::checkers {

/// Flags a signed value implicitly converted to the unsigned size argument
/// of a library function (memcpy's length, malloc's size) when nothing
/// shows that it is not negative: a negative length becomes a huge one.
/// A value counts as non-negative when it is a non-negative constant, an
/// unsigned value converted to a signed type (a promoted byte, a strlen()
/// result kept in an int), built from such values, tested by a dominating
/// condition ('if (n < 0) return', 'if (n > 0)', a comparison made in
/// unsigned arithmetic), the result of a function of the translation unit
/// whose return values all are, or a local variable whose assignment just
/// before the use in the same block, or all of whose assignments, are.
class SizeSignConversionChecker : public Checker {
public:
  SizeSignConversionChecker(const RuleBinding &Binding,
                            TranslationUnitContext &TU);
  ~SizeSignConversionChecker() override;

  static constexpr llvm::StringLiteral Id = "size-sign-conversion";
  static constexpr llvm::StringLiteral Summary =
      "Flags a signed value implicitly converted to the size argument of a "
      "library function with no check that it is not negative";
  static std::vector<OptionSpec> optionSpecs();

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

  /// The assignments of a function's local variables.
  struct Definitions;

private:
  /// Proves E non-negative; Flow is null in the first, flow-free attempt.
  bool isNonNegative(const clang::Expr *E, const clang::Stmt &Context,
                     FunctionConditions *Flow, unsigned Depth);
  bool isNonNegativeVariable(const clang::VarDecl &Var,
                             const clang::DeclRefExpr &Use,
                             const clang::Stmt &Context,
                             FunctionConditions *Flow, unsigned Depth);
  bool isNonNegativeByConditions(const clang::Expr *E,
                                 const clang::Stmt &Context,
                                 FunctionConditions &Flow, unsigned Depth);
  Definitions &definitionsOf(const clang::Stmt &S);

  const PositionLists Functions;
  ConditionCache Cache;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Definitions>>
      DefinitionsByFunction;
  /// The definitions of the function being analysed, once needed.
  Definitions *CurrentDefinitions = nullptr;
  /// Variables being proven: a use inside their own definitions (i = i + 1)
  /// is taken as non-negative.
  llvm::DenseSet<const clang::VarDecl *> InProgress;
  /// Functions whose return values are being proven.
  llvm::DenseSet<const clang::FunctionDecl *> InProgressFunctions;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_SIZES_SIZESIGNCONVERSIONCHECKER_H
