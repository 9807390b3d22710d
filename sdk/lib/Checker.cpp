//===- Checker.cpp - Checker base class and finding collection ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "warden/Checker.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace warden {

//===----------------------------------------------------------------------===//
// FindingBuilder
//===----------------------------------------------------------------------===//

FindingBuilder::FindingBuilder(TranslationUnitContext &TU, Finding F,
                               SourceLocation Origin)
    : TU(&TU), F(std::move(F)), Origin(Origin) {}

FindingBuilder::FindingBuilder(FindingBuilder &&Other) noexcept
    : TU(std::exchange(Other.TU, nullptr)), F(std::move(Other.F)),
      Origin(Other.Origin) {}

FindingBuilder::~FindingBuilder() {
  if (TU)
    TU->record(std::move(F), Origin);
}

FindingBuilder &FindingBuilder::range(SourceRange Range) {
  SourceSpan S = TU->spanOf(CharSourceRange::getTokenRange(Range));
  // Only a range around the reported location makes sense to highlight.
  if (S.valid() && S.File == F.Where.File &&
      std::make_pair(S.StartLine, S.StartColumn) <=
          std::make_pair(F.Where.StartLine, F.Where.StartColumn) &&
      std::make_pair(F.Where.StartLine, F.Where.StartColumn) <
          std::make_pair(S.EndLine, S.EndColumn))
    F.Where = S;
  return *this;
}

FindingBuilder &FindingBuilder::note(SourceLocation Loc,
                                     llvm::StringRef Message) {
  SourceSpan S = TU->spanOf(Loc);
  if (S.valid())
    F.Notes.push_back({std::move(S), Message.str()});
  return *this;
}

FindingBuilder &FindingBuilder::fix(llvm::StringRef Description,
                                    llvm::ArrayRef<FixItHint> Hints) {
  const SourceManager &SM = TU->sourceManager();
  const LangOptions &LO = TU->langOptions();
  FindingFix Fix{Description.str(), {}};
  for (const FixItHint &H : Hints) {
    // Like clang, never rewrite inside a macro: the edit would change every
    // other expansion of it too.
    if (H.RemoveRange.getBegin().isMacroID() ||
        H.RemoveRange.getEnd().isMacroID())
      return *this;
    SourceSpan Removed = TU->spanOf(H.RemoveRange);
    if (!Removed.valid())
      return *this;
    std::string Inserted = H.CodeToInsert;
    if (H.InsertFromRange.isValid())
      Inserted = Lexer::getSourceText(H.InsertFromRange, SM, LO).str();
    Fix.Replacements.push_back({std::move(Removed), std::move(Inserted)});
  }
  if (!Fix.Replacements.empty())
    F.Fixes.push_back(std::move(Fix));
  return *this;
}

FindingBuilder &FindingBuilder::property(llvm::StringRef Key,
                                         PropertyValue Value) {
  F.Properties[Key.str()] = std::move(Value);
  return *this;
}

FindingBuilder &FindingBuilder::severity(Level L) {
  F.Severity = L;
  return *this;
}

//===----------------------------------------------------------------------===//
// Checker
//===----------------------------------------------------------------------===//

Checker::~Checker() = default;

FindingBuilder Checker::report(SourceLocation Loc, llvm::StringRef Message) {
  Finding F;
  F.RuleId = Binding.RuleId;
  F.Severity = Binding.Severity;
  F.Message = Message.str();
  F.Where = TU.spanOf(Loc);
  return FindingBuilder(TU, std::move(F), Loc);
}

//===----------------------------------------------------------------------===//
// TranslationUnitContext
//===----------------------------------------------------------------------===//

struct TranslationUnitContext::Analyses {
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<CFG>> CFGs;
  llvm::DenseMap<const Stmt *, const FunctionDecl *> EnclosingFunctions;
};

TranslationUnitContext::TranslationUnitContext()
    : Cache(std::make_unique<Analyses>()) {}
TranslationUnitContext::~TranslationUnitContext() = default;

const CFG *TranslationUnitContext::cfg(const FunctionDecl &Function) {
  const FunctionDecl *Definition = Function.getDefinition();
  if (!Definition || !Definition->hasBody() || !AST)
    return nullptr;
  auto [It, Inserted] = Cache->CFGs.try_emplace(Definition);
  if (Inserted) {
    CFG::BuildOptions Options;
    Options.AddImplicitDtors = true;
    Options.AddTemporaryDtors = true;
    Options.AddInitializers = true;
    Options.AddCXXDefaultInitExprInCtors = true;
    Options.AddLifetime = true;
    Options.AddScopes = true;
    Options.setAllAlwaysAdd();
    It->second =
        CFG::buildCFG(Definition, Definition->getBody(), AST, Options);
  }
  return It->second.get();
}

