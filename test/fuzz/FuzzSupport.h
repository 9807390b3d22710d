//===- FuzzSupport.h - Shared pieces of the libFuzzer targets -------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The fuzz targets feed arbitrary bytes to Warden's readers of user-written
/// files. A reader may refuse the input with an llvm::Error; it must never
/// crash, hang or leave an unchecked Error behind (which aborts under
/// LLVM_ENABLE_ABI_BREAKING_CHECKS and is a bug anyway).
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_TEST_FUZZ_FUZZSUPPORT_H
#define WARDEN_TEST_FUZZ_FUZZSUPPORT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstddef>
#include <cstdint>

namespace warden::fuzz {

inline llvm::StringRef asText(const uint8_t *Data, size_t Size) {
  return llvm::StringRef(reinterpret_cast<const char *>(Data), Size);
}

/// Consumes an Expected, rendering the error message as the driver would
/// (the message formatting is part of what is fuzzed).
template <typename T> void consume(llvm::Expected<T> Result) {
  if (!Result)
    (void)llvm::toString(Result.takeError());
}

inline void consume(llvm::Error E) {
  if (E)
    (void)llvm::toString(std::move(E));
}

} // namespace warden::fuzz

#endif // WARDEN_TEST_FUZZ_FUZZSUPPORT_H
