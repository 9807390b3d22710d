//===- CompileCommandFuzzer.cpp - Fuzz the compile-command sanitiser ------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A compile database is untrusted input: its arguments go through
/// sanitizeCompileCommand before clang sees them. The input is an argument
/// vector (arguments separated by NUL bytes); its first byte chooses the
/// compiler, clang or clang-cl. Beyond not crashing, the sanitiser must
///  - leave no option that writes a file, loads code or reads
///    configuration, as clang's own option parser reads the result (an
///    oracle written independently of the allow-list: a name list);
///  - leave no response file (@file) behind: with no roots none is read;
///  - be idempotent: its output passes through unchanged, nothing dropped.
///
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "analysis/CommandSanitizer.h"
#include "clang/Driver/Options.h"
#include "llvm/Option/Arg.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include <cstdio>
#include <cstdlib>

using namespace warden;

static void fail(const char *What, llvm::StringRef Arg) {
  std::fprintf(stderr, "CompileCommandFuzzer: %s: '%.*s'\n", What,
               static_cast<int>(Arg.size()), Arg.data());
  std::abort();
}

/// Every option in Args as clang (not clang-cl) reads them must be safe.
static void checkNoHazard(const std::vector<std::string> &Args) {
  std::vector<const char *> Pointers;
  for (size_t I = 1; I < Args.size(); ++I)
    Pointers.push_back(Args[I].c_str());
  unsigned MissingIndex = 0, MissingCount = 0;
  llvm::opt::InputArgList Parsed = clang::driver::getDriverOptTable().ParseArgs(
      Pointers, MissingIndex, MissingCount,
      llvm::opt::Visibility(clang::driver::options::ClangOption));
  if (MissingCount)
    fail("an option lacks its value", Args[MissingIndex + 1]);
  for (const llvm::opt::Arg *A : Parsed) {
    if (A->getOption().getKind() == llvm::opt::Option::RemainingArgsClass)
      break; // after "--" everything is a file name
    if (A->getOption().getKind() == llvm::opt::Option::InputClass) {
      if (llvm::StringRef(A->getValue()).starts_with("@"))
        fail("a response file survived", A->getValue());
      continue;
    }
    if (isKnownHazardousFlag(A->getSpelling()))
      fail("a hazardous option survived", A->getSpelling());
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::asText(Data, Size);
  bool ClangCl = !Text.empty() && (Text.front() & 1);
  if (!Text.empty())
    Text = Text.drop_front();
  std::vector<std::string> Command = {ClangCl ? "clang-cl" : "clang"};
  while (!Text.empty()) {
    auto [Arg, Rest] = Text.split('\0');
    Command.push_back(Arg.str());
    Text = Rest;
  }

  SanitizedCommand Once = sanitizeCompileCommand(Command, "/nonexistent", {});
  if (Once.Arguments.empty() || Once.Arguments.front() != Command.front())
    fail("the compiler was not kept", Command.front());
  if (!ClangCl)
    checkNoHazard(Once.Arguments);

  SanitizedCommand Twice =
      sanitizeCompileCommand(Once.Arguments, "/nonexistent", {});
  if (Twice.Arguments != Once.Arguments)
    fail("not idempotent", Once.Arguments.back());
  if (!Twice.DroppedFlags.empty())
    fail("the second pass dropped", Twice.DroppedFlags.front());
  if (!Twice.RefusedResponseFiles.empty())
    fail("the second pass refused", Twice.RefusedResponseFiles.front());

  SanitizedCommand Flags =
      sanitizeFlags(llvm::ArrayRef<std::string>(Command).drop_front());
  if (sanitizeFlags(Flags.Arguments).Arguments != Flags.Arguments)
    fail("sanitizeFlags is not idempotent", Command.back());
  return 0;
}
