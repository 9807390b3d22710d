//===- Options.cpp - Typed, validated checker options ---------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "warden/Options.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Regex.h"
#include <cstdio>

using llvm::Error;
using llvm::StringRef;

namespace warden {

StringRef optionKindName(OptionKind Kind) {
  switch (Kind) {
  case OptionKind::Bool:
    return "boolean";
  case OptionKind::Integer:
    return "integer";
  case OptionKind::String:
    return "string";
  case OptionKind::StringList:
    return "array of strings";
  case OptionKind::StringMap:
    return "table of strings";
  case OptionKind::Number:
    return "number";
  }
  llvm_unreachable("unknown option kind");
}

OptionKind kindOf(const OptionValue &Value) {
  return static_cast<OptionKind>(Value.index());
}

OptionSpec OptionSpec::flag(std::string Name, std::string Description,
                            bool Default) {
  return {std::move(Name), OptionKind::Bool, std::move(Description), Default};
}
OptionSpec OptionSpec::integer(std::string Name, std::string Description,
                               int64_t Default) {
  return {std::move(Name), OptionKind::Integer, std::move(Description),
          Default};
}
OptionSpec OptionSpec::string(std::string Name, std::string Description,
                              std::string Default) {
  return {std::move(Name), OptionKind::String, std::move(Description),
          std::move(Default)};
}
OptionSpec OptionSpec::list(std::string Name, std::string Description,
                            StringList Default) {
  return {std::move(Name), OptionKind::StringList, std::move(Description),
          std::move(Default)};
}
OptionSpec OptionSpec::map(std::string Name, std::string Description,
                           StringMap Default) {
  return {std::move(Name), OptionKind::StringMap, std::move(Description),
          std::move(Default)};
}

OptionSpec OptionSpec::number(std::string Name, std::string Description,
                              double Default) {
  return {std::move(Name), OptionKind::Number, std::move(Description),
          Default};
}

std::string formatNumber(double Value) {
  // 15 significant digits round-trip every decimal a user is likely to
  // write ("0.1" stays "0.1"), and whole numbers print without a point.
  char Buffer[32];
  std::snprintf(Buffer, sizeof(Buffer), "%.15g", Value);
  return Buffer;
}

static Error invalid(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

namespace validators {

/// Calls F on every string of a string, list or map value.
template <typename Fn> static Error forEachString(const OptionValue &V, Fn F) {
  if (const auto *S = std::get_if<std::string>(&V))
    return F(*S);
  if (const auto *L = std::get_if<StringList>(&V))
    for (const std::string &S : *L)
      if (Error E = F(S))
        return E;
  if (const auto *M = std::get_if<StringMap>(&V))
    for (const auto &[Key, Value] : *M) {
      if (Error E = F(Key))
        return E;
      if (Error E = F(Value))
        return E;
    }
  return Error::success();
}

OptionValidator regex() {
  return [](const OptionValue &V) {
    return forEachString(V, [](const std::string &S) -> Error {
      std::string Why;
      if (!llvm::Regex(S).isValid(Why))
        return invalid("'" + S + "' is not a valid regular expression: " + Why);
      return Error::success();
    });
  };
}

OptionValidator nonEmpty() {
  return [](const OptionValue &V) -> Error {
    bool Empty = std::visit(
        [](const auto &X) {
          using T = std::decay_t<decltype(X)>;
          if constexpr (std::is_same_v<T, StringList> ||
                        std::is_same_v<T, StringMap> ||
                        std::is_same_v<T, std::string>)
            return X.empty();
          else
            return false;
        },
        V);
    return Empty ? invalid("must not be empty") : Error::success();
  };
}

OptionValidator range(int64_t Min, int64_t Max) {
  return [Min, Max](const OptionValue &V) -> Error {
    int64_t I = std::get<int64_t>(V);
    if (I < Min || I > Max)
      return invalid(llvm::formatv("{0} is outside [{1}, {2}]", I, Min, Max));
    return Error::success();
  };
}

OptionValidator positiveIntegerValues() {
  return [](const OptionValue &V) -> Error {
    for (const auto &[Key, Value] : std::get<StringMap>(V)) {
      unsigned N;
      if (StringRef(Value).getAsInteger(10, N) || N == 0)
        return invalid("value '" + Value + "' of '" + Key +
                       "' is not a positive integer");
    }
    return Error::success();
  };
}

/// Parses "3" or "1, 2" into 0-based indices; false on anything else.
static bool parsePositions(StringRef Text, llvm::SmallVectorImpl<unsigned> &Out) {
  llvm::SmallVector<StringRef, 4> Parts;
  Text.split(Parts, ',');
  for (StringRef Part : Parts) {
    unsigned N = 0;
    if (Part.trim().getAsInteger(10, N) || N == 0)
      return false;
    Out.push_back(N - 1);
  }
  return !Out.empty();
}

OptionValidator positionListValues() {
  return [](const OptionValue &V) -> Error {
    for (const auto &[Key, Value] : std::get<StringMap>(V)) {
      llvm::SmallVector<unsigned, 2> Positions;
      if (!parsePositions(Value, Positions))
        return invalid("value '" + Value + "' of '" + Key +
                       "' is not a positive integer or a comma-separated "
                       "list of them");
    }
    return Error::success();
  };
}

OptionValidator oneOf(std::vector<std::string> Words) {
  return [Words = std::move(Words)](const OptionValue &V) -> Error {
    return forEachString(V, [&](const std::string &S) -> Error {
      if (llvm::is_contained(Words, S))
        return Error::success();
      return invalid("'" + S + "' is not one of " +
                     llvm::join(Words, ", "));
    });
  };
}

OptionValidator numberRange(double Min, double Max) {
  return [Min, Max](const OptionValue &V) -> Error {
    double D = std::get<double>(V);
    // Written so that NaN fails too.
    if (!(D >= Min && D <= Max))
      return invalid(llvm::formatv("{0} is outside [{1}, {2}]",
                                   formatNumber(D), formatNumber(Min),
                                   formatNumber(Max)));
    return Error::success();
  };
}

OptionValidator atLeast(double Min) {
  return [Min](const OptionValue &V) -> Error {
    double D = std::get<double>(V);
    if (!(D >= Min))
      return invalid(llvm::formatv("{0} is less than {1}", formatNumber(D),
                                   formatNumber(Min)));
    return Error::success();
  };
}

OptionValidator optionalRegex() {
  return [](const OptionValue &V) -> Error {
    const std::string &S = std::get<std::string>(V);
    std::string Why;
    if (!S.empty() && !llvm::Regex(S).isValid(Why))
      return invalid("'" + S + "' is not a valid regular expression: " + Why);
    return Error::success();
  };
}

OptionValidator wildcardKeys() {
  return [](const OptionValue &V) -> Error {
    if (const auto *M = std::get_if<StringMap>(&V)) {
      for (const auto &[Key, Value] : *M) {
        if (Key.empty() || Key == "*")
          return invalid("'" + Key + "' would match every name");
        if (Value.empty())
          return invalid("the value of '" + Key + "' is empty");
      }
    }
    return Error::success();
  };
}

} // namespace validators

const OptionValue &CheckerOptions::get(StringRef Name) const {
  auto It = Values.find(Name.str());
  if (It == Values.end())
    llvm::report_fatal_error(llvm::Twine("checker read undeclared option '") +
                             Name + "'");
  return It->second;
}

bool CheckerOptions::getBool(StringRef Name) const {
  return std::get<bool>(get(Name));
}
int64_t CheckerOptions::getInteger(StringRef Name) const {
  return std::get<int64_t>(get(Name));
}
double CheckerOptions::getNumber(StringRef Name) const {
  return std::get<double>(get(Name));
}
const std::string &CheckerOptions::getString(StringRef Name) const {
  return std::get<std::string>(get(Name));
}
const StringList &CheckerOptions::getList(StringRef Name) const {
  return std::get<StringList>(get(Name));
}
const StringMap &CheckerOptions::getMap(StringRef Name) const {
  return std::get<StringMap>(get(Name));
}

llvm::StringMap<unsigned> CheckerOptions::getPositionMap(StringRef Name) const {
  llvm::StringMap<unsigned> Result;
  for (const auto &[Key, Value] : getMap(Name)) {
    unsigned N = 0;
    if (StringRef(Value).getAsInteger(10, N) || N == 0)
      llvm::report_fatal_error(llvm::Twine("option '") + Name +
                               "' has a non-positive value; declare it with "
                               "validators::positiveIntegerValues()");
    Result[Key] = N;
  }
  return Result;
}

PositionLists CheckerOptions::getPositionLists(StringRef Name) const {
  PositionLists Result;
  for (const auto &[Key, Value] : getMap(Name)) {
    llvm::SmallVector<unsigned, 2> Positions;
    if (!validators::parsePositions(Value, Positions))
      llvm::report_fatal_error(llvm::Twine("option '") + Name +
                               "' has a value that is not a position list; "
                               "declare it with "
                               "validators::positionListValues()");
    Result[Key] = std::move(Positions);
  }
  return Result;
}

} // namespace warden
