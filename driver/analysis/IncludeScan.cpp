//===- IncludeScan.cpp - Which TUs a change may reach, without clang ------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "analysis/IncludeScan.h"
#include "clang/Driver/Options.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

namespace warden {

using namespace llvm;

//===----------------------------------------------------------------------===//
// The line scanner
//===----------------------------------------------------------------------===//

/// Joins lines ended by a backslash (translation phase 2), so that a
/// directive split over lines reads as one. Like GCC and clang, blanks
/// between the backslash and the newline are allowed.
static std::string spliceLines(StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\\') {
      size_t J = I + 1;
      while (J < Text.size() && (Text[J] == ' ' || Text[J] == '\t'))
        ++J;
      if (J < Text.size() && Text[J] == '\r')
        ++J;
      if (J < Text.size() && Text[J] == '\n') {
        I = J;
        continue;
      }
    }
    Out.push_back(Text[I]);
  }
  return Out;
}

static bool isIdentifierChar(char C) { return isAlnum(C) || C == '_'; }

/// Skips blanks and block comments (a comment is a blank to the
/// preprocessor, even one spanning lines); stops at a newline.
static size_t skipBlanks(StringRef Text, size_t I) {
  while (I < Text.size()) {
    char C = Text[I];
    if (C == ' ' || C == '\t' || C == '\f' || C == '\v' || C == '\r') {
      ++I;
    } else if (Text.substr(I).starts_with("/*")) {
      size_t End = Text.find("*/", I + 2);
      I = End == StringRef::npos ? Text.size() : End + 2;
    } else {
      break;
    }
  }
  return I;
}

/// Skips the string or character literal opening at I, raw strings
/// included, so that a "/*" or "//" inside one is not taken for a comment.
/// An unterminated literal ends at the end of its line.
static size_t skipLiteral(StringRef Text, size_t I) {
  char Quote = Text[I];
  size_t PrefixStart = I;
  while (PrefixStart > 0 && isIdentifierChar(Text[PrefixStart - 1]))
    --PrefixStart;
  StringRef Prefix = Text.slice(PrefixStart, I);
  if (Quote == '\'' && !Prefix.empty() && isDigit(Prefix.front()))
    return I + 1; // A digit separator: 1'000'000.
  if (Quote == '"' && (Prefix == "R" || Prefix == "u8R" || Prefix == "uR" ||
                       Prefix == "UR" || Prefix == "LR")) {
    size_t Open = Text.find('(', I + 1);
    if (Open != StringRef::npos && Open - I - 1 <= 16) {
      std::string Close = (")" + Text.slice(I + 1, Open) + "\"").str();
      size_t End = Text.find(Close, Open + 1);
      return End == StringRef::npos ? Text.size() : End + Close.size();
    }
  }
  for (++I; I < Text.size(); ++I) {
    if (Text[I] == '\\')
      ++I;
    else if (Text[I] == Quote)
      return I + 1;
    else if (Text[I] == '\n')
      return I;
  }
  return Text.size();
}

/// Reads the directive whose name starts at I (just after '#'); records
/// it when it includes a file. Returns where the line goes on, so that the
/// caller sees comments and literals after it.
static size_t readDirective(StringRef Text, size_t I,
                            std::vector<IncludeDirective> &Found) {
  I = skipBlanks(Text, I);
  size_t NameEnd = I;
  while (NameEnd < Text.size() && isIdentifierChar(Text[NameEnd]))
    ++NameEnd;
  StringRef Name = Text.slice(I, NameEnd);
  if (Name != "include" && Name != "include_next" && Name != "import")
    return NameEnd;
  IncludeDirective D;
  D.Next = Name == "include_next";
  I = skipBlanks(Text, NameEnd);
  if (I >= Text.size() || Text[I] == '\n' || Text.substr(I).starts_with("//"))
    return I; // "#include" alone: a compile error, nothing to follow.
  char Open = Text[I];
  if (Open == '"' || Open == '<') {
    char Close = Open == '"' ? '"' : '>';
    size_t End =
        Text.find_first_of(StringRef(Open == '"' ? "\"\n" : ">\n"), I + 1);
    if (End != StringRef::npos && Text[End] == Close) {
      D.Spelling = Text.slice(I + 1, End).str();
      D.Angled = Open == '<';
      Found.push_back(std::move(D));
      return End + 1;
    }
  }
  // `#include CONFIG_HEADER`: the preprocessor alone knows the file.
  size_t End = Text.find('\n', I);
  D.Computed = true;
  D.Spelling = Text.slice(I, End).rtrim().str();
  Found.push_back(std::move(D));
  return End == StringRef::npos ? Text.size() : End;
}

