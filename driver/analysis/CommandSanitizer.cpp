//===- CommandSanitizer.cpp - Allow-list for untrusted compile flags ------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "analysis/CommandSanitizer.h"
#include "clang/Driver/Driver.h"
#include "clang/Driver/Options.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Option/Arg.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Option/Option.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"

namespace warden {
namespace {

namespace options = clang::driver::options;
using llvm::opt::Option;

/// Response files nest; past this depth they are refused (clang itself
/// stops cycles the same way).
constexpr unsigned MaxResponseFileDepth = 8;
/// Bounds what one command may expand to, so that a hostile database
/// cannot make the parent spend its memory on arguments.
constexpr size_t MaxResponseFileBytes = 1 << 20;
constexpr size_t MaxExpandedArguments = 100000;

/// Options outside the -f family that only shape parsing. Checked on the
/// unaliased option, so clang-cl's /D, /I and /FI count as -D, -I and
/// -include.
bool isAllowedOption(const Option &Opt) {
  switch (Opt.getID()) {
  // Macros, include paths and forced includes.
  case options::OPT_D:
  case options::OPT_U:
  case options::OPT_undef:
  case options::OPT_I:
  case options::OPT_I_:
  case options::OPT_F:
  case options::OPT_isystem:
  case options::OPT_isystem_after:
  case options::OPT_iquote:
  case options::OPT_idirafter:
  case options::OPT_iprefix:
  case options::OPT_iwithprefix:
  case options::OPT_iwithprefixbefore:
  case options::OPT_iwithsysroot:
  case options::OPT_iframework:
  case options::OPT_iframeworkwithsysroot:
  case options::OPT_cxx_isystem:
  case options::OPT_stdlibxx_isystem:
  case options::OPT_include:
  case options::OPT_imacros:
  case options::OPT_embed_dir_EQ:
  case options::OPT_isysroot:
  case options::OPT__sysroot:
  case options::OPT__sysroot_EQ:
  case options::OPT_nostdinc:
  case options::OPT_nostdincxx:
  case options::OPT_nostdlibinc:
  case options::OPT_nobuiltininc:
  case options::OPT_ibuiltininc:
  case options::OPT_system_header_prefix:
  case options::OPT_no_system_header_prefix:
  // Language, dialect, target and toolchain (the toolchain only decides
  // which headers are found; with -fsyntax-only nothing is run).
  case options::OPT_x:
  case options::OPT_std_EQ:
  case options::OPT_ansi:
  case options::OPT_ObjC:
  case options::OPT_ObjCXX:
  case options::OPT_stdlib_EQ:
  case options::OPT_target:
  case options::OPT_target_legacy_spelling:
  case options::OPT_driver_mode:
  case options::OPT_gcc_toolchain:
  case options::OPT_gcc_install_dir_EQ:
  case options::OPT_resource_dir:
  case options::OPT_resource_dir_EQ:
  case options::OPT_pthread:
  case options::OPT_pthreads:
  case options::OPT_w:
  case options::OPT_pedantic:
  case options::OPT_pedantic_errors:
  case options::OPT_Qunused_arguments:
  // clang-cl spellings of the same things.
  case options::OPT__SLASH_std:
  case options::OPT__SLASH_EH:
  case options::OPT__SLASH_GR:
  case options::OPT__SLASH_GR_:
  case options::OPT__SLASH_MD:
  case options::OPT__SLASH_MDd:
  case options::OPT__SLASH_MT:
  case options::OPT__SLASH_MTd:
  case options::OPT__SLASH_LD:
  case options::OPT__SLASH_LDd:
  case options::OPT__SLASH_TC:
  case options::OPT__SLASH_TP:
  case options::OPT__SLASH_Tc:
  case options::OPT__SLASH_Tp:
  case options::OPT__SLASH_permissive:
  case options::OPT__SLASH_permissive_:
  case options::OPT__SLASH_imsvc:
  case options::OPT__SLASH_arch:
  case options::OPT__SLASH_O:
  case options::OPT__SLASH_nologo:
    return true;
  default:
    break;
  }
  // Whole families that only select warnings, optimisation, debug info or
  // the target's features; none names a file.
  for (unsigned Group :
       {options::OPT_W_Group, options::OPT_O_Group, options::OPT_g_Group,
        options::OPT_m_Group, options::OPT_LongDouble_Group,
        options::OPT_clang_ignored_m_Group, options::OPT_pedantic_Group})
    if (Opt.matches(Group))
      return true;
  return Opt.getName().starts_with("Zc:"); // clang-cl conformance switches
}

/// The -f options that change the language, the preprocessor's view or
/// the predefined macros, named without the "f" and without "no-". An
/// allow-list rather than the -f group: clang adds -f options every
/// release, and some of them write (-ftime-trace, -fprofile-generate,
/// -fcrash-diagnostics-dir) or load code (-fplugin=, -fpass-plugin=).
const llvm::StringSet<> &allowedLanguageFlags() {
  // Grouped by purpose, several names a line.
  // clang-format off
  static const llvm::StringSet<> Flags = {
      // Dialects and extensions.
      "ms-extensions", "ms-compatibility", "ms-compatibility-version=",
      "msc-version=", "ms-volatile", "delayed-template-parsing",
      "borland-extensions", "declspec", "blocks", "asm", "asm-blocks",
      "gnu-keywords", "gnu89-inline", "gnu-inline-asm", "gnuc-version=",
      "heinous-gnu-extensions", "dollars-in-identifiers", "digraphs",
      "trigraphs", "operator-names", "char8_t", "signed-char",
      "unsigned-char", "short-wchar", "short-enums", "signed-bitfields",
      "unsigned-bitfields", "wchar_t", "pascal-strings", "fixed-point",
      "zvector", "altivec", "force-enable-int128",
      "double-square-bracket-attributes",
      "allow-editor-placeholders", "apple-pragma-pack", "apple-kext",
      "writable-strings", "const-strings", "extended-identifiers",
      "input-charset=", "exec-charset=", "wide-exec-charset=",
      "clang-abi-compat=", "experimental-library", "permissive",
      "relaxed-template-template-args", "gnu", "gnu-runtime",
      "next-runtime", "objc-arc", "objc-runtime=", "objc-weak",
      "objc-exceptions", "objc-arc-exceptions", "openmp", "openmp=",
      "openmp-simd", "openmp-version=", "openacc", "coroutines",
      "coroutines-ts", "concepts-ts", "recovery-ast", "recovery-ast-type",
      // C++ semantics that checkers can see.
      "exceptions", "cxx-exceptions", "async-exceptions", "rtti",
      "rtti-data", "access-control", "elide-constructors",
      "sized-deallocation", "aligned-allocation", "aligned-new=",
      "aligned-new", "new-infallible", "assume-sane-operator-new",
      "threadsafe-statics", "use-cxa-atexit",
      "register-global-dtors-with-atexit",
      "c++-static-destructors", "cxx-static-destructors=",
      "c++-static-destructors=", "complete-member-pointers",
      "constexpr-depth=", "constexpr-steps=", "template-depth=",
      "bracket-depth=", "max-tokens=", "new-alignment=", "max-type-align=",
      "pack-struct=", "pack-struct", "strict-enums", "strict-vtable-pointers",
      "lax-vector-conversions", "lax-vector-conversions=", "builtin",
      "common", "dllexport-inlines", "ms-runtime-lib=", "ms-tls-guards",
      // Flags that set predefined macros (__PIC__, __OPTIMIZE__,
      // __FAST_MATH__, __SSP__, __SANITIZE_ADDRESS__, ...).
      "pic", "PIC", "pie", "PIE", "fast-math", "finite-math-only",
      "math-errno", "unsafe-math-optimizations", "associative-math",
      "reciprocal-math", "signed-zeros", "trapping-math", "honor-nans",
      "honor-infinities", "rounding-math", "fp-contract=", "fp-model=",
      "fp-exception-behavior=", "fp-eval-method=", "excess-precision=",
      "stack-protector", "stack-protector-all", "stack-protector-strong",
      "stack-clash-protection", "sanitize=", "sanitize-recover=",
      "sanitize-recover", "sanitize-trap=", "sanitize-trap",
      "sanitize-minimal-runtime", "sanitize-address-use-after-scope",
      "wrapv", "trapv", "strict-overflow", "strict-aliasing",
      "strict-float-cast-overflow", "cf-protection", "cf-protection=",
      "macro-prefix-map=", "file-prefix-map=", "debug-prefix-map=",
      "inline", "inline-functions", "lto", "lto=", "emulated-tls",
      // Code generation only: harmless, and common in every build.
      "omit-frame-pointer", "function-sections", "data-sections",
      "unique-section-names", "visibility=", "visibility-inlines-hidden",
      "visibility-ms-compat", "visibility-global-new-delete-hidden",
      "unwind-tables", "asynchronous-unwind-tables", "plt",
      "semantic-interposition", "jump-tables", "merge-all-constants",
      "zero-initialized-in-bss", "split-stack", "ident", "unroll-loops",
      "vectorize", "slp-vectorize", "tree-vectorize", "reroll-loops",
      "keep-static-consts", "keep-inline-functions", "finite-loops",
      "stack-check", "instrument-functions", "verbose-asm",
      "record-command-line", "record-gcc-switches", "autolink",
      "trivial-auto-var-init=", "zero-call-used-regs=", "strict-flex-arrays=",
      "hardened", "sanitize-coverage=", "tls-model=", "cx-limited-range",
      "cx-fortran-rules", "align-functions=", "align-functions",
      "align-loops=", "addrsig", "integrated-as", "delete-null-pointer-checks",
      "debug-types-section", "standalone-debug", "eliminate-unused-debug-types",
      "syntax-only",
      // Diagnostics presentation (Warden does not show clang's own).
      "color-diagnostics", "diagnostics-color", "diagnostics-color=",
      "caret-diagnostics", "show-column", "show-source-location",
      "message-length=", "error-limit=", "template-backtrace-limit=",
      "macro-backtrace-limit=", "spell-checking", "elide-type",
      "show-template-tree", "diagnostics-show-option",
      "diagnostics-show-template-tree", "diagnostics-format=",
      "diagnostics-absolute-paths", "diagnostics-show-note-include-stack",
      "diagnostics-fixit-info", "diagnostics-parseable-fixits",
      "diagnostics-show-category=",
  };
  // clang-format on
  return Flags;
}

/// -fno-builtin-memcpy and its kin name a function, not a flag.
bool isAllowedFFlag(const Option &Opt) {
  llvm::StringRef Name = Opt.getName();
  if (!Name.consume_front("f"))
    return false;
  Name.consume_front("no-");
  return allowedLanguageFlags().contains(Name) || Name.starts_with("builtin-");
}

/// What every build's command has and Warden replaces anyway (it parses
/// with -fsyntax-only and writes nothing): dropped without a note, so that
/// the note names only what is unusual.
bool isExpectedOutputFlag(const Option &Opt) {
  switch (Opt.getID()) {
  case options::OPT_c:
  case options::OPT_o:
  case options::OPT_S:
  case options::OPT_E:
  case options::OPT_fsyntax_only:
  case options::OPT_pipe:
  case options::OPT__SLASH_c:
  case options::OPT__SLASH_Fo:
  case options::OPT__SLASH_Fd:
    return true;
  default:
    return false;
  }
}

/// -x takes a value that can turn the input into something other than
/// source text (-x ast and -x ir read a serialised AST or LLVM IR): only
/// the source languages are kept.
bool isAllowedValue(const llvm::opt::Arg &A, const Option &Opt) {
  if (Opt.matches(options::OPT_x))
    return llvm::is_contained(
        {"c", "c++", "objective-c", "objective-c++", "c-header", "c++-header",
         "objective-c-header", "objective-c++-header", "cpp-output",
         "c++-cpp-output", "objective-c-cpp-output",
         "objective-c++-cpp-output", "cuda", "hip", "cl"},
        llvm::StringRef(A.getValue()));
  return true;
}

bool isDriverModeArgument(const std::string &Arg) {
  return llvm::StringRef(Arg).starts_with("--driver-mode=");
}

/// The C family's drivers; --driver-mode=dxc or flang would read another
/// language.
bool isAllowedDriverMode(llvm::StringRef Mode) {
  return llvm::is_contained({"gcc", "g++", "cpp", "cl"}, Mode);
}

enum class Verdict { Keep, DropQuietly, Drop };

Verdict judge(const llvm::opt::Arg &A) {
  Option Opt = A.getOption().getUnaliasedOption();
  if (Opt.getKind() == Option::InputClass)
    return Verdict::Keep;
  // "--" makes everything after it a file name, which clang-cl commands
  // need for absolute Unix paths (CMake writes "-- /src/a.c").
  if (Opt.getKind() == Option::RemainingArgsClass && A.getSpelling() == "--")
    return Verdict::Keep;
  if (isExpectedOutputFlag(Opt))
    return Verdict::DropQuietly;
  if (!isAllowedValue(A, Opt))
    return Verdict::Drop;
  if (isAllowedOption(Opt) || isAllowedFFlag(Opt) ||
      Opt.matches(options::OPT_clang_ignored_f_Group) ||
      Opt.matches(options::OPT_clang_ignored_gcc_optimization_f_Group))
    return Verdict::Keep;
  return Verdict::Drop;
}

/// Arguments are echoed in notes: control characters (and anything not
/// plain ASCII) are shown as \xNN and long ones cut, so that a hostile
/// database cannot write escape sequences to the terminal.
std::string printable(llvm::StringRef Text, size_t MaxShown = 256) {
  std::string Out;
  for (char C : Text.take_front(MaxShown)) {
    unsigned char U = static_cast<unsigned char>(C);
    if (U >= 0x20 && U < 0x7f) {
      Out += C;
    } else {
      static const char Hex[] = "0123456789abcdef";
      Out += "\\x";
      Out += Hex[U >> 4];
      Out += Hex[U & 15];
    }
  }
  if (Text.size() > MaxShown)
    Out += "...";
  return Out;
}

void addOnce(std::vector<std::string> &List, std::string Item) {
  if (!llvm::is_contained(List, Item))
    List.push_back(std::move(Item));
}

bool isInside(llvm::StringRef Path, llvm::StringRef Root) {
  if (Root.empty() || !Path.starts_with(Root))
    return false;
  return Path.size() == Root.size() ||
         llvm::sys::path::is_separator(Path[Root.size()]) ||
         llvm::sys::path::is_separator(Root.back());
}

/// Expands @file arguments in place, reading only files whose real path is
/// inside a root. Nested response files are relative to the file naming
/// them, as clang reads them.
class ResponseFileExpander {
public:
  ResponseFileExpander(llvm::ArrayRef<std::string> Roots, bool WindowsSyntax,
                       SanitizedCommand &Out)
      : WindowsSyntax(WindowsSyntax), Out(Out) {
    for (const std::string &Root : Roots) {
      llvm::SmallString<256> Real;
      if (!Root.empty() && !llvm::sys::fs::real_path(Root, Real))
        RealRoots.push_back(std::string(Real));
    }
  }

