//===- TextEmitter.cpp - Compiler-style text output -----------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "output/TextEmitter.h"
#include "findings/Fingerprint.h"
#include "findings/RuleCounts.h"
#include "support/DisplayText.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include <list>
#include <set>

namespace warden {
namespace {

constexpr unsigned TabStop = 8;
/// The longest source line shown whole.
constexpr unsigned MaxSnippet = 160;
/// Source lines kept rendered: a finding and its notes rarely span more.
constexpr size_t RenderedLinesKept = 4;

class Printer {
public:
  Printer(llvm::raw_ostream &OS, SourceFiles &Files, const TextOptions &Opts)
      : OS(OS), Files(Files), Opts(Opts) {
    OS.enable_colors(Opts.Color);
  }

  void finding(const Result &R) {
    const Finding &F = R.F;
    header(F.Where, F.Severity, F.Message, F.RuleId,
           Opts.ShowFingerprints ? shortFingerprint(R.Fingerprint) : "");
    snippet(F.Where, F.Fixes.empty() ? nullptr : &F.Fixes.front());
    for (const FindingNote &N : F.Notes) {
      header(N.Where, Level::None, N.Message, "");
      snippet(N.Where, nullptr);
    }
    for (const SuppressionRecord &S : R.Suppressions) {
      std::string What =
          (S.Kind == SuppressionKind::InSource ? "suppressed in source"
                                               : "deviation in the register") +
          std::string(S.Status == SuppressionStatus::Accepted ? ""
                      : S.Status == SuppressionStatus::UnderReview
                          ? " (under review)"
                          : " (rejected)") +
          ": " + S.Justification;
      header(S.Where, Level::None, What, "");
    }
    if (R.Baseline == BaselineState::Unchanged)
      OS << "  (already in the baseline)\n";
  }

private:
  std::string displayPath(llvm::StringRef File) const {
    llvm::StringRef Rest = File;
    if (!Opts.WorkingDir.empty() && Rest.consume_front(Opts.WorkingDir) &&
        Rest.consume_front("/"))
      return displayText(Rest);
    return displayText(File);
  }

  /// "file:line:col: warning: message [rule]", or "[rule fp:digits]" with
  /// a fingerprint; Level::None prints a note.
  void header(const SourceSpan &Where, Level L, llvm::StringRef Message,
              llvm::StringRef RuleId, llvm::StringRef Fingerprint = "") {
    OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
    OS << displayPath(Where.File) << ':' << Where.StartLine << ':'
       << Where.StartColumn << ": ";
    OS.resetColor();
    switch (L) {
    case Level::Error:
      OS.changeColor(llvm::raw_ostream::RED, true) << "error: ";
      break;
    case Level::Warning:
      OS.changeColor(llvm::raw_ostream::MAGENTA, true) << "warning: ";
      break;
    case Level::Note:
      OS.changeColor(llvm::raw_ostream::CYAN, true) << "note: ";
      break;
    case Level::None:
      OS.changeColor(llvm::raw_ostream::BLACK, true) << "note: ";
      break;
    }
    OS.resetColor();
    OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, true) << displayText(Message);
    if (!RuleId.empty()) {
      OS << " [" << displayText(RuleId);
      if (!Fingerprint.empty())
        OS << " fp:" << Fingerprint;
      OS << ']';
    }
    OS.resetColor();
    OS << '\n';
  }

  /// The rendered source line. Findings come sorted by place, and one
  /// generated line may carry thousands of them: each line is rendered
  /// once, not once per finding.
  const DisplayLine &rendered(llvm::StringRef File, unsigned LineNumber) {
    for (auto It = Rendered.begin(); It != Rendered.end(); ++It)
      if (It->LineNumber == LineNumber && It->File == File) {
        Rendered.splice(Rendered.begin(), Rendered, It);
        return Rendered.front().Line;
      }
    if (Rendered.size() == RenderedLinesKept)
      Rendered.pop_back();
    Rendered.push_front(
        {File.str(), LineNumber,
         DisplayLine(Files.get(File).line(LineNumber), TabStop)});
    return Rendered.front().Line;
  }

