//===- Escaping.h - Untrusted text in HTML and Markdown ---------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Everything a report shows from source code, comments, configuration or a
/// log is untrusted: a function may be named after markup, a justification
/// may hold a link or a bidi override. These make such text inert: control
/// characters, bidi overrides and invalid UTF-8 are shown as `<U+202E>` and
/// `<FF>` (as in text output), then HTML gets entities, and Markdown gets
/// backslash escapes plus entities (Markdown passes raw HTML through), so no
/// text can open a tag, a link or a table cell, or hide what it says.
///
//===----------------------------------------------------------------------===//

#ifndef WARDEN_DRIVER_REPORT_ESCAPING_H
#define WARDEN_DRIVER_REPORT_ESCAPING_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace warden::report {

/// Text for HTML content and quoted attribute values (and SVG).
std::string escapeHtml(llvm::StringRef Text);

/// Text for one line of Markdown, a table cell included: punctuation that
/// starts emphasis, code, links, images or cells is backslash-escaped, '<',
/// '>' and '&' become entities, and line breaks become spaces.
std::string escapeMarkdown(llvm::StringRef Text);

} // namespace warden::report

#endif // WARDEN_DRIVER_REPORT_ESCAPING_H
