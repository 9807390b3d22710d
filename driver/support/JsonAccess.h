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

/// The string member Key of an object, or "" when it is absent or not a
/// string.
template <typename Json>
std::string stringMember(const Json &Object, const char *Key) {
  const Json &Value = memberOf(Object, Key);
  return Value.is_string() ? Value.template get<std::string>() : "";
}

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_JSONACCESS_H
