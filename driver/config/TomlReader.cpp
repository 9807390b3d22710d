//===- TomlReader.cpp - Strict, located reading of TOML tables ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "config/TomlReader.h"
#include "llvm/Support/MemoryBuffer.h"

namespace warden {

namespace {
struct TextPosition {
  unsigned Line = 1;
  unsigned Column = 1; ///< In characters, as toml++ counts.
};

TextPosition positionOf(llvm::StringRef Text, size_t Offset) {
  TextPosition Pos;
  for (unsigned char C : Text.take_front(Offset)) {
    if (C == '\n') {
      ++Pos.Line;
      Pos.Column = 1;
    } else if ((C & 0xC0) != 0x80) {
      ++Pos.Column;
    }
  }
  return Pos;
}

bool isTomlWhitespace(char C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r';
}

/// Finds a non-ASCII character where toml++ tests for whitespace: outside
/// strings and comments, and after the line-ending backslash of a
/// multi-line basic string.
///
/// toml++ 3.3's generated is_non_ascii_horizontal_whitespace() reaches
/// __builtin_unreachable for most non-ASCII code points, which is undefined
/// behaviour (found by the config and register fuzzers). Outside strings
/// and comments TOML allows no such characters anyway (bare keys, numbers,
/// dates and whitespace are ASCII), so refusing them only refuses invalid
/// input earlier; after a line-ending backslash it refuses valid input,
/// which is rare and better than undefined behaviour.
std::optional<size_t> findUnsafeNonAscii(llvm::StringRef Text) {
  enum class State { Code, Comment, Basic, Literal, MultiBasic, MultiLiteral };
  State S = State::Code;
  // toml++ reads a quote as the start of a string only where a key or a
  // value starts; elsewhere (`x = +"a"`) it scans a bare value, testing each
  // character for whitespace. Bare values are ASCII, so the quote is then
  // treated as code.
  char LastCode = '\n';
  auto OpensString = [&] {
    return llvm::StringRef("\n=[{,.").contains(LastCode);
  };
  for (size_t I = 0; I < Text.size(); ++I) {
    unsigned char C = Text[I];
    llvm::StringRef Rest = Text.substr(I);
    switch (S) {
    case State::Code:
      if (C >= 0x80)
        return I;
      if (C != ' ' && C != '\t' && C != '\r' && !(C == '"' || C == '\''))
        LastCode = C;
      if ((C == '"' || C == '\'') && !OpensString()) {
        LastCode = C;
        break;
      }
      if (C == '#') {
        S = State::Comment;
      } else if (Rest.starts_with("\"\"\"")) {
        S = State::MultiBasic;
        I += 2;
      } else if (Rest.starts_with("'''")) {
        S = State::MultiLiteral;
        I += 2;
      } else if (C == '"') {
        S = State::Basic;
      } else if (C == '\'') {
        S = State::Literal;
      }
      break;
    case State::Comment:
    case State::Basic:
    case State::Literal:
      // A newline ends a comment; in a one-line string it is toml++'s error
      // to report.
      if (C == '\n' || (S == State::Basic && C == '"') ||
          (S == State::Literal && C == '\'')) {
        LastCode = C == '\n' ? '\n' : 'v';
        S = State::Code;
      } else if (S == State::Basic && C == '\\') {
        // After a backslash toml++ tests the next characters for whitespace.
        size_t J = I + 1;
        while (J < Text.size() && (Text[J] == ' ' || Text[J] == '\t'))
          ++J;
        if (J < Text.size() && static_cast<unsigned char>(Text[J]) >= 0x80)
          return J;
        ++I; // The escaped character cannot end the string.
      }
      break;
    case State::MultiBasic:
      if (C == '\\') {
        size_t J = I + 1;
        while (J < Text.size() && (Text[J] == ' ' || Text[J] == '\t'))
          ++J;
        if (J < Text.size() && (Text[J] == '\n' || Text[J] == '\r')) {
          // A line-ending backslash: toml++ trims the whitespace after it.
          while (J < Text.size() && isTomlWhitespace(Text[J]))
            ++J;
          if (J < Text.size() && static_cast<unsigned char>(Text[J]) >= 0x80)
            return J;
          I = J - 1;
        } else if (J < Text.size() &&
                   static_cast<unsigned char>(Text[J]) >= 0x80) {
          return J;
        } else {
          ++I;
        }
      } else if (Rest.starts_with("\"\"\"")) {
        S = State::Code;
        LastCode = 'v';
        I += 2;
      }
      break;
    case State::MultiLiteral:
      if (Rest.starts_with("'''")) {
        S = State::Code;
        LastCode = 'v';
        I += 2;
      }
      break;
    }
  }
  return std::nullopt;
}
} // namespace

llvm::Expected<toml::table> parseToml(llvm::StringRef Path,
                                      llvm::StringRef Text) {
  if (std::optional<size_t> Offset = findUnsafeNonAscii(Text)) {
    TextPosition Where = positionOf(Text, *Offset);
    ProblemList Problems;
    Problems.add(Path, Where.Line, Where.Column,
                 "invalid TOML: a character outside ASCII may only appear "
                 "in a string or a comment, and not first after the "
                 "line-ending backslash of a multi-line string");
    return Problems.takeError();
  }
  toml::parse_result Result =
      toml::parse(std::string_view(Text.data(), Text.size()),
                  std::string_view(Path.data(), Path.size()));
  if (!Result) {
    const toml::parse_error &E = Result.error();
    ProblemList Problems;
    Problems.add(Path, E.source().begin.line, E.source().begin.column,
                 "invalid TOML: " + llvm::Twine(std::string(E.description())));
    return Problems.takeError();
  }
  return std::move(Result).table();
}

llvm::Expected<toml::table> loadTomlFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return makeError("cannot read '" + Path +
                     "': " + Buffer.getError().message());
  return parseToml(Path, (*Buffer)->getBuffer());
}

