//===- Hashing.h - SHA-256 of text and files --------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPORT_HASHING_H
#define WARDEN_DRIVER_SUPPORT_HASHING_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace warden {

/// Lower-case hex SHA-256 of Data.
std::string sha256Hex(llvm::StringRef Data);

/// Lower-case hex xxh3-128 of Data: the fast content hash of the result
/// cache and of the files a TU read (not a security boundary; the cache
/// authenticates its entries separately).
std::string contentHash(llvm::StringRef Data);

/// Lower-case hex SHA-256 of a file's bytes.
llvm::Expected<std::string> sha256OfFile(llvm::StringRef Path);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPORT_HASHING_H
