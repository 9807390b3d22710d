//===- Register.cpp - The external deviation register ---------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "suppressions/Register.h"
#include "config/TomlReader.h"
#include "suppressions/Directive.h"
#include "support/AtomicFile.h"
#include "llvm/Support/FileSystem.h"
#include "support/Glob.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdio>

namespace warden {

llvm::StringRef suppressionKindName(SuppressionKind K) {
  return K == SuppressionKind::InSource ? "inSource" : "external";
}

llvm::StringRef suppressionStatusName(SuppressionStatus S) {
  switch (S) {
  case SuppressionStatus::Accepted:
    return "accepted";
  case SuppressionStatus::UnderReview:
    return "underReview";
  case SuppressionStatus::Rejected:
    return "rejected";
  }
  return "accepted";
}

/// A date field: a TOML date (2027-06-30) or a string in that form.
static std::string readDate(TableReader &R, llvm::StringRef Key) {
  const toml::node *N = R.node(Key);
  if (!N)
    return "";
  if (const auto *D = N->as_date()) {
    const toml::date &V = D->get();
    char Buffer[16];
    std::snprintf(Buffer, sizeof Buffer, "%04u-%02u-%02u", unsigned(V.year),
                  unsigned(V.month), unsigned(V.day));
    return Buffer;
  }
  if (const auto *S = N->as_string())
    if (isValidDate(S->get()))
      return std::string(S->get());
  R.error(*N, "'" + Key + "' in " + R.what() +
                  " must be a date such as 2027-06-30, not " +
                  describeTomlType(*N));
  return "";
}

llvm::Expected<std::vector<RegisterEntry>> loadRegister(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return makeError("cannot read '" + Path +
                     "': " + Buffer.getError().message());
  return parseRegister(Path, (*Buffer)->getBuffer());
}

llvm::Expected<std::vector<RegisterEntry>>
parseRegister(llvm::StringRef Path, llvm::StringRef Text) {
  llvm::Expected<toml::table> Root = parseToml(Path, Text);
  if (!Root)
    return Root.takeError();
  ProblemList Problems;
  TableReader Top(Path, *Root, "the deviation register", Problems);
  std::vector<RegisterEntry> Entries;
  if (const toml::node *N = Top.node("deviation")) {
    const toml::array *A = N->as_array();
    if (!A || !A->is_array_of_tables()) {
      Top.error(*N, "'deviation' must be an array of tables ([[deviation]])");
    } else {
      for (const toml::node &Node : *A) {
        RegisterEntry E;
        E.Where.File = Path.str();
        E.Where.StartLine = E.Where.EndLine = Node.source().begin.line;
        E.Where.StartColumn = Node.source().begin.column;
        E.Where.EndColumn = E.Where.StartColumn + 1;
        TableReader R(Path, *Node.as_table(),
                      "the deviation at line " +
                          std::to_string(E.Where.StartLine),
                      Problems);
        E.Rule = R.string("rule", /*Required=*/true).value_or("");
        E.Path = R.string("path", /*Required=*/true).value_or("");
        if (!E.Path.empty())
          if (llvm::Error Err = compileGlob(E.Path).takeError())
            R.errorAtKey("path", "invalid path glob '" + E.Path + "': " +
                                     llvm::toString(std::move(Err)));
        E.Symbol = R.string("symbol").value_or("");
        E.Fingerprint = R.string("fingerprint").value_or("");
        E.Justification =
            R.string("justification", /*Required=*/true).value_or("");
        std::string Status = R.string("status").value_or("accepted");
        if (Status == "accepted")
          E.Status = SuppressionStatus::Accepted;
        else if (Status == "under-review")
          E.Status = SuppressionStatus::UnderReview;
        else if (Status == "rejected")
          E.Status = SuppressionStatus::Rejected;
        else
          R.errorAtKey("status", "invalid status '" + Status + "' in " +
                                     R.what() +
                                     "; expected accepted, under-review or "
                                     "rejected");
        E.Fields.Author = R.string("author").value_or("");
        E.Fields.Approver = R.string("approver").value_or("");
        E.Fields.Ticket = R.string("ticket").value_or("");
        E.Fields.Risk = R.string("risk").value_or("");
        E.Fields.Date = readDate(R, "date");
        E.Fields.Expires = readDate(R, "expires");
        R.reportUnknownKeys();
        Entries.push_back(std::move(E));
      }
    }
  }
  Top.reportUnknownKeys();
  if (llvm::Error E = Problems.takeError())
    return std::move(E);
  return Entries;
}

/// A TOML basic string.
static std::string quoted(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    switch (C) {
    case '"':
      Out += "\\\"";
      break;
    case '\\':
      Out += "\\\\";
      break;
    case '\n':
      Out += "\\n";
      break;
    case '\t':
      Out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(C) < 0x20) {
        char Buffer[8];
        std::snprintf(Buffer, sizeof Buffer, "\\u%04x", unsigned(C));
        Out += Buffer;
      } else {
        Out.push_back(C);
      }
    }
  }
  return Out + "\"";
}

std::string formatRegisterEntry(const RegisterEntry &E) {
  std::string S = "[[deviation]]\n";
  auto Line = [&](llvm::StringRef Key, llvm::StringRef Value) {
    if (!Value.empty())
      S += Key.str() + " = " + quoted(Value) + "\n";
  };
  auto DateLine = [&](llvm::StringRef Key, llvm::StringRef Value) {
    if (!Value.empty())
      S += Key.str() + " = " + Value.str() + "\n";
  };
  Line("rule", E.Rule);
  Line("path", E.Path);
  Line("symbol", E.Symbol);
  Line("fingerprint", E.Fingerprint);
  Line("justification", E.Justification);
  Line("status", E.Status == SuppressionStatus::Accepted      ? "accepted"
                 : E.Status == SuppressionStatus::UnderReview ? "under-review"
                                                              : "rejected");
  Line("author", E.Fields.Author);
  Line("approver", E.Fields.Approver);
  DateLine("date", E.Fields.Date);
  DateLine("expires", E.Fields.Expires);
  Line("ticket", E.Fields.Ticket);
  Line("risk", E.Fields.Risk);
  return S;
}

llvm::Error appendRegisterEntry(llvm::StringRef Path, const RegisterEntry &E) {
  std::string Text;
  if (llvm::sys::fs::exists(Path)) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer)
      return makeError("cannot read '" + Path +
                       "': " + Buffer.getError().message());
    Text = (*Buffer)->getBuffer().str();
    // Refuse to append to a register that is already broken: the user must
    // see and fix that first.
    if (llvm::Error Err = parseToml(Path, Text).takeError())
      return Err;
  } else {
    Text = "# Deviation register: justified deviations from the secure coding\n"
           "# standard (docs/suppressions.md). Reviewed like code.\n";
  }
  if (!Text.empty() && Text.back() != '\n')
    Text.push_back('\n');
  Text += "\n" + formatRegisterEntry(E);
  if (llvm::Error Err = parseToml(Path, Text).takeError())
    return Err;
  return writeFileAtomically(Path, Text, WriteKind::ProjectRecord);
}

} // namespace warden
