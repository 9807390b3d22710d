//===- UncheckedResultChecker.cpp - Discarded error results ---------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "errors/UncheckedResultChecker.h"
#include "errors/Helpers.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> UncheckedResultChecker::optionSpecs() {
  return {
      OptionSpec::list("functions",
                       "Functions whose result must be checked, by their C "
                       "name; std:: and _FORTIFY_SOURCE forms are included")
          .required()
          .validate(validators::nonEmpty()),
      OptionSpec::flag("allowVoidCast",
                       "Accept a result discarded by an explicit cast to "
                       "void, the usual way to say that the failure does not "
                       "matter",
                       true),
      OptionSpec::string("advice",
                         "What to do instead, completing \"result of 'f' is "
                         "ignored; ...\"",
                         "check it and handle the failure"),
      OptionSpec::flag("unreadVariables",
                       "Also flag a result stored in a local variable that "
                       "is never read",
                       true),
      OptionSpec::flag("ignoreStandardStreams",
                       "Accept ignored results of writing to, flushing or "
                       "closing stdout and stderr (and closing descriptors "
                       "0 to 2): diagnostics whose failure nobody can report",
                       true),
      OptionSpec::flag("ignoreErrorPathCleanup",
                       "Accept an ignored fclose, close, remove or unlink in "
                       "a destructor, or in an if branch that ends by "
                       "reporting a failure (goto, break, continue, a call "
                       "that does not return, a return of null, false or "
                       "a non-zero constant, or a return after an error "
                       "message on stderr)",
                       true),
      OptionSpec::flag("ignoreReadOnlyClose",
                       "Accept an ignored fclose or close of a stream or "
                       "descriptor that the function opened read-only, or "
                       "opened and then only tested, locked and closed: "
                       "closing it loses no data",
                       true),
  };
}

UncheckedResultChecker::UncheckedResultChecker(const RuleBinding &Binding,
                                               TranslationUnitContext &TU)
    : Checker(Binding, TU), FunctionList(options().getList("functions")),
      Functions(toStringSet(FunctionList)),
      AllowVoidCast(options().getBool("allowVoidCast")),
      Advice(options().getString("advice")),
      UnreadVariables(options().getBool("unreadVariables")),
      IgnoreStandardStreams(options().getBool("ignoreStandardStreams")),
      IgnoreReadOnlyClose(options().getBool("ignoreReadOnlyClose")),
      IgnoreErrorPathCleanup(options().getBool("ignoreErrorPathCleanup")) {}

const FunctionDecl *
UncheckedResultChecker::checkedCallee(const CallExpr &Call) const {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD || FD->getPrimaryTemplate() || FD->getDescribedFunctionTemplate())
    return nullptr;
  // A library function in namespace std with a listed name can be an
  // algorithm (std::remove) rather than the C function: those are templates
  // and are excluded above.
  StringRef Name = libraryNameOf(*FD);
  if (Name.empty() || !Functions.contains(Name))
    return nullptr;
  return FD;
}

/// stdout or stderr as the C library names them (glibc, musl, BSD libc).
static bool isStandardOutputStream(const Expr *E) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(stripCasts(E));
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->hasGlobalStorage() || !Var->getIdentifier())
    return false;
  return llvm::is_contained({"stdout", "stderr", "__stdoutp", "__stderrp"},
                            Var->getName());
}

/// The value of a constant integer expression, if it is one.
static std::optional<int64_t> constantValue(const Expr *E,
                                            const ASTContext &Context) {
  Expr::EvalResult Result;
  if (E && !E->isValueDependent() && E->EvaluateAsInt(Result, Context))
    return Result.Val.getInt().getExtValue();
  return std::nullopt;
}

/// True for a call that writes to, flushes or closes a standard output
/// stream or descriptor.
static bool isStandardStreamCall(const CallExpr &Call, StringRef Name,
                                 const ASTContext &Context) {
  static const llvm::StringSet<> Readers = {
      "fread",    "fgets", "fgetc",  "getc",  "read", "recv",
      "recvfrom", "pread", "fscanf", "fseek", "lseek"};
  if (Readers.contains(Name))
    return false;
  if (llvm::any_of(Call.arguments(), isStandardOutputStream))
    return true;
  if (Call.getNumArgs() == 0 ||
      !llvm::is_contained({"write", "close", "fsync", "fdatasync"}, Name))
    return false;
  std::optional<int64_t> FD = constantValue(Call.getArg(0), Context);
  return FD && (*FD == 1 || *FD == 2 || (*FD == 0 && Name == "close"));
}

