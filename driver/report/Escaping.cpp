//===- Escaping.cpp - Untrusted text in HTML and Markdown -----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "report/Escaping.h"

namespace warden::report {

std::string escapeHtml(llvm::StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    switch (C) {
    case '&': Out += "&amp;"; break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '"': Out += "&quot;"; break;
    case '\'': Out += "&#39;"; break;
    case '\0': break;
    default: Out.push_back(C);
    }
  }
  return Out;
}

std::string escapeMarkdown(llvm::StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    switch (C) {
    case '&': Out += "&amp;"; break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '\r':
      if (I + 1 < Text.size() && Text[I + 1] == '\n')
        ++I;
      Out.push_back(' ');
      break;
    case '\n': Out.push_back(' '); break;
    case '\0': break;
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
