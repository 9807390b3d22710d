//===- Escaping.cpp - Untrusted text in HTML and Markdown -----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "report/Escaping.h"
#include "support/DisplayText.h"

namespace warden::report {

std::string escapeHtml(llvm::StringRef Text) {
  // Controls and bidi overrides first become visible <U+XXXX>, whose
  // brackets the loop then turns into entities. Line breaks are harmless in
  // HTML and keep their meaning in preformatted text.
  std::string Shown = displayText(Text, LineBreaks::Keep);
  std::string Out;
  Out.reserve(Shown.size());
  for (char C : Shown) {
    switch (C) {
    case '&': Out += "&amp;"; break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '"': Out += "&quot;"; break;
    case '\'': Out += "&#39;"; break;
    default: Out.push_back(C);
    }
  }
  return Out;
}

std::string escapeMarkdown(llvm::StringRef Text) {
  // A line break would end a table row, so each becomes a space; other
  // controls and bidi overrides become visible <U+XXXX>, whose brackets the
  // loop below turns into entities.
  std::string OneLine;
  OneLine.reserve(Text.size());
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\r' || Text[I] == '\n') {
      if (Text[I] == '\r' && I + 1 < Text.size() && Text[I + 1] == '\n')
        ++I;
      OneLine.push_back(' ');
    } else {
      OneLine.push_back(Text[I]);
    }
  }
  std::string Shown = displayText(OneLine);
  std::string Out;
  Out.reserve(Shown.size());
  for (char C : Shown) {
    switch (C) {
    case '&': Out += "&amp;"; break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '\\': case '`': case '*': case '_': case '[': case ']': case '(':
    case ')': case '|': case '~': case '!': case '#': case '{': case '}':
    case '$':
      Out.push_back('\\');
      Out.push_back(C);
      break;
    default: Out.push_back(C);
    }
  }
  return Out;
}

} // namespace warden::report