  void snippet(const SourceSpan &Where, const FindingFix *Fix) {
    const DisplayLine &Line = rendered(Where.File, Where.StartLine);
    if (Line.text().empty() && Where.StartColumn > 1)
      return;
    unsigned Start = Line.columnOf(Where.StartColumn);
    unsigned End = Where.EndLine == Where.StartLine
                       ? std::max(Line.columnOf(Where.EndColumn), Start + 1)
                       : Line.width();
    // A generated file may have megabyte-long lines: show a window around
    // the finding, as clang does, rather than flood the terminal. The
    // window is cut between characters, never inside one or inside a
    // <U+001B>; the columns it leaves out are shown as "...".
    std::string Shown;
    unsigned Shift = 0;
    if (Line.width() > MaxSnippet) {
      Shift = Start > MaxSnippet / 2 ? Start - MaxSnippet / 2 : 0;
      unsigned WindowEnd = std::min(Shift + MaxSnippet, Line.width());
      bool CutLeft = Shift > 0, CutRight = WindowEnd < Line.width();
      unsigned From = Shift + (CutLeft ? 3 : 0);
      unsigned To = WindowEnd - (CutRight ? 3 : 0);
      unsigned FirstColumn = From;
      llvm::StringRef Middle = Line.slice(From, To, FirstColumn);
      if (CutLeft)
        Shown = "...";
      Shown.append(FirstColumn - From, ' ');
      Shown += Middle;
      if (CutRight)
        Shown += "...";
      Start -= Shift;
      End = std::min(End - Shift, WindowEnd - Shift);
    } else {
      Shown = Line.text();
    }
    OS << llvm::formatv("{0,5} | ", Where.StartLine) << Shown << '\n';
    OS << "      | ";
    OS.changeColor(llvm::raw_ostream::GREEN, true);
    OS << std::string(Start, ' ') << '^'
       << std::string(End > Start + 1 ? End - Start - 1 : 0, '~');
    OS.resetColor();
    OS << '\n';
    if (!Fix)
      return;
    // Like clang: show the replacement text under the code it replaces.
    for (const Replacement &R : Fix->Replacements)
      if (R.Removed.StartLine == Where.StartLine &&
          R.Removed.File == Where.File &&
          R.Inserted.find('\n') == std::string::npos) {
        unsigned At = Line.columnOf(R.Removed.StartColumn);
        if (At < Shift)
          continue;
        OS << "      | ";
        OS.changeColor(llvm::raw_ostream::GREEN, false);
        OS << std::string(At - Shift, ' ') << displayText(R.Inserted);
        OS.resetColor();
        OS << '\n';
      }
  }

  struct RenderedLine {
    std::string File;
    unsigned LineNumber;
    DisplayLine Line;
  };
  std::list<RenderedLine> Rendered;
  llvm::raw_ostream &OS;
  SourceFiles &Files;
  const TextOptions &Opts;
};

} // namespace

void emitText(llvm::raw_ostream &OS, const ResultSet &Set, SourceFiles &Files,
              const TextOptions &Options) {
  Printer P(OS, Files, Options);
  for (const Result &R : Set.Results) {
    if (onlyInBaseline(R.Baseline))
      continue;
    bool NeedsAttention =
        !R.Suppressed && R.Baseline != BaselineState::Unchanged;
    if (NeedsAttention || Options.ShowAll)
      P.finding(R);
  }
}

void emitAnalysisProblems(llvm::raw_ostream &OS, const ResultSet &Set,
                          const TextOptions &Options) {
  for (const TURecord &T : Set.TUs) {
    switch (T.Outcome.Status) {
    case TUOutcome::State::Analysed:
      break;
    case TUOutcome::State::Incomplete:
      OS << "warden: warning: '" << displayText(T.Job->File)
         << "' has compile errors; its analysis is incomplete\n";
      for (const CompilerMessage &M : T.Outcome.Errors) {
        OS << "  ";
        if (!M.File.empty())
          OS << displayText(M.File) << ':' << M.Line << ':' << M.Column << ": ";
        // '#error' quotes the source as written.
        OS << "error: " << displayText(M.Message) << '\n';
      }
      break;
    case TUOutcome::State::Failed:
      OS << "warden: error: analysis of '" << displayText(T.Job->File)
         << "' failed: " << displayText(T.Outcome.FailureReason) << '\n';
      break;
    }
  }
}

