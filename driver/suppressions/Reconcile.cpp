//===- Reconcile.cpp - Findings against their documented deviations -------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "suppressions/Reconcile.h"
#include "suppressions/Directive.h"
#include "support/Glob.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace warden {
namespace {

/// Compiled globs, by pattern: a register of many entries names few
/// distinct globs, and compiling one per finding made matching slow.
class GlobCache {
public:
  bool matches(llvm::StringRef Pattern, llvm::StringRef Text) {
    if (!isGlob(Pattern))
      return Pattern == Text;
    auto [It, Added] = Compiled.try_emplace(Pattern);
    if (Added) {
      // A GlobPattern points into its pattern's text: give it the map's
      // own copy, which lives as long as the entry.
      llvm::Expected<llvm::GlobPattern> Glob = compileGlob(It->getKey());
      if (Glob)
        It->second = std::move(*Glob);
      else
        llvm::consumeError(Glob.takeError());
    }
    return It->second && It->second->match(Text);
  }

  /// A symbol is matched exactly unless it contains '*' or '?'; brackets
  /// are literal either way ("Buffer::operator[]").
  bool matchesSymbol(llvm::StringRef Pattern, llvm::StringRef Symbol) {
    if (Pattern.find_first_of("*?") == llvm::StringRef::npos)
      return Pattern == Symbol;
    std::string Escaped;
    for (char C : Pattern) {
      if (C == '[' || C == ']' || C == '\\')
        Escaped.push_back('\\');
      Escaped.push_back(C);
    }
    return matches(Escaped, Symbol);
  }

private:
  llvm::StringMap<std::optional<llvm::GlobPattern>> Compiled;
};

std::string joinRules(const std::vector<std::string> &Rules) {
  std::vector<std::string> Quoted;
  for (const std::string &R : Rules)
    Quoted.push_back("'" + R + "'");
  return llvm::join(Quoted, ", ");
}

/// One suppression (comment or register entry) and what became of it.
struct Candidate {
  SuppressionKind Kind;
  SourceSpan Where;
  std::vector<std::string> Rules;
  std::string Justification;
  SuppressionFields Fields;
  SuppressionStatus Status = SuppressionStatus::Accepted;
  // Comments: the lines covered.
  std::string File;
  unsigned FirstLine = 0, LastLine = 0;
  // Register entries.
  const RegisterEntry *Entry = nullptr;
  bool Valid = true;
  bool Used = false;
  /// The rules as written (Rules keeps the known ones only).
  std::vector<std::string> WrittenRules;
  /// Findings the suppression was recorded on.
  unsigned Findings = 0;
};

class Reconciler {
public:
  Reconciler(ResultSet &Set, const ReconcileInput &In, SourceFiles &Files)
      : Set(Set), In(In), Files(Files) {
    for (const Rule &R : In.Catalog.rules()) {
      AllRules.push_back(R.Id);
      KnownRules.insert(R.Id);
    }
    for (const EnabledRule &E : In.Selection.Rules)
      Enabled[E.Definition->Id] = E.Severity;
  }

  void run(const std::vector<RegisterEntry> &Register) {
    collectComments();
    for (const RegisterEntry &E : Register)
      addRegisterEntry(E);
    for (Candidate &C : Candidates)
      validate(C);
    indexCandidates();
    // Only findings about code can be suppressed, not the meta-findings.
    size_t CodeResults = Set.Results.size();
    for (size_t I = 0; I < CodeResults; ++I)
      match(I);
    reportUnused();
    recordDeviations();
    // One problem is reported once, even if it shows on several findings
    // (a block forbidden by policy covers many).
    std::set<std::tuple<std::string, SourceSpan, std::string>> Reported;
    for (Finding &F : MetaFindings)
      if (Reported.emplace(F.RuleId, F.Where, F.Message).second)
        Set.add(std::move(F), Files).Meta = true;
    Set.sort();
  }

private:
  void meta(llvm::StringLiteral Rule, const SourceSpan &Where,
            const std::string &Message) {
    // Recorded even when the rule is off: the register shows every problem.
    std::vector<std::string> &Here = ProblemsAt[Where];
    if (!llvm::is_contained(Here, Rule))
      Here.push_back(Rule.str());
    auto It = Enabled.find(Rule.str());
    if (It == Enabled.end())
      return;
    Finding F;
    F.RuleId = Rule.str();
    F.Severity = It->second;
    F.Where = Where;
    F.Message = Message;
    MetaFindings.push_back(std::move(F));
  }

