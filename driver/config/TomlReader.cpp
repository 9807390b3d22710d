//===- TomlReader.cpp - Strict, located reading of TOML tables ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "config/TomlReader.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>
#include <cstdio>

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

/// Decodes the UTF-8 sequence at Text[I]; returns its length, or 0.
unsigned decodeUtf8(llvm::StringRef Text, size_t I, uint32_t &CodePoint) {
  unsigned char Lead = Text[I];
  unsigned Length = Lead >= 0xF0 ? 4 : Lead >= 0xE0 ? 3 : Lead >= 0xC2 ? 2 : 0;
  if (Lead >= 0xF5 || Length == 0 || I + Length > Text.size())
    return 0;
  CodePoint = Lead & (0x7F >> Length);
  for (unsigned K = 1; K < Length; ++K) {
    unsigned char Next = Text[I + K];
    if ((Next & 0xC0) != 0x80)
      return 0;
    CodePoint = (CodePoint << 6) | (Next & 0x3F);
  }
  bool Overlong = (Length == 3 && CodePoint < 0x800) ||
                  (Length == 4 && CodePoint < 0x10000);
  bool Surrogate = CodePoint >= 0xD800 && CodePoint <= 0xDFFF;
  return Overlong || Surrogate || CodePoint > 0x10FFFF ? 0 : Length;
}

struct AsciiToml {
  std::string Text;
  std::optional<size_t> ErrorOffset; ///< In the original text.
  std::string Error;
};

/// Rewrites TOML text into pure ASCII with the same meaning.
///
/// toml++ 3.3 has undefined behaviour on non-ASCII input: its generated
/// is_non_ascii_horizontal_whitespace() reaches __builtin_unreachable for
/// most code points, and the fuzzers found four parser paths that call it.
/// So toml++ only ever sees ASCII: a character in a basic string becomes a
/// \u escape, a literal string becomes the equivalent basic string, a
/// character in a comment becomes '?', and anywhere else (where TOML allows
/// no such character) it is an error. Lines are kept, so toml++'s line
/// numbers stay right; its columns can shift on a line with escapes.
AsciiToml toAsciiToml(llvm::StringRef Text) {
  enum class State { Code, Comment, Basic, Literal, MultiBasic, MultiLiteral };
  AsciiToml R;
  R.Text.reserve(Text.size());
  State S = State::Code;
  auto Fail = [&](size_t Offset, const char *Why) {
    R.ErrorOffset = Offset;
    R.Error = Why;
    return R;
  };
  // Appends the character at Text[I] as an escape and moves I to its last
  // byte; false if the bytes are not UTF-8.
  auto Escape = [&](size_t &I) {
    uint32_t CP = 0;
    unsigned Length = decodeUtf8(Text, I, CP);
    if (!Length)
      return false;
    char Buffer[16];
    std::snprintf(Buffer, sizeof Buffer, CP > 0xFFFF ? "\\U%08X" : "\\u%04X",
                  static_cast<unsigned>(CP));
    R.Text += Buffer;
    I += Length - 1;
    return true;
  };
  // How many characters Q start at I: a multi-line string's closing
  // delimiter may follow up to two quotes of its content.
  auto RunOf = [&](size_t I, char Q) {
    size_t N = 0;
    while (I + N < Text.size() && Text[I + N] == Q)
      ++N;
    return N;
  };
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    bool NonAscii = static_cast<unsigned char>(C) >= 0x80;
    switch (S) {
    case State::Code:
      if (NonAscii)
        return Fail(I, "a character outside ASCII may only appear in a "
                       "string or a comment");
      if (C == '#') {
        S = State::Comment;
        R.Text += C;
      } else if (RunOf(I, '"') >= 3) {
        S = State::MultiBasic;
        R.Text += "\"\"\"";
        I += 2;
      } else if (RunOf(I, '\'') >= 3) {
        S = State::MultiLiteral;
        R.Text += "\"\"\"";
        I += 2;
      } else if (C == '"') {
        S = State::Basic;
        R.Text += C;
      } else if (C == '\'') {
        S = State::Literal;
        R.Text += '"';
      } else {
        R.Text += C;
      }
      break;
    case State::Comment:
      if (C == '\n')
        S = State::Code;
      if (!NonAscii) {
        R.Text += C;
      } else {
        uint32_t CP;
        unsigned Length = decodeUtf8(Text, I, CP);
        if (!Length)
          return Fail(I, "the text is not valid UTF-8");
        R.Text += '?';
        I += Length - 1;
      }
      break;
    case State::Basic:
    case State::MultiBasic:
      if (NonAscii) {
        if (!Escape(I))
          return Fail(I, "the text is not valid UTF-8");
      } else if (C == '\\') {
        R.Text += C;
        if (I + 1 < Text.size() &&
            static_cast<unsigned char>(Text[I + 1]) >= 0x80)
          return Fail(I + 1, "a backslash must be followed by an escape "
                             "character or, in a multi-line string, by the "
                             "end of the line");
        if (I + 1 < Text.size() && Text[I + 1] != '\n') {
          R.Text += Text[I + 1]; // The escaped character cannot end it.
          ++I;
        }
      } else if (S == State::Basic && (C == '"' || C == '\n')) {
        S = State::Code; // A newline is toml++'s error to report.
        R.Text += C;
      } else if (S == State::MultiBasic && RunOf(I, '"') >= 3) {
        size_t N = std::min<size_t>(RunOf(I, '"'), 5);
        R.Text.append(N, '"');
        I += N - 1;
        S = State::Code;
      } else {
        R.Text += C;
      }
      break;
    case State::Literal:
    case State::MultiLiteral:
      if (NonAscii) {
        if (!Escape(I))
          return Fail(I, "the text is not valid UTF-8");
      } else if (C == '\\' || C == '"') {
        R.Text += '\\';
        R.Text += C;
      } else if (S == State::Literal && (C == '\'' || C == '\n')) {
        S = State::Code;
        R.Text += C == '\'' ? '"' : C;
      } else if (S == State::MultiLiteral && RunOf(I, '\'') >= 3) {
        size_t N = std::min<size_t>(RunOf(I, '\''), 5);
        R.Text.append(N - 3, '\'');
        R.Text += "\"\"\"";
        I += N - 1;
        S = State::Code;
      } else {
        R.Text += C;
      }
      break;
    }
  }
  return R;
}
} // namespace

llvm::Expected<toml::table> parseToml(llvm::StringRef Path,
                                      llvm::StringRef Text) {
  AsciiToml Ascii = toAsciiToml(Text);
  if (Ascii.ErrorOffset) {
    TextPosition Where = positionOf(Text, *Ascii.ErrorOffset);
    ProblemList Problems;
    Problems.add(Path, Where.Line, Where.Column, "invalid TOML: " + Ascii.Error);
    return Problems.takeError();
  }
  toml::parse_result Result =
      toml::parse(std::string_view(Ascii.Text),
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
