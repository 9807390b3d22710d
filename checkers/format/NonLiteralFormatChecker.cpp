//===- NonLiteralFormatChecker.cpp - Non-literal formats ------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "format/NonLiteralFormatChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> NonLiteralFormatChecker::optionSpecs() {
  return {
      OptionSpec::map(
          "functions",
          "Functions to check, by their C name, with the 1-based position of "
          "their format argument; std:: and _FORTIFY_SOURCE forms are "
          "included",
          {{"printf", "1"},   {"fprintf", "2"},   {"sprintf", "2"},
           {"snprintf", "3"}, {"vprintf", "1"},   {"vfprintf", "2"},
           {"vsprintf", "2"}, {"vsnprintf", "3"}, {"dprintf", "2"},
           {"vdprintf", "2"}, {"asprintf", "2"},  {"vasprintf", "2"},
           {"syslog", "2"},   {"vsyslog", "2"},   {"err", "2"},
           {"errx", "2"},     {"warn", "1"},      {"warnx", "1"},
           {"verr", "2"},     {"verrx", "2"},     {"vwarn", "1"},
           {"vwarnx", "1"},   {"wprintf", "1"},   {"fwprintf", "2"},
           {"swprintf", "3"}, {"vwprintf", "1"},  {"vfwprintf", "2"},
           {"vswprintf", "3"}})
          .validate(validators::positiveIntegerValues()),
      OptionSpec::flag(
          "useFormatAttribute",
          "Also check every function declared with "
          "__attribute__((format(printf, ...))), such as logging wrappers, "
          "and trust wrappers so declared to forward their callers' formats",
          true),
  };
}

NonLiteralFormatChecker::NonLiteralFormatChecker(const RuleBinding &Binding,
                                                 TranslationUnitContext &TU)
    : Checker(Binding, TU),
      FormatPosition(options().getPositionMap("functions")),
      UseFormatAttribute(options().getBool("useFormatAttribute")) {}

void NonLiteralFormatChecker::registerMatchers(MatchFinder *Finder) {
  std::vector<std::string> Names;
  for (const auto &Entry : FormatPosition)
    Names.push_back(Entry.getKey().str());
  auto Checked =
      UseFormatAttribute
          ? functionDecl(anyOf(libraryFunction(Names), hasAttr(attr::Format)))
          : functionDecl(libraryFunction(Names));
  Finder->addMatcher(callExpr(callee(Checked.bind("function"))).bind("call"),
                     this);
  if (UseFormatAttribute)
    Finder->addMatcher(
        cxxConstructExpr(
            hasDeclaration(
                cxxConstructorDecl(hasAttr(attr::Format)).bind("function")))
            .bind("construct"),
        this);
}

static bool hasImplicitObjectParameter(const FunctionDecl &FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  return MD && MD->isImplicitObjectMemberFunction();
}

/// The printf-like format attribute of FD, if any. clang spells the
/// archetypes without underscores ("__printf__" is "printf").
static const FormatAttr *printfFormatAttr(const FunctionDecl &FD) {
  for (const FormatAttr *A : FD.specific_attrs<FormatAttr>()) {
    llvm::StringRef Kind = A->getType()->getName();
    if (Kind == "printf" || Kind == "printf0" || Kind == "gnu_printf" ||
        Kind == "ms_printf" || Kind == "syslog" || Kind == "freebsd_kprintf")
      return A;
  }
  return nullptr;
}

std::optional<unsigned>
NonLiteralFormatChecker::formatParameter(const FunctionDecl &FD) const {
  llvm::StringRef Name = libraryNameOf(FD);
  if (!Name.empty()) {
    auto It = FormatPosition.find(Name);
    if (It != FormatPosition.end()) {
      unsigned Index = It->second - 1;
      // The _FORTIFY_SOURCE forms insert a flag and sometimes the object
      // size just before the format: __sprintf_chk(s, flag, slen, format).
      if (FD.getName() != Name && FD.getName().ends_with("_chk"))
        while (Index < FD.getNumParams() &&
               FD.getParamDecl(Index)->getType()->isIntegerType())
          ++Index;
      return Index;
    }
  }
  if (!UseFormatAttribute)
    return std::nullopt;
  const FormatAttr *A = printfFormatAttr(FD);
  if (!A)
    return std::nullopt;
  // The attribute counts from 1 and counts the implicit 'this'.
  int Index = A->getFormatIdx() - 1 - hasImplicitObjectParameter(FD);
  if (Index < 0)
    return std::nullopt;
  return unsigned(Index);
}

