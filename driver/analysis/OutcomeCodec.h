//===- OutcomeCodec.h - TU outcomes across the worker pipe ------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A worker process sends its TUOutcome to the driver as one JSON document.
/// Decoding is strict: a truncated or garbled message is an error (the TU is
/// then reported as failed), never a partial result.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_ANALYSIS_OUTCOMECODEC_H
#define WARDEN_DRIVER_ANALYSIS_OUTCOMECODEC_H

#include "analysis/TUAnalysis.h"
#include "llvm/Support/Error.h"
#include <string>

namespace warden {

std::string encodeOutcome(const TUOutcome &Outcome);
llvm::Expected<TUOutcome> decodeOutcome(llvm::StringRef Text);

} // namespace warden

#endif // WARDEN_DRIVER_ANALYSIS_OUTCOMECODEC_H
