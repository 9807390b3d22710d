//===- SarifCommon.h - Pieces every Warden SARIF log shares -----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_OUTPUT_SARIFCOMMON_H
#define WARDEN_DRIVER_OUTPUT_SARIFCOMMON_H

#include <nlohmann/json.hpp>

namespace warden::sarif {

using json = nlohmann::ordered_json;

/// The OASIS SARIF 2.1.0 (errata 01) schema URI.
constexpr const char *SchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
    "sarif-schema-2.1.0.json";

/// The CWE taxonomy of a run, with the given taxa (in index order).
inline json cweTaxonomy(json Taxa) {
  return {{"name", "CWE"},
          {"version", "4.14"},
          {"organization", "MITRE"},
          {"shortDescription", {{"text", "Common Weakness Enumeration"}}},
          {"informationUri", "https://cwe.mitre.org/"},
          {"isComprehensive", false},
          {"taxa", std::move(Taxa)}};
}

} // namespace warden::sarif

#endif // WARDEN_DRIVER_OUTPUT_SARIFCOMMON_H
