//===- warden/Options.h - Typed, validated checker options ------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A checker declares its options (name, kind, default, validator) when it
/// is registered. The rule loader checks every rule's options against that
/// declaration before any translation unit is parsed, so a typo in a TOML
/// file is a configuration error with a location, never a silent default or
/// a crash halfway through a run.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_OPTIONS_H
#define WARDEN_OPTIONS_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace warden {

/// The order matches OptionValue's alternatives (kindOf relies on it); new
/// kinds go at the end so existing indices stay stable.
enum class OptionKind { Bool, Integer, String, StringList, StringMap, Number };

/// The user-facing name of a kind ("boolean", "list of strings", ...).
llvm::StringRef optionKindName(OptionKind Kind);

using StringList = std::vector<std::string>;
using StringMap = std::map<std::string, std::string>;

/// One option value of any kind.
using OptionValue =
    std::variant<bool, int64_t, std::string, StringList, StringMap, double>;

OptionKind kindOf(const OptionValue &Value);

/// A number as rule files and docs show it: "2.5", "0", "1e-07".
std::string formatNumber(double Value);

/// Returns an error with the message to show after "invalid value for option
/// 'x': ". Runs after the kind has been checked.
using OptionValidator = std::function<llvm::Error(const OptionValue &)>;

/// The declaration of one option of a checker.
struct OptionSpec {
  std::string Name;
  OptionKind Kind;
  std::string Description;
  OptionValue Default;
  bool Required = false;
  OptionValidator Validate;

  static OptionSpec flag(std::string Name, std::string Description,
                         bool Default);
  static OptionSpec integer(std::string Name, std::string Description,
                            int64_t Default);
  static OptionSpec string(std::string Name, std::string Description,
                           std::string Default = {});
  static OptionSpec list(std::string Name, std::string Description,
                         StringList Default = {});
  static OptionSpec map(std::string Name, std::string Description,
                        StringMap Default = {});
  /// A real number. Rule files may write it as a TOML integer or float; a
  /// string holding a decimal number ("2.5") is accepted too, because rule
  /// files written before this kind existed spell numbers that way.
  static OptionSpec number(std::string Name, std::string Description,
                           double Default);

  OptionSpec &required() {
    Required = true;
    return *this;
  }
  OptionSpec &validate(OptionValidator V) {
    Validate = std::move(V);
    return *this;
  }
};

/// Validators shared by many checkers.
namespace validators {
/// Every string in a list or map key/value is a valid llvm::Regex.
OptionValidator regex();
/// A list or map must have at least one element.
OptionValidator nonEmpty();
/// The integer lies in [Min, Max].
OptionValidator range(int64_t Min, int64_t Max);
/// Every value of a map is a positive decimal integer.
OptionValidator positiveIntegerValues();
/// Every value of a map is a 1-based position or a comma-separated list of
/// them ("3", "1, 2"), such as the argument positions of functions.
OptionValidator positionListValues();
/// The string is one of the given words.
OptionValidator oneOf(std::vector<std::string> Words);
/// The number lies in [Min, Max].
OptionValidator numberRange(double Min, double Max);
/// The number is at least Min.
OptionValidator atLeast(double Min);
/// A string that is empty (the feature is off) or a valid llvm::Regex.
OptionValidator optionalRegex();
/// Every key of a map (or element of a list) is a name that may contain
/// '*' wildcards but does not match everything, and no value of a map is
/// empty.
OptionValidator wildcardKeys();
} // namespace validators

/// Function name -> 0-based argument indices.
using PositionLists = llvm::StringMap<llvm::SmallVector<unsigned, 2>>;

/// The resolved options of one rule: every declared option has a value
/// (the rule's, or the declared default). Accessing an undeclared option, or
/// one of another kind, is a programming error in the checker.
class CheckerOptions {
public:
  CheckerOptions() = default;
  explicit CheckerOptions(std::map<std::string, OptionValue> Values)
      : Values(std::move(Values)) {}

  bool getBool(llvm::StringRef Name) const;
  int64_t getInteger(llvm::StringRef Name) const;
  double getNumber(llvm::StringRef Name) const;
  const std::string &getString(llvm::StringRef Name) const;
  const StringList &getList(llvm::StringRef Name) const;
  const StringMap &getMap(llvm::StringRef Name) const;
  /// A table whose values are positive integers (checked by
  /// validators::positiveIntegerValues), such as argument positions.
  llvm::StringMap<unsigned> getPositionMap(llvm::StringRef Name) const;
  /// A table whose values are position lists (checked by
  /// validators::positionListValues), as 0-based indices.
  PositionLists getPositionLists(llvm::StringRef Name) const;

  const std::map<std::string, OptionValue> &all() const { return Values; }

private:
  const OptionValue &get(llvm::StringRef Name) const;
  std::map<std::string, OptionValue> Values;
};

} // namespace warden

#endif // WARDEN_OPTIONS_H
