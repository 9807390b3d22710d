//===- Directive.cpp - In-source suppression comments ---------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "suppressions/Directive.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include <algorithm>
#include <ctime>

namespace warden {

static constexpr llvm::StringLiteral Marker = "warden-ignore";

/// The comment's text without its delimiters and leading decoration.
static llvm::StringRef commentBody(llvm::StringRef Comment) {
  if (Comment.consume_front("//")) {
    Comment = Comment.ltrim("/!");
  } else if (Comment.consume_front("/*")) {
    Comment.consume_back("*/");
    Comment = Comment.ltrim("*!");
  }
  return Comment.trim();
}

bool isValidDate(llvm::StringRef Date) {
  if (Date.size() != 10 || Date[4] != '-' || Date[7] != '-')
    return false;
  unsigned Year, Month, Day;
  if (Date.substr(0, 4).getAsInteger(10, Year) ||
      Date.substr(5, 2).getAsInteger(10, Month) ||
      Date.substr(8, 2).getAsInteger(10, Day))
    return false;
  if (Month < 1 || Month > 12 || Day < 1)
    return false;
  static const unsigned DaysIn[] = {31, 28, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
  bool Leap = (Year % 4 == 0 && Year % 100 != 0) || Year % 400 == 0;
  unsigned Max = DaysIn[Month - 1] + (Month == 2 && Leap);
  return Day <= Max;
}

std::string todayUtc() {
  std::time_t Now = std::time(nullptr);
  std::tm Tm;
  gmtime_r(&Now, &Tm);
  char Buffer[16];
  std::strftime(Buffer, sizeof Buffer, "%Y-%m-%d", &Tm);
  return Buffer;
}

/// Reads "; key=value" fields from the end of the text; returns the text
/// before them (the justification).
static llvm::StringRef takeFields(llvm::StringRef Text, Directive &D) {
  while (true) {
    size_t Semicolon = Text.rfind(';');
    if (Semicolon == llvm::StringRef::npos)
      return Text;
    llvm::StringRef Segment = Text.substr(Semicolon + 1).trim();
    size_t Equals = Segment.find('=');
    // A segment without "word=" is part of the justification, which may
    // itself contain semicolons.
    if (Equals == llvm::StringRef::npos)
      return Text;
    llvm::StringRef Key = Segment.take_front(Equals).trim();
    llvm::StringRef Value = Segment.drop_front(Equals + 1).trim();
    if (Key.empty() || !llvm::all_of(Key, [](char C) {
          return llvm::isAlpha(C) || C == '-' || C == '_';
        }))
      return Text;
    std::string *Slot = llvm::StringSwitch<std::string *>(Key.lower())
                            .Case("ticket", &D.Fields.Ticket)
                            .Case("expires", &D.Fields.Expires)
                            .Case("approver", &D.Fields.Approver)
                            .Case("risk", &D.Fields.Risk)
                            .Default(nullptr);
    if (!Slot)
      D.Problems.push_back("unknown field '" + Key.str() +
                           "'; expected ticket, expires, approver or risk");
    else if (Value.empty())
      D.Problems.push_back("field '" + Key.str() + "' has no value");
    else if (Slot == &D.Fields.Expires && !isValidDate(Value))
      D.Problems.push_back("'expires' must be a date written YYYY-MM-DD, not '" +
                           Value.str() + "'");
    else
      *Slot = Value.str();
    Text = Text.take_front(Semicolon);
  }
}

std::optional<Directive> parseDirective(llvm::StringRef Comment) {
  llvm::StringRef Body = commentBody(Comment);
  if (!Body.consume_front(Marker)) {
    // A misspelt marker ("WARDEN-IGNORE", "warden_ignore") would silently
    // suppress nothing; say so instead.
    std::string Word =
        Body.take_until([](char C) { return llvm::isSpace(C) || C == ':'; })
            .lower();
    std::replace(Word.begin(), Word.end(), '_', '-');
    if (!llvm::StringRef(Word).starts_with(Marker))
      return std::nullopt;
    Directive D;
    D.Problems.push_back(
        "unknown directive '" +
        Body.take_until([](char C) { return llvm::isSpace(C) || C == ':'; })
            .str() +
        "'; expected warden-ignore, warden-ignore-next-line, "
        "warden-ignore-begin or warden-ignore-end");
    return D;
  }
  Directive D;
  if (Body.consume_front("-next-line"))
    D.Kind = Directive::Scope::NextLine;
  else if (Body.consume_front("-begin"))
    D.Kind = Directive::Scope::Begin;
  else if (Body.consume_front("-end"))
    D.Kind = Directive::Scope::End;
  // "warden-ignore-nextline", "warden-ignorex": a misspelt directive.
  if (!Body.empty() && !llvm::isSpace(Body.front()) && Body.front() != ':') {
    D.Problems.push_back(
        "unknown directive '" + Marker.str() +
        Body.take_until([](char C) { return llvm::isSpace(C) || C == ':'; })
            .str() +
        "'; expected warden-ignore, warden-ignore-next-line, "
        "warden-ignore-begin or warden-ignore-end");
    return D;
  }

  // A block comment may span lines; a directive is one logical line, with
  // runs of white space (indentation of continuation lines) as one space.
  std::string Flat;
  for (char C : Body) {
    if (llvm::isSpace(C)) {
      if (!Flat.empty() && Flat.back() != ' ')
        Flat.push_back(' ');
      continue;
    }
    Flat.push_back(C);
  }
  llvm::StringRef Text = llvm::StringRef(Flat).trim();

  size_t Colon = Text.find(':');
  llvm::StringRef RuleList = Text.take_front(Colon).trim();
  llvm::StringRef Rest =
      Colon == llvm::StringRef::npos ? "" : Text.drop_front(Colon + 1);

  llvm::SmallVector<llvm::StringRef, 4> Rules;
  RuleList.split(Rules, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef R : Rules) {
    R = R.trim();
    if (R.empty())
      continue;
    if (!llvm::all_of(R, [](char C) {
          return llvm::isAlnum(C) || C == '-' || C == '_' || C == '*' ||
                 C == '?' || C == '.';
        }))
      D.Problems.push_back("'" + R.str() +
                           "' is not a rule id; write the rules, then ':' "
                           "and the justification");
    else
      D.Rules.push_back(R.str());
  }
  if (D.Kind == Directive::Scope::End)
    return D; // The end of a block needs no justification.
  if (D.Rules.empty() && D.Problems.empty())
    D.Problems.push_back("no rule id; name the rules this suppresses, such "
                         "as 'warden-ignore hs-api-strtok: why'");
  D.Justification = takeFields(Rest, D).trim().str();
  return D;
}

} // namespace warden
