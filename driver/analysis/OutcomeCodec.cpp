//===- OutcomeCodec.cpp - TU outcomes across the worker pipe --------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "analysis/OutcomeCodec.h"
#include "support/Diagnostics.h"
#include "support/JsonLimits.h"
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace warden {

static json encodeSpan(const SourceSpan &S) {
  return json::array(
      {S.File, S.StartLine, S.StartColumn, S.EndLine, S.EndColumn});
}

static SourceSpan decodeSpan(const json &J) {
  return {J.at(0).get<std::string>(), J.at(1).get<unsigned>(),
          J.at(2).get<unsigned>(), J.at(3).get<unsigned>(),
          J.at(4).get<unsigned>()};
}

static json encodeProperty(const PropertyValue &V) {
  return std::visit([](const auto &X) { return json(X); }, V);
}

static PropertyValue decodeProperty(const json &J) {
  if (J.is_boolean())
    return J.get<bool>();
  if (J.is_number_integer())
    return J.get<int64_t>();
  if (J.is_number())
    return J.get<double>();
  return J.get<std::string>();
}

std::string encodeOutcome(const TUOutcome &O) {
  json Findings = json::array();
  for (const Finding &F : O.Findings) {
    json Notes = json::array();
    for (const FindingNote &N : F.Notes)
      Notes.push_back({{"at", encodeSpan(N.Where)}, {"message", N.Message}});
    json Fixes = json::array();
    for (const FindingFix &Fx : F.Fixes) {
      json Replacements = json::array();
      for (const Replacement &R : Fx.Replacements)
        Replacements.push_back(
            {{"at", encodeSpan(R.Removed)}, {"text", R.Inserted}});
      Fixes.push_back(
          {{"description", Fx.Description}, {"replacements", Replacements}});
    }
    json Properties = json::object();
    for (const auto &[K, V] : F.Properties)
      Properties[K] = encodeProperty(V);
    Findings.push_back({{"rule", F.RuleId},
                        {"level", int(F.Severity)},
                        {"at", encodeSpan(F.Where)},
                        {"message", F.Message},
                        {"notes", Notes},
                        {"fixes", Fixes},
                        {"symbol", F.EnclosingSymbol},
                        {"properties", Properties}});
  }
  json Errors = json::array();
  for (const CompilerMessage &E : O.Errors)
    Errors.push_back({E.File, E.Line, E.Column, E.Message});
  json Comments = json::array();
  for (const SourceComment &C : O.Comments)
    Comments.push_back({C.File, C.Line, C.Column, C.EndLine, C.Text});
  json Dependencies = json::array();
  for (const FileDigest &D : O.Dependencies)
    Dependencies.push_back({D.Path, D.Hash});
  json J = {{"status", int(O.Status)},
            {"language", O.Language},
            {"comments", Comments},
            {"findings", Findings},
            {"errors", Errors},
            {"files", O.Files},
            {"dependencies", Dependencies},
            {"absent", O.AbsentPaths},
            {"failure", O.FailureReason}};
  return J.dump(-1, ' ', false, json::error_handler_t::replace);
}

llvm::Expected<TUOutcome> decodeOutcome(llvm::StringRef Text) {
  // Cache entries come from the build tree, which may be untrusted.
  if (llvm::Error E = checkJsonNesting(Text, "")) {
    llvm::consumeError(std::move(E));
    return makeError("the worker's report nests JSON more than " +
                     llvm::Twine(MaxJsonNesting) + " levels deep");
  }
  json J = json::parse(Text.begin(), Text.end(), nullptr,
                       /*allow_exceptions=*/false);
  if (J.is_discarded() || !J.is_object())
    return makeError("the worker's report is not valid JSON");
  // nlohmann's checked accessors would throw on a malformed report; verify
  // the shape first so that -fno-exceptions builds stay safe.
  auto IsSpan = [](const json &S) {
    return S.is_array() && S.size() == 5 && S[0].is_string() &&
           S[1].is_number_unsigned() && S[2].is_number_unsigned() &&
           S[3].is_number_unsigned() && S[4].is_number_unsigned();
  };
  auto Bad = [] { return makeError("the worker's report is malformed"); };
  if (!J.contains("status") || !J["status"].is_number_integer() ||
      !J.contains("findings") || !J["findings"].is_array() ||
      !J.contains("errors") || !J["errors"].is_array() ||
      !J.contains("files") || !J["files"].is_array() ||
      !J.contains("dependencies") || !J["dependencies"].is_array() ||
      !J.contains("absent") || !J["absent"].is_array() ||
      !J.contains("comments") || !J["comments"].is_array() ||
      !J.contains("failure") || !J["failure"].is_string() ||
      !J.contains("language") || !J["language"].is_string())
    return Bad();
  TUOutcome O;
  int Status = J["status"].get<int>();
  if (Status < 0 || Status > int(TUOutcome::State::Failed))
    return Bad();
  O.Status = TUOutcome::State(Status);
  O.FailureReason = J["failure"].get<std::string>();
  O.Language = J["language"].get<std::string>();
  for (const json &F : J["files"]) {
    if (!F.is_string())
      return Bad();
    O.Files.push_back(F.get<std::string>());
  }
  for (const json &D : J["dependencies"]) {
    if (!D.is_array() || D.size() != 2 || !D[0].is_string() ||
        !D[1].is_string())
      return Bad();
    O.Dependencies.push_back({D[0].get<std::string>(), D[1].get<std::string>()});
  }
  for (const json &A : J["absent"]) {
    if (!A.is_string())
      return Bad();
    O.AbsentPaths.push_back(A.get<std::string>());
  }
  for (const json &C : J["comments"]) {
    if (!C.is_array() || C.size() != 5 || !C[0].is_string() ||
        !C[1].is_number_unsigned() || !C[2].is_number_unsigned() ||
        !C[3].is_number_unsigned() || !C[4].is_string())
      return Bad();
    O.Comments.push_back({C[0].get<std::string>(), C[1].get<unsigned>(),
                          C[2].get<unsigned>(), C[3].get<unsigned>(),
                          C[4].get<std::string>()});
  }
  for (const json &E : J["errors"]) {
    if (!E.is_array() || E.size() != 4 || !E[0].is_string() ||
        !E[1].is_number_unsigned() || !E[2].is_number_unsigned() ||
        !E[3].is_string())
      return Bad();
    O.Errors.push_back({E[0].get<std::string>(), E[1].get<unsigned>(),
                        E[2].get<unsigned>(), E[3].get<std::string>()});
  }
  for (const json &JF : J["findings"]) {
    if (!JF.is_object() || !JF.value("rule", json()).is_string() ||
        !JF.value("level", json()).is_number_integer() ||
        !IsSpan(JF.value("at", json())) ||
        !JF.value("message", json()).is_string() ||
        !JF.value("notes", json()).is_array() ||
        !JF.value("fixes", json()).is_array() ||
        !JF.value("symbol", json()).is_string() ||
        !JF.value("properties", json()).is_object())
      return Bad();
    Finding F;
    F.RuleId = JF["rule"].get<std::string>();
    int Lv = JF["level"].get<int>();
    if (Lv < int(Level::None) || Lv > int(Level::Error))
      return Bad();
    F.Severity = Level(Lv);
    F.Where = decodeSpan(JF["at"]);
    F.Message = JF["message"].get<std::string>();
    F.EnclosingSymbol = JF["symbol"].get<std::string>();
    for (const json &N : JF["notes"]) {
      if (!N.is_object() || !IsSpan(N.value("at", json())) ||
          !N.value("message", json()).is_string())
        return Bad();
      F.Notes.push_back({decodeSpan(N["at"]), N["message"].get<std::string>()});
    }
    for (const json &Fx : JF["fixes"]) {
      if (!Fx.is_object() || !Fx.value("description", json()).is_string() ||
          !Fx.value("replacements", json()).is_array())
        return Bad();
      FindingFix Fix{Fx["description"].get<std::string>(), {}};
      for (const json &R : Fx["replacements"]) {
        if (!R.is_object() || !IsSpan(R.value("at", json())) ||
            !R.value("text", json()).is_string())
          return Bad();
        Fix.Replacements.push_back(
            {decodeSpan(R["at"]), R["text"].get<std::string>()});
      }
      F.Fixes.push_back(std::move(Fix));
    }
    for (const auto &[K, V] : JF["properties"].items()) {
      if (!V.is_primitive() || V.is_null())
        return Bad();
      F.Properties[K] = decodeProperty(V);
    }
    O.Findings.push_back(std::move(F));
  }
  return O;
}

} // namespace warden
