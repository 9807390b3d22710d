//===- warden/Checker.h - Base class of every checker -----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A checker is the C++ mechanism behind one or more rules. The driver makes
/// one instance per enabled rule and translation unit, so a checker may keep
/// per-TU state in members. All instances register their matchers into one
/// MatchFinder, so the whole rule set costs one traversal of the AST.
///
/// The shape follows clang-tidy's ClangTidyCheck: registerMatchers, check,
/// opt-in registerPPCallbacks and isLanguageVersionSupported. Options are
/// read once, in the constructor, into const members.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_CHECKER_H
#define WARDEN_CHECKER_H

#include "warden/Finding.h"
#include "warden/Options.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CFG;
class FunctionDecl;
class LangOptions;
class Preprocessor;
class SourceManager;
} // namespace clang

namespace warden {

/// What a checker instance serves: the rule it reports under, at which
/// level, with which (validated) options.
struct RuleBinding {
  std::string RuleId;
  Level Severity = Level::Warning;
  CheckerOptions Options;
};

class TranslationUnitContext;

/// Adds notes, fixes and properties to a finding; the finding is recorded
/// when the builder goes out of scope (like clang's DiagnosticBuilder).
class FindingBuilder {
public:
  FindingBuilder(TranslationUnitContext &TU, Finding F,
                 clang::SourceLocation Origin);
  FindingBuilder(FindingBuilder &&Other) noexcept;
  FindingBuilder(const FindingBuilder &) = delete;
  FindingBuilder &operator=(const FindingBuilder &) = delete;
  FindingBuilder &operator=(FindingBuilder &&) = delete;
  ~FindingBuilder();

  /// Highlights a range (must contain the finding's location to be shown).
  FindingBuilder &range(clang::SourceRange Range);
  FindingBuilder &note(clang::SourceLocation Loc, llvm::StringRef Message);
  /// Adds one fix made of the given hints; hints in macro expansions make the
  /// whole fix unusable and it is dropped.
  FindingBuilder &fix(llvm::StringRef Description,
                      llvm::ArrayRef<clang::FixItHint> Hints);
  FindingBuilder &property(llvm::StringRef Key, PropertyValue Value);
  /// Overrides the rule's level for this finding (escalation).
  FindingBuilder &severity(Level L);

private:
  TranslationUnitContext *TU;
  Finding F;
  clang::SourceLocation Origin;
};

class Checker : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  Checker(const RuleBinding &Binding, TranslationUnitContext &TU)
      : Binding(Binding), TU(TU) {}
  ~Checker() override;

  /// Returns false to skip this checker for the TU's language (e.g. C++-only
  /// rules in C code).
  virtual bool
  isLanguageVersionSupported(const clang::LangOptions &LangOpts) const {
    return true;
  }
  virtual void registerMatchers(clang::ast_matchers::MatchFinder *Finder) {}
  virtual void registerPPCallbacks(const clang::SourceManager &SM,
                                   clang::Preprocessor *PP) {}
  virtual void check(const clang::ast_matchers::MatchFinder::MatchResult &R) {
  }
  /// Called after the traversal, for analyses over the whole TU (call
  /// graphs, summaries collected by check()).
  virtual void finishTranslationUnit(clang::ASTContext &Context) {}

  llvm::StringRef ruleId() const { return Binding.RuleId; }

protected:
  /// Reports a finding under this checker's rule. Message style: lowercase,
  /// no trailing period, names quoted, says what to do instead.
  FindingBuilder report(clang::SourceLocation Loc, llvm::StringRef Message);
  const CheckerOptions &options() const { return Binding.Options; }
  TranslationUnitContext &context() { return TU; }

private:
  void run(const clang::ast_matchers::MatchFinder::MatchResult &R) final {
    check(R);
  }
  llvm::StringRef getID() const final { return Binding.RuleId; }

  const RuleBinding &Binding;
  TranslationUnitContext &TU;
};

/// What all checkers of one translation unit share: the findings they
/// report (resolved to file, line and column while the SourceManager is
/// alive) and analyses that several checkers need, built once on first use,
/// such as each function's CFG.
class TranslationUnitContext {
public:
  TranslationUnitContext();
  ~TranslationUnitContext();

  /// Must be called before any checker reports.
  void beginTranslationUnit(const clang::SourceManager &SM,
                            const clang::LangOptions &LangOpts);
  /// Called once the AST is complete, before the matchers run.
  void setASTContext(clang::ASTContext &Context) { AST = &Context; }
  /// Resolves the enclosing declaration of every finding and hands them over.
  std::vector<Finding> finish(clang::ASTContext &Context);

  /// Converts a location (macro or file) to the file range a user would look
  /// at; returns an invalid span when there is none.
  SourceSpan spanOf(clang::SourceLocation Loc) const;
  SourceSpan spanOf(clang::CharSourceRange Range) const;

  const clang::SourceManager &sourceManager() const { return *SM; }
  const clang::LangOptions &langOptions() const { return *LangOpts; }
  clang::ASTContext &astContext() const { return *AST; }

  /// The control-flow graph of a function body, shared by every checker of
  /// the TU; null when the function has no body or clang cannot build one.
  /// Built with implicit destructors, initializers, temporaries' destructors
  /// and lifetime ends, so scope ends are visible.
  const clang::CFG *cfg(const clang::FunctionDecl &Function);

  /// Whether a statement in a lambda's body belongs to the lambda's call
  /// operator or to the function the lambda is written in.
  enum class LambdaBodies { AreFunctions, BelongToEnclosingFunction };
  /// The function whose code holds S (its body, parameters' default
  /// arguments or constructor initializers), found through the ASTContext's
  /// parent map and memoised per statement for the TU. A statement in a
  /// local class's method belongs to that method. Null at namespace or class
  /// scope (a global's or a default member initializer) and in Objective-C
  /// methods and blocks at file scope, which are not FunctionDecls.
  /// May be a declaration without a body (a prototype's default argument) or
  /// an implicit member (a defaulted constructor's initializers).
  const clang::FunctionDecl *
  enclosingFunction(const clang::Stmt &S,
                    LambdaBodies Lambdas = LambdaBodies::AreFunctions);
  /// enclosingFunction() when that is a definition the user wrote (a lambda's
  /// call operator counts); null otherwise, as for code at file scope.
  const clang::FunctionDecl *
  enclosingDefinition(const clang::Stmt &S,
                      LambdaBodies Lambdas = LambdaBodies::AreFunctions);

private:
  friend class FindingBuilder;
  void record(Finding F, clang::SourceLocation Origin);

  struct Pending {
    Finding F;
    clang::SourceLocation FileLoc;
  };
  const clang::SourceManager *SM = nullptr;
  const clang::LangOptions *LangOpts = nullptr;
  clang::ASTContext *AST = nullptr;
  std::vector<Pending> Findings;
  struct Analyses;
  std::unique_ptr<Analyses> Cache;
};

} // namespace warden

#endif // WARDEN_CHECKER_H
