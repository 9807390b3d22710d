//===- ApplyFixes.cpp - warden check --fix --------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "fixes/ApplyFixes.h"
#include "support/AtomicFile.h"
#include "support/Diagnostics.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace warden {
namespace {

struct Edit {
  size_t Begin, End; ///< Byte offsets, End exclusive.
  std::string Text;
  size_t FixId;      ///< Edits of one fix are applied together or not at all.
};

/// Byte offset of a 1-based (line, byte column) position.
std::optional<size_t> offsetOf(llvm::StringRef Text, unsigned Line,
                               unsigned Column) {
  size_t Offset = 0;
  for (unsigned L = 1; L < Line; ++L) {
    size_t NewLine = Text.find('\n', Offset);
    if (NewLine == llvm::StringRef::npos)
      return std::nullopt;
    Offset = NewLine + 1;
  }
  Offset += Column - 1;
  if (Column == 0 || Offset > Text.size())
    return std::nullopt;
  return Offset;
}

} // namespace

llvm::Expected<FixSummary> applyFixes(const ResultSet &Set) {
  // The edits of every file, each tagged with its fix.
  std::map<std::string, std::vector<const Replacement *>> ByFile;
  std::map<const Replacement *, size_t> FixOf;
  size_t NextFix = 0;
  for (const Result &R : Set.Results) {
    if (R.Suppressed || R.Meta || R.F.Fixes.empty())
      continue;
    size_t Id = NextFix++;
    for (const Replacement &Rp : R.F.Fixes.front().Replacements) {
      ByFile[Rp.Removed.File].push_back(&Rp);
      FixOf[&Rp] = Id;
    }
  }

  FixSummary Summary;
  for (auto &[File, Replacements] : ByFile) {
    auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (!Buffer)
      return makeError("cannot read '" + File +
                       "' to fix it: " + Buffer.getError().message());
    llvm::StringRef Text = (*Buffer)->getBuffer();
    std::vector<Edit> Edits;
    for (const Replacement *Rp : Replacements) {
      std::optional<size_t> Begin =
          offsetOf(Text, Rp->Removed.StartLine, Rp->Removed.StartColumn);
      std::optional<size_t> End =
          offsetOf(Text, Rp->Removed.EndLine, Rp->Removed.EndColumn);
      if (!Begin || !End || *End < *Begin)
        return makeError("a fix for '" + File +
                         "' does not fit the file; was it edited during the "
                         "analysis?");
      Edits.push_back({*Begin, *End, Rp->Inserted, FixOf[Rp]});
    }
    std::stable_sort(Edits.begin(), Edits.end(),
                     [](const Edit &A, const Edit &B) {
                       return A.Begin < B.Begin;
                     });
    // A fix whose edit overlaps another fix's (or inserts at the same
    // point, where the order would be a guess) is dropped entirely.
    std::set<size_t> Dropped;
    size_t Reach = 0, LastBegin = 0, LastFix = 0;
    bool Any = false;
    for (const Edit &E : Edits) {
      if (Dropped.count(E.FixId))
        continue;
      bool Conflict = Any && E.FixId != LastFix &&
                      (E.Begin < Reach || (E.Begin == LastBegin && E.Begin == Reach));
      if (Conflict) {
        Dropped.insert(E.FixId);
        continue;
      }
      Reach = std::max(Reach, E.End);
      LastBegin = E.Begin;
      LastFix = E.FixId;
      Any = true;
    }
    std::string Out;
    size_t Cursor = 0;
    std::set<size_t> AppliedFixes;
    for (const Edit &E : Edits) {
      if (Dropped.count(E.FixId))
        continue;
      Out.append(Text.data() + Cursor, E.Begin - Cursor);
      Out += E.Text;
      Cursor = E.End;
      AppliedFixes.insert(E.FixId);
    }
    Out.append(Text.data() + Cursor, Text.size() - Cursor);
    Summary.Conflicts += Dropped.size();
    if (AppliedFixes.empty())
      continue;
    if (llvm::Error E = writeFileAtomically(File, Out, WriteKind::FixTarget))
      return std::move(E);
    Summary.Applied += AppliedFixes.size();
    ++Summary.Files;
  }
  return Summary;
}

} // namespace warden