void emitRuleSummary(llvm::raw_ostream &OS, const ResultSet &Set,
                     bool HasBaseline) {
  std::vector<RuleCount> Counts = countByRule(Set);
  if (Counts.empty()) {
    OS << "warden: findings per rule: none\n";
    return;
  }
  // Rule ids come from plugins and the register: shown escaped, and the
  // column as wide as the widest escaped id.
  std::vector<std::string> Ids;
  size_t Width = std::string("Total").size();
  for (const RuleCount &C : Counts) {
    Ids.push_back(displayText(C.RuleId));
    Width = std::max(Width, Ids.back().size());
  }
  RuleCount Total;
  auto Row = [&](llvm::StringRef Rule, llvm::StringRef Level,
                 const RuleCount &C) {
    OS << "  " << llvm::left_justify(Rule, Width) << "  "
       << llvm::left_justify(Level, 7) << llvm::format_decimal(C.Findings, 10);
    if (HasBaseline)
      OS << llvm::format_decimal(C.New, 6)
         << llvm::format_decimal(C.Unchanged, 11);
    OS << llvm::format_decimal(C.Suppressed, 12) << '\n';
  };
  OS << "warden: findings per rule:\n"
     << "  " << llvm::left_justify("Rule", Width) << "  "
     << llvm::left_justify("Level", 7) << "  Findings";
  if (HasBaseline)
    OS << "    New  Unchanged";
  OS << "  Suppressed\n";
  for (size_t I = 0; I < Counts.size(); ++I) {
    const RuleCount &C = Counts[I];
    Row(Ids[I], levelName(C.Severity), C);
    Total.Findings += C.Findings;
    Total.New += C.New;
    Total.Unchanged += C.Unchanged;
    Total.Suppressed += C.Suppressed;
  }
  Row("Total", "", Total);
}

static std::string plural(size_t N, llvm::StringRef One, llvm::StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

std::string summaryLine(const ResultSet &Set, const SummaryInfo &Info) {
  size_t Findings = 0, Errors = 0, Warnings = 0, Notes = 0;
  size_t New = 0, Unchanged = 0, Absent = 0, NotAnalysed = 0;
  size_t InSource = 0, External = 0, Problems = 0;
  size_t ByClass[3] = {0, 0, 0};
  bool HasBaseline = false;
  std::set<llvm::StringRef> FilesWithFindings;
  for (const Result &R : Set.Results) {
    HasBaseline |= R.Baseline != BaselineState::None;
    if (R.Baseline == BaselineState::Absent) {
      ++Absent;
      continue;
    }
    if (R.Baseline == BaselineState::NotAnalysed) {
      ++NotAnalysed;
      continue;
    }
    if (R.Meta) {
      ++Problems;
      continue;
    }
    ++Findings;
    FilesWithFindings.insert(R.F.Where.File);
    ++ByClass[int(R.Class)];
    switch (R.F.Severity) {
    case Level::Error:
      ++Errors;
      break;
    case Level::Warning:
      ++Warnings;
      break;
    default:
      ++Notes;
      break;
    }
    New += R.Baseline == BaselineState::New;
    Unchanged += R.Baseline == BaselineState::Unchanged;
    if (R.Suppressed) {
      auto Kind = llvm::find_if(R.Suppressions, [](const SuppressionRecord &S) {
        return S.Status != SuppressionStatus::Rejected;
      });
      if (Kind != R.Suppressions.end() &&
          Kind->Kind == SuppressionKind::External)
        ++External;
      else
        ++InSource;
    }
  }
  std::string S = "warden: " + plural(Findings, "finding", "findings") + " (" +
                  plural(Errors, "error", "errors") + ", " +
                  plural(Warnings, "warning", "warnings") + ", " +
                  plural(Notes, "note", "notes") + ") in " +
                  plural(FilesWithFindings.size(), "file", "files");
  if (HasBaseline)
    S += ": " + std::to_string(New) + " new, " + std::to_string(Unchanged) +
         " in the baseline, " + std::to_string(Absent) + " fixed since";
  // A partial run cannot tell whether findings elsewhere are fixed.
  if (NotAnalysed)
    S += ", " + std::to_string(NotAnalysed) + " not analysed";
  size_t Suppressed = InSource + External;
  S += "; " + std::to_string(Suppressed) + " suppressed";
  if (Suppressed)
    S += " (" + std::to_string(InSource) + " in source, " +
         std::to_string(External) + " in the register)";
  S += "; " + plural(Problems, "suppression problem", "suppression problems");
  if (Info.HasComponents)
    S += "; " + std::to_string(ByClass[int(ComponentClass::Maintained)]) +
         " maintained, " +
         std::to_string(ByClass[int(ComponentClass::Supported)]) +
         " supported";
  S += "; " + std::to_string(Info.Gated) + " failing the gate; " +
       plural(Set.TUs.size(), "translation unit", "translation units");
  size_t Failed = Set.failedTUs(), Incomplete = Set.incompleteTUs();
  std::string Cached =
      Info.FromCache ? " (" + std::to_string(Info.FromCache) +
                           " from the cache)"
                     : "";
  if (!Failed && !Incomplete)
    return S + " analysed" + Cached;
  S += ": " + std::to_string(Set.TUs.size() - Failed - Incomplete) +
       " analysed";
  if (Incomplete)
    S += ", " + std::to_string(Incomplete) + " incomplete";
  if (Failed)
    S += ", " + std::to_string(Failed) + " failed";
  return S + Cached;
}

} // namespace warden
