//===- ToctouChecker.cpp - Check then use of a file path ------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "control/ToctouChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> ToctouChecker::optionSpecs() {
  return {
      OptionSpec::map("checks",
                      "Functions that check a file by its path, with the "
                      "1-based position of the path argument",
                      {{"access", "1"},
                       {"euidaccess", "1"},
                       {"eaccess", "1"},
                       {"faccessat", "2"},
                       {"stat", "1"},
                       {"stat64", "1"},
                       {"lstat", "1"},
                       {"lstat64", "1"},
                       {"fstatat", "2"},
                       {"fstatat64", "2"}})
          .validate(validators::positionListValues()),
      OptionSpec::map(
          "uses",
          "Functions that open or change a file by its path, with the "
          "1-based positions of their path arguments (\"1,2\" for both of "
          "rename's)",
          {{"open", "1"},     {"open64", "1"},   {"openat", "2"},
           {"openat64", "2"}, {"fopen", "1"},    {"fopen64", "1"},
           {"freopen", "1"},  {"creat", "1"},    {"chmod", "1"},
           {"chown", "1"},    {"lchown", "1"},   {"truncate", "1"},
           {"unlink", "1"},   {"remove", "1"},   {"rename", "1,2"},
           {"mkdir", "1"},    {"rmdir", "1"},    {"symlink", "2"},
           {"link", "1,2"},   {"execve", "1"},   {"execv", "1"}})
          .validate(validators::positionListValues()),
  };
}

ToctouChecker::ToctouChecker(const RuleBinding &Binding,
                             TranslationUnitContext &TU)
    : Checker(Binding, TU),
      CheckPositions(options().getPositionLists("checks")),
      UsePositions(options().getPositionLists("uses")) {}

void ToctouChecker::registerMatchers(MatchFinder *Finder) {
  std::vector<std::string> Names;
  for (const auto &Entry : CheckPositions)
    Names.push_back(Entry.getKey().str());
  for (const auto &Entry : UsePositions)
    Names.push_back(Entry.getKey().str());
  Finder->addMatcher(
      callExpr(callee(functionDecl(libraryFunction(Names)).bind("callee")))
          .bind("call"),
      this);
}

void ToctouChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
  const FunctionDecl *F = context().enclosingDefinition(*Call);
  // Template patterns are analysed through their instantiations.
  if (!F || F->isDependentContext())
    return;
  llvm::StringRef Name =
      libraryNameOf(*R.Nodes.getNodeAs<FunctionDecl>("callee"));
  if (CheckPositions.count(Name))
    Calls[F].Checks.push_back(Call);
  else if (UsePositions.count(Name))
    Calls[F].Uses.push_back(Call);
}

void ToctouChecker::finishTranslationUnit(ASTContext &Context) {
  for (const auto &[F, FunctionCalls] : Calls)
    if (!FunctionCalls.Checks.empty() && !FunctionCalls.Uses.empty())
      analyse(*F, FunctionCalls);
  Calls.clear();
}

namespace {

/// What makes two path arguments the same path: the same variable, the
/// same member (or constant element) of the same object, or the same string
/// literal. Id is the identity, Display what the user reads.
struct PathKey {
  std::string Id;
  std::string Display;
  bool Literal = false;

