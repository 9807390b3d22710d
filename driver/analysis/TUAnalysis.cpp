//===- TUAnalysis.cpp - Parse one TU and run every checker ----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "analysis/TUAnalysis.h"
#include "support/Hashing.h"
#include "vcs/Git.h"
#include "warden/Checker.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang;

namespace warden {
namespace {

/// Keeps compiler errors (not warnings: Warden reports only its rules).
class ErrorCollector : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error || Errors.size() >= MaxKept)
      return;
    CompilerMessage M;
    llvm::SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    M.Message = std::string(Text);
    if (Info.getLocation().isValid() && Info.hasSourceManager()) {
      PresumedLoc P =
          Info.getSourceManager().getPresumedLoc(Info.getLocation());
      if (P.isValid()) {
        M.File = P.getFilename();
        M.Line = P.getLine();
        M.Column = P.getColumn();
      }
    }
    Errors.push_back(std::move(M));
  }

  static constexpr size_t MaxKept = 20;
  std::vector<CompilerMessage> Errors;
};

/// Records the files a TU reads: all of them (for the result cache) and
/// the user's (for the report's artifacts).
class FileRecorder : public PPCallbacks {
public:
  FileRecorder(const SourceManager &SM, TUOutcome &Outcome)
      : SM(SM), Outcome(Outcome) {}

  void FileChanged(SourceLocation Loc, FileChangeReason Reason,
                   SrcMgr::CharacteristicKind Kind, FileID) override {
    if (Reason != EnterFile)
      return;
    OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getFileID(Loc));
    if (!FE)
      return;
    llvm::StringRef Path = FE->getFileEntry().tryGetRealPathName();
    if (Path.empty() || !Seen.insert(Path).second)
      return;
    std::optional<llvm::MemoryBufferRef> Buffer =
        SM.getBufferOrNone(SM.getFileID(Loc));
    Outcome.Dependencies.push_back(
        {Path.str(), Buffer ? contentHash(Buffer->getBuffer()) : ""});
    if (Kind == SrcMgr::C_User)
      Outcome.Files.push_back(Path.str());
  }

private:
  const SourceManager &SM;
  TUOutcome &Outcome;
  llvm::StringSet<> Seen;
};

class LookupRecorder;

/// A file read into memory, never mapped: a mapped file rewritten in place
/// during the analysis would change under the parser after its hash was
/// taken, and the cache would tie one content's result to another's hash.
/// The recorder hears of the bytes handed out.
class UnmappedFile : public llvm::vfs::File {
public:
  UnmappedFile(std::unique_ptr<llvm::vfs::File> Inner, LookupRecorder &Owner,
               std::string Name)
      : Inner(std::move(Inner)), Owner(Owner), Name(std::move(Name)) {}
  llvm::ErrorOr<llvm::vfs::Status> status() override { return Inner->status(); }
  llvm::ErrorOr<std::string> getName() override { return Inner->getName(); }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>
  getBuffer(const llvm::Twine &BufferName, int64_t FileSize,
            bool RequiresNullTerminator, bool /*IsVolatile*/) override;
  std::error_code close() override { return Inner->close(); }

private:
  std::unique_ptr<llvm::vfs::File> Inner;
  LookupRecorder &Owner;
  std::string Name;
};

/// The file system as the frontend sees it. Once recording starts (after
/// the driver, which probes for toolchains), every path the frontend looked
/// for and did not find is kept: the include candidates tried before the
/// one that matched, and search directories that do not exist. A file
/// created at one of them later can change what an #include means, so the
/// result cache checks they are still absent. Files are read unmapped, and
/// the hash of every file read is kept too: files read without being
/// entered as source (#embed) are dependencies as well.
class LookupRecorder : public llvm::vfs::ProxyFileSystem {
public:
  LookupRecorder(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                 std::string WorkingDir, std::vector<std::string> &Absent)
      : ProxyFileSystem(std::move(FS)), WorkingDir(std::move(WorkingDir)),
        Absent(Absent) {}