  /// The span of a comment's first line, for reporting.
  SourceSpan commentSpan(const SourceComment &C) {
    SourceSpan S;
    S.File = C.File;
    S.StartLine = S.EndLine = C.Line;
    S.StartColumn = C.Column;
    llvm::StringRef Text = llvm::StringRef(C.Text).split('\n').first;
    S.EndColumn = C.Column + Text.size();
    return S;
  }

  void collectComments() {
    // A header's comments arrive once per TU that includes it.
    std::map<std::tuple<std::string, unsigned, unsigned>, const SourceComment *>
        Unique;
    for (const TURecord &T : Set.TUs)
      for (const SourceComment &C : T.Outcome.Comments)
        Unique.emplace(std::make_tuple(C.File, C.Line, C.Column), &C);

    std::string File;
    std::vector<size_t> Open; // indices of unclosed begin directives
    auto CloseFile = [&] {
      for (size_t I : Open) {
        Candidate &C = Candidates[I];
        meta(meta::Malformed, C.Where,
             "'warden-ignore-begin' has no matching 'warden-ignore-end'; "
             "the block suppresses nothing");
        C.Valid = false;
      }
      Open.clear();
    };
    for (const auto &[Key, Comment] : Unique) {
      if (Comment->File != File) {
        CloseFile();
        File = Comment->File;
      }
      std::optional<Directive> D = parseDirective(Comment->Text);
      if (!D)
        continue;
      SourceSpan Where = commentSpan(*Comment);
      if (D->Kind == Directive::Scope::End) {
        if (Open.empty()) {
          meta(meta::Malformed, Where,
               "'warden-ignore-end' without a 'warden-ignore-begin'");
          continue;
        }
        Candidate &Begin = Candidates[Open.back()];
        if (!D->Rules.empty() && D->Rules != Begin.Rules)
          meta(meta::Malformed, Where,
               "'warden-ignore-end' names " + joinRules(D->Rules) +
                   " but the open block suppresses " + joinRules(Begin.Rules));
        Begin.LastLine = Comment->Line;
        Open.pop_back();
        continue;
      }
      Candidate C;
      C.Kind = SuppressionKind::InSource;
      C.Where = Where;
      C.File = Comment->File;
      C.Rules = D->Rules;
      C.WrittenRules = D->Rules;
      C.Justification = D->Justification;
      C.Fields = D->Fields;
      switch (D->Kind) {
      case Directive::Scope::SameLine:
        C.FirstLine = Comment->Line;
        C.LastLine = Comment->EndLine;
        break;
      case Directive::Scope::NextLine:
        C.FirstLine = C.LastLine = Comment->EndLine + 1;
        break;
      default: // Begin: closed by its end.
        C.FirstLine = Comment->Line;
        C.LastLine = Comment->Line;
        break;
      }
      for (const std::string &Problem : D->Problems) {
        meta(meta::Malformed, Where, "malformed suppression: " + Problem);
        C.Valid = false;
      }
      Candidates.push_back(std::move(C));
      if (D->Kind == Directive::Scope::Begin)
        Open.push_back(Candidates.size() - 1);
    }
    CloseFile();
  }

  void addRegisterEntry(const RegisterEntry &E) {
    Candidate C;
    C.Kind = SuppressionKind::External;
    C.Where = E.Where;
    C.Rules = {E.Rule};
    C.Justification = E.Justification;
    C.Fields = E.Fields;
    C.Status = E.Status;
    C.Entry = &E;
    Candidates.push_back(std::move(C));
  }

