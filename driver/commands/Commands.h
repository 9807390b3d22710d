//===- Commands.h - The subcommands of warden -------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_COMMANDS_COMMANDS_H
#define WARDEN_DRIVER_COMMANDS_COMMANDS_H

#include "commands/Session.h"
#include "llvm/Support/CommandLine.h"
#include <optional>
#include <string>
#include <vector>

namespace warden {

/// What main() saw, for commands that record their own invocation.
struct Invocation {
  /// argv as given, for SARIF's invocation record.
  std::vector<std::string> Arguments;
  /// Compiler flags after "--", when given.
  std::optional<std::vector<std::string>> FixedFlags;
};

// The subcommands are function-local statics: options in other files name
// them during static initialisation, whose order across files is unknown.
llvm::cl::SubCommand &checkCommand();
llvm::cl::SubCommand &listRulesCommand();
llvm::cl::SubCommand &explainCommand();
llvm::cl::SubCommand &initCommand();
llvm::cl::SubCommand &baselineCommand();
llvm::cl::SubCommand &suppressCommand();
llvm::cl::SubCommand &mergeCommand();
llvm::cl::SubCommand &reportCommand();

int runCheck(const Invocation &Inv);
int runListRules(const Invocation &Inv);
int runExplain(const Invocation &Inv);
int runInit(const Invocation &Inv);
int runBaseline(const Invocation &Inv);
int runSuppress(const Invocation &Inv);
int runMerge(const Invocation &Inv);
int runReport(const Invocation &Inv);

/// --config, --no-config and --plugin, shared by the rule-aware commands.
SessionFlags sessionFlagsFromCommandLine();

} // namespace warden

#endif // WARDEN_DRIVER_COMMANDS_COMMANDS_H