  void startRecording() { Recording = true; }

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override {
    llvm::ErrorOr<llvm::vfs::Status> S = ProxyFileSystem::status(Path);
    if (!S)
      noteAbsent(Path);
    return S;
  }
  bool exists(const llvm::Twine &Path) override {
    bool Exists = ProxyFileSystem::exists(Path);
    if (!Exists)
      noteAbsent(Path);
    return Exists;
  }
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override {
    llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>> F =
        ProxyFileSystem::openFileForRead(Path);
    if (!F) {
      noteAbsent(Path);
      return F;
    }
    // Named as FileManager names the file's real path (absolute, no dots),
    // so that the files entered as source are not listed twice.
    std::string Name = absolute(Path, /*RemoveDotDot=*/true);
    return std::unique_ptr<llvm::vfs::File>(
        std::make_unique<UnmappedFile>(std::move(*F), *this, std::move(Name)));
  }

  void noteRead(const std::string &Name, llvm::StringRef Content) {
    if (Recording)
      Read.push_back({Name, contentHash(Content)});
  }

  /// Adds the files read but not entered as source to Dependencies.
  void addReadFiles(std::vector<FileDigest> &Dependencies) const {
    llvm::StringSet<> Known;
    for (const FileDigest &D : Dependencies)
      Known.insert(D.Path);
    for (const FileDigest &D : Read)
      if (Known.insert(D.Path).second)
        Dependencies.push_back(D);
  }

private:
  std::string absolute(const llvm::Twine &Path, bool RemoveDotDot) const {
    llvm::SmallString<256> P;
    Path.toVector(P);
    if (!llvm::sys::path::is_absolute(P)) {
      llvm::SmallString<256> Full(WorkingDir);
      llvm::sys::path::append(Full, P);
      P = Full;
    }
    llvm::sys::path::remove_dots(P, RemoveDotDot);
    return std::string(P);
  }

  void noteAbsent(const llvm::Twine &Path) {
    // One more than the bound: the cache then knows the list is incomplete
    // and stores nothing rather than an entry it could not check.
    if (!Recording || Absent.size() > MaxAbsentPaths)
      return;
    // ".." stays: through a symbolic link it is not the lexical parent.
    std::string P = absolute(Path, /*RemoveDotDot=*/false);
    if (Seen.insert(P).second)
      Absent.push_back(std::move(P));
  }

  std::string WorkingDir;
  std::vector<std::string> &Absent;
  llvm::StringSet<> Seen;
  std::vector<FileDigest> Read;
  bool Recording = false;
};

llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>
UnmappedFile::getBuffer(const llvm::Twine &BufferName, int64_t FileSize,
                        bool RequiresNullTerminator, bool /*IsVolatile*/) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      Inner->getBuffer(BufferName, FileSize, RequiresNullTerminator,
                       /*IsVolatile=*/true);
  if (Buffer)
    Owner.noteRead(Name, (*Buffer)->getBuffer());
  return Buffer;
}

/// The working tree as the next commit holds it (`check --staged`): staged
/// files read from memory at their working-tree paths, so that findings
/// name those paths with the staged line numbers; files the commit does not
/// hold (staged deletions, untracked files) do not exist.
class StagedFileSystem : public llvm::vfs::ProxyFileSystem {
public:
  explicit StagedFileSystem(const StagedTree &Tree)
      : ProxyFileSystem(overlay(Tree)), Tree(Tree) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override {
    if (missing(Path))
      return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::status(Path);
  }
  bool exists(const llvm::Twine &Path) override {
    return !missing(Path) && ProxyFileSystem::exists(Path);
  }
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override {
    if (missing(Path))
      return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::openFileForRead(Path);
  }

private:
  static llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
  overlay(const StagedTree &Tree) {
    auto Staged = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
    llvm::SmallString<256> Cwd;
    if (!llvm::sys::fs::current_path(Cwd))
      Staged->setCurrentWorkingDirectory(Cwd);
    for (const auto &Entry : Tree.Content)
      Staged->addFile(
          Entry.getKey(), /*ModificationTime=*/0,
          llvm::MemoryBuffer::getMemBuffer(Entry.getValue(), Entry.getKey()));
    auto Both = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
        llvm::vfs::getRealFileSystem());
    Both->pushOverlay(Staged);
    return Both;
  }

  bool missing(const llvm::Twine &Path) {
    if (Tree.Missing.empty())
      return false;
    llvm::SmallString<256> P;
    Path.toVector(P);
    if (makeAbsolute(P))
      return false;
    llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
    return Tree.isMissing(P);
  }

  const StagedTree &Tree;
};

