//===- RuleDocs.cpp - A rule's help, from its definition ------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "output/RuleDocs.h"
#include "llvm/ADT/StringExtras.h"

namespace warden {

static std::string quote(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out.push_back('\\');
    Out.push_back(C);
  }
  return Out + "\"";
}

std::string formatOptionValue(const OptionValue &V) {
  if (const auto *B = std::get_if<bool>(&V))
    return *B ? "true" : "false";
  if (const auto *I = std::get_if<int64_t>(&V))
    return std::to_string(*I);
  if (const auto *D = std::get_if<double>(&V))
    return formatNumber(*D);
  if (const auto *S = std::get_if<std::string>(&V))
    return quote(*S);
  if (const auto *L = std::get_if<StringList>(&V)) {
    std::vector<std::string> Items;
    for (const std::string &S : *L)
      Items.push_back(quote(S));
    return "[" + llvm::join(Items, ", ") + "]";
  }
  const auto &M = std::get<StringMap>(V);
  std::vector<std::string> Items;
  for (const auto &[K, Val] : M)
    Items.push_back(quote(K) + " = " + quote(Val));
  return Items.empty() ? "{}" : "{ " + llvm::join(Items, ", ") + " }";
}

std::string securitySeverity(const Rule &R, Level Severity) {
  if (!R.SecuritySeverity.empty())
    return R.SecuritySeverity;
  switch (Severity) {
  case Level::Error:
    return "8.0";
  case Level::Warning:
    return "5.0";
  default:
    return "2.0";
  }
}

std::vector<std::string> mappingTags(const RuleMapping &M) {
  std::vector<std::string> Tags;
  for (const std::string &C : M.Cwe)
    Tags.push_back("external/cwe/" + llvm::StringRef(C).lower());
  for (const std::string &C : M.Cert)
    Tags.push_back("CERT:" + C);
  for (const std::string &C : M.MisraC)
    Tags.push_back("MISRA-C:" + C);
  for (const std::string &C : M.MisraCpp)
    Tags.push_back("MISRA-C++:" + C);
  return Tags;
}

static std::string mappingLine(const RuleMapping &M) {
  std::vector<std::string> Parts;
  if (!M.Cwe.empty())
    Parts.push_back(llvm::join(M.Cwe, ", "));
  if (!M.Cert.empty())
    Parts.push_back("SEI CERT " + llvm::join(M.Cert, ", "));
  if (!M.MisraC.empty())
    Parts.push_back("MISRA C:2012 " + llvm::join(M.MisraC, ", "));
  if (!M.MisraCpp.empty())
    Parts.push_back("MISRA C++:2023 " + llvm::join(M.MisraCpp, ", "));
  return Parts.empty() ? "none" : llvm::join(Parts, "; ");
}

std::string ruleHelpText(const RuleDocInput &In) {
  const Rule &R = In.Definition;
  std::string S = R.Id + ": " + R.Title + "\n";
  S += "Level: " + levelName(In.Severity).str() + "\n";
  S += "Mapping: " + mappingLine(R.Mapping) + "\n";
  if (!In.Packs.empty())
    S += "Packs: " + llvm::join(In.Packs, ", ") + "\n";
  if (!R.Rationale.empty())
    S += "\n" + llvm::StringRef(R.Rationale).trim().str() + "\n";
  if (!R.Help.empty())
    S += "\n" + llvm::StringRef(R.Help).trim().str() + "\n";
  if (!R.ExampleBad.empty())
    S += "\nNon-compliant:\n" + llvm::StringRef(R.ExampleBad).rtrim().str() +
         "\n";
  if (!R.ExampleGood.empty())
    S += "\nCompliant:\n" + llvm::StringRef(R.ExampleGood).rtrim().str() +
         "\n";
  S += "\nChecker: " + In.Checker.Id + " (" + In.Checker.Summary + ")\n";
  if (!In.Checker.Options.empty()) {
    S += "Options:\n";
    for (const OptionSpec &O : In.Checker.Options)
      S += "  " + O.Name + " = " +
           formatOptionValue(In.Options.all().at(O.Name)) + "\n      " +
           O.Description + "\n";
  }
  return S;
}

/// A fenced code block whose fence is longer than any backtick run inside.
static std::string codeBlock(llvm::StringRef Code, llvm::StringRef Lang) {
  std::string Fence = "```";
  while (Code.contains(Fence))
    Fence += "`";
  return Fence + Lang.str() + "\n" + Code.rtrim().str() + "\n" + Fence + "\n";
}

std::string ruleHelpMarkdown(const RuleDocInput &In) {
  const Rule &R = In.Definition;
  std::string S = "# " + R.Id + "\n\n**" + R.Title + "**\n\n";
  S += "| | |\n|---|---|\n";
  S += "| Level | " + levelName(In.Severity).str() + " |\n";
  S += "| CWE | " + (R.Mapping.Cwe.empty() ? "–" : llvm::join(R.Mapping.Cwe, ", ")) + " |\n";
  S += "| SEI CERT | " + (R.Mapping.Cert.empty() ? "–" : llvm::join(R.Mapping.Cert, ", ")) + " |\n";
  S += "| MISRA C:2012 | " + (R.Mapping.MisraC.empty() ? "–" : llvm::join(R.Mapping.MisraC, ", ")) + " |\n";
  S += "| MISRA C++:2023 | " + (R.Mapping.MisraCpp.empty() ? "–" : llvm::join(R.Mapping.MisraCpp, ", ")) + " |\n";
  if (!In.Packs.empty())
    S += "| Packs | " + llvm::join(In.Packs, ", ") + " |\n";
  S += "| Checker | `" + In.Checker.Id + "` |\n\n";
  if (!R.Rationale.empty())
    S += "## Why\n\n" + llvm::StringRef(R.Rationale).trim().str() + "\n\n";
  if (!R.Help.empty())
    S += "## What to do\n\n" + llvm::StringRef(R.Help).trim().str() + "\n\n";
  if (!R.ExampleBad.empty())
    S += "## Non-compliant\n\n" + codeBlock(R.ExampleBad, "c") + "\n";
  if (!R.ExampleGood.empty())
    S += "## Compliant\n\n" + codeBlock(R.ExampleGood, "c") + "\n";
  if (!In.Checker.Options.empty()) {
    S += "## Options\n\n| Option | Value | Meaning |\n|---|---|---|\n";
    for (const OptionSpec &O : In.Checker.Options) {
      std::string Value = formatOptionValue(In.Options.all().at(O.Name));
      // Keep the table intact: pipes inside values would split cells.
      llvm::SmallString<64> Escaped;
      for (char C : Value) {
        if (C == '|')
          Escaped += "\\";
        Escaped.push_back(C);
      }
      S += "| `" + O.Name + "` | `" + std::string(Escaped) + "` | " +
           O.Description + " |\n";
    }
    S += "\n";
  }
  S += "MISRA references are for alignment only; they are not a MISRA "
       "compliance claim.\n";
  return S;
}

} // namespace warden