/// The function whose code holds S, a lambda's call operator for its body.
static const FunctionDecl *functionAround(const Stmt &S, ASTContext &AST) {
  // A few levels of statements per expression: bounded by the nesting depth
  // of the function, each step a hash lookup.
  DynTypedNodeList Parents = AST.getParents(S);
  while (!Parents.empty()) {
    const DynTypedNode &P = Parents[0];
    if (const auto *FD = P.get<FunctionDecl>())
      return FD;
    if (const auto *Lambda = P.get<LambdaExpr>())
      return Lambda->getCallOperator();
    // Namespace- or class-scope initializers have no function.
    if (P.get<TranslationUnitDecl>() || P.get<RecordDecl>() ||
        P.get<NamespaceDecl>())
      return nullptr;
    Parents = AST.getParents(P);
  }
  return nullptr;
}

const FunctionDecl *
TranslationUnitContext::enclosingFunction(const Stmt &S,
                                          LambdaBodies Lambdas) {
  if (!AST)
    return nullptr;
  auto [It, Inserted] = Cache->EnclosingFunctions.try_emplace(&S, nullptr);
  if (Inserted)
    It->second = functionAround(S, *AST);
  const FunctionDecl *Function = It->second;
  if (Lambdas == LambdaBodies::BelongToEnclosingFunction) {
    // A lambda's class is declared in the function it is written in.
    while (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Function)) {
      if (!Method->getParent()->isLambda())
        break;
      Function = dyn_cast<FunctionDecl>(Method->getParent()->getDeclContext());
    }
  }
  return Function;
}

const FunctionDecl *
TranslationUnitContext::enclosingDefinition(const Stmt &S,
                                            LambdaBodies Lambdas) {
  const FunctionDecl *Function = enclosingFunction(S, Lambdas);
  if (!Function || !Function->isThisDeclarationADefinition())
    return nullptr;
  const auto *Method = dyn_cast<CXXMethodDecl>(Function);
  if (Function->isImplicit() && !(Method && Method->getParent()->isLambda()))
    return nullptr;
  return Function;
}

void TranslationUnitContext::beginTranslationUnit(const SourceManager &SM,
                                            const LangOptions &LangOpts) {
  this->SM = &SM;
  this->LangOpts = &LangOpts;
  Findings.clear();
  Cache->CFGs.clear();
  Cache->EnclosingFunctions.clear();
}

/// The path users and SARIF consumers see: absolute, without dots, symlinks
/// resolved where the file manager knows the real path.
static std::string displayPath(const SourceManager &SM, FileID FID) {
  OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID);
  if (!FE)
    return {};
  llvm::StringRef Real = FE->getFileEntry().tryGetRealPathName();
  if (!Real.empty())
    return Real.str();
  llvm::SmallString<256> Path(FE->getName());
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

/// A span of one file from byte offsets (End exclusive).
static SourceSpan spanOfOffsets(const SourceManager &SM, FileID FID,
                                unsigned Begin, unsigned End) {
  SourceSpan S;
  S.File = displayPath(SM, FID);
  if (S.File.empty())
    return {};
  S.StartLine = SM.getLineNumber(FID, Begin);
  S.StartColumn = SM.getColumnNumber(FID, Begin);
  End = std::max(End, Begin);
  S.EndLine = SM.getLineNumber(FID, End);
  S.EndColumn = SM.getColumnNumber(FID, End);
  return S;
}

SourceSpan TranslationUnitContext::spanOf(SourceLocation Loc) const {
  if (Loc.isInvalid())
    return {};
  SourceLocation FileLoc = SM->getFileLoc(Loc);
  auto [FID, Offset] = SM->getDecomposedLoc(FileLoc);
  unsigned Length = Lexer::MeasureTokenLength(FileLoc, *SM, *LangOpts);
  return spanOfOffsets(*SM, FID, Offset, Offset + std::max(Length, 1u));
}

SourceSpan TranslationUnitContext::spanOf(CharSourceRange Range) const {
  CharSourceRange FileRange = Lexer::makeFileCharRange(Range, *SM, *LangOpts);
  if (FileRange.isInvalid())
    return spanOf(Range.getBegin());
  auto [BeginFID, BeginOffset] = SM->getDecomposedLoc(FileRange.getBegin());
  auto [EndFID, EndOffset] = SM->getDecomposedLoc(FileRange.getEnd());
  if (EndFID != BeginFID)
    return spanOf(Range.getBegin());
  return spanOfOffsets(*SM, BeginFID, BeginOffset, EndOffset);
}

