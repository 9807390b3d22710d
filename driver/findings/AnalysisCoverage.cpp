//===- AnalysisCoverage.cpp - Which files a run knows completely ----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "findings/AnalysisCoverage.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace warden {

AnalysisCoverage AnalysisCoverage::ofRun(const ResultSet &Set,
                                         bool CompleteRun) {
  AnalysisCoverage C;
  C.Complete = CompleteRun;
  if (CompleteRun) {
    for (const std::string &F : Set.AnalysedFiles)
      C.Files.insert(F);
    return C;
  }
  for (const TURecord &T : Set.TUs)
    if (T.Outcome.Status == TUOutcome::State::Analysed) {
      llvm::SmallString<256> Real;
      C.Files.insert(llvm::sys::fs::real_path(T.Job->File, Real)
                         ? T.Job->File
                         : std::string(Real));
    }
  return C;
}

bool AnalysisCoverage::judges(llvm::StringRef Path,
                              llvm::StringRef SourceRoot) const {
  if (Complete)
    return true;
  if (llvm::sys::path::is_absolute(Path))
    return fullyAnalysed(Path);
  return fullyAnalysed((SourceRoot + "/" + Path).str());
}

} // namespace warden