/// How a value stored in a stream or descriptor variable was opened.
enum class Opening { None, ReadOnly, Writable, Other };

static Opening openingOf(const Expr *Value, const ASTContext &Context) {
  Value = stripCasts(Value);
  if (!Value)
    return Opening::Other;
  // FILE *f = NULL; int fd = -1;
  if (Value->isNullPointerConstant(const_cast<ASTContext &>(Context),
                                   Expr::NPC_ValueDependentIsNotNull))
    return Opening::None;
  if (std::optional<int64_t> V = constantValue(Value, Context); V && *V < 0)
    return Opening::None;
  const auto *Call = dyn_cast<CallExpr>(Value);
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  if (!FD)
    return Opening::Other;
  StringRef Name = libraryNameOf(*FD);
  // fopen and its relatives, and project wrappers named like them (DCMTK
  // ofxml.cc: xfopen(name, "rb")): read-only when the mode is a literal
  // with no 'w', 'a' or '+'.
  if ((FD->getIdentifier() && FD->getName().contains_insensitive("fopen")) ||
      llvm::is_contained({"fdopen", "freopen"}, Name)) {
    for (const Expr *Arg : Call->arguments()) {
      const auto *Mode = dyn_cast<StringLiteral>(Arg->IgnoreParenImpCasts());
      if (!Mode || Mode->getLength() == 0 || Mode->getLength() > 4)
        continue;
      std::string Text;
      for (unsigned I = 0; I < Mode->getLength(); ++I)
        Text += static_cast<char>(Mode->getCodeUnit(I));
      if (Text.find_first_not_of("rwab+tex,") != std::string::npos ||
          !llvm::is_contained({'r', 'w', 'a'}, Text[0]))
        continue;
      return Text.find_first_of("wa+") == std::string::npos ? Opening::ReadOnly
                                                            : Opening::Writable;
    }
    return Opening::Other;
  }
  unsigned FlagsArg = Name == "openat" ? 2 : 1;
  if (llvm::is_contained({"open", "open64", "openat"}, Name) &&
      Call->getNumArgs() > FlagsArg) {
    // O_RDONLY is 0 and O_ACCMODE 3 on Linux, the BSDs and macOS.
    std::optional<int64_t> Flags =
        constantValue(Call->getArg(FlagsArg), Context);
    if (Flags)
      return (*Flags & 3) == 0 ? Opening::ReadOnly : Opening::Writable;
  }
  return Opening::Other;
}

namespace {
/// Decides whether closing a stream or descriptor variable can lose data:
/// not when every value it holds in its function comes from a read-only
/// fopen or open (or is null or negative), nor when it is opened and then
/// only tested, locked and closed (a lock file, creating an empty file).
class OpeningFinder : public RecursiveASTVisitor<OpeningFinder> {
public:
  OpeningFinder(const VarDecl *Var, const ASTContext &Context)
      : Var(Var), Context(Context) {}

  bool VisitVarDecl(VarDecl *D) {
    if (D == Var && D->hasInit())
      add(openingOf(D->getInit(), Context));
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp() && refersToVar(BO->getLHS())) {
      add(BO->getOpcode() == BO_Assign ? openingOf(BO->getRHS(), Context)
                                       : Opening::Other);
      benign(BO->getLHS());
    } else if (BO->isComparisonOp()) {
      // f == NULL, fd < 0, fd != -1.
      if (isConstant(BO->getRHS()))
        benign(BO->getLHS());
      else if (isConstant(BO->getLHS()))
        benign(BO->getRHS());
    }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    // &f may be used to open it elsewhere.
    if (UO->getOpcode() == UO_AddrOf && refersToVar(UO->getSubExpr()))
      add(Opening::Other);
    else if (UO->getOpcode() == UO_LNot)
      benign(UO->getSubExpr());
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *Cast) {
    if (Cast->getCastKind() == CK_PointerToBoolean)
      benign(Cast->getSubExpr());
    return true;
  }
  bool VisitIfStmt(IfStmt *If) {
    benign(If->getCond());
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (FD && llvm::is_contained(
                  {"fclose", "close", "flock", "lockf", "fcntl", "fileno"},
                  libraryNameOf(*FD)))
      for (const Expr *Arg : Call->arguments())
        benign(Arg);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl() == Var && !Benign.contains(Ref))
      UsedOtherwise = true;
    return true;
  }

  bool harmlessToClose() const {
    if (SawOther)
      return false;
    return (SawReadOnly && !SawWritable) ||
           ((SawReadOnly || SawWritable) && !UsedOtherwise);
  }