std::vector<IncludeDirective> scanIncludeDirectives(StringRef Raw) {
  std::string Spliced;
  StringRef Text = Raw;
  if (Raw.contains('\\')) {
    Spliced = spliceLines(Raw);
    Text = Spliced;
  }
  std::vector<IncludeDirective> Found;
  bool LineStart = true;
  size_t I = 0;
  while (I < Text.size()) {
    if (LineStart) {
      LineStart = false;
      I = skipBlanks(Text, I);
      if (I < Text.size() && Text[I] == '#')
        I = readDirective(Text, I + 1, Found);
      continue;
    }
    char C = Text[I];
    StringRef Rest = Text.substr(I);
    if (C == '\n') {
      LineStart = true;
      ++I;
    } else if (Rest.starts_with("//")) {
      size_t End = Text.find('\n', I);
      I = End == StringRef::npos ? Text.size() : End;
    } else if (Rest.starts_with("/*")) {
      size_t End = Text.find("*/", I + 2);
      I = End == StringRef::npos ? Text.size() : End + 2;
    } else if (C == '"' || C == '\'') {
      I = skipLiteral(Text, I);
    } else {
      ++I;
    }
  }
  return Found;
}

//===----------------------------------------------------------------------===//
// Resolving includes and walking the closure
//===----------------------------------------------------------------------===//

/// Where a command looks for included files, in clang's order: a quoted
/// include tries the including file's directory, then Quote, then Angled;
/// an angled include tries Angled alone.
struct IncludeScanner::SearchPath {
  std::vector<std::string> Quote;  ///< -iquote
  std::vector<std::string> Angled; ///< -I, then -isystem, then -idirafter
  /// -include and -imacros, absolute when found in the command's working
  /// directory (where clang looks first), otherwise as written.
  std::vector<std::string> Forced;
  unsigned Id = 0;
};

/// What one file includes, resolved with one search path.
struct IncludeScanner::Edges {
  std::vector<Located> Files;
  /// The scan cannot rule out that the file includes a changed file.
  bool Uncertain = false;
};

IncludeScanner::IncludeScanner(std::string Root,
                               const std::vector<std::string> &ChangedFiles,
                               const StringSet<> &MainFiles)
    : SourceRoot(std::move(Root)) {
  for (const std::string &F : ChangedFiles) {
    Changed.insert(F);
    ChangedNames.insert(sys::path::filename(F));
    if (!MainFiles.contains(F))
      HeaderMayHaveChanged = true;
  }
}

IncludeScanner::~IncludeScanner() = default;

static std::string absoluteIn(StringRef Directory, StringRef Path) {
  SmallString<256> Full(Path);
  sys::fs::make_absolute(Directory, Full);
  sys::path::remove_dots(Full, /*remove_dot_dot=*/false);
  return std::string(Full);
}

/// Directories of a PATH-style environment variable, which clang adds
/// after the command's own (CPATH like -I, the others like -isystem).
static void appendEnvironmentPath(const char *Variable, StringRef Directory,
                                  std::vector<std::string> &Dirs) {
  std::optional<std::string> Value = sys::Process::GetEnv(Variable);
  if (!Value)
    return;
  SmallVector<StringRef, 8> Parts;
  StringRef(*Value).split(Parts, sys::EnvPathSeparator, -1,
                          /*KeepEmpty=*/false);
  for (StringRef P : Parts)
    Dirs.push_back(absoluteIn(Directory, P));
}

