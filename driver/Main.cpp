//===- Main.cpp - The warden command ---------------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"
#include "support/InstallLayout.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"
#include <cstring>

using namespace llvm;
using namespace warden;

static const char ExitCodesText[] = R"(
EXIT CODES:
  0  the gate passed
  1  the gate failed: findings at or above --fail-on
  2  usage or configuration error (bad flag, TOML, rule, plugin)
  3  analysis incomplete: a translation unit failed or had compile errors

Documentation: docs/cli.md, docs/configuration.md, docs/rules/.
)";
static cl::extrahelp ExitCodes(ExitCodesText);

static void printVersion(raw_ostream &OS) {
  OS << "Warden " << wardenVersion() << " (LLVM " LLVM_VERSION_STRING ")\n";
}

static void printUsage() {
  errs() << "usage: warden <command> [options]\n\n"
            "commands:\n"
            "  check        analyse translation units and report findings\n"
            "  baseline     record the current findings (gate on new ones)\n"
            "  suppress     add a justified deviation to the register\n"
            "  merge        merge SARIF logs of shards into one run\n"
            "  report       write the compliance report of SARIF logs\n"
            "  list-rules   list the rules and packs\n"
            "  explain      show a rule's rationale, mapping and options\n"
            "  init         write a starter .warden.toml\n\n"
            "'warden <command> --help' describes a command's options.\n";
}

int main(int Argc, const char **Argv) {
  InitLLVM Init(Argc, Argv);
  initInstallLayout(Argv[0]);
  cl::SetVersionPrinter(printVersion);

  Invocation Inv;
  Inv.Arguments.assign(Argv, Argv + Argc);
  // Like clang-tidy: everything after "--" is compiler flags.
  int ToolArgc = Argc;
  for (int I = 1; I < Argc; ++I)
    if (std::strcmp(Argv[I], "--") == 0) {
      Inv.FixedFlags.emplace(Argv + I + 1, Argv + Argc);
      ToolArgc = I;
      break;
    }

  if (ToolArgc < 2) {
    printUsage();
    return ExitUsage;
  }
  StringRef Command = Argv[1];
  bool Known = StringSwitch<bool>(Command)
                   .Cases("check", "baseline", "suppress", "merge", "report",
                          "list-rules", "explain", "init", true)
                   .Default(false);
  // The top level has no options of its own; its --help would list every
  // option LLVM registers, so print Warden's usage instead.
  if (Command == "--help" || Command == "-help" || Command == "-h") {
    printUsage();
    errs() << ExitCodesText;
    return ExitPassed;
  }
  if (!Known && !Command.starts_with("-")) {
    errs() << "warden: error: unknown command '" << Command << "'\n";
    printUsage();
    return ExitUsage;
  }

  std::string Errors;
  raw_string_ostream ErrorStream(Errors);
  if (!cl::ParseCommandLineOptions(ToolArgc, Argv,
                                   "Warden: secure-coding checker for health "
                                   "software (EN IEC 81001-5-1)\n",
                                   &ErrorStream)) {
    errs() << ErrorStream.str();
    return ExitUsage;
  }
  if (Inv.FixedFlags && !checkCommand() && !baselineCommand()) {
    errs() << "warden: error: '--' and compiler flags are only accepted by "
              "'warden check' and 'warden baseline'\n";
    return ExitUsage;
  }
  if (checkCommand())
    return runCheck(Inv);
  if (listRulesCommand())
    return runListRules(Inv);
  if (explainCommand())
    return runExplain(Inv);
  if (initCommand())
    return runInit(Inv);
  if (baselineCommand())
    return runBaseline(Inv);
  if (suppressCommand())
    return runSuppress(Inv);
  if (mergeCommand())
    return runMerge(Inv);
  if (reportCommand())
    return runReport(Inv);
  printUsage();
  return ExitUsage;
}
