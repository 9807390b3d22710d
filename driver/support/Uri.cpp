//===- Uri.cpp - file URIs as SARIF writes and reads them -----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "support/Uri.h"
#include "llvm/ADT/StringExtras.h"

namespace warden {

std::string encodeUriPath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' ||
        C == '/') {
      Out.push_back(C);
      continue;
    }
    Out.push_back('%');
    Out.push_back(llvm::hexdigit(C >> 4, /*LowerCase=*/false));
    Out.push_back(llvm::hexdigit(C & 15, /*LowerCase=*/false));
  }
  return Out;
}

std::string fileUri(llvm::StringRef AbsolutePath) {
  return "file://" + encodeUriPath(AbsolutePath);
}

std::string decodeUri(llvm::StringRef Uri) {
  Uri.consume_front("file://");
  std::string Out;
  for (size_t I = 0; I < Uri.size(); ++I) {
    if (Uri[I] == '%' && I + 2 < Uri.size() && llvm::isHexDigit(Uri[I + 1]) &&
        llvm::isHexDigit(Uri[I + 2])) {
      Out.push_back(char(llvm::hexFromNibbles(Uri[I + 1], Uri[I + 2])));
      I += 2;
      continue;
    }
    Out.push_back(Uri[I]);
  }
  return Out;
}

} // namespace warden