const IncludeScanner::SearchPath &
IncludeScanner::searchPathOf(const CompileJob &Job) {
  namespace opts = clang::driver::options;
  // The command is parsed as clang's driver parses it, so that "-Idir",
  // "-I dir", "--include-directory=dir" and clang-cl's "/Idir" all count.
  std::vector<const char *> Argv;
  bool ClMode = false;
  for (size_t I = 1; I < Job.Arguments.size(); ++I) {
    Argv.push_back(Job.Arguments[I].c_str());
    ClMode |= Job.Arguments[I] == "--driver-mode=cl";
  }
  unsigned MissingIndex = 0, MissingCount = 0;
  opt::InputArgList Args = clang::driver::getDriverOptTable().ParseArgs(
      Argv, MissingIndex, MissingCount,
      opt::Visibility(ClMode ? opts::CLOption : opts::ClangOption));

  SearchPath P;
  std::vector<std::string> System, After;
  for (const opt::Arg *A : Args.filtered(
           opts::OPT_I, opts::OPT_iquote, opts::OPT_isystem,
           opts::OPT_idirafter, opts::OPT_include, opts::OPT_imacros)) {
    StringRef Value = A->getValue();
    const opt::Option &O = A->getOption();
    if (O.matches(opts::OPT_include) || O.matches(opts::OPT_imacros)) {
      std::string InCwd = absoluteIn(Job.Directory, Value);
      P.Forced.push_back(existingFile(InCwd) ? InCwd : Value.str());
      continue;
    }
    std::string Dir = absoluteIn(Job.Directory, Value);
    if (O.matches(opts::OPT_I))
      P.Angled.push_back(Dir);
    else if (O.matches(opts::OPT_iquote))
      P.Quote.push_back(Dir);
    else if (O.matches(opts::OPT_isystem))
      System.push_back(Dir);
    else
      After.push_back(Dir);
  }
  appendEnvironmentPath("CPATH", Job.Directory, P.Angled);
  append_range(P.Angled, System);
  appendEnvironmentPath("C_INCLUDE_PATH", Job.Directory, P.Angled);
  appendEnvironmentPath("CPLUS_INCLUDE_PATH", Job.Directory, P.Angled);
  append_range(P.Angled, After);

  // TUs with the same search path share what their headers include.
  std::string Signature;
  for (const auto *List : {&P.Quote, &P.Angled, &P.Forced}) {
    for (const std::string &S : *List)
      Signature += S + '\0';
    Signature += '\1';
  }
  auto [It, New] = SearchPaths.try_emplace(Signature);
  if (New) {
    P.Id = SearchPaths.size();
    It->second = std::make_unique<SearchPath>(std::move(P));
  }
  return *It->second;
}

std::optional<std::string> IncludeScanner::existingFile(StringRef Candidate) {
  auto [It, New] = RealPaths.try_emplace(Candidate);
  if (New) {
    SmallString<256> Real;
    // A directory of the same name does not stop the search, as in clang.
    if (!sys::fs::real_path(Candidate, Real) && sys::fs::is_regular_file(Real))
      It->second = std::string(Real);
  }
  return It->second;
}

bool IncludeScanner::isProjectFile(StringRef RealPath) const {
  return RealPath.starts_with(SourceRoot) &&
         (RealPath.size() == SourceRoot.size() ||
          sys::path::is_separator(RealPath[SourceRoot.size()]) ||
          sys::path::is_separator(SourceRoot.back()));
}

const std::vector<IncludeDirective> &
IncludeScanner::directivesOf(const std::string &File) {
  auto [It, New] = Directives.try_emplace(File);
  if (New) {
    // An unreadable file includes nothing the scan can see; the analysis
    // of the TU, if any, reports it.
    if (auto Buffer = MemoryBuffer::getFile(File, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false))
      It->second = scanIncludeDirectives((*Buffer)->getBuffer());
  }
  return It->second;
}