bool NonLiteralFormatChecker::isCheckedFormatParameter(
    const FunctionDecl &FD, const ParmVarDecl &P) const {
  // Attributes are inherited by later redeclarations only.
  std::optional<unsigned> Index = formatParameter(*FD.getMostRecentDecl());
  return Index && *Index == P.getFunctionScopeIndex();
}

std::string
NonLiteralFormatChecker::forwardingAdvice(const FunctionDecl &Wrapper,
                                          const ParmVarDecl &P) const {
  const auto *MD = dyn_cast<CXXMethodDecl>(&Wrapper);
  if (MD && MD->getParent()->isLambda())
    return {};
  unsigned This = hasImplicitObjectParameter(Wrapper);
  unsigned Position = P.getFunctionScopeIndex() + 1;
  std::string Who = "'" + Wrapper.getNameAsString() + "'";
  if (UseFormatAttribute) {
    unsigned FirstArg =
        Wrapper.isVariadic() ? Wrapper.getNumParams() + 1 + This : 0;
    return "declare " + Who + " with __attribute__((format(printf, " +
           std::to_string(Position + This) + ", " + std::to_string(FirstArg) +
           "))) so that the formats of its callers are checked";
  }
  // Without the attribute, only the table makes the callers checked, and it
  // names library-scope functions.
  llvm::StringRef Name = libraryNameOf(Wrapper);
  if (Name.empty())
    return {};
  return "add '" + Name.str() + " = " + std::to_string(Position) +
         "' to the 'functions' option of this rule so that the formats of " +
         "its callers are checked";
}

namespace {

/// Maps a parameter index of FD to an argument index of a call of it: an
/// operator call passes the object as its first argument.
unsigned argumentIndex(const Expr &Call, const FunctionDecl &FD,
                       unsigned Param) {
  return Param +
         (isa<CXXOperatorCallExpr>(Call) && hasImplicitObjectParameter(FD));
}

/// True when the value of E can only be a string written in the program:
/// what -Wformat-nonliteral accepts, plus tables of constant literals.
bool isLiteralFormat(const Expr *E, ASTContext &Context, unsigned Depth = 0) {
  // Constants may refer to constants; stop at a depth no real code needs.
  if (!E || Depth > 8)
    return false;
  E = E->IgnoreParenCasts();
  auto Recurse = [&](const Expr *Sub) {
    return isLiteralFormat(Sub, Context, Depth + 1);
  };
  // __func__ and __builtin_FUNCTION() are names, not formats, and a null
  // format is a different bug.
  if (isa<StringLiteral, PredefinedExpr, SourceLocExpr>(E) ||
      E->isNullPointerConstant(Context, Expr::NPC_ValueDependentIsNotNull))
    return true;
  if (const auto *Opaque = dyn_cast<OpaqueValueExpr>(E))
    return Recurse(Opaque->getSourceExpr());
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
    return Recurse(Default->getExpr());
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E))
    return Recurse(Cond->getTrueExpr()) && Recurse(Cond->getFalseExpr());

  // A constant initialised with a literal, or a constant table of them.
  auto ConstantInit = [&](const Expr *Ref) -> const Expr * {
    const ValueDecl *D = nullptr;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Ref))
      D = DRE->getDecl();
    else if (const auto *ME = dyn_cast<MemberExpr>(Ref))
      D = ME->getMemberDecl();
    // A parameter's "initialiser" is its default argument, which callers
    // need not use.
    const auto *VD = dyn_cast_or_null<VarDecl>(D);
    if (!VD || isa<ParmVarDecl>(VD) || !VD->getType().isConstant(Context))
      return nullptr;
    return VD->getAnyInitializer();
  };
  if (isa<DeclRefExpr, MemberExpr>(E))
    return Recurse(ConstantInit(E));
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
    const auto *Table = dyn_cast_or_null<InitListExpr>(
        ConstantInit(Subscript->getBase()->IgnoreParenImpCasts()));
    if (!Table || Table->getNumInits() == 0)
      return false;
    return llvm::all_of(Table->inits(), Recurse);
  }

  // gettext() and friends: __attribute__((format_arg(N))) says the result
  // is a translation of argument N, as trusted as N.
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || !FD->hasAttr<FormatArgAttr>())
      return false;
    for (const FormatArgAttr *A : FD->specific_attrs<FormatArgAttr>()) {
      unsigned Index =
          argumentIndex(*Call, *FD, A->getFormatIdx().getASTIndex());
      if (Index >= Call->getNumArgs() || !Recurse(Call->getArg(Index)))
        return false;
    }
    return true;
  }
  return false;
}

} // namespace

void NonLiteralFormatChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Function = R.Nodes.getNodeAs<FunctionDecl>("function");
  const Expr *Call = nullptr;
  llvm::ArrayRef<const Expr *> Args;
  if (const auto *CE = R.Nodes.getNodeAs<CallExpr>("call")) {
    Call = CE;
    Args = llvm::ArrayRef(CE->getArgs(), CE->getNumArgs());
  } else if (const auto *Construct =
                 R.Nodes.getNodeAs<CXXConstructExpr>("construct")) {
    Call = Construct;
    Args = llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
  } else {
    return;
  }

  std::optional<unsigned> Param = formatParameter(*Function);
  if (!Param)
    return;
  unsigned Index = argumentIndex(*Call, *Function, *Param);
  if (Index >= Args.size())
    return;
  const Expr *Format = Args[Index];
  // Checked again, with real types, in each instantiation.
  if (Format->isTypeDependent() || Format->isValueDependent())
    return;
  if (isLiteralFormat(Format, *R.Context))
    return;

  llvm::StringRef Name = libraryNameOf(*Function);
  std::string Callee = Name.empty() ? Function->getNameAsString() : Name.str();
  std::string Message = "format string of '" + Callee + "' ";

  // Wide functions take a wchar_t format: suggest L"%ls" there.
  QualType FormatType = *Param < Function->getNumParams()
                            ? Function->getParamDecl(*Param)->getType()
                            : Format->IgnoreParenImpCasts()->getType();
  bool Wide = FormatType->isPointerType() &&
              !FormatType->getPointeeType()->isCharType();
  bool HasDataArguments = Index + 1 < Args.size();

  // A function passing on its own parameter as a format, which is what the
  // variadic and va_list forms and data arguments show: the fix belongs on
  // that wrapper, whose callers then supply literal formats.
  const auto *Ref = dyn_cast<DeclRefExpr>(Format->IgnoreParenImpCasts());
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  const auto *Wrapper =
      P ? dyn_cast<FunctionDecl>(P->getDeclContext()) : nullptr;
  if (Wrapper && P->getType()->isPointerType()) {
    if (isCheckedFormatParameter(*Wrapper, *P))
      return;
    bool Forwards =
        Wrapper->isVariadic() || !Function->isVariadic() || HasDataArguments;
    std::string Advice =
        Forwards && !Wide ? forwardingAdvice(*Wrapper, *P) : std::string();
    if (!Advice.empty()) {
      report(Format->getExprLoc(), Message + "is the parameter '" +
                                       P->getNameAsString() + "' of '" +
                                       Wrapper->getNameAsString() +
                                       "', not a string literal; " + Advice)
          .range(Format->getSourceRange());
      return;
    }
  }

  llvm::StringRef Literal = Wide ? "L\"%ls\"" : "\"%s\"";
  SourceLocation Loc = Format->getBeginLoc();
  if (Loc.isInvalid())
    Loc = Call->getBeginLoc();
  FindingBuilder Finding = report(
      Loc, Message + "is not a string literal; use a literal format such as " +
               Literal.str() + " and pass the text as an argument");
  Finding.range(Format->getSourceRange());
  // printf(text) -> printf("%s", text) keeps the output of ordinary text.
  // Only when nothing follows: with data arguments the text was meant as a
  // format, and the v* forms take a va_list. Not in macro arguments either,
  // where the new comma would split the argument in two.
  if (Function->isVariadic() && !HasDataArguments && Loc.isFileID())
    Finding.fix("print the text with a " + Literal.str() + " format",
                FixItHint::CreateInsertion(Loc, Literal.str() + ", "));
}

} // namespace warden::checkers