llvm::StringRef describeTomlType(const toml::node &N) {
  switch (N.type()) {
  case toml::node_type::string:
    return "a string";
  case toml::node_type::integer:
    return "an integer";
  case toml::node_type::floating_point:
    return "a float";
  case toml::node_type::boolean:
    return "a boolean";
  case toml::node_type::date:
  case toml::node_type::time:
  case toml::node_type::date_time:
    return "a date/time";
  case toml::node_type::array:
    return "an array";
  case toml::node_type::table:
    return "a table";
  case toml::node_type::none:
    break;
  }
  return "nothing";
}

const toml::node *TableReader::lookup(llvm::StringRef Key) {
  Known.insert(Key);
  return Table.get(std::string_view(Key.data(), Key.size()));
}

const toml::node *TableReader::node(llvm::StringRef Key) {
  return lookup(Key);
}

void TableReader::error(const toml::source_region &Where,
                        const llvm::Twine &Message) {
  Problems.add(Path, Where.begin.line, Where.begin.column, Message);
}

void TableReader::error(const toml::node &N, const llvm::Twine &Message) {
  error(N.source(), Message);
}

void TableReader::error(const llvm::Twine &Message) {
  error(Table.source(), Message);
}

void TableReader::errorAtKey(llvm::StringRef Key, const llvm::Twine &Message) {
  for (auto &&[K, V] : Table)
    if (K.str() == std::string_view(Key.data(), Key.size()))
      return error(K.source(), Message);
  error(Message);
}

void TableReader::wrongType(llvm::StringRef Key, const toml::node &N,
                            llvm::StringRef Expected) {
  error(N, "'" + Key + "' in " + What + " must be " + Expected + ", not " +
               describeTomlType(N));
}

std::optional<std::string> TableReader::string(llvm::StringRef Key,
                                               bool Required) {
  const toml::node *N = lookup(Key);
  if (!N) {
    if (Required)
      error("missing required key '" + Key + "' in " + What);
    return std::nullopt;
  }
  if (!N->is_string()) {
    wrongType(Key, *N, "a string");
    return std::nullopt;
  }
  return std::string(N->as_string()->get());
}

std::optional<bool> TableReader::boolean(llvm::StringRef Key) {
  const toml::node *N = lookup(Key);
  if (!N)
    return std::nullopt;
  if (!N->is_boolean()) {
    wrongType(Key, *N, "a boolean");
    return std::nullopt;
  }
  return N->as_boolean()->get();
}

std::optional<int64_t> TableReader::integer(llvm::StringRef Key) {
  const toml::node *N = lookup(Key);
  if (!N)
    return std::nullopt;
  if (!N->is_integer()) {
    wrongType(Key, *N, "an integer");
    return std::nullopt;
  }
  return N->as_integer()->get();
}

std::optional<std::vector<std::string>>
readStringArray(TableReader &R, const toml::node &N, llvm::StringRef Key) {
  const toml::array *A = N.as_array();
  if (!A) {
    R.error(N, "'" + Key + "' in " + R.what() +
                   " must be an array of strings, not " + describeTomlType(N));
    return std::nullopt;
  }
  std::vector<std::string> Result;
  bool Ok = true;
  for (const toml::node &E : *A) {
    if (const auto *S = E.as_string()) {
      Result.push_back(S->get());
      continue;
    }
    R.error(E, "'" + Key + "' in " + R.what() +
                   " must contain only strings, not " + describeTomlType(E));
    Ok = false;
  }
  if (!Ok)
    return std::nullopt;
  return Result;
}

std::optional<std::vector<std::string>>
TableReader::stringArray(llvm::StringRef Key, bool Required) {
  const toml::node *N = lookup(Key);
  if (!N) {
    if (Required)
      error("missing required key '" + Key + "' in " + What);
    return std::nullopt;
  }
  return readStringArray(*this, *N, Key);
}

const toml::table *TableReader::table(llvm::StringRef Key) {
  const toml::node *N = lookup(Key);
  if (!N)
    return nullptr;
  if (!N->is_table()) {
    wrongType(Key, *N, "a table");
    return nullptr;
  }
  return N->as_table();
}

const toml::array *TableReader::array(llvm::StringRef Key) {
  const toml::node *N = lookup(Key);
  if (!N)
    return nullptr;
  if (!N->is_array()) {
    wrongType(Key, *N, "an array");
    return nullptr;
  }
  return N->as_array();
}

void TableReader::reportUnknownKeys() {
  for (auto &&[K, V] : Table) {
    llvm::StringRef Name(K.str().data(), K.str().size());
    if (Known.contains(Name))
      continue;
    // Suggest the closest known key, as compilers do for misspelt names.
    llvm::StringRef Best;
    unsigned BestDistance = 3;
    for (const auto &Entry : Known) {
      unsigned D = Name.edit_distance(Entry.getKey());
      if (D < BestDistance) {
        BestDistance = D;
        Best = Entry.getKey();
      }
    }
    std::string Hint = Best.empty() ? "" : "; did you mean '" + Best.str() + "'?";
    error(K.source(), "unknown key '" + Name + "' in " + What + Hint);
  }
}

} // namespace warden