private:
  bool refersToVar(const Expr *E) const {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref && Ref->getDecl() == Var;
  }
  bool isConstant(const Expr *E) const {
    return E->isNullPointerConstant(const_cast<ASTContext &>(Context),
                                    Expr::NPC_ValueDependentIsNotNull) ||
           constantValue(E, Context).has_value();
  }
  void benign(const Expr *E) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(stripCasts(E)))
      Benign.insert(Ref);
  }
  void add(Opening O) {
    SawReadOnly |= O == Opening::ReadOnly;
    SawWritable |= O == Opening::Writable;
    SawOther |= O == Opening::Other;
  }
  const VarDecl *Var;
  const ASTContext &Context;
  llvm::DenseSet<const DeclRefExpr *> Benign;
  bool SawReadOnly = false;
  bool SawWritable = false;
  bool SawOther = false;
  bool UsedOtherwise = false;
};
} // namespace

bool UncheckedResultChecker::isHarmless(const CallExpr &Call, StringRef Name,
                                        const ASTContext &Context) {
  if (IgnoreStandardStreams && isStandardStreamCall(Call, Name, Context))
    return true;
  if (!IgnoreReadOnlyClose || Call.getNumArgs() != 1 ||
      (Name != "fclose" && Name != "close"))
    return false;
  const auto *Ref = dyn_cast<DeclRefExpr>(stripCasts(Call.getArg(0)));
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || isa<ParmVarDecl>(Var) || !Var->hasLocalStorage())
    return false;
  auto [It, Inserted] = ReadOnlyVars.try_emplace(Var, false);
  if (Inserted) {
    const auto *Owner =
        dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
    if (Owner && Owner->hasBody()) {
      OpeningFinder Finder(Var, Context);
      Finder.TraverseStmt(Owner->getBody());
      It->second = Finder.harmlessToClose();
    }
  }
  return It->second;
}

/// Calls the callback with each expression whose value the statement S
/// discards by its position: an expression statement (a child of a block, of
/// a label, or the body of a branch or loop), the init and increment of a
/// for loop, and the left operand of a comma.
static void forEachDiscardedChild(const Stmt &S,
                                  llvm::function_ref<void(const Stmt *)> F) {
  switch (S.getStmtClass()) {
  case Stmt::CompoundStmtClass:
    for (const Stmt *Child : cast<CompoundStmt>(S).body())
      F(Child);
    return;
  case Stmt::IfStmtClass: {
    const auto &If = cast<IfStmt>(S);
    F(If.getInit());
    F(If.getThen());
    F(If.getElse());
    return;
  }
  case Stmt::ForStmtClass: {
    const auto &For = cast<ForStmt>(S);
    F(For.getInit());
    F(For.getInc());
    F(For.getBody());
    return;
  }
  case Stmt::WhileStmtClass:
    F(cast<WhileStmt>(S).getBody());
    return;
  case Stmt::DoStmtClass:
    F(cast<DoStmt>(S).getBody());
    return;
  case Stmt::CXXForRangeStmtClass:
    F(cast<CXXForRangeStmt>(S).getBody());
    return;
  case Stmt::SwitchStmtClass:
    F(cast<SwitchStmt>(S).getInit());
    F(cast<SwitchStmt>(S).getBody());
    return;
  case Stmt::CaseStmtClass:
  case Stmt::DefaultStmtClass:
    F(cast<SwitchCase>(S).getSubStmt());
    return;
  case Stmt::LabelStmtClass:
    F(cast<LabelStmt>(S).getSubStmt());
    return;
  case Stmt::AttributedStmtClass:
    F(cast<AttributedStmt>(S).getSubStmt());
    return;
  case Stmt::BinaryOperatorClass:
    if (cast<BinaryOperator>(S).getOpcode() == BO_Comma)
      F(cast<BinaryOperator>(S).getLHS());
    return;
  default:
    return;
  }
}