/// Keeps the comments that may be suppression directives. Only real
/// comments reach a CommentHandler, never text inside string literals.
class DirectiveCommentCollector : public CommentHandler {
public:
  explicit DirectiveCommentCollector(std::vector<SourceComment> &Comments)
      : Comments(Comments) {}

  bool HandleComment(Preprocessor &PP, SourceRange Range) override {
    const SourceManager &SM = PP.getSourceManager();
    SourceLocation Begin = Range.getBegin();
    if (SM.isInSystemHeader(Begin))
      return false;
    bool Invalid = false;
    llvm::StringRef Text = Lexer::getSourceText(
        CharSourceRange::getCharRange(Range), SM, PP.getLangOpts(), &Invalid);
    if (Invalid || !Text.contains("warden-ignore"))
      return false;
    OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getFileID(Begin));
    if (!FE)
      return false;
    llvm::StringRef Path = FE->getFileEntry().tryGetRealPathName();
    SourceComment C;
    C.File = Path.empty() ? FE->getName().str() : Path.str();
    C.Line = SM.getSpellingLineNumber(Begin);
    C.Column = SM.getSpellingColumnNumber(Begin);
    C.EndLine = SM.getSpellingLineNumber(Range.getEnd());
    C.Text = Text.str();
    Comments.push_back(std::move(C));
    return false;
  }

private:
  std::vector<SourceComment> &Comments;
};

/// Runs the matchers over the user's part of the AST, then the end-of-TU
/// hooks, and collects the findings.
class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(std::unique_ptr<ast_matchers::MatchFinder> Finder,
                   std::vector<std::unique_ptr<Checker>> Checkers,
                   TranslationUnitContext &TU, TUOutcome &Outcome)
      : Finder(std::move(Finder)), Checkers(std::move(Checkers)), TU(TU),
        Outcome(Outcome) {}

  void HandleTranslationUnit(ASTContext &Context) override {
    // Only declarations outside system headers are traversed: the cost of
    // analysis then grows with the user's code, not with <iostream>.
    const SourceManager &SM = Context.getSourceManager();
    std::vector<Decl *> Scope;
    for (Decl *D : Context.getTranslationUnitDecl()->decls()) {
      SourceLocation Loc = D->getLocation();
      if (Loc.isInvalid() || SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
        continue;
      Scope.push_back(D);
    }
    Context.setTraversalScope(Scope);
    TU.setASTContext(Context);
    Finder->matchAST(Context);
    for (const std::unique_ptr<Checker> &C : Checkers)
      C->finishTranslationUnit(Context);
    for (Finding &F : TU.finish(Context))
      Outcome.Findings.push_back(std::move(F));
    Ran = true;
  }

  bool Ran = false;

private:
  std::unique_ptr<ast_matchers::MatchFinder> Finder;
  std::vector<std::unique_ptr<Checker>> Checkers;
  TranslationUnitContext &TU;
  TUOutcome &Outcome;
};

class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(const std::vector<RuleBinding> &Bindings,
                 const std::vector<EnabledRule> &Rules, TUOutcome &Outcome,
                 bool &Ran)
      : Bindings(Bindings), Rules(Rules), Outcome(Outcome), Ran(Ran) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    SourceManager &SM = CI.getSourceManager();
    Preprocessor &PP = CI.getPreprocessor();
    TU.beginTranslationUnit(SM, CI.getLangOpts());
    const LangOptions &Lang = CI.getLangOpts();
    Outcome.Language = Lang.ObjC ? (Lang.CPlusPlus ? "objective-c++" : "objective-c")
                       : Lang.CPlusPlus ? "c++"
                                        : "c";
    PP.addPPCallbacks(std::make_unique<FileRecorder>(SM, Outcome));
    Comments = std::make_unique<DirectiveCommentCollector>(Outcome.Comments);
    PP.addCommentHandler(Comments.get());

    auto Finder = std::make_unique<ast_matchers::MatchFinder>();
    std::vector<std::unique_ptr<Checker>> Checkers;
    for (size_t I = 0; I < Rules.size(); ++I) {
      std::unique_ptr<Checker> C =
          Rules[I].Checker->Create(Bindings[I], TU);
      if (!C->isLanguageVersionSupported(CI.getLangOpts()))
        continue;
      C->registerMatchers(Finder.get());
      C->registerPPCallbacks(SM, &PP);
      Checkers.push_back(std::move(C));
    }
    auto Consumer = std::make_unique<AnalysisConsumer>(
        std::move(Finder), std::move(Checkers), TU, Outcome);
    Consumer_ = Consumer.get();
    return Consumer;
  }

  void EndSourceFileAction() override {
    if (Consumer_)
      Ran = Consumer_->Ran;
    if (Comments)
      getCompilerInstance().getPreprocessor().removeCommentHandler(
          Comments.get());
  }