std::vector<IncludeScanner::Located>
IncludeScanner::resolve(const IncludeDirective &D, StringRef IncluderDir,
                        const SearchPath &Path, bool AllMatches) {
  std::vector<Located> Found;
  auto Try = [&](StringRef Candidate) {
    if (std::optional<std::string> Real = existingFile(Candidate))
      Found.push_back({Candidate.str(), std::move(*Real)});
    return !AllMatches && !Found.empty();
  };
  if (sys::path::is_absolute(D.Spelling)) {
    Try(D.Spelling);
    return Found;
  }
  auto TryIn = [&](StringRef Dir) {
    SmallString<256> Candidate(Dir);
    sys::path::append(Candidate, D.Spelling);
    return Try(Candidate);
  };
  if (!D.Angled) {
    if (TryIn(IncluderDir))
      return Found;
    for (const std::string &Dir : Path.Quote)
      if (TryIn(Dir))
        return Found;
  }
  for (const std::string &Dir : Path.Angled)
    if (TryIn(Dir))
      return Found;
  return Found;
}

const IncludeScanner::Edges &IncludeScanner::edgesOf(const Located &File,
                                                     const SearchPath &Path) {
  std::string Key = std::to_string(Path.Id) + '\0' + File.Path;
  auto [It, New] = EdgeCache.try_emplace(Key);
  if (!New)
    return *It->second;
  auto E = std::make_unique<Edges>();
  StringRef Dir = sys::path::parent_path(File.Path);
  for (const IncludeDirective &D : directivesOf(File.Real)) {
    if (D.Computed) {
      // The macro may name any file: when a header changed, keep the TU.
      E->Uncertain |= HeaderMayHaveChanged;
      continue;
    }
    // #include_next continues after the directory that found this file;
    // every other match stands in for it, a superset.
    std::vector<Located> Files = resolve(D, Dir, Path, D.Next);
    if (D.Next)
      Files.erase(
          remove_if(Files,
                    [&](const Located &L) { return L.Real == File.Real; }),
          Files.end());
    // An include the scan cannot find (a generated header, a search path
    // it does not model, a deleted file) might be a changed file only if
    // it bears that file's name: then keep the TU.
    if (Files.empty())
      E->Uncertain |= ChangedNames.contains(sys::path::filename(D.Spelling));
    append_range(E->Files, Files);
  }
  It->second = std::move(E);
  return *It->second;
}

bool IncludeScanner::mayBeAffected(const CompileJob &Job) {
  SmallString<256> Real;
  Located Main{Job.File, sys::fs::real_path(Job.File, Real)
                             ? Job.File
                             : std::string(Real)};
  if (Changed.contains(Main.Real))
    return true;
  const SearchPath &Path = searchPathOf(Job);

  std::vector<Located> ToVisit;
  for (const std::string &F : Path.Forced) {
    IncludeDirective D;
    D.Spelling = F;
    std::vector<Located> Files = resolve(D, Job.Directory, Path, false);
    if (Files.empty() && ChangedNames.contains(sys::path::filename(F)))
      return true;
    append_range(ToVisit, Files);
  }
  const Edges &MainEdges = edgesOf(Main, Path);
  if (MainEdges.Uncertain)
    return true;
  append_range(ToVisit, MainEdges.Files);

  StringSet<> Visited;
  Visited.insert(Main.Real);
  while (!ToVisit.empty()) {
    Located File = std::move(ToVisit.back());
    ToVisit.pop_back();
    if (!Visited.insert(File.Real).second)
      continue;
    if (Changed.contains(File.Real))
      return true;
    // System and third-party headers outside the tree are not followed:
    // what they include is not the project's to change.
    if (!isProjectFile(File.Real))
      continue;
    const Edges &E = edgesOf(File, Path);
    if (E.Uncertain)
      return true;
    append_range(ToVisit, E.Files);
  }
  return false;
}

} // namespace warden