/// Strips what does not change whether a value is used: parentheses,
/// cleanups, implicit conversions.
static const Expr *stripTransparent(const Expr *E) {
  while (true) {
    E = E->IgnoreParens();
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr();
    else if (const auto *Constant = dyn_cast<ConstantExpr>(E))
      E = Constant->getSubExpr();
    else if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
      E = Cast->getSubExpr();
    else
      return E;
  }
}

/// Walks a discarded expression down to the calls whose value is discarded
/// with it. Reports nothing; returns through the callback.
static void
walkDiscarded(const Expr *E, bool ThroughVoidCast,
              llvm::function_ref<void(const CallExpr &, bool)> OnCall) {
  if (!E)
    return;
  E = stripTransparent(E);
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E)) {
    if (Cast->getTypeAsWritten()->isVoidType())
      walkDiscarded(Cast->getSubExpr(), true, OnCall);
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    // The left operand of a comma is visited as a discarded child of the
    // comma itself; the left operand of && and || is a condition.
    if (BO->getOpcode() == BO_Comma || BO->isLogicalOp())
      walkDiscarded(BO->getRHS(), ThroughVoidCast, OnCall);
    return;
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    walkDiscarded(CO->getTrueExpr(), ThroughVoidCast, OnCall);
    walkDiscarded(CO->getFalseExpr(), ThroughVoidCast, OnCall);
    return;
  }
  if (const auto *BCO = dyn_cast<BinaryConditionalOperator>(E)) {
    // In 'a ?: b' the value of 'a' is tested, so only 'b' can be discarded.
    walkDiscarded(BCO->getFalseExpr(), ThroughVoidCast, OnCall);
    return;
  }
  if (const auto *SE = dyn_cast<StmtExpr>(E)) {
    const CompoundStmt *Body = SE->getSubStmt();
    if (!Body->body_empty())
      if (const auto *Last = dyn_cast<Expr>(Body->body_back()))
        walkDiscarded(Last, ThroughVoidCast, OnCall);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    OnCall(*Call, ThroughVoidCast);
}

namespace {
/// True for a statement with a discarded child that calls one of the
/// checked functions: keeps the callback off the common case.
AST_MATCHER_P(Stmt, discardsCheckedCall, UncheckedResultChecker *, Checker) {
  // If statements are visited before their branches.
  if (const auto *If = dyn_cast<IfStmt>(&Node))
    Checker->recordFailureBranches(*If, Finder->getASTContext());
  bool Found = false;
  forEachDiscardedChild(Node, [&](const Stmt *Child) {
    if (Found || !Child || !isa<Expr>(Child))
      return;
    walkDiscarded(cast<Expr>(Child), false, [&](const CallExpr &Call, bool) {
      if (Checker->checkedCallee(Call))
        Found = true;
    });
  });
  return Found;
}
} // namespace

void UncheckedResultChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(stmt(discardsCheckedCall(this)).bind("statement"), this);
  // Statement expressions are visited before their body: remember that the
  // body's last statement is a value.
  Finder->addMatcher(stmtExpr().bind("stmtExpr"), this);
  // Destructors are visited before their bodies: remember where they are.
  if (IgnoreErrorPathCleanup)
    Finder->addMatcher(cxxDestructorDecl(isDefinition()).bind("destructor"),
                       this);
  if (!UnreadVariables)
    return;
  auto Checked = callExpr(callee(functionDecl(libraryFunction(FunctionList))))
                     .bind("call");
  auto Local = varDecl(hasLocalStorage(), unless(parmVarDecl()),
                       unless(hasType(referenceType())));
  Finder->addMatcher(
      varDecl(Local, hasInitializer(ignoringParenImpCasts(Checked)))
          .bind("var"),
      this);
  Finder->addMatcher(
      binaryOperator(hasOperatorName("="),
                     hasLHS(ignoringParens(declRefExpr(to(Local.bind("var"))))),
                     hasRHS(ignoringParenImpCasts(Checked))),
      this);
}

/// True for a statement of a branch that reports an error to the user:
/// fprintf(stderr, ...), fputs(..., stderr), perror(...).
static bool reportsOnStandardError(const Stmt *S) {
  const auto *Call = dyn_cast_or_null<CallExpr>(
      isa_and_nonnull<Expr>(S) ? stripCasts(cast<Expr>(S)) : nullptr);
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  if (!FD)
    return false;
  if (libraryNameOf(*FD) == "perror")
    return true;
  return llvm::any_of(Call->arguments(), [](const Expr *Arg) {
    const auto *Ref = dyn_cast<DeclRefExpr>(stripCasts(Arg));
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    return Var && Var->hasGlobalStorage() && Var->getIdentifier() &&
           llvm::is_contained({"stderr", "__stderrp"}, Var->getName());
  });
}

