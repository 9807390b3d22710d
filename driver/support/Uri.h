//===- Uri.h - file URIs as SARIF writes and reads them ---------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_URI_H
#define WARDEN_DRIVER_SUPPORT_URI_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace warden {

/// Percent-encodes a path for a URI (RFC 3986), keeping '/' separators.
std::string encodeUriPath(llvm::StringRef Path);

/// "file:///abs/path" with each segment percent-encoded.
std::string fileUri(llvm::StringRef AbsolutePath);

/// The path of a relative or file:// URI, percent-decoded.
std::string decodeUri(llvm::StringRef Uri);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_URI_H
