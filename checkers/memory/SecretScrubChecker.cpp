//===- SecretScrubChecker.cpp - Secrets cleared by a dead store -----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "memory/SecretScrubChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

using namespace memory;

std::vector<OptionSpec> SecretScrubChecker::optionSpecs() {
  return {
      OptionSpec::string(
          "namePattern",
          "Regular expression that marks a buffer as secret, matched "
          "case-insensitively against the names of the cleared variable and "
          "of the members on the way to it, each written as lower-case words "
          "joined by '_' (sessionKey and SESSION_KEY become session_key, "
          "key128 becomes key_128)",
          "(^|_)(pass(word|wd|phrase)?|pwd|secrets?|(priv)?keys?|tokens?|"
          "credentials?|pin|salt|nonce)(_|$)")
          .validate(validators::regex()),
      OptionSpec::list("clearingFunctions",
                       "Library functions that clear the buffer their first "
                       "argument points to, and that the compiler may remove "
                       "as a dead store",
                       {"memset", "bzero"})
          .validate(validators::nonEmpty()),
      OptionSpec::list("deallocators",
                       "Library functions that release a heap block: "
                       "clearing a block right before one of them is a dead "
                       "store; 'delete' and 'delete[]' are always included",
                       {"free", "cfree"}),
      OptionSpec::string("scrubFunction",
                         "A function taking (buffer, length) that the "
                         "compiler keeps, offered as the fix for memset(b, 0, "
                         "n) and bzero(b, n); empty for no fix",
                         "explicit_bzero"),
  };
}

SecretScrubChecker::SecretScrubChecker(const RuleBinding &Binding,
                                       TranslationUnitContext &TU)
    : Checker(Binding, TU),
      ClearingFunctions(options().getList("clearingFunctions")),
      ClearingSet(toSet(ClearingFunctions)),
      FreeSet(toSet(options().getList("deallocators"))),
      SecretName(options().getString("namePattern"), llvm::Regex::IgnoreCase),
      ScrubFunction(options().getString("scrubFunction")) {}

void SecretScrubChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(callee(functionDecl(libraryFunction(ClearingFunctions))))
          .bind("clear"),
      this);
}

namespace {

/// The storage a clearing call writes to.
struct Target {
  /// A local variable or parameter, or a member of 'this'.
  const ValueDecl *Entity = nullptr;
  /// The entity is a pointer to a heap block rather than the object.
  bool Heap = false;
  /// The names written from the buffer outwards: 'key' then 'ctx' for
  /// ctx.key.
  llvm::SmallVector<std::string, 2> Names;
};

/// The entity an lvalue is part of, through '.', indexing of arrays and
/// 'this->'.
const ValueDecl *objectEntity(const Expr *E, Target &T) {
  E = E->IgnoreParens();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType() ||
        Ref->refersToEnclosingVariableOrCapture())
      return nullptr;
    T.Names.push_back(Var->getNameAsString());
    return Var;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    if (!Field)
      return nullptr;
    T.Names.push_back(Field->getNameAsString());
    const Expr *Base = Member->getBase()->IgnoreParenImpCasts();
    if (Member->isArrow())
      return isa<CXXThisExpr>(Base) ? Field : nullptr;
    return objectEntity(Base, T);
  }
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
    const Expr *Base = Subscript->getBase()->IgnoreParenImpCasts();
    if (Base->getType()->isArrayType())
      return objectEntity(Base, T);
  }
  return nullptr;
}

/// What the first argument of a clearing call writes to.
std::optional<Target> targetOf(const Expr *Buffer) {
  Target T;
  Buffer = Buffer->IgnoreParenCasts();
  if (const auto *Op = dyn_cast<UnaryOperator>(Buffer)) {
    if (Op->getOpcode() != UO_AddrOf)
      return std::nullopt;
    T.Entity = objectEntity(Op->getSubExpr(), T);
  } else if (Buffer->getType()->isArrayType()) {
    T.Entity = objectEntity(Buffer, T);
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(Buffer)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var || !Var->hasLocalStorage() || !Var->getType()->isPointerType() ||
        Ref->refersToEnclosingVariableOrCapture())
      return std::nullopt;
    T.Entity = Var;
    T.Heap = true;
    T.Names.push_back(Var->getNameAsString());
  }
  if (!T.Entity)
    return std::nullopt;
  // A member whose destructor still runs is not dead storage yet.
  if (!T.Heap) {
    QualType Type = T.Entity->getType();
    if (const auto *Record =
            Type->getBaseElementTypeUnsafe()->getAsCXXRecordDecl())
      if (Record->hasDefinition() && !Record->hasTrivialDestructor())
        return std::nullopt;
  }
  return T;
}

/// The reference to a tracked entity that the first argument of a call
/// writes through, if any.
const Expr *bufferReference(const Expr *Buffer) {
  Buffer = Buffer->IgnoreParenCasts();
  if (const auto *Op = dyn_cast<UnaryOperator>(Buffer))
    if (Op->getOpcode() == UO_AddrOf)
      Buffer = Op->getSubExpr();
  while (true) {
    Buffer = Buffer->IgnoreParenImpCasts();
    if (const Expr *Ref = entityReference(Buffer))
      return Ref;
    if (const auto *Member = dyn_cast<MemberExpr>(Buffer)) {
      if (Member->isArrow())
        return nullptr;
      Buffer = Member->getBase();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Buffer)) {
      Buffer = Subscript->getBase();
    } else {
      return nullptr;
    }
  }
}

