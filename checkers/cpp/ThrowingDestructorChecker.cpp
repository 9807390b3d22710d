//===- ThrowingDestructorChecker.cpp - Exceptions out of destructors ------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cpp/ThrowingDestructorChecker.h"
#include "cpp/CppSupport.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> ThrowingDestructorChecker::optionSpecs() {
  return {
      OptionSpec::flag(
          "reportPotentiallyThrowingCalls",
          "Also flag calls, outside any try block of the destructor, of "
          "functions that are not declared noexcept (C library functions "
          "and functions with C linkage are taken not to throw)",
          false),
  };
}

ThrowingDestructorChecker::ThrowingDestructorChecker(const RuleBinding &Binding,
                                                     TranslationUnitContext &TU)
    : Checker(Binding, TU),
      ReportCalls(options().getBool("reportPotentiallyThrowingCalls")) {}

bool ThrowingDestructorChecker::isLanguageVersionSupported(
    const LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus;
}

void ThrowingDestructorChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(cxxDestructorDecl().bind("destructor"), this);
}

namespace {

/// Whether a handler for Handler (null: catch (...)) catches an exception
/// object of type Thrown ([except.handle]/3). Dependent types are taken to
/// match: the instantiations decide.
bool handles(QualType Handler, QualType Thrown, const ASTContext &Ctx) {
  if (Handler.isNull())
    return true;
  if (Handler->isDependentType() || Thrown.isNull() ||
      Thrown->isDependentType())
    return true;
  QualType H =
      Ctx.getCanonicalType(Handler.getNonReferenceType()).getUnqualifiedType();
  QualType T = Ctx.getCanonicalType(Thrown).getUnqualifiedType();
  if (H == T)
    return true;
  auto IsBase = [](QualType Base, QualType Derived) {
    const CXXRecordDecl *B = Base->getAsCXXRecordDecl();
    const CXXRecordDecl *D = Derived->getAsCXXRecordDecl();
    return B && D && D->hasDefinition() && D->isDerivedFrom(B);
  };
  if (IsBase(H, T))
    return true;
  if (H->isPointerType() && T->isNullPtrType())
    return true;
  if (H->isPointerType() && T->isPointerType()) {
    QualType HP = H->getPointeeType().getUnqualifiedType();
    QualType TP = T->getPointeeType().getUnqualifiedType();
    return Ctx.hasSameUnqualifiedType(HP, TP) ||
           (HP->isVoidType() && !TP->isFunctionType()) || IsBase(HP, TP);
  }
  return false;
}

/// A handler of a destructor's function-try-block rethrows when it reaches
/// its end ([except.handle]/13); one that ends with 'return' swallows.
bool swallows(const CXXCatchStmt &Handler) {
  const auto *Block = dyn_cast_or_null<CompoundStmt>(Handler.getHandlerBlock());
  return Block && !Block->body_empty() && isa<ReturnStmt>(Block->body_back());
}

/// Walks a destructor's body and collects the throws (and, if asked, the
/// calls that may throw) that no enclosing try block catches.
class EscapeFinder {
public:
  EscapeFinder(const ASTContext &Ctx, bool Calls) : Ctx(Ctx), Calls(Calls) {}

  void walkBody(const Stmt *Body) {
    const auto *FunctionTry = dyn_cast_or_null<CXXTryStmt>(Body);
    if (!FunctionTry) {
      walk(Body);
      return;
    }
    bool Swallows = true;
    for (unsigned I = 0; I < FunctionTry->getNumHandlers(); ++I)
      Swallows &= swallows(*FunctionTry->getHandler(I));
    if (Swallows)
      walk(FunctionTry);
    else
      for (const Stmt *Child : FunctionTry->children())
        walk(Child);
  }

  std::vector<const Stmt *> Escaping;

private:
  void walk(const Stmt *S) {
    if (!S)
      return;
    if (const auto *Try = dyn_cast<CXXTryStmt>(S)) {
      Tries.push_back(Try);
      walk(Try->getTryBlock());
      Tries.pop_back();
      // A handler is not protected by its own try block.
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
        walk(Try->getHandler(I)->getHandlerBlock());
      return;
    }
    // A lambda's body runs when it is called, which may be elsewhere.
    if (isa<LambdaExpr>(S))
      return;
    if (const auto *Throw = dyn_cast<CXXThrowExpr>(S)) {
      // Constructing the exception object is part of the throw, which is
      // reported itself.
      bool SavedCalls = Calls;
      Calls = false;
      walk(Throw->getSubExpr());
      Calls = SavedCalls;
      if (!caught(Throw))
        Escaping.push_back(Throw);
      return;
    }
    if (Calls && Tries.empty() && mayThrow(S))
      Escaping.push_back(S);
    for (const Stmt *Child : S->children())
      walk(Child);
  }

  bool caught(const CXXThrowExpr *Throw) const {
    QualType Thrown;
    if (const Expr *Operand = Throw->getSubExpr())
      Thrown = cpp::decayedType(Operand->getType(), Ctx);
    for (const CXXTryStmt *Try : Tries)
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I) {
        const CXXCatchStmt *Handler = Try->getHandler(I);
        // 'throw;' rethrows an exception of unknown type: only catch (...)
        // is sure to catch it.
        if (!Throw->getSubExpr()
                ? Handler->getCaughtType().isNull()
                : handles(Handler->getCaughtType(), Thrown, Ctx))
          return true;
      }
    return false;
  }