/// True when a branch ends by reporting a failure: goto (to a cleanup
/// label), break, continue, a call that does not return, a return of null,
/// false, or a non-zero integer constant, or any return after an error
/// message on stderr (OpenJPEG convert.c: fprintf(stderr, "...Aborting");
/// fclose(fdest); return fails;).
static bool endsInFailureExit(const CompoundStmt &Branch,
                              const ASTContext &Context) {
  if (Branch.body_empty())
    return false;
  const Stmt *Last = Branch.body_back();
  if (isa<GotoStmt, BreakStmt, ContinueStmt>(Last))
    return true;
  if (const auto *E = dyn_cast<Expr>(Last))
    return isNoReturnCall(E);
  const auto *Return = dyn_cast<ReturnStmt>(Last);
  if (!Return)
    return false;
  const Expr *Value = Return->getRetValue();
  // A constant says itself whether it reports a failure ('return 0' after
  // a progress message on stderr does not); otherwise the message does.
  bool ConstantValue =
      Value && (Value->isNullPointerConstant(const_cast<ASTContext &>(Context),
                                             Expr::NPC_ValueDependentIsNotNull) ||
                constantValue(Value, Context));
  if (!ConstantValue && llvm::any_of(Branch.body(), reportsOnStandardError))
    return true;
  if (!Value)
    return false;
  if (Value->getType()->isPointerType())
    return Value->isNullPointerConstant(const_cast<ASTContext &>(Context),
                                        Expr::NPC_ValueDependentIsNotNull);
  std::optional<int64_t> V = constantValue(Value, Context);
  if (!V)
    return false;
  // 'return 0' is success in one convention and failure in another: only
  // false and non-zero codes count.
  if (Value->getType()->isBooleanType())
    return *V == 0;
  return *V != 0;
}

void UncheckedResultChecker::recordFailureBranches(const IfStmt &If,
                                                   const ASTContext &Context) {
  if (!IgnoreErrorPathCleanup)
    return;
  for (const Stmt *Branch : {If.getThen(), If.getElse()})
    if (const auto *Block = dyn_cast_or_null<CompoundStmt>(Branch))
      if (endsInFailureExit(*Block, Context))
        FailureBranches.insert(Block);
}

bool UncheckedResultChecker::inDestructor(SourceLocation Loc) {
  if (DestructorBodies.empty())
    return false;
  const SourceManager &SM = context().sourceManager();
  Loc = SM.getExpansionLoc(Loc);
  return llvm::any_of(DestructorBodies, [&](const SourceRange &Body) {
    return !SM.isBeforeInTranslationUnit(Loc, Body.getBegin()) &&
           !SM.isBeforeInTranslationUnit(Body.getEnd(), Loc);
  });
}

void UncheckedResultChecker::reportCall(const CallExpr &Call,
                                        bool ThroughVoidCast,
                                        bool InFailureBranch) {
  if (ThroughVoidCast && AllowVoidCast)
    return;
  const FunctionDecl *FD = checkedCallee(Call);
  if (!FD)
    return;
  std::string Name = libraryNameOf(*FD).str();
  if (isHarmless(Call, Name, FD->getASTContext()))
    return;
  // Cleanup on a path that already reports a failure: the data is lost
  // either way, and the caller learns about it.
  if (llvm::is_contained({"fclose", "close", "remove", "unlink"}, Name) &&
      (InFailureBranch || inDestructor(Call.getBeginLoc())))
    return;
  // Point at the function's name, not at a std:: qualifier before it.
  SourceLocation Loc = Call.getExprLoc();
  if (const auto *Ref =
          dyn_cast<DeclRefExpr>(Call.getCallee()->IgnoreParenImpCasts()))
    Loc = Ref->getLocation();
  std::string Message =
      ThroughVoidCast ? "result of '" + Name +
                            "' is discarded with a cast to 'void'; " + Advice
                      : "result of '" + Name + "' is ignored; " + Advice;
  report(Loc, Message);
}

