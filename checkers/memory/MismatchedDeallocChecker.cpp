//===- MismatchedDeallocChecker.cpp - Mismatched deallocation -------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "memory/MismatchedDeallocChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/MathExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

using namespace memory;

std::vector<OptionSpec> MismatchedDeallocChecker::optionSpecs() {
  return {
      OptionSpec::list("allocationFunctions",
                       "Library functions whose result must be released "
                       "with one of 'deallocationFunctions'",
                       {"malloc", "calloc", "realloc", "reallocarray",
                        "aligned_alloc", "memalign", "valloc", "pvalloc",
                        "strdup", "strndup", "wcsdup"})
          .validate(validators::nonEmpty()),
      OptionSpec::list("deallocationFunctions",
                       "Library functions that release what the "
                       "'allocationFunctions' return",
                       {"free", "cfree"})
          .validate(validators::nonEmpty()),
      OptionSpec::flag("smartPointers",
                       "Also check std::unique_ptr and std::shared_ptr "
                       "constructed or reset from a new-expression whose "
                       "array form differs from the smart pointer's type",
                       true),
  };
}

MismatchedDeallocChecker::MismatchedDeallocChecker(const RuleBinding &Binding,
                                                   TranslationUnitContext &TU)
    : Checker(Binding, TU),
      FreeFunctions(options().getList("deallocationFunctions")),
      FreeSet(toSet(FreeFunctions)),
      MallocSet(toSet(options().getList("allocationFunctions"))),
      SmartPointers(options().getBool("smartPointers")) {}

bool MismatchedDeallocChecker::isLanguageVersionSupported(
    const LangOptions &LangOpts) const {
  // C has one family of allocation functions.
  return LangOpts.CPlusPlus;
}

void MismatchedDeallocChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(callee(functionDecl(libraryFunction(FreeFunctions))))
          .bind("release"),
      this);
  Finder->addMatcher(cxxDeleteExpr().bind("release"), this);
  if (!SmartPointers)
    return;
  auto SmartClass = classTemplateSpecializationDecl(
                        hasAnyName("::std::unique_ptr", "::std::shared_ptr"))
                        .bind("class");
  auto Construct =
      cxxConstructExpr(argumentCountIs(1),
                       hasDeclaration(cxxConstructorDecl(ofClass(SmartClass))),
                       hasArgument(0, ignoringParenImpCasts(cxxNewExpr())))
          .bind("construct");
  // Through the variable first, for a fix on its type.
  Finder->addMatcher(
      declStmt(hasSingleDecl(
          varDecl(hasInitializer(ignoringImplicit(Construct))).bind("var"))),
      this);
  Finder->addMatcher(Construct, this);
  Finder->addMatcher(
      cxxMemberCallExpr(
          argumentCountIs(1),
          callee(cxxMethodDecl(hasName("reset"), ofClass(SmartClass))),
          hasArgument(0, ignoringParenImpCasts(cxxNewExpr())))
          .bind("construct"),
      this);
}

void MismatchedDeallocChecker::check(const MatchFinder::MatchResult &R) {
  if (R.Nodes.getNodeAs<Expr>("construct")) {
    checkSmartPointer(R);
    return;
  }
  std::optional<Release> Released =
      releaseOf(R.Nodes.getNodeAs<Stmt>("release"), FreeSet);
  if (!Released)
    return;
  const Expr *Ref = entityReference(Released->Pointer->IgnoreParenCasts());
  if (!Ref)
    return;
  const FunctionDecl *Function = nullptr;
  if (const auto *Var = dyn_cast<DeclRefExpr>(Ref))
    Function = dyn_cast<FunctionDecl>(Var->getDecl()->getDeclContext());
  else
    Function = functionAround(
        context(), *Ref, TranslationUnitContext::LambdaBodies::AreFunctions);
  if (!Function || Function->isDependentContext() ||
      !trackedEntity(Released->Pointer, *Function))
    return;
  if (Analysed.insert(Function).second)
    analyse(*Function);
}

//===----------------------------------------------------------------------===//
// Smart pointers
//===----------------------------------------------------------------------===//

