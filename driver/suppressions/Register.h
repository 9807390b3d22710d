//===- Register.h - The external deviation register -------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The deviation register is a TOML file kept in the repository (reviewed
/// like code): one [[deviation]] per accepted, under-review or rejected
/// deviation, with its justification and approval data. Entries are matched
/// to findings by rule, path glob, enclosing symbol and fingerprint.
/// `warden suppress` appends entries; it never rewrites existing text.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_SUPPRESSIONS_REGISTER_H
#define WARDEN_DRIVER_SUPPRESSIONS_REGISTER_H

#include "findings/Suppression.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace warden {

struct RegisterEntry {
  std::string Rule;        ///< Rule id or glob.
  std::string Path;        ///< Glob relative to the source root.
  std::string Symbol;      ///< Enclosing declaration; empty: any.
  std::string Fingerprint; ///< warden/v1 fingerprint; empty: any.
  std::string Justification;
  SuppressionStatus Status = SuppressionStatus::Accepted;
  SuppressionFields Fields;
  /// Where the entry is written (its [[deviation]] header).
  SourceSpan Where;
};

/// Reads and validates the register; every problem is reported with its
/// position (exit code 2).
llvm::Expected<std::vector<RegisterEntry>> loadRegister(llvm::StringRef Path);

/// Validates a register's text; Path names it in messages.
llvm::Expected<std::vector<RegisterEntry>>
parseRegister(llvm::StringRef Path, llvm::StringRef Text);

/// The TOML text of one entry, as `warden suppress` appends it.
std::string formatRegisterEntry(const RegisterEntry &E);

/// Appends an entry to the register (creating it if needed) without
/// touching what is already there; the file is replaced atomically and the
/// result is read back to make sure it is still valid.
llvm::Error appendRegisterEntry(llvm::StringRef Path, const RegisterEntry &E);

} // namespace warden

#endif // WARDEN_DRIVER_SUPPRESSIONS_REGISTER_H
