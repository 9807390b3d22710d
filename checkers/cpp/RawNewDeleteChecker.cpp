//===- RawNewDeleteChecker.cpp - new/delete outside RAII owners -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cpp/RawNewDeleteChecker.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> RawNewDeleteChecker::optionSpecs() {
  return {
      OptionSpec::list("owners",
                       "Classes (qualified names) whose constructor or "
                       "reset() takes ownership of a new'd pointer; classes "
                       "derived from them count too",
                       {"std::unique_ptr", "std::shared_ptr", "std::auto_ptr"})
          .validate(validators::nonEmpty()),
      OptionSpec::flag("allowFactories",
                       "Accept 'return new T(...)': a factory function hands "
                       "the object to its caller",
                       true),
  };
}

RawNewDeleteChecker::RawNewDeleteChecker(const RuleBinding &Binding,
                                         TranslationUnitContext &TU)
    : Checker(Binding, TU),
      AllowFactories(options().getBool("allowFactories")) {
  for (llvm::StringRef Owner : options().getList("owners")) {
    Owner.consume_front("::");
    Owners.push_back(Owner.str());
  }
}

bool RawNewDeleteChecker::isLanguageVersionSupported(
    const LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus;
}

void RawNewDeleteChecker::registerMatchers(MatchFinder *Finder) {
  auto New = ignoringParenImpCasts(cxxNewExpr().bind("new"));
  auto ThisMember =
      memberExpr(hasObjectExpression(ignoringParenImpCasts(cxxThisExpr())),
                 member(fieldDecl().bind("field")));
  Finder->addMatcher(cxxNewExpr().bind("candidateNew"), this);
  Finder->addMatcher(cxxDeleteExpr().bind("candidateDelete"), this);
  // Handed to an owner at once.
  Finder->addMatcher(cxxConstructExpr(hasArgument(0, New)).bind("construct"),
                     this);
  Finder->addMatcher(cxxMemberCallExpr(callee(cxxMethodDecl(hasName("reset"))),
                                       hasArgument(0, New))
                         .bind("reset"),
                     this);
  if (AllowFactories) {
    // 'return new T', also through a local ('p = new T; ...; return p;')
    // or an out-parameter ('*out = new T', 'out = p').
    auto Local = varDecl(hasLocalStorage(), unless(parmVarDecl()));
    auto PointerOut = ignoringParenImpCasts(
        declRefExpr(to(parmVarDecl(hasType(pointsTo(pointerType()))))));
    auto OutParameter = ignoringParenImpCasts(
        anyOf(declRefExpr(to(parmVarDecl(hasType(references(pointerType()))))),
              unaryOperator(hasOperatorName("*"), hasUnaryOperand(PointerOut)),
              arraySubscriptExpr(hasBase(PointerOut))));
    auto ReturnedLocal =
        ignoringParenImpCasts(declRefExpr(to(Local.bind("returned"))));
    Finder->addMatcher(returnStmt(hasReturnValue(New)).bind("return"), this);
    Finder->addMatcher(
        binaryOperator(hasOperatorName("="), hasLHS(OutParameter), hasRHS(New))
            .bind("return"),
        this);
    Finder->addMatcher(returnStmt(hasReturnValue(ReturnedLocal)), this);
    Finder->addMatcher(binaryOperator(hasOperatorName("="),
                                      hasLHS(OutParameter),
                                      hasRHS(ReturnedLocal)),
                       this);
    Finder->addMatcher(
        varDecl(hasLocalStorage(), unless(parmVarDecl()), hasInitializer(New))
            .bind("heldBy"),
        this);
    Finder->addMatcher(binaryOperator(hasOperatorName("="),
                                      hasLHS(ignoringParenImpCasts(declRefExpr(
                                          to(Local.bind("heldBy"))))),
                                      hasRHS(New)),
                       this);
  }
  // Stored in a member, which the class may own.
  Finder->addMatcher(cxxCtorInitializer(forField(fieldDecl().bind("field")),
                                        withInitializer(New))
                         .bind("init"),
                     this);
  Finder->addMatcher(binaryOperator(hasOperatorName("="),
                                    hasLHS(ignoringParenImpCasts(ThisMember)),
                                    hasRHS(New))
                         .bind("assign"),
                     this);
}

/// The qualified name of a class, without inline namespaces (std::__1).
static std::string qualifiedName(const CXXRecordDecl &Class) {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  PrintingPolicy Policy = Class.getASTContext().getPrintingPolicy();
  Policy.SuppressInlineNamespace = true;
  Policy.SuppressUnwrittenScope = true;
  Class.printQualifiedName(OS, Policy);
  return OS.str();
}

bool RawNewDeleteChecker::isOwner(const CXXRecordDecl *Class,
                                  unsigned Depth) const {
  if (!Class)
    return false;
  if (llvm::is_contained(Owners, qualifiedName(*Class)))
    return true;
  // A project's own smart pointer may derive from std::unique_ptr; deep
  // hierarchies are not owners in practice.
  const CXXRecordDecl *Definition = Class->getDefinition();
  if (!Definition || Depth >= 4)
    return false;
  for (const CXXBaseSpecifier &Base : Definition->bases())
    if (isOwner(Base.getType()->getAsCXXRecordDecl(), Depth + 1))
      return true;
  return false;
}