  void expand(llvm::ArrayRef<std::string> Args, llvm::StringRef BaseDir,
              unsigned Depth, std::vector<std::string> &Into) {
    for (const std::string &Arg : Args) {
      if (Into.size() >= MaxExpandedArguments)
        return;
      if (Arg.empty() || Arg[0] != '@') {
        Into.push_back(Arg);
        continue;
      }
      llvm::StringRef Name = llvm::StringRef(Arg).drop_front();
      std::optional<std::string> Text = read(Name, BaseDir, Depth);
      if (!Text) {
        addOnce(Out.RefusedResponseFiles, printable(Name));
        continue;
      }
      llvm::BumpPtrAllocator Alloc;
      llvm::StringSaver Saver(Alloc);
      llvm::SmallVector<const char *, 32> Tokens;
      if (WindowsSyntax)
        llvm::cl::TokenizeWindowsCommandLine(*Text, Saver, Tokens);
      else
        llvm::cl::TokenizeGNUCommandLine(*Text, Saver, Tokens);
      std::vector<std::string> Nested;
      for (const char *T : Tokens)
        if (T)
          Nested.emplace_back(T);
      llvm::SmallString<256> Dir(LastRead);
      llvm::sys::path::remove_filename(Dir);
      expand(Nested, Dir, Depth + 1, Into);
    }
  }

private:
  std::optional<std::string> read(llvm::StringRef Name, llvm::StringRef BaseDir,
                                  unsigned Depth) {
    if (Depth >= MaxResponseFileDepth || RealRoots.empty())
      return std::nullopt;
    llvm::SmallString<256> Path(Name);
    if (!llvm::sys::path::is_absolute(Path)) {
      Path = BaseDir;
      llvm::sys::path::append(Path, Name);
    }
    llvm::SmallString<256> Real;
    if (llvm::sys::fs::real_path(Path, Real) ||
        !llvm::any_of(RealRoots, [&](const std::string &Root) {
          return isInside(Real, Root);
        }))
      return std::nullopt;
    llvm::sys::fs::file_status Status;
    if (llvm::sys::fs::status(Real, Status) ||
        !llvm::sys::fs::is_regular_file(Status) ||
        Status.getSize() > MaxResponseFileBytes)
      return std::nullopt;
    auto Buffer = llvm::MemoryBuffer::getFile(Real, /*IsText=*/true);
    if (!Buffer)
      return std::nullopt;
    LastRead = std::string(Real);
    return (*Buffer)->getBuffer().str();
  }