bool isThis(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<UnaryOperator>(E))
    if (Op->getOpcode() == UO_Deref)
      E = Op->getSubExpr()->IgnoreParenImpCasts();
  return isa<CXXThisExpr>(E);
}

/// An identifier as lower-case words joined by '_', so that a pattern can
/// match whole words: 'keyword' and 'mapping' are not 'key' and 'pin'.
std::string words(llvm::StringRef Name) {
  std::string Out;
  auto Separate = [&] {
    if (!Out.empty() && Out.back() != '_')
      Out += '_';
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!llvm::isAlnum(C)) {
      Separate();
      continue;
    }
    if (I > 0) {
      char P = Name[I - 1];
      bool Next = I + 1 < Name.size() && llvm::isLower(Name[I + 1]);
      // sessionKey, HTTPKey, key128, 128bit.
      if ((llvm::isUpper(C) &&
           (llvm::isLower(P) || llvm::isDigit(P) ||
            (llvm::isUpper(P) && Next))) ||
          (llvm::isDigit(C) != llvm::isDigit(P) && llvm::isAlnum(P)))
        Separate();
    }
    Out += llvm::toLower(C);
  }
  if (!Out.empty() && Out.back() == '_')
    Out.pop_back();
  return Out;
}

/// Why the store is dead, and where the buffer dies.
struct Death {
  bool Dead = false;
  SourceLocation Where;
};

} // namespace

void SecretScrubChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("clear");
  if (Call->getNumArgs() == 0)
    return;
  std::optional<Target> T = targetOf(Call->getArg(0));
  if (!T || llvm::none_of(T->Names, [&](const std::string &Name) {
        return SecretName.match(words(Name));
      }))
    return;

  const FunctionDecl *Function = nullptr;
  if (isa<VarDecl>(T->Entity))
    Function = dyn_cast<FunctionDecl>(T->Entity->getDeclContext());
  else
    // Only destructors clear members; one cleared in a lambda there counts
    // as the destructor's, as it always has.
    Function = dyn_cast_or_null<CXXDestructorDecl>(functionAround(
        context(), *Call,
        TranslationUnitContext::LambdaBodies::BelongToEnclosingFunction));
  if (!Function || Function->isDependentContext())
    return;
  const CFG *G = context().cfg(*Function);
  if (!G)
    return;

  // Where the call is, and which references to the entity only clear it
  // again, release it or test the pointer.
  const CFGBlock *CallBlock = nullptr;
  unsigned CallIndex = 0;
  llvm::DenseSet<const Expr *> Harmless;
  llvm::DenseMap<const Stmt *, SourceLocation> Releases;
  bool IsParameter = isa<ParmVarDecl>(T->Entity);
  ReferenceUses Uses(*G);
  for (const CFGBlock *B : *G) {
    unsigned I = 0;
    for (const CFGElement &E : *B) {
      const Stmt *S = statementOf(E);
      ++I;
      if (S == Call) {
        CallBlock = B;
        CallIndex = I;
      }
      if (const auto *Other = dyn_cast_or_null<CallExpr>(S)) {
        const FunctionDecl *Callee = Other->getDirectCallee();
        if (Callee && Other->getNumArgs() > 0 &&
            ClearingSet.contains(libraryNameOf(*Callee)))
          if (const Expr *Ref = bufferReference(Other->getArg(0)))
            Harmless.insert(Ref);
      }
      if (!T->Heap)
        continue;
      if (std::optional<Release> Rel = releaseOf(S, FreeSet)) {
        if (const Expr *Ref = entityReference(Rel->Pointer->IgnoreParenCasts()))
          if (referencedEntity(Ref) == T->Entity) {
            Harmless.insert(Ref);
            Releases[S] = Rel->Loc;
          }
      } else if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(S)) {
        // 'if (key)' reads the pointer, not the secret.
        if (Cast->getCastKind() == CK_PointerToBoolean)
          if (const Expr *Ref =
                  entityReference(Cast->getSubExpr()->IgnoreParenImpCasts()))
            Harmless.insert(Ref);
      } else if (const auto *Op = dyn_cast_or_null<BinaryOperator>(S)) {
        if (Op->isEqualityOp())
          for (const Expr *Side : {Op->getLHS(), Op->getRHS()})
            if (const Expr *Ref = entityReference(Side->IgnoreParenImpCasts()))
              Harmless.insert(Ref);
      }
    }
  }
  if (!CallBlock)
    return;

  // Every path from the call: a read of the buffer keeps the store alive.
  Death D;
  bool Read = false;
  llvm::BitVector Visited(G->getNumBlockIDs());
  llvm::SmallVector<std::pair<const CFGBlock *, unsigned>, 8> Work;
  Work.push_back({CallBlock, CallIndex});
  while (!Work.empty() && !Read) {
    auto [B, Start] = Work.pop_back_val();
    bool PathEnds = false;
    for (unsigned I = Start; I < B->size() && !PathEnds && !Read; ++I) {
      const CFGElement &E = (*B)[I];
      if (std::optional<CFGLifetimeEnds> End = E.getAs<CFGLifetimeEnds>()) {
        if (End->getVarDecl() == T->Entity) {
          PathEnds = true;
          // The end of a block, or the statement that leaves it.
          if (const Stmt *Trigger = End->getTriggerStmt();
              Trigger && !D.Where.isValid())
            D.Where = isa<CompoundStmt>(Trigger) ? Trigger->getEndLoc()
                                                 : Trigger->getBeginLoc();
        }
        continue;
      }
      const Stmt *S = statementOf(E);
      if (!S)
        continue;
      if (auto It = Releases.find(S); It != Releases.end()) {
        D.Dead = true;
        if (!D.Where.isValid())
          D.Where = It->second;
        PathEnds = true;
      } else if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
        // The declaration reached again makes a new object.
        PathEnds = llvm::is_contained(Decls->decls(), T->Entity);
      } else if (const auto *Ref = dyn_cast<Expr>(S);
                 Ref && entityReference(Ref) == Ref) {
        if (referencedEntity(Ref) != T->Entity || Harmless.contains(Ref))
          continue;
        if (T->Heap && Uses.isAssignmentTarget(Ref))
          PathEnds = true;
        else
          Read = true;
      } else if (isa<FieldDecl>(T->Entity)) {
        // Another member function may read the member.
        if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S))
          Read = isThis(Member->getImplicitObjectArgument());
        else if (const auto *Other = dyn_cast<CallExpr>(S))
          Read = llvm::any_of(Other->arguments(), isThis);
      }
    }
    if (Read || PathEnds)
      continue;
    if (B == &G->getExit()) {
      // A heap block that outlives the function (a parameter's) may be
      // read by the caller.
      if (T->Heap && IsParameter)
        Read = true;
      else if (!T->Heap)
        D.Dead = true;
      continue;
    }
    for (const CFGBlock *Succ : B->succs())
      if (Succ && !Visited.test(Succ->getBlockID())) {
        Visited.set(Succ->getBlockID());
        Work.push_back({Succ, 0});
      }
  }
  if (Read)
    return;
  // A local object is dead wherever its path ends; a heap block only when
  // some path frees it.
  if (!T->Heap && !D.Dead)
    D.Dead = true;
  if (!D.Dead)
    return;

  const auto *Callee = Call->getDirectCallee();
  std::string Clearing = libraryNameOf(*Callee).str();
  const std::string &Name = T->Names.front();
  llvm::StringRef When = T->Heap                     ? "it is freed"
                         : isa<FieldDecl>(T->Entity) ? "the object is destroyed"
                                                     : "it goes out of scope";
  SourceLocation Loc = Call->getExprLoc();
  const auto *CalleeRef =
      dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts());
  if (CalleeRef)
    Loc = CalleeRef->getLocation();
  FindingBuilder Finding =
      report(Loc, "'" + Clearing + "' clearing '" + Name +
                      "' is a dead store the compiler may remove, since '" +
                      Name + "' is not read again before " + When.str() +
                      "; clear secrets with 'explicit_bzero', 'memset_s' or "
                      "'OPENSSL_cleanse'");
  Finding.range(SourceRange(Loc, Call->getEndLoc()));
  if (isa<FieldDecl>(T->Entity))
    Finding.note(Function->getBody()->getEndLoc(),
                 "the object is destroyed here");
  else if (D.Where.isValid())
    Finding.note(D.Where, T->Heap ? "'" + Name + "' is freed here"
                                  : "'" + Name + "' goes out of scope here");

  // The fix: memset(b, 0, n) and bzero(b, n) become scrub(b, n).
  if (ScrubFunction.empty() || !CalleeRef)
    return;
  SourceRange CalleeRange = CalleeRef->hasQualifier()
                                ? CalleeRef->getSourceRange()
                                : SourceRange(CalleeRef->getLocation());
  auto Replace = FixItHint::CreateReplacement(CalleeRange, ScrubFunction);
  std::string Description = "use '" + ScrubFunction + "'";
  if (Clearing == "bzero" && Call->getNumArgs() == 2) {
    Finding.fix(Description, {Replace});
    return;
  }
  if (Clearing != "memset" || Call->getNumArgs() != 3)
    return;
  Expr::EvalResult Fill;
  if (!Call->getArg(1)->EvaluateAsInt(Fill, *R.Context) ||
      Fill.Val.getInt() != 0)
    return;
  SourceLocation AfterBuffer =
      Lexer::getLocForEndOfToken(Call->getArg(0)->getEndLoc(), 0,
                                 *R.SourceManager, R.Context->getLangOpts());
  if (AfterBuffer.isInvalid())
    return;
  Finding.fix(Description,
              {Replace, FixItHint::CreateReplacement(
                            CharSourceRange::getCharRange(
                                AfterBuffer, Call->getArg(2)->getBeginLoc()),
                            ", ")});
}

} // namespace warden::checkers