void MismatchedDeallocChecker::checkSmartPointer(
    const MatchFinder::MatchResult &R) {
  const auto *Construction = R.Nodes.getNodeAs<Expr>("construct");
  if (!ReportedConstructions.insert(Construction).second)
    return;
  const auto *Class =
      R.Nodes.getNodeAs<ClassTemplateSpecializationDecl>("class");
  const TemplateArgumentList &Args = Class->getTemplateArgs();
  if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
    return;
  bool Unique = Class->getName() == "unique_ptr";
  // A custom deleter decides for itself how to release.
  if (Unique) {
    if (Args.size() < 2 || Args[1].getKind() != TemplateArgument::Type)
      return;
    const auto *Deleter = Args[1].getAsType()->getAsCXXRecordDecl();
    if (!Deleter || Deleter->getName() != "default_delete")
      return;
  }
  const Expr *Argument = isa<CXXConstructExpr>(Construction)
                             ? cast<CXXConstructExpr>(Construction)->getArg(0)
                             : cast<CXXMemberCallExpr>(Construction)->getArg(0);
  const auto *New = dyn_cast<CXXNewExpr>(Argument->IgnoreParenImpCasts());
  std::optional<HeapKind> Kind = allocationKind(New, llvm::StringSet<>());
  if (!Kind)
    return;
  bool ArrayOwner = Args[0].getAsType()->isArrayType();
  bool ArrayNew = *Kind == HeapKind::NewArray;
  if (ArrayOwner == ArrayNew)
    return;

  std::string Owner = Unique ? "std::unique_ptr" : "std::shared_ptr";
  std::string Message =
      ArrayNew ? "'" + Owner +
                     "' of a non-array type owns memory from 'new[]' and "
                     "will release it with 'delete'; use the array form '" +
                     Owner + "<T[]>'"
               : "'" + Owner +
                     "' of an array type owns memory from 'new' and will "
                     "release it with 'delete[]'; allocate it with 'new[]' "
                     "or use a non-array type";
  FindingBuilder Finding = report(New->getBeginLoc(), Message);
  Finding.range(New->getSourceRange());
  // The fix: add '[]' to the declared type of a variable that owns the
  // array, as in std::unique_ptr<int> -> std::unique_ptr<int[]>.
  const auto *Var = R.Nodes.getNodeAs<VarDecl>("var");
  if (!ArrayNew || !Var || !Var->getTypeSourceInfo())
    return;
  auto Specialization = Var->getTypeSourceInfo()
                            ->getTypeLoc()
                            .getAsAdjusted<TemplateSpecializationTypeLoc>();
  if (!Specialization || Specialization.getNumArgs() < 1)
    return;
  SourceRange Written = Specialization.getArgLoc(0).getSourceRange();
  SourceLocation After = Lexer::getLocForEndOfToken(
      Written.getEnd(), 0, *R.SourceManager, R.Context->getLangOpts());
  if (After.isValid())
    Finding.fix("declare '" + Var->getNameAsString() + "' as an array owner",
                {FixItHint::CreateInsertion(After, "[]")});
}

//===----------------------------------------------------------------------===//
// Local variables and members of 'this'
//===----------------------------------------------------------------------===//

namespace {

constexpr uint8_t OtherBit = 1u << 3;

uint8_t bitOf(HeapKind K) { return uint8_t(1u << unsigned(K)); }

/// The definitions that reach a point: which kinds of allocation, or
/// anything else, and the first allocation of each kind for the note.
struct Origin {
  uint8_t Kinds = 0;
  const Expr *Site[3] = {nullptr, nullptr, nullptr};

  bool operator==(const Origin &O) const {
    return Kinds == O.Kinds && Site[0] == O.Site[0] && Site[1] == O.Site[1] &&
           Site[2] == O.Site[2];
  }
};

struct OriginState {
  llvm::SmallVector<Origin, 4> Entities;
  const SourceManager *SM = nullptr;

  bool operator==(const OriginState &O) const { return Entities == O.Entities; }