  static bool cannotThrow(const FunctionProtoType *FPT) {
    if (!FPT)
      return false;
    switch (FPT->getExceptionSpecType()) {
    // Not computed yet (implicit members): nearly always noexcept.
    case EST_Unevaluated:
    case EST_Uninstantiated:
    case EST_Unparsed:
      return true;
    default:
      return FPT->canThrow() != CT_Can;
    }
  }

  bool mayThrow(const Stmt *S) const {
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (isa<CXXPseudoDestructorExpr>(Call->getCallee()->IgnoreParens()))
        return false;
      if (const FunctionDecl *Callee = Call->getDirectCallee()) {
        // C functions (the C library's among them) do not throw.
        if (Callee->getBuiltinID() || Callee->isExternC() ||
            Callee->isInExternCContext())
          return false;
        return !cannotThrow(Callee->getType()->getAs<FunctionProtoType>());
      }
      QualType T = Call->getCallee()->getType();
      if (T->isDependentType())
        return false;
      if (const auto *P = T->getAs<PointerType>())
        T = P->getPointeeType();
      else if (const auto *M = T->getAs<MemberPointerType>())
        T = M->getPointeeType();
      return !cannotThrow(T->getAs<FunctionProtoType>());
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (!Ctor || Ctor->isTrivial())
        return false;
      return !cannotThrow(Ctor->getType()->getAs<FunctionProtoType>());
    }
    return false;
  }

  const ASTContext &Ctx;
  bool Calls;
  llvm::SmallVector<const CXXTryStmt *, 4> Tries;
};

/// 'noexcept(false)' or a non-empty 'throw(X)': the destructor says it
/// throws. A computed noexcept(expr) is a deliberate, generic choice.
bool declaredThrowing(const CXXDestructorDecl &Destructor) {
  const auto *FPT = Destructor.getType()->getAs<FunctionProtoType>();
  if (!FPT)
    return false;
  switch (FPT->getExceptionSpecType()) {
  case EST_NoexceptFalse:
  case EST_DependentNoexcept: {
    const Expr *E = FPT->getNoexceptExpr();
    const auto *Literal = dyn_cast_or_null<CXXBoolLiteralExpr>(
        E ? E->IgnoreParenImpCasts() : nullptr);
    return Literal && !Literal->getValue();
  }
  case EST_Dynamic:
    return FPT->getNumExceptions() > 0;
  default:
    return false;
  }
}

} // namespace

void ThrowingDestructorChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Destructor = R.Nodes.getNodeAs<CXXDestructorDecl>("destructor");
  const SourceManager &SM = *R.SourceManager;
  // The class's name without template arguments reads the same in a
  // template and in each of its instantiations.
  std::string Class = Destructor->getParent()->getNameAsString();
  const std::string Consequence =
      "; an exception leaving a destructor can terminate the program";

  if (declaredThrowing(*Destructor) && Destructor->isFirstDecl()) {
    SourceRange Spec = Destructor->getExceptionSpecSourceRange();
    SourceLocation Loc =
        Spec.isValid() ? Spec.getBegin() : Destructor->getLocation();
    std::string Written = cpp::spelledText(Spec, SM, R.Context->getLangOpts());
    if (Written.empty())
      Written = "noexcept(false)";
    if (!cpp::isInSystemMacro(Loc, SM))
      report(Loc, "destructor of '" + Class + "' is declared '" + Written +
                      "'; an exception leaving it during stack unwinding "
                      "terminates the program; make it noexcept and handle "
                      "errors inside it")
          .range(cpp::writtenRange(Spec, SM));
  }

  if (!Destructor->doesThisDeclarationHaveABody())
    return;
  EscapeFinder Finder(*R.Context, ReportCalls);
  Finder.walkBody(Destructor->getBody());
  for (const Stmt *S : Finder.Escaping) {
    if (const auto *Throw = dyn_cast<CXXThrowExpr>(S)) {
      if (cpp::isInSystemMacro(Throw->getThrowLoc(), SM))
        continue;
      report(Throw->getThrowLoc(),
             std::string(Throw->getSubExpr() ? "'throw'" : "rethrow") +
                 " escapes the destructor of '" + Class + "'" + Consequence +
                 "; handle the error inside the destructor")
          .range(cpp::writtenRange(Throw->getSourceRange(), SM));
      continue;
    }
    const auto *E = cast<Expr>(S);
    std::string Callee = "call";
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      if (const FunctionDecl *FD = Call->getDirectCallee())
        Callee = "'" + FD->getNameAsString() + "'";
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      Callee = "constructor of '" +
               Construct->getConstructor()->getParent()->getNameAsString() +
               "'";
    }
    if (cpp::isInSystemMacro(E->getExprLoc(), SM))
      continue;
    report(E->getExprLoc(), Callee +
                                " may throw, and nothing in the "
                                "destructor of '" +
                                Class + "' catches it" + Consequence +
                                "; catch it inside the destructor")
        .range(cpp::writtenRange(E->getSourceRange(), SM));
  }
}

} // namespace warden::checkers