  std::string describe(const Candidate &C) const {
    return C.Kind == SuppressionKind::InSource
               ? "suppression of " + joinRules(C.Rules)
               : "register entry for " + joinRules(C.Rules);
  }

  /// Checks what does not depend on the finding: rule ids, globs,
  /// justification, expiry.
  void validate(Candidate &C) {
    if (!C.Valid)
      return;
    std::vector<std::string> Known;
    for (const std::string &Pattern : C.Rules) {
      if (isGlob(Pattern)) {
        if (!In.Policy.AllowGlobs) {
          meta(meta::Forbidden, C.Where,
               "rule glob '" + Pattern +
                   "' is not allowed by the policy ([suppressions] "
                   "allow-globs); name the rules");
          C.Valid = false;
          continue;
        }
        if (llvm::none_of(AllRules, [&](const std::string &Id) {
              return Globs.matches(Pattern, Id);
            })) {
          meta(meta::UnknownRule, C.Where,
               "rule glob '" + Pattern + "' in a suppression matches no rule");
          continue;
        }
      } else if (!KnownRules.contains(Pattern)) {
        meta(meta::UnknownRule, C.Where,
             "unknown rule '" + Pattern + "' in a suppression" +
                 didYouMean(Pattern, AllRules));
        continue;
      }
      Known.push_back(Pattern);
    }
    C.Rules = std::move(Known);
    if (C.Rules.empty())
      C.Valid = false;
    if (!C.Valid)
      return;

    llvm::StringRef Why = llvm::StringRef(C.Justification).trim();
    if (Why.empty()) {
      meta(meta::Unjustified, C.Where,
           describe(C) + " has no justification; write why the finding is "
                         "acceptable after the rule list and ':'");
      C.Valid = false;
    } else if (Why.size() < In.Policy.MinJustification) {
      meta(meta::Unjustified, C.Where,
           describe(C) + " has a justification of " +
               std::to_string(Why.size()) +
               " characters; the policy requires at least " +
               std::to_string(In.Policy.MinJustification));
      C.Valid = false;
    }
    // ISO dates compare as strings.
    if (!C.Fields.Expires.empty() && C.Fields.Expires < In.Today) {
      meta(meta::Expired, C.Where,
           describe(C) + " expired on " + C.Fields.Expires +
               "; review the deviation and renew or remove it");
      C.Valid = false;
    }
  }

  bool coversRule(const Candidate &C, llvm::StringRef RuleId) const {
    return llvm::any_of(C.Rules, [&](const std::string &P) {
      return Globs.matches(P, RuleId);
    });
  }

  /// Whether a comment candidate applies to a finding: same file, and the
  /// finding's line (or, for a finding inside a macro, the macro's
  /// definition line) is in its scope.
  bool commentApplies(const Candidate &C, const Finding &F) const {
    auto Covers = [&](const SourceSpan &S) {
      return S.File == C.File && S.StartLine >= C.FirstLine &&
             S.StartLine <= C.LastLine;
    };
    if (Covers(F.Where))
      return true;
    for (const FindingNote &N : F.Notes)
      if (llvm::StringRef(N.Message).starts_with("expanded from macro") &&
          Covers(N.Where))
        return true;
    return false;
  }

  bool entryApplies(const Candidate &C, const Result &R) const {
    const RegisterEntry &E = *C.Entry;
    llvm::StringRef Path =
        R.RelativePath.empty() ? llvm::StringRef(R.F.Where.File) : R.RelativePath;
    if (!Globs.matches(E.Path, Path))
      return false;
    if (!E.Symbol.empty() && !Globs.matchesSymbol(E.Symbol, R.F.EnclosingSymbol))
      return false;
    return E.Fingerprint.empty() || E.Fingerprint == R.Fingerprint;
  }