  std::string quoted() const { return Literal ? Display : "'" + Display + "'"; }
};

std::string identity(const void *P) {
  return std::to_string(reinterpret_cast<uintptr_t>(P));
}

/// 'name.c_str()', 'name.data()' and the like: a const member function
/// with no arguments that returns a pointer to const characters reads the
/// path its object holds.
bool readsPathOfObject(const CXXMemberCallExpr &Call) {
  const CXXMethodDecl *M = Call.getMethodDecl();
  if (!M || Call.getNumArgs() != 0 || !M->isConst())
    return false;
  QualType T = M->getReturnType();
  return T->isPointerType() && T->getPointeeType().isConstQualified() &&
         T->getPointeeType()->isAnyCharacterType();
}

std::optional<PathKey> keyOf(const Expr *E) {
  if (!E)
    return std::nullopt;
  E = E->IgnoreParenCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
    if (!V)
      return std::nullopt;
    return PathKey{"v" + identity(V->getCanonicalDecl()),
                   V->getNameAsString()};
  }
  if (isa<CXXThisExpr>(E))
    return PathKey{"this", "this"};
  if (const auto *M = dyn_cast<MemberExpr>(E)) {
    const ValueDecl *Member = M->getMemberDecl();
    if (!isa<FieldDecl, VarDecl>(Member))
      return std::nullopt;
    std::optional<PathKey> Base = keyOf(M->getBase());
    if (!Base)
      return std::nullopt;
    std::string Name = Member->getNameAsString();
    bool ImplicitThis = M->isImplicitAccess();
    return PathKey{Base->Id + "." + identity(Member),
                   ImplicitThis ? Name
                                : Base->Display + (M->isArrow() ? "->" : ".") +
                                      Name};
  }
  if (const auto *A = dyn_cast<ArraySubscriptExpr>(E)) {
    const auto *Index =
        dyn_cast<IntegerLiteral>(A->getIdx()->IgnoreParenImpCasts());
    std::optional<PathKey> Base = keyOf(A->getBase());
    if (!Index || !Base)
      return std::nullopt;
    std::string I = std::to_string(Index->getValue().getZExtValue());
    return PathKey{Base->Id + "[" + I + "]", Base->Display + "[" + I + "]"};
  }
  if (const auto *S = dyn_cast<StringLiteral>(E)) {
    if (S->getCharByteWidth() != 1)
      return std::nullopt;
    std::string Text = S->getString().str();
    std::string Shown = Text.size() > 40 ? Text.substr(0, 37) + "..." : Text;
    return PathKey{"s" + Text, "\"" + Shown + "\"", /*Literal=*/true};
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E))
    if (readsPathOfObject(*Call))
      return keyOf(Call->getImplicitObjectArgument());
  return std::nullopt;
}

/// True when a modification of Changed may change the path Id: the same
/// thing, or an object or array that contains it.
bool covers(llvm::StringRef Changed, llvm::StringRef Id) {
  if (!Id.consume_front(Changed))
    return false;
  return Id.empty() || Id.starts_with(".") || Id.starts_with("[");
}

/// Collects the places where a path variable may change: assignments,
/// increments, address-taking, non-const member calls, and arguments
/// passed as pointers or references to non-const.
class Modifications {
public:
  explicit Modifications(const llvm::SmallPtrSetImpl<const Stmt *> &Skip)
      : Skip(Skip) {}

  void walk(const Stmt *S) {
    if (!S || isa<LambdaExpr, BlockExpr>(S))
      return;
    if (const auto *B = dyn_cast<BinaryOperator>(S)) {
      if (B->isAssignmentOp())
        record(B->getLHS(), B->getOperatorLoc());
    } else if (const auto *U = dyn_cast<UnaryOperator>(S)) {
      if (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf)
        record(U->getSubExpr(), U->getOperatorLoc());
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (!Skip.contains(Call))
        call(*Call);
    }
    for (const Stmt *Child : S->children())
      walk(Child);
  }

  std::vector<std::pair<std::string, SourceLocation>> Found;

private:
  void record(const Expr *E, SourceLocation Loc) {
    if (std::optional<PathKey> K = keyOf(E))
      Found.push_back({K->Id, Loc});
  }

  static bool isNonConstIndirection(QualType T) {
    if (T->isPointerType() || T->isReferenceType())
      return !T->getPointeeType().isConstQualified();
    return false;
  }

  void call(const CallExpr &Call) {
    SourceLocation Loc = Call.getBeginLoc();
    unsigned FirstArgument = 0;
    const FunctionDecl *Callee = Call.getDirectCallee();
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call)) {
      const CXXMethodDecl *M = Member->getMethodDecl();
      if (!M || !M->isConst())
        record(Member->getImplicitObjectArgument(), Loc);
    } else if (const auto *M = dyn_cast_or_null<CXXMethodDecl>(Callee);
               M && isa<CXXOperatorCallExpr>(Call) && !M->isStatic() &&
               Call.getNumArgs() > 0) {
      // 'path = other', 'path += "/x"': the object is the first argument.
      if (!M->isConst())
        record(Call.getArg(0), Loc);
      FirstArgument = 1;
    }
    for (unsigned I = FirstArgument; I < Call.getNumArgs(); ++I) {
      const Expr *Arg = Call.getArg(I);
      unsigned P = I - FirstArgument;
      QualType T = Callee && P < Callee->getNumParams()
                       ? Callee->getParamDecl(P)->getType()
                       : Arg->getType();
      if (isNonConstIndirection(T))
        record(Arg, Loc);
    }
  }

  const llvm::SmallPtrSetImpl<const Stmt *> &Skip;
};