  bool WindowsSyntax;
  SanitizedCommand &Out;
  std::vector<std::string> RealRoots;
  std::string LastRead;
};

/// How a dropped option is named in the warning: the option table's
/// spelling, or for an unknown option its text up to an '=' (the value is
/// often a path and need not be repeated).
llvm::StringRef spellingOf(const llvm::opt::Arg &A, llvm::StringRef Text) {
  if (A.getOption().getKind() != Option::UnknownClass)
    return A.getSpelling();
  size_t Equals = Text.find('=');
  return Equals == llvm::StringRef::npos ? Text : Text.take_front(Equals + 1);
}

/// Keeps the allowed options of Args (no compiler in front), appending
/// them to Out.Arguments.
void filterOptions(llvm::ArrayRef<std::string> Args, bool ClMode,
                   llvm::StringRef Directory, SanitizedCommand &Out) {
  std::vector<const char *> Pointers;
  Pointers.reserve(Args.size());
  for (const std::string &A : Args)
    Pointers.push_back(A.c_str());
  unsigned MissingIndex = 0, MissingCount = 0;
  llvm::opt::InputArgList Parsed = clang::driver::getDriverOptTable().ParseArgs(
      Pointers, MissingIndex, MissingCount,
      llvm::opt::Visibility(ClMode ? options::CLOption : options::ClangOption));
  unsigned End = MissingCount ? MissingIndex : Args.size();
  if (MissingCount)
    addOnce(Out.DroppedFlags, printable(Args[MissingIndex], 64));

  std::vector<const llvm::opt::Arg *> InOrder(Parsed.begin(), Parsed.end());
  for (size_t K = 0; K < InOrder.size(); ++K) {
    const llvm::opt::Arg &A = *InOrder[K];
    // An option owns the argv entries up to the next option: its separate
    // values (and empty strings, which clang skips).
    unsigned First = A.getIndex();
    unsigned Last = K + 1 < InOrder.size() ? InOrder[K + 1]->getIndex() : End;
    Verdict V = judge(A);
    // clang-cl reads "/src/a.c" as an unknown option; clang treats it as
    // the input file it names, and so does Warden.
    if (V == Verdict::Drop && ClMode &&
        A.getOption().getKind() == Option::UnknownClass) {
      llvm::SmallString<256> Path(A.getSpelling());
      llvm::sys::fs::make_absolute(Directory, Path);
      if (llvm::sys::fs::is_regular_file(Path))
        V = Verdict::Keep;
    }
    if (V == Verdict::Keep) {
      Out.Arguments.insert(Out.Arguments.end(), Args.begin() + First,
                           Args.begin() + Last);
      continue;
    }
    if (V == Verdict::Drop)
      addOnce(Out.DroppedFlags, printable(spellingOf(A, Args[First])));
  }
}

} // namespace

SanitizedCommand
sanitizeCompileCommand(llvm::ArrayRef<std::string> Command,
                       llvm::StringRef Directory,
                       llvm::ArrayRef<std::string> ResponseFileRoots) {
  SanitizedCommand Out;
  if (Command.empty())
    return Out;
  std::vector<const char *> Pointers;
  for (const std::string &A : Command)
    Pointers.push_back(A.c_str());
  // clang chooses its tokenizer before it expands response files.
  bool WindowsSyntax = clang::driver::IsClangCL(
      clang::driver::getDriverMode(Command.front(), Pointers));
  std::vector<std::string> Expanded;
  ResponseFileExpander Expander(ResponseFileRoots, WindowsSyntax, Out);
  Expander.expand(Command.drop_front(), Directory, 0, Expanded);

  // clang finds --driver-mode= by scanning every argument, even the value
  // of another option, so the mode is settled here, as clang would settle
  // it, before options are judged: every --driver-mode= goes, and one
  // stating the mode comes back right after the compiler. A mode outside
  // the C family falls back to the one the compiler's name implies.
  Pointers.clear();
  for (const std::string &A : Expanded)
    Pointers.push_back(A.c_str());
  llvm::StringRef Requested =
      clang::driver::getDriverMode(Command.front(), Pointers);
  bool Explicit = llvm::any_of(Expanded, isDriverModeArgument);
  std::string Mode = Requested.str();
  if (Explicit && !isAllowedDriverMode(Mode)) {
    addOnce(Out.DroppedFlags, "--driver-mode=");
    Mode = clang::driver::getDriverMode(Command.front(), {}).str();
    Explicit = false;
  }
  llvm::erase_if(Expanded, isDriverModeArgument);

  Out.Arguments.push_back(Command.front());
  if (Explicit)
    Out.Arguments.push_back("--driver-mode=" + Mode);
  filterOptions(Expanded, clang::driver::IsClangCL(Mode), Directory, Out);
  return Out;
}

SanitizedCommand sanitizeFlags(llvm::ArrayRef<std::string> Flags) {
  SanitizedCommand Out;
  std::vector<std::string> Expanded;
  ResponseFileExpander NoFiles({}, /*WindowsSyntax=*/false, Out);
  NoFiles.expand(Flags, "", 0, Expanded);
  // Added to every command, a mode would change how all of it is read.
  if (llvm::any_of(Expanded, isDriverModeArgument))
    addOnce(Out.DroppedFlags, "--driver-mode=");
  llvm::erase_if(Expanded, isDriverModeArgument);
  filterOptions(Expanded, /*ClMode=*/false, "", Out);
  return Out;
}

bool isKnownHazardousFlag(llvm::StringRef Flag) {
  // clang-format off
  static const char *const Prefixes[] = {
      "-M", "-o", "--output", "--serialize-diagnostics", "-X", "-mllvm",
      "-fplugin", "-fpass-plugin", "-load", "-Wp,", "-Wl,", "-Wa,",
      "--config", "-stats-file", "-ftime-trace", "-save-temps",
      "--save-temps", "-dependency-dot", "-dependency-file",
      "-header-include-file", "-fprofile", "-fcrash-diagnostics",
      "-fmodules", "-fmodule-file", "-fsave-optimization-record",
      "-foptimization-record", "-fproc-stat-report", "-include-pch",
      "-ivfsoverlay", "-B", "-cc1", "-fdepfile", "-module-dir",
      "-fbuild-session-file", "-gen-reproducer", "-fsanitize-ignorelist",
      "/Fo", "/Fp", "/Fd", "/Fa", "/Fe", "/FA", "/Fi", "/Yc", "/Yu",
      "/clang:", "/sourceDependencies", "/showIncludes", "/P"};
  // clang-format on
  return llvm::any_of(Prefixes,
                      [&](const char *P) { return Flag.starts_with(P); });
}

} // namespace warden