  /// Files a comment candidate can cover: the finding's, and for a finding
  /// inside a macro, the macro definition's (see commentApplies).
  void indexCandidates() {
    for (size_t I = 0; I < Candidates.size(); ++I) {
      const Candidate &C = Candidates[I];
      if (!C.Valid)
        continue;
      if (C.Kind == SuppressionKind::InSource) {
        CommentsByFile[C.File].push_back(I);
        continue;
      }
      const RegisterEntry &E = *C.Entry;
      // Valid entries name one rule (Rules holds it, or nothing).
      llvm::StringRef Rule =
          C.Rules.size() == 1 ? llvm::StringRef(C.Rules[0]) : llvm::StringRef();
      if (!E.Fingerprint.empty())
        EntriesByFingerprint[E.Fingerprint].push_back(I);
      else if (C.Rules.size() != 1 || isGlob(Rule))
        EntriesForAnyRule.push_back(I);
      else if (!isGlob(E.Path) && !E.Symbol.empty() &&
               E.Symbol.find_first_of("*?") == std::string::npos)
        EntriesByPathRuleAndSymbol[{E.Path, Rule.str(), E.Symbol}].push_back(
            I);
      else if (!isGlob(E.Path))
        EntriesByPathAndRule[{E.Path, Rule.str()}].push_back(I);
      else
        EntriesByRule[Rule].push_back(I);
    }
  }

  /// The candidates that may apply to a finding, in the order of
  /// Candidates (which decides the order of its suppressions).
  std::vector<size_t> candidatesFor(const Result &R) const {
    std::vector<size_t> Found;
    auto Add = [&](const std::vector<size_t> *List) {
      if (List)
        Found.insert(Found.end(), List->begin(), List->end());
    };
    auto In = [](const auto &Map, const auto &Key) {
      auto It = Map.find(Key);
      return It == Map.end() ? nullptr : &It->second;
    };
    Add(In(CommentsByFile, R.F.Where.File));
    for (const FindingNote &N : R.F.Notes)
      if (N.Where.File != R.F.Where.File &&
          llvm::StringRef(N.Message).starts_with("expanded from macro"))
        Add(In(CommentsByFile, N.Where.File));
    if (!R.Fingerprint.empty())
      Add(In(EntriesByFingerprint, R.Fingerprint));
    std::string Path =
        R.RelativePath.empty() ? R.F.Where.File : R.RelativePath;
    Add(In(EntriesByPathAndRule, std::make_pair(Path, R.F.RuleId)));
    Add(In(EntriesByPathRuleAndSymbol,
           std::make_tuple(Path, R.F.RuleId, R.F.EnclosingSymbol)));
    Add(In(EntriesByRule, R.F.RuleId));
    Add(&EntriesForAnyRule);
    llvm::sort(Found);
    Found.erase(std::unique(Found.begin(), Found.end()), Found.end());
    return Found;
  }

  void match(size_t Index) {
    for (size_t CandidateIndex : candidatesFor(Set.Results[Index])) {
      Candidate &C = Candidates[CandidateIndex];
      Result &R = Set.Results[Index];
      if (!C.Valid || !coversRule(C, R.F.RuleId))
        continue;
      bool Applies = C.Kind == SuppressionKind::InSource
                         ? commentApplies(C, R.F)
                         : entryApplies(C, R);
      if (!Applies)
        continue;
      C.Used = true;
      llvm::StringRef Level = levelName(R.F.Severity);
      if (C.Kind == SuppressionKind::InSource &&
          !llvm::is_contained(In.Policy.InlineLevels, R.F.Severity)) {
        meta(meta::Forbidden, C.Where,
             "the policy does not allow suppressing " + Level.str() +
                 " findings in source ([suppressions] inline-levels); "
                 "record the deviation of '" +
                 R.F.RuleId + "' in the register");
        continue;
      }
      if (llvm::is_contained(In.Policy.ApproverRequired, R.F.Severity) &&
          C.Fields.Approver.empty()) {
        meta(meta::Forbidden, C.Where,
             describe(C) + " needs an approver for " + Level.str() +
                 " findings ([suppressions] approver-required)");
        continue;
      }
      SuppressionRecord Record;
      Record.Kind = C.Kind;
      Record.Status = C.Status;
      Record.Justification = llvm::StringRef(C.Justification).trim().str();
      Record.Where = C.Where;
      Record.Fields = C.Fields;
      R.Suppressions.push_back(std::move(Record));
      ++C.Findings;
      if (C.Status == SuppressionStatus::Accepted ||
          (C.Status == SuppressionStatus::UnderReview &&
           In.Policy.UnderReviewSuppresses))
        R.Suppressed = true;
    }
  }