void TranslationUnitContext::record(Finding F, SourceLocation Origin) {
  if (!F.Where.valid())
    return;
  // A finding produced inside a macro body points at the expansion; tell the
  // user which macro it came from, unless the macro is the library's own
  // (glibc's setjmp is a macro for _setjmp): the user did not write it.
  if (Origin.isMacroID() && !SM->isMacroArgExpansion(Origin) &&
      !SM->isInSystemHeader(SM->getSpellingLoc(Origin))) {
    llvm::StringRef Macro =
        Lexer::getImmediateMacroName(Origin, *SM, *LangOpts);
    SourceSpan Spelling = spanOf(SM->getSpellingLoc(Origin));
    if (!Macro.empty() && Spelling.valid())
      F.Notes.insert(F.Notes.begin(),
                     {std::move(Spelling),
                      ("expanded from macro '" + Macro + "'").str()});
  }
  Findings.push_back({std::move(F), SM->getFileLoc(Origin)});
}

namespace {
/// A declaration that can enclose a finding, as a range of one file.
struct Scope {
  FileID File;
  unsigned Begin, End;
  std::string Name;
};

/// Collects the named declarations whose ranges may contain a finding. Only
/// files that have findings are looked at, so this stays cheap.
class ScopeCollector {
public:
  ScopeCollector(const SourceManager &SM, const LangOptions &LO,
                 const llvm::DenseSet<FileID> &Files)
      : SM(SM), LO(LO), Files(Files) {}

  void visit(const Decl *D) {
    if (const auto *T = dyn_cast<TemplateDecl>(D))
      if (const NamedDecl *Pattern = T->getTemplatedDecl())
        D = Pattern;
    CharSourceRange R =
        Lexer::makeFileCharRange(CharSourceRange::getTokenRange(
                                     SM.getExpansionRange(D->getSourceRange())
                                         .getAsRange()),
                                 SM, LO);
    if (R.isInvalid())
      return;
    auto [FID, Begin] = SM.getDecomposedLoc(R.getBegin());
    if (!Files.contains(FID))
      return;
    unsigned End = SM.getFileOffset(R.getEnd());
    const auto *ND = dyn_cast<NamedDecl>(D);
    bool Named = ND && ND->getDeclName() &&
                 (isa<FunctionDecl, RecordDecl, NamespaceDecl, EnumDecl>(D) ||
                  (isa<VarDecl>(D) && !cast<VarDecl>(D)->isLocalVarDecl()));
    if (Named)
      Scopes.push_back({FID, Begin, End, ND->getQualifiedNameAsString()});
    // Functions hold statements, not declarations worth naming.
    if (isa<FunctionDecl>(D))
      return;
    if (const auto *DC = dyn_cast<DeclContext>(D))
      for (const Decl *Child : DC->decls())
        if (!Child->isImplicit())
          visit(Child);
  }

  std::vector<Scope> Scopes;

private:
  const SourceManager &SM;
  const LangOptions &LO;
  const llvm::DenseSet<FileID> &Files;
};
} // namespace

std::vector<Finding> TranslationUnitContext::finish(ASTContext &Context) {
  std::vector<Finding> Result;
  if (Findings.empty())
    return Result;
  llvm::DenseSet<FileID> Files;
  for (const Pending &P : Findings)
    if (P.FileLoc.isValid())
      Files.insert(SM->getFileID(P.FileLoc));
  ScopeCollector Collector(*SM, *LangOpts, Files);
  for (const Decl *D : Context.getTraversalScope())
    Collector.visit(D);

  Result.reserve(Findings.size());
  for (Pending &P : Findings) {
    if (P.FileLoc.isValid()) {
      auto [FID, Offset] = SM->getDecomposedLoc(P.FileLoc);
      const Scope *Best = nullptr;
      for (const Scope &S : Collector.Scopes)
        if (S.File == FID && S.Begin <= Offset && Offset <= S.End &&
            (!Best || S.End - S.Begin < Best->End - Best->Begin))
          Best = &S;
      if (Best)
        P.F.EnclosingSymbol = Best->Name;
    }
    Result.push_back(std::move(P.F));
  }
  Findings.clear();
  return Result;
}

} // namespace warden
