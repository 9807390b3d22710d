//===- RawNewDeleteChecker.h - new/delete outside RAII owners ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKERS_CPP_RAWNEWDELETECHECKER_H
#define WARDEN_CHECKERS_CPP_RAWNEWDELETECHECKER_H

#include "cpp/CppSupport.h"
#include "warden/Checker.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang {
class CXXDeleteExpr;
class CXXNewExpr;
class CXXRecordDecl;
class FieldDecl;
class VarDecl;
} // namespace clang

namespace warden::checkers {

/// Flags new and delete expressions outside RAII owners, which manage
/// memory by hand. Accepted: a new whose result goes straight into a smart
/// pointer (a constructor or reset() of a listed owner class), placement
/// new, a factory function's new (returned, directly or through a local,
/// or stored through an out-parameter), a delete in a destructor,
/// 'delete this', and a class managing a member that its destructor deletes
/// (new assigned to the member, delete of the member).
class RawNewDeleteChecker : public Checker {
public:
  RawNewDeleteChecker(const RuleBinding &Binding, TranslationUnitContext &TU);

  static constexpr llvm::StringLiteral Id = "raw-new-delete";
  static constexpr llvm::StringLiteral Summary =
      "Flags new and delete expressions outside RAII owners";
  static std::vector<OptionSpec> optionSpecs();

  bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
  void finishTranslationUnit(clang::ASTContext &Context) override;

private:
  bool isOwner(const clang::CXXRecordDecl *Class, unsigned Depth = 0) const;

  std::vector<std::string> Owners;
  const bool AllowFactories;

  /// Every new and delete to judge, with the member it is assigned to or
  /// deletes, if any.
  std::vector<std::pair<const clang::CXXNewExpr *, const clang::FieldDecl *>>
      News;
  std::vector<std::pair<const clang::CXXDeleteExpr *, const clang::FieldDecl *>>
      Deletes;
  /// New expressions handed straight to an owner or returned by a factory.
  llvm::DenseSet<const clang::CXXNewExpr *> Owned;
  /// Locals a new expression is stored in, and the locals a function hands
  /// to its caller (returned, or stored through an out-parameter).
  llvm::DenseMap<const clang::CXXNewExpr *, const clang::VarDecl *> HeldBy;
  llvm::DenseSet<const clang::VarDecl *> ReturnedLocals;
  /// Members that a destructor of their class deletes.
  llvm::DenseSet<const clang::FieldDecl *> OwningMembers;
  /// Members each new expression is assigned to.
  llvm::DenseMap<const clang::CXXNewExpr *, const clang::FieldDecl *>
      AssignedTo;
};

} // namespace warden::checkers

#endif // WARDEN_CHECKERS_CPP_RAWNEWDELETECHECKER_H