  /// Keeps every candidate, with the problems reported about it, for the
  /// deviation register of the SARIF log and the evidence report.
  void recordDeviations() {
    for (const Candidate &C : Candidates) {
      DeviationRecord D;
      D.Kind = C.Kind;
      D.Status = C.Status;
      D.Rules = C.Entry ? std::vector<std::string>{C.Entry->Rule}
                        : C.WrittenRules;
      D.Justification = llvm::StringRef(C.Justification).trim().str();
      D.Where = C.Where;
      D.Fields = C.Fields;
      if (C.Entry) {
        D.Path = C.Entry->Path;
        D.Symbol = C.Entry->Symbol;
        D.Fingerprint = C.Entry->Fingerprint;
      }
      D.Findings = C.Findings;
      auto Found = ProblemsAt.find(C.Where);
      if (Found != ProblemsAt.end())
        D.Problems = Found->second;
      Set.Deviations.push_back(std::move(D));
    }
  }

  void reportUnused() {
    for (const Candidate &C : Candidates) {
      if (!C.Valid || C.Used)
        continue;
      // A suppression of rules not run today cannot be judged.
      bool NamesEnabledRule =
          llvm::any_of(C.Rules,
                       [&](const std::string &P) {
                         return !isGlob(P) && Enabled.count(P);
                       }) ||
          llvm::any_of(Enabled, [&](const auto &E) {
            return coversRule(C, E.first);
          });
      if (!NamesEnabledRule)
        continue;
      bool Judged;
      if (C.Kind == SuppressionKind::InSource)
        Judged = In.Coverage.fullyAnalysed(C.File);
      else
        Judged =
            In.Coverage.complete() ||
            (!isGlob(C.Entry->Path) &&
             In.Coverage.fullyAnalysed(Set.SourceRoot + "/" + C.Entry->Path));
      if (!Judged)
        continue;
      meta(meta::Unused, C.Where,
           describe(C) + " matches no finding; remove it");
    }
  }

  ResultSet &Set;
  const ReconcileInput &In;
  SourceFiles &Files;
  std::vector<std::string> AllRules;
  llvm::StringSet<> KnownRules;
  std::map<std::string, Level> Enabled;
  std::vector<Candidate> Candidates;
  std::vector<Finding> MetaFindings;
  /// The rules of the problems reported at each place, first first.
  std::map<SourceSpan, std::vector<std::string>> ProblemsAt;
  mutable GlobCache Globs;
  // Which candidates may apply to a finding (indices into Candidates);
  // each is still checked in full by match().
  llvm::StringMap<std::vector<size_t>> CommentsByFile;
  llvm::StringMap<std::vector<size_t>> EntriesByFingerprint;
  std::map<std::pair<std::string, std::string>, std::vector<size_t>>
      EntriesByPathAndRule;
  /// Entries naming one symbol exactly: a file's entries are often many.
  std::map<std::tuple<std::string, std::string, std::string>,
           std::vector<size_t>>
      EntriesByPathRuleAndSymbol;
  llvm::StringMap<std::vector<size_t>> EntriesByRule;
  std::vector<size_t> EntriesForAnyRule;
};

} // namespace

void reconcileSuppressions(ResultSet &Set,
                           const std::vector<RegisterEntry> &Register,
                           const ReconcileInput &In, SourceFiles &Files) {
  Reconciler(Set, In, Files).run(Register);
}

} // namespace warden