/// Where a statement is in the CFG.
struct Position {
  const CFGBlock *Block = nullptr;
  unsigned Index = 0;
};

/// True when some path of the CFG leads from From to To.
bool reaches(const Position &From, const Position &To) {
  if (From.Block == To.Block && From.Index < To.Index)
    return true;
  llvm::SmallPtrSet<const CFGBlock *, 16> Seen;
  llvm::SmallVector<const CFGBlock *, 16> Work;
  auto Push = [&](const CFGBlock *B) {
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      if (const CFGBlock *S = Succ.getReachableBlock())
        if (Seen.insert(S).second)
          Work.push_back(S);
  };
  Push(From.Block);
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (B == To.Block)
      return true;
    Push(B);
  }
  return false;
}

/// The callee's name as written, for the location of findings and notes.
SourceLocation calleeLoc(const CallExpr &Call) {
  if (const auto *Ref =
          dyn_cast<DeclRefExpr>(Call.getCallee()->IgnoreParenImpCasts()))
    return Ref->getLocation();
  return Call.getExprLoc();
}

/// The uses the rule knows, by what they do to the file.
enum class UseKind { Open, Change, Act, Run, Other };

UseKind kindOf(llvm::StringRef Use) {
  if (llvm::is_contained({"open", "open64", "openat", "openat64", "fopen",
                          "fopen64", "freopen", "creat"},
                         Use))
    return UseKind::Open;
  if (llvm::is_contained({"chmod", "chown", "lchown", "truncate"}, Use))
    return UseKind::Change;
  if (llvm::is_contained(
          {"unlink", "remove", "rename", "mkdir", "rmdir", "symlink", "link"},
          Use))
    return UseKind::Act;
  if (llvm::is_contained({"execve", "execv", "execvp", "execl"}, Use))
    return UseKind::Run;
  return UseKind::Other;
}

std::string verbFor(llvm::StringRef Use) {
  switch (kindOf(Use)) {
  case UseKind::Open:
    return "opens";
  case UseKind::Change:
    return "changes";
  case UseKind::Act:
    return "acts on";
  case UseKind::Run:
    return "runs";
  case UseKind::Other:
    break;
  }
  return "uses";
}

/// What to do instead, by the kind of use.
std::string adviceFor(llvm::StringRef Use) {
  switch (kindOf(Use)) {
  case UseKind::Open:
    return "open the file first, then check the open file with 'fstat'";
  case UseKind::Change:
    return ("open the file first, then use '" +
            llvm::StringRef(Use == "truncate" ? "ftruncate"
                            : Use == "chmod"  ? "fchmod"
                                              : "fchown") +
            "' on the descriptor")
        .str();
  case UseKind::Act:
    return ("call '" + Use + "' without the check and handle its error").str();
  case UseKind::Run:
    return "open the file first, check it with 'fstat' and run it with "
           "'fexecve'";
  case UseKind::Other:
    break;
  }
  return ("operate on an open descriptor, or drop the check and handle the "
          "error of '" +
          Use + "'")
      .str();
}

} // namespace

/// An exclusive create ('open(p, O_CREAT | O_EXCL)', 'fopen(p, "wx")')
/// fails if the file appeared after the check: no window is left.
static bool isExclusiveCreate(const CallExpr &Use, llvm::StringRef Name,
                              unsigned PathPosition, const ASTContext &Ctx) {
  unsigned Next = PathPosition + 1;
  if (Next >= Use.getNumArgs())
    return false;
  const Expr *Arg = Use.getArg(Next);
  if (Name.contains("fopen") || Name == "freopen") {
    const auto *Mode = dyn_cast<StringLiteral>(Arg->IgnoreParenImpCasts());
    return Mode && Mode->getCharByteWidth() == 1 &&
           Mode->getString().contains('x');
  }
  if (!Name.starts_with("open"))
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Arg->getSourceRange()), SM,
      Ctx.getLangOpts());
  if (Range.isInvalid())
    return false;
  return Lexer::getSourceText(Range, SM, Ctx.getLangOpts()).contains("O_EXCL");
}