private:
  const std::vector<RuleBinding> &Bindings;
  const std::vector<EnabledRule> &Rules;
  TUOutcome &Outcome;
  bool &Ran;
  TranslationUnitContext TU;
  std::unique_ptr<DirectiveCommentCollector> Comments;
  AnalysisConsumer *Consumer_ = nullptr;
};

/// Creates the CompilerInstance itself so that the AST is never freed: the
/// TU runs in a worker process that exits right after, and tearing down a
/// large AST costs time for nothing (clang's -disable-free).
class AnalysisToolAction : public tooling::ToolAction {
public:
  AnalysisToolAction(const std::vector<RuleBinding> &Bindings,
                     const std::vector<EnabledRule> &Rules, TUOutcome &Outcome,
                     LookupRecorder &Lookups)
      : Bindings(Bindings), Rules(Rules), Outcome(Outcome), Lookups(Lookups) {}

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCH,
                     DiagnosticConsumer *Diags) override {
    Invocation->getFrontendOpts().DisableFree = true;
    Lookups.startRecording();
    auto *CI = new CompilerInstance(std::move(PCH));
    CI->setInvocation(std::move(Invocation));
    CI->setFileManager(Files);
    CI->createDiagnostics(Diags, /*ShouldOwnClient=*/false);
    if (!CI->hasDiagnostics())
      return false;
    CI->createSourceManager(*Files);
    AnalysisAction Action(Bindings, Rules, Outcome, Ran);
    bool Ok = CI->ExecuteAction(Action);
    Files->clearStatCache();
    return Ok;
  }

  bool Ran = false;

private:
  const std::vector<RuleBinding> &Bindings;
  const std::vector<EnabledRule> &Rules;
  TUOutcome &Outcome;
  LookupRecorder &Lookups;
};

} // namespace

TUOutcome analyzeTranslationUnit(const CompileJob &Job,
                                 const std::vector<EnabledRule> &Rules) {
  TUOutcome Outcome;
  std::vector<RuleBinding> Bindings;
  Bindings.reserve(Rules.size());
  for (const EnabledRule &R : Rules)
    Bindings.push_back({R.Definition->Id, R.Severity, R.Options});

  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Source =
      llvm::vfs::getRealFileSystem();
  if (const StagedTree *Staged = stagedView())
    Source = llvm::makeIntrusiveRefCnt<StagedFileSystem>(*Staged);
  auto Lookups = llvm::makeIntrusiveRefCnt<LookupRecorder>(
      std::move(Source), Job.Directory, Outcome.AbsentPaths);
  llvm::IntrusiveRefCntPtr<FileManager> Files(
      new FileManager(FileSystemOptions{Job.Directory}, Lookups));
  AnalysisToolAction Action(Bindings, Rules, Outcome, *Lookups);
  tooling::ToolInvocation Invocation(Job.Arguments, &Action, Files.get(),
                                     std::make_shared<PCHContainerOperations>());
  ErrorCollector Errors;
  Invocation.setDiagnosticConsumer(&Errors);
  Invocation.run();

  Outcome.Errors = std::move(Errors.Errors);
  Lookups->addReadFiles(Outcome.Dependencies);
  if (!Action.Ran) {
    Outcome.Status = TUOutcome::State::Failed;
    Outcome.FailureReason = Outcome.Errors.empty()
                                ? "the compile command could not be run"
                                : Outcome.Errors.front().Message;
    return Outcome;
  }
  Outcome.Status = Errors.getNumErrors() ? TUOutcome::State::Incomplete
                                         : TUOutcome::State::Analysed;
  return Outcome;
}

} // namespace warden
