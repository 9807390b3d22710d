//===- JsonAccess.h - Reading untrusted JSON without exceptions -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// nlohmann::json throws on a type mismatch (`j.value("k", "")` on a number,
/// `j.get<std::string>()` on an array); Warden is built without exceptions,
/// so that is an abort. Baselines, SARIF logs and cache entries come from
/// files anyone can edit, so their readers go through these accessors,
/// which answer "absent" for a wrong type (the baseline fuzzer found the
/// abort).
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_JSONACCESS_H
#define WARDEN_DRIVER_SUPPORT_JSONACCESS_H

#include <nlohmann/json.hpp>
#include <string>

namespace warden {

/// The member Key of an object, or a null value.
template <typename Json>
const Json &memberOf(const Json &Object, const char *Key) {
  static const Json Null;
  if (!Object.is_object())
    return Null;
  auto It = Object.find(Key);
  return It == Object.end() ? Null : *It;
}

/// The first element of an array, or a null value. Returns a reference to
/// the element itself: `cond ? J[0] : Json()` would copy it into a
/// temporary that dies before a range-for or a reference uses it (a use
/// after free the sarif-merge fuzzer found).
template <typename Json> const Json &firstElement(const Json &Array) {
  static const Json Null;
  return Array.is_array() && !Array.empty() ? Array[0] : Null;
}

/// The value as a string, or "" when it is not one.
template <typename Json> std::string stringOf(const Json &Value) {
  return Value.is_string() ? Value.template get<std::string>() : "";
}

/// The string member Key of an object, or "" when it is absent or not a
/// string.
template <typename Json>
std::string stringMember(const Json &Object, const char *Key) {
  return stringOf(memberOf(Object, Key));
}

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_JSONACCESS_H