void ToctouChecker::analyse(const FunctionDecl &F, const FunctionCalls &FC) {
  const CFG *G = context().cfg(F);
  if (!G)
    return;
  ASTContext &Ctx = context().astContext();
  const SourceManager &SM = context().sourceManager();

  llvm::SmallPtrSet<const Stmt *, 16> Interesting;
  Interesting.insert(FC.Checks.begin(), FC.Checks.end());
  Interesting.insert(FC.Uses.begin(), FC.Uses.end());
  llvm::DenseMap<const Stmt *, Position> Where;
  for (const CFGBlock *B : *G)
    for (unsigned I = 0; I < B->size(); ++I)
      if (std::optional<CFGStmt> S = (*B)[I].getAs<CFGStmt>())
        if (Interesting.contains(S->getStmt()))
          Where[S->getStmt()] = {B, I};

  Modifications Changes(Interesting);
  Changes.walk(F.getBody());

  // Macro locations compare in expansion order, so that a check and a use
  // written in one macro are ordered too.
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  };

  for (const CallExpr *Use : FC.Uses) {
    const FunctionDecl *UseCallee = Use->getDirectCallee();
    if (!UseCallee || !Where.count(Use))
      continue;
    llvm::StringRef UseName = libraryNameOf(*UseCallee);
    auto UsePos = UsePositions.find(UseName);
    if (UsePos == UsePositions.end())
      continue;
    for (unsigned P : UsePos->second) {
      if (P >= Use->getNumArgs())
        continue;
      std::optional<PathKey> Path = keyOf(Use->getArg(P));
      if (!Path || isExclusiveCreate(*Use, UseName, P, Ctx))
        continue;
      // The last check of the same path before the use that reaches it
      // with the path unchanged in between.
      const CallExpr *Found = nullptr;
      llvm::StringRef FoundName;
      std::string FoundPath;
      for (const CallExpr *Check : FC.Checks) {
        const FunctionDecl *CheckCallee = Check->getDirectCallee();
        if (!CheckCallee || !Where.count(Check) ||
            !Before(Check->getBeginLoc(), Use->getBeginLoc()))
          continue;
        if (Found && Before(Check->getBeginLoc(), Found->getBeginLoc()))
          continue;
        llvm::StringRef CheckName = libraryNameOf(*CheckCallee);
        auto CheckPos = CheckPositions.find(CheckName);
        if (CheckPos == CheckPositions.end())
          continue;
        std::optional<PathKey> Checked;
        for (unsigned CP : CheckPos->second)
          if (CP < Check->getNumArgs())
            if (std::optional<PathKey> K = keyOf(Check->getArg(CP));
                K && K->Id == Path->Id)
              Checked = K;
        if (!Checked || !reaches(Where[Check], Where[Use]))
          continue;
        bool Changed = llvm::any_of(Changes.Found, [&](const auto &Change) {
          return covers(Change.first, Path->Id) &&
                 Before(Check->getBeginLoc(), Change.second) &&
                 Before(Change.second, Use->getBeginLoc());
        });
        if (Changed)
          continue;
        Found = Check;
        FoundName = CheckName;
        FoundPath = Checked->quoted();
      }
      if (!Found)
        continue;
      report(calleeLoc(*Use), "'" + UseName.str() + "' " + verbFor(UseName) +
                                  " " + Path->quoted() + " after '" +
                                  FoundName.str() +
                                  "' checked it; the file can be replaced "
                                  "in between: " +
                                  adviceFor(UseName))
          .note(calleeLoc(*Found),
                FoundPath + " checked by '" + FoundName.str() + "' here");
      break;
    }
  }
}

} // namespace warden::checkers