void UncheckedResultChecker::check(const MatchFinder::MatchResult &R) {
  if (const auto *Dtor = R.Nodes.getNodeAs<CXXDestructorDecl>("destructor")) {
    if (const Stmt *Body = Dtor->getBody())
      DestructorBodies.push_back(
          {R.SourceManager->getExpansionLoc(Body->getBeginLoc()),
           R.SourceManager->getExpansionLoc(Body->getEndLoc())});
    return;
  }
  if (const auto *SE = R.Nodes.getNodeAs<StmtExpr>("stmtExpr")) {
    ValueBodies.insert(SE->getSubStmt());
    return;
  }
  if (const auto *S = R.Nodes.getNodeAs<Stmt>("statement")) {
    const Stmt *ValueStatement = nullptr;
    bool FailureBranch = false;
    if (const auto *Body = dyn_cast<CompoundStmt>(S)) {
      if (ValueBodies.contains(Body) && !Body->body_empty())
        ValueStatement = Body->body_back();
      FailureBranch = FailureBranches.contains(Body);
    }
    forEachDiscardedChild(*S, [&](const Stmt *Child) {
      if (!Child || Child == ValueStatement || !isa<Expr>(Child))
        return;
      walkDiscarded(cast<Expr>(Child), false,
                    [&](const CallExpr &Call, bool ThroughVoidCast) {
                      reportCall(Call, ThroughVoidCast, FailureBranch);
                    });
    });
    return;
  }
  const auto *Var = R.Nodes.getNodeAs<VarDecl>("var");
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
  if (!Var || !Call || !checkedCallee(*Call) || Var->hasAttr<UnusedAttr>() ||
      Var->getType().isVolatileQualified())
    return;
  const auto *Owner =
      dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Owner || !Owner->hasBody() || Owner->isDependentContext())
    return;
  StoredResults[Owner].push_back({Var, Call});
}

namespace {
/// Finds which of a set of variables are read in a function body: any
/// reference except as the target of a plain assignment (and, when a cast to
/// void does not count, except as the operand of such a cast).
class ReadFinder : public RecursiveASTVisitor<ReadFinder> {
public:
  ReadFinder(const llvm::DenseSet<const VarDecl *> &Vars, bool VoidCastReads)
      : Vars(Vars), VoidCastReads(VoidCastReads) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      ignore(BO->getLHS());
    return true;
  }
  bool VisitExplicitCastExpr(ExplicitCastExpr *Cast) {
    if (!VoidCastReads && Cast->getTypeAsWritten()->isVoidType())
      ignore(Cast->getSubExpr());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (Var && Vars.contains(Var) && !NotReads.contains(Ref))
      Read.insert(Var);
    return true;
  }

  llvm::DenseSet<const VarDecl *> Read;

private:
  void ignore(const Expr *E) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      NotReads.insert(Ref);
  }
  const llvm::DenseSet<const VarDecl *> &Vars;
  const bool VoidCastReads;
  llvm::DenseSet<const DeclRefExpr *> NotReads;
};
} // namespace

void UncheckedResultChecker::finishTranslationUnit(ASTContext &Context) {
  for (auto &[Function, Stored] : StoredResults) {
    llvm::DenseSet<const VarDecl *> Vars;
    for (const StoredResult &S : Stored)
      Vars.insert(S.Var);
    ReadFinder Finder(Vars, AllowVoidCast);
    Finder.TraverseStmt(Function->getBody());
    for (const StoredResult &S : Stored) {
      if (Finder.Read.contains(S.Var))
        continue;
      const FunctionDecl *FD = checkedCallee(*S.Call);
      if (isHarmless(*S.Call, libraryNameOf(*FD), Context))
        continue;
      SourceLocation Loc = S.Call->getExprLoc();
      if (const auto *Ref =
              dyn_cast<DeclRefExpr>(S.Call->getCallee()->IgnoreParenImpCasts()))
        Loc = Ref->getLocation();
      report(Loc, "result of '" + libraryNameOf(*FD).str() +
                      "' is stored in '" + S.Var->getName().str() +
                      "' but never read; " + Advice)
          .note(S.Var->getLocation(),
                "'" + S.Var->getName().str() + "' is declared here");
    }
  }
  StoredResults.clear();
  ValueBodies.clear();
  ReadOnlyVars.clear();
  FailureBranches.clear();
  DestructorBodies.clear();
}

} // namespace warden::checkers