/// The member 'this->m' that E (after parentheses and implicit casts) is.
static const FieldDecl *thisMember(const Expr *E) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  if (!Member || !isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
    return nullptr;
  return dyn_cast<FieldDecl>(Member->getMemberDecl());
}

/// Placement new constructs in storage the caller provides; new
/// (std::nothrow) still allocates.
static bool isPlacement(const CXXNewExpr &New) {
  if (New.getNumPlacementArgs() == 0)
    return false;
  const CXXRecordDecl *Tag =
      New.getPlacementArg(0)->getType()->getAsCXXRecordDecl();
  return !(Tag && Tag->getName() == "nothrow_t" && Tag->isInStdNamespace());
}

void RawNewDeleteChecker::check(const MatchFinder::MatchResult &R) {
  const SourceManager &SM = *R.SourceManager;
  // A lambda's body counts as part of the function it is written in: a
  // 'delete' in a lambda in a destructor is the destructor's.
  constexpr auto Lambdas =
      TranslationUnitContext::LambdaBodies::BelongToEnclosingFunction;
  const auto *New = R.Nodes.getNodeAs<CXXNewExpr>("new");
  if (const auto *Candidate = R.Nodes.getNodeAs<CXXNewExpr>("candidateNew")) {
    // A template is judged in its instantiations, where owners are known.
    const FunctionDecl *In = context().enclosingDefinition(*Candidate, Lambdas);
    if ((In && In->isDependentContext()) || isPlacement(*Candidate) ||
        cpp::isInSystemMacro(Candidate->getBeginLoc(), SM))
      return;
    News.emplace_back(Candidate, nullptr);
    return;
  }
  if (const auto *Delete =
          R.Nodes.getNodeAs<CXXDeleteExpr>("candidateDelete")) {
    const FunctionDecl *In = context().enclosingDefinition(*Delete, Lambdas);
    if ((In && In->isDependentContext()) ||
        cpp::isInSystemMacro(Delete->getBeginLoc(), SM))
      return;
    const Expr *Argument = Delete->getArgument()->IgnoreParenImpCasts();
    // 'delete this' ends an object that counts its own references.
    if (isa<CXXThisExpr>(Argument))
      return;
    const FieldDecl *Member = thisMember(Argument);
    if (In && isa<CXXDestructorDecl>(In)) {
      if (Member)
        OwningMembers.insert(Member);
      return;
    }
    Deletes.emplace_back(Delete, Member);
    return;
  }
  if (const auto *Construct =
          R.Nodes.getNodeAs<CXXConstructExpr>("construct")) {
    if (isOwner(Construct->getConstructor()->getParent()))
      Owned.insert(New);
    return;
  }
  if (const auto *Reset = R.Nodes.getNodeAs<CXXMemberCallExpr>("reset")) {
    if (isOwner(Reset->getRecordDecl()))
      Owned.insert(New);
    return;
  }
  if (R.Nodes.getNodeAs<Stmt>("return")) {
    Owned.insert(New);
    return;
  }
  if (const auto *Returned = R.Nodes.getNodeAs<VarDecl>("returned")) {
    ReturnedLocals.insert(Returned);
    return;
  }
  if (const auto *Local = R.Nodes.getNodeAs<VarDecl>("heldBy")) {
    HeldBy[New] = Local;
    return;
  }
  if (const auto *Field = R.Nodes.getNodeAs<FieldDecl>("field"))
    AssignedTo[New] = Field;
}

void RawNewDeleteChecker::finishTranslationUnit(ASTContext &Context) {
  for (const auto &[New, Unused] : News) {
    if (Owned.contains(New))
      continue;
    auto Held = HeldBy.find(New);
    if (Held != HeldBy.end() && ReturnedLocals.contains(Held->second))
      continue;
    auto It = AssignedTo.find(New);
    if (It != AssignedTo.end() && OwningMembers.contains(It->second))
      continue;
    if (New->isArray())
      report(New->getBeginLoc(),
             "naked 'new[]' leaves the array without an owner, so an early "
             "return or an exception leaks it; use 'std::vector' or "
             "'std::make_unique<T[]>'")
          .range(cpp::writtenRange(New->getSourceRange(),
                                   context().sourceManager()));
    else
      report(New->getBeginLoc(),
             "naked 'new' leaves the object without an owner, so an early "
             "return or an exception leaks it; use 'std::make_unique' or "
             "'std::make_shared'")
          .range(cpp::writtenRange(New->getSourceRange(),
                                   context().sourceManager()));
  }
  for (const auto &[Delete, Member] : Deletes) {
    if (Member && OwningMembers.contains(Member))
      continue;
    report(Delete->getBeginLoc(),
           std::string("naked '") +
               (Delete->isArrayForm() ? "delete[]" : "delete") +
               "' outside a destructor; let a smart pointer or an owning "
               "class release the memory")
        .range(cpp::writtenRange(Delete->getSourceRange(),
                                 context().sourceManager()));
  }
}

} // namespace warden::checkers
