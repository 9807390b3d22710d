//===- Commands.cpp - The subcommands of warden ---------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "commands/Commands.h"

namespace warden {

llvm::cl::SubCommand &checkCommand() {
  static llvm::cl::SubCommand Command(
      "check", "Analyse translation units and report findings");
  return Command;
}

llvm::cl::SubCommand &listRulesCommand() {
  static llvm::cl::SubCommand Command("list-rules",
                                      "List the rules and where they apply");
  return Command;
}

llvm::cl::SubCommand &explainCommand() {
  static llvm::cl::SubCommand Command(
      "explain", "Show a rule's rationale, mapping, options and examples");
  return Command;
}

llvm::cl::SubCommand &initCommand() {
  static llvm::cl::SubCommand Command(
      "init", "Write a starter .warden.toml in the working directory");
  return Command;
}

llvm::cl::SubCommand &baselineCommand() {
  static llvm::cl::SubCommand Command(
      "baseline", "Record the current findings, to gate on new ones only");
  return Command;
}

llvm::cl::SubCommand &suppressCommand() {
  static llvm::cl::SubCommand Command(
      "suppress", "Add a justified deviation for a finding to the register");
  return Command;
}

llvm::cl::SubCommand &mergeCommand() {
  static llvm::cl::SubCommand Command(
      "merge", "Merge SARIF logs of shards into one run");
  return Command;
}

llvm::cl::SubCommand &reportCommand() {
  static llvm::cl::SubCommand Command(
      "report", "Write the compliance report (HTML or Markdown) of SARIF logs");
  return Command;
}

} // namespace warden