  void join(const OriginState &O) {
    for (size_t I = 0; I < Entities.size(); ++I) {
      Origin &A = Entities[I];
      const Origin &B = O.Entities[I];
      A.Kinds |= B.Kinds;
      for (int K = 0; K < 3; ++K)
        if (!A.Site[K] || (B.Site[K] && isEarlier(B.Site[K], A.Site[K], *SM)))
          A.Site[K] = B.Site[K];
    }
  }
};

struct Mismatch {
  const ValueDecl *Entity;
  const Stmt *At;
  Release Released;
  HeapKind Allocated;
  const Expr *AllocationSite;
};

class OriginAnalysis {
public:
  OriginAnalysis(const FunctionDecl &Function, const CFG &G,
                 const llvm::StringSet<> &FreeSet,
                 const llvm::StringSet<> &MallocSet)
      : Function(Function), Uses(G), FreeSet(FreeSet), MallocSet(MallocSet) {
    for (const CFGBlock *B : G)
      for (const CFGElement &E : *B)
        if (std::optional<Release> R = releaseOf(statementOf(E), FreeSet))
          if (const ValueDecl *V = trackedEntity(R->Pointer, Function))
            if (!Index.count(V)) {
              Index[V] = Entities.size();
              Entities.push_back(V);
              HasMembers |= isa<FieldDecl>(V);
            }
  }

  bool empty() const { return Entities.empty(); }

  /// Parameters and members hold whatever the caller left in them; locals
  /// hold nothing until they are declared.
  OriginState entry(const SourceManager &SM) const {
    OriginState S;
    S.SM = &SM;
    S.Entities.resize(Entities.size());
    for (size_t I = 0; I < Entities.size(); ++I)
      if (isa<ParmVarDecl, FieldDecl>(Entities[I]))
        S.Entities[I].Kinds = OtherBit;
    return S;
  }

  void transfer(const CFGBlock &B, OriginState &S,
                std::vector<Mismatch> *Found) const {
    for (const CFGElement &E : B) {
      if (std::optional<CFGInitializer> Init = E.getAs<CFGInitializer>()) {
        const CXXCtorInitializer *I = Init->getInitializer();
        if (I->isAnyMemberInitializer())
          define(I->getAnyMember(), I->getInit(), S);
        continue;
      }
      const Stmt *St = statementOf(E);
      if (!St)
        continue;
      if (std::optional<Release> R = releaseOf(St, FreeSet)) {
        if (std::optional<unsigned> I = indexOf(R->Pointer)) {
          checkRelease(*I, St, *R, S, Found);
          S.Entities[*I] = Origin{OtherBit, {}};
        }
        continue;
      }
      if (const auto *Op = dyn_cast<BinaryOperator>(St)) {
        if (Op->getOpcode() == BO_Assign)
          define(referencedEntity(entityReference(Op->getLHS())), Op->getRHS(),
                 S);
      } else if (const auto *Decls = dyn_cast<DeclStmt>(St)) {
        for (const Decl *D : Decls->decls())
          if (const auto *Var = dyn_cast<VarDecl>(D))
            define(Var, Var->getInit(), S);
      } else if (const auto *Ref = dyn_cast<Expr>(St);
                 Ref && entityReference(Ref) == Ref) {
        if (Uses.mayChange(Ref))
          define(referencedEntity(Ref), nullptr, S);
      } else if (HasMembers && mayChangeMembers(St)) {
        for (size_t I = 0; I < Entities.size(); ++I)
          if (isa<FieldDecl>(Entities[I]))
            S.Entities[I] = Origin{OtherBit, {}};
      }
    }
  }

private:
  std::optional<unsigned> indexOf(const Expr *E) const {
    const ValueDecl *V = trackedEntity(E, Function);
    auto It = Index.find(V);
    if (!V || It == Index.end())
      return std::nullopt;
    return It->second;
  }

  /// V now holds Value; a null Value is anything but an allocation.
  void define(const ValueDecl *V, const Expr *Value, OriginState &S) const {
    auto It = Index.find(V);
    if (!V || It == Index.end())
      return;
    Origin O;
    if (std::optional<HeapKind> K = allocationKind(Value, MallocSet)) {
      O.Kinds = bitOf(*K);
      O.Site[unsigned(*K)] = stripValue(Value);
    } else {
      O.Kinds = OtherBit;
    }
    S.Entities[It->second] = O;
  }

  /// A member function called on 'this', or 'this' passed along, may set
  /// any member.
  static bool mayChangeMembers(const Stmt *St) {
    auto IsThis = [](const Expr *E) {
      E = E->IgnoreParenImpCasts();
      if (const auto *Op = dyn_cast<UnaryOperator>(E))
        if (Op->getOpcode() == UO_Deref)
          E = Op->getSubExpr()->IgnoreParenImpCasts();
      return isa<CXXThisExpr>(E);
    };
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(St))
      if (const Expr *Object = Call->getImplicitObjectArgument())
        if (IsThis(Object))
          return true;
    if (const auto *Call = dyn_cast<CallExpr>(St))
      return llvm::any_of(Call->arguments(), IsThis);
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(St))
      return llvm::any_of(Construct->arguments(), IsThis);
    return false;
  }

  void checkRelease(unsigned I, const Stmt *At, const Release &R,
                    const OriginState &S, std::vector<Mismatch> *Found) const {
    const Origin &O = S.Entities[I];
    // Every definition that reaches the release is an allocation of a
    // kind this release does not match.
    if (!Found || O.Kinds == 0 || (O.Kinds & OtherBit) ||
        (O.Kinds & bitOf(R.Kind)))
      return;
    unsigned K = llvm::countr_zero(unsigned(O.Kinds));
    Found->push_back({Entities[I], At, R, HeapKind(K), O.Site[K]});
  }

  const FunctionDecl &Function;
  ReferenceUses Uses;
  const llvm::StringSet<> &FreeSet;
  const llvm::StringSet<> &MallocSet;
  llvm::DenseMap<const ValueDecl *, unsigned> Index;
  std::vector<const ValueDecl *> Entities;
  bool HasMembers = false;
};

} // namespace

void MismatchedDeallocChecker::analyse(const FunctionDecl &Function) {
  const CFG *G = context().cfg(Function);
  if (!G)
    return;
  OriginAnalysis Analysis(Function, *G, FreeSet, MallocSet);
  if (Analysis.empty())
    return;
  const SourceManager &SM = context().sourceManager();
  auto In = solveForward(*G, Analysis.entry(SM),
                         [&](const CFGBlock &B, OriginState &S) {
                           Analysis.transfer(B, S, nullptr);
                         });
  std::vector<Mismatch> Found;
  for (const CFGBlock *B : *G) {
    if (!In[B->getBlockID()])
      continue;
    OriginState S = *In[B->getBlockID()];
    Analysis.transfer(*B, S, &Found);
  }

  const LangOptions &LO = context().langOptions();
  for (const Mismatch &M : Found) {
    std::string Name = M.Entity->getNameAsString();
    llvm::StringRef Allocated = M.Allocated == HeapKind::Malloc
                                    ? llvm::StringRef("malloc")
                                    : allocationSpelling(M.Allocated);
    // Name the allocation function the user called.
    std::string AllocatedName = Allocated.str();
    if (const auto *Call = dyn_cast<CallExpr>(M.AllocationSite))
      if (const FunctionDecl *Callee = Call->getDirectCallee())
        AllocatedName = libraryNameOf(*Callee).str();
    FindingBuilder Finding =
        report(M.Released.Loc, "'" + Name + "' is allocated with '" +
                                   AllocatedName + "' but released with '" +
                                   M.Released.Name + "'; release it with '" +
                                   (M.Allocated == HeapKind::Malloc
                                        ? FreeFunctions.front()
                                        : releaseSpelling(M.Allocated).str()) +
                                   "'");
    Finding.range(SourceRange(M.Released.Loc, M.At->getEndLoc()));
    Finding.note(M.AllocationSite->getBeginLoc(),
                 "'" + Name + "' is allocated here");

    const auto *Delete = dyn_cast<CXXDeleteExpr>(M.At);
    if (!Delete || Delete->isGlobalDelete())
      continue;
    SourceLocation AfterDelete =
        Lexer::getLocForEndOfToken(Delete->getBeginLoc(), 0, SM, LO);
    if (AfterDelete.isInvalid())
      continue;
    if (M.Allocated == HeapKind::NewArray && !Delete->isArrayForm()) {
      Finding.fix("use 'delete[]'",
                  {FixItHint::CreateInsertion(AfterDelete, "[]")});
    } else if (M.Allocated == HeapKind::New && Delete->isArrayForm()) {
      std::optional<Token> Open =
          Lexer::findNextToken(Delete->getBeginLoc(), SM, LO);
      if (!Open || !Open->is(tok::l_square))
        continue;
      std::optional<Token> Close =
          Lexer::findNextToken(Open->getLocation(), SM, LO);
      if (!Close || !Close->is(tok::r_square))
        continue;
      Finding.fix("use 'delete'",
                  {FixItHint::CreateRemoval(CharSourceRange::getCharRange(
                      AfterDelete, Close->getEndLoc()))});
    }
  }
}

} // namespace warden::checkers
