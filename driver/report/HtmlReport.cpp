//===- HtmlReport.cpp - The compliance report as one HTML file ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "report/Escaping.h"
#include "report/Renderers.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace warden::report {
namespace {

constexpr const char *Style = R"css(
:root{--ink:#1b2230;--muted:#5d6677;--line:#dde2ea;--soft:#f5f7fa;--accent:#21477f;
--ok:#17663a;--okbg:#e3f3e8;--bad:#a8231a;--badbg:#fcebe9;--warn:#8a5a00;--warnbg:#fff3d1;
--info:#21477f;--infobg:#e7eef9;--grey:#eef0f4}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#fff;color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
main{max-width:1160px;margin:0 auto;padding:36px 44px 72px}
header.doc{display:flex;justify-content:space-between;align-items:flex-end;gap:24px;border-bottom:3px solid var(--accent);padding-bottom:14px;margin-bottom:22px}
.eyebrow{font-size:12px;letter-spacing:.09em;text-transform:uppercase;color:var(--accent);font-weight:650}
h1{font-size:28px;line-height:1.2;margin:4px 0 4px}
.sub{color:var(--muted)}
.meta{text-align:right;color:var(--muted);font-size:12.5px;white-space:nowrap}
h2{font-size:19px;margin:40px 0 10px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h2 .num{color:var(--accent);margin-right:6px}
h3{font-size:14.5px;margin:22px 0 6px}
p{margin:6px 0 10px}
a{color:var(--accent)}
.summary{display:grid;grid-template-columns:250px 1fr;border:1px solid var(--line);border-radius:12px;overflow:hidden;margin-bottom:8px}
.verdict{padding:20px 22px;display:flex;flex-direction:column;justify-content:center;gap:4px}
.verdict .k{font-size:11.5px;letter-spacing:.09em;text-transform:uppercase;font-weight:650;opacity:.85}
.verdict .v{font-size:26px;font-weight:750;line-height:1.15}
.verdict .why{font-size:12.5px}
.v-passed{background:var(--okbg);color:var(--ok)}
.v-failed,.v-error{background:var(--badbg);color:var(--bad)}
.v-incomplete,.v-mixed{background:var(--warnbg);color:var(--warn)}
.tiles{display:grid;grid-template-columns:repeat(4,1fr)}
.tile{padding:14px 18px;border-left:1px solid var(--line);border-top:1px solid var(--line)}
.tile:nth-child(-n+4){border-top:0}
.tile .n{font-size:24px;font-weight:680;font-variant-numeric:tabular-nums;line-height:1.2}
.tile .t{color:var(--muted);font-size:12px}
.tile .n.bad{color:var(--bad)}.tile .n.warn{color:var(--warn)}.tile .n.ok{color:var(--ok)}
nav.toc{margin:14px 0 0;font-size:13px;color:var(--muted)}
nav.toc a{margin-right:14px;text-decoration:none}
table{border-collapse:collapse;width:100%;margin:6px 0 14px;font-size:13px}
th{text-align:left;background:var(--soft);font-weight:620;border-bottom:2px solid var(--line);padding:7px 9px;white-space:nowrap}
td{border-bottom:1px solid var(--line);padding:6px 9px;vertical-align:top}
tbody tr:nth-child(even) td{background:#fbfcfd}
.num{text-align:right;font-variant-numeric:tabular-nums}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:12px}
.hash{word-break:break-all;color:var(--muted)}
.loc,.nw,td.id{white-space:nowrap}
.badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:11.5px;font-weight:640;white-space:nowrap;border:1px solid transparent;line-height:1.6}
.b-error,.b-bad{background:var(--badbg);color:var(--bad);border-color:#f3c5c0}
.b-warning,.b-warn{background:var(--warnbg);color:var(--warn);border-color:#f0dc9e}
.b-note,.b-info{background:var(--infobg);color:var(--info);border-color:#c8d7ee}
.b-ok{background:var(--okbg);color:var(--ok);border-color:#bfe2ca}
.b-muted{background:var(--grey);color:var(--muted);border-color:#dde1e8}
dl.kv{display:grid;grid-template-columns:240px 1fr;gap:5px 18px;margin:8px 0 14px}
dl.kv dt{color:var(--muted)}
dl.kv dd{margin:0;min-width:0;overflow-wrap:anywhere}
.note{color:var(--muted);font-size:12.5px}
.callout{border-left:4px solid var(--warn);background:var(--warnbg);padding:8px 14px;border-radius:4px;margin:10px 0}
.callout.info{border-color:var(--accent);background:var(--infobg)}
.charts{display:grid;grid-template-columns:2fr 1fr;gap:18px;margin:10px 0 6px;align-items:start}
.legend{font-weight:400;color:var(--muted);margin-left:10px}
.sw{display:inline-block;width:9px;height:9px;border-radius:2px;margin:0 4px 0 10px}
figure{margin:0;border:1px solid var(--line);border-radius:10px;padding:12px 14px}
figcaption{font-size:12.5px;font-weight:620;margin-bottom:6px}
.empty{color:var(--muted);font-style:italic}
.just{min-width:200px;max-width:360px}
td.what{min-width:230px;max-width:320px;overflow-wrap:anywhere}
table.devs{font-size:12.5px}
table.devs th{white-space:normal}
footer{margin-top:48px;padding-top:10px;border-top:1px solid var(--line);color:var(--muted);font-size:12px}
@media screen and (max-width:900px){
main{padding:20px}
.summary{grid-template-columns:1fr}
.tiles{grid-template-columns:repeat(2,1fr)}
.charts{grid-template-columns:1fr!important}
}
@page{size:A4;margin:14mm 12mm}
@media print,(max-width:900px){
table{font-size:8.5pt}
th,td{padding:4px 5px}
.nw,.loc,td.id{white-space:normal}
td.id,.loc{overflow-wrap:anywhere}
table code,table .mono{font-size:7.5pt}
dl.kv{grid-template-columns:170px 1fr}
}
@media print{
body{font-size:10pt}
.summary{grid-template-columns:190px 1fr}
.tile{padding:10px 12px}
.tile .n{font-size:19px}
.verdict .v{font-size:21px}
main{max-width:none;padding:0}
nav.toc{display:none}
h2{break-after:avoid;margin-top:26px}
h3{break-after:avoid}
tr,figure,.summary,dl.kv{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
tbody tr:nth-child(even) td{background:none}
}
)css";

std::string esc(llvm::StringRef S) { return escapeHtml(S); }

std::string badge(llvm::StringRef Text, llvm::StringRef Kind) {
  return "<span class=\"badge b-" + Kind.str() + "\">" + esc(Text) + "</span>";
}

std::string levelBadge(llvm::StringRef Level) {
  return badge(Level, Level == "error" || Level == "warning" || Level == "note"
                          ? Level
                          : llvm::StringRef("muted"));
}

std::string code(llvm::StringRef S) { return "<code>" + esc(S) + "</code>"; }

std::string joinEscaped(const std::vector<std::string> &V,
                        llvm::StringRef Empty = "—") {
  if (V.empty())
    return "<span class=\"note\">" + Empty.str() + "</span>";
  // Items wrap between each other, never inside ("CWE-\n120").
  std::vector<std::string> E;
  for (const std::string &S : V)
    E.push_back("<span class=\"nw\">" + esc(S) + "</span>");
  return llvm::join(E, ", ");
}

std::string fileCheckBadge(FileCheck C) {
  switch (C) {
  case FileCheck::Matches:
    return badge(fileCheckText(C), "ok");
  case FileCheck::Changed:
  case FileCheck::Missing:
    return badge(fileCheckText(C), "warn");
  case FileCheck::NotRecorded:
    break;
  }
  return "";
}

int levelRank(llvm::StringRef L) {
  return L == "error" ? 3 : L == "warning" ? 2 : L == "note" ? 1 : 0;
}

const char *levelColor(llvm::StringRef L) {
  return L == "error" ? "#c0392b" : L == "warning" ? "#d99a06" : "#3c6fb6";
}

/// A horizontal bar chart: one labelled bar per row.
std::string barChart(const std::vector<std::tuple<std::string, unsigned,
                                                  std::string>> &Rows,
                     unsigned LabelWidth, unsigned Width) {
  if (Rows.empty())
    return "<p class=\"empty\">No open findings.</p>";
  unsigned Max = 1;
  for (const auto &R : Rows)
    Max = std::max(Max, std::get<1>(R));
  const unsigned Bar = 18, Gap = 8, Top = 4;
  unsigned Height = Top + Rows.size() * (Bar + Gap);
  unsigned Room = Width - LabelWidth - 40;
  std::string S = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                  "width=\"100%\" viewBox=\"0 0 " +
                  std::to_string(Width) + " " + std::to_string(Height) +
                  "\" font-family=\"system-ui,sans-serif\" font-size=\"12\">";
  for (size_t I = 0; I < Rows.size(); ++I) {
    const auto &[Label, N, Color] = Rows[I];
    unsigned Y = Top + I * (Bar + Gap);
    unsigned W = std::max(2u, unsigned(uint64_t(Room) * N / Max));
    S += "<text x=\"" + std::to_string(LabelWidth - 8) + "\" y=\"" +
         std::to_string(Y + 13) + "\" text-anchor=\"end\" fill=\"#1b2230\">" +
         esc(Label) + "</text>";
    S += "<rect x=\"" + std::to_string(LabelWidth) + "\" y=\"" +
         std::to_string(Y) + "\" width=\"" + std::to_string(W) +
         "\" height=\"" + std::to_string(Bar) + "\" rx=\"3\" fill=\"" +
         Color + "\"><title>" + esc(Label) + ": " + std::to_string(N) +
         "</title></rect>";
    S += "<text x=\"" + std::to_string(LabelWidth + W + 6) + "\" y=\"" +
         std::to_string(Y + 13) + "\" fill=\"#5d6677\">" + std::to_string(N) +
         "</text>";
  }
  return S + "</svg>";
}

class HtmlWriter {
public:
  explicit HtmlWriter(const ReportModel &M) : M(M) {}

  std::string render() {
    O += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         // No script, style or image from anywhere but this file.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
         "'none'; style-src 'unsafe-inline'; img-src data:\">\n"
         "<meta name=\"generator\" content=\"Warden " +
         esc(M.WardenVersion) + "\">\n<title>Secure coding compliance report: " +
         esc(title(M)) + "</title>\n<style>" + Style + "</style>\n</head>\n<body>\n<main>\n";
    header();
    summary();
    identity();
    standard();
    integrity();
    results();
    deviations();
    clauses();
    O += "<footer>Generated by <code>warden report</code> from " +
         joinEscaped(M.Inputs) +
         ". Every value above is read from the SARIF log(s); the log is the "
         "record to archive with this report.</footer>\n</main>\n</body>\n</html>\n";
    // One table row per line: readable source, and line-based tools work.
    std::string Out;
    Out.reserve(O.size() + O.size() / 16);
    for (size_t I = 0; I < O.size(); ++I) {
      Out.push_back(O[I]);
      if (O.compare(I, 5, "</tr>") == 0) {
        Out.append(O, I + 1, 4);
        I += 4;
        if (I + 1 < O.size() && O[I + 1] != '\n')
          Out.push_back('\n');
      }
    }
    return Out;
  }

private:
  void header() {
    O += "<header class=\"doc\"><div><div class=\"eyebrow\">Secure coding "
         "compliance report</div><h1>" +
         esc(title(M)) + "</h1><div class=\"sub\">Static analysis against the "
         "secure coding standard · IEC 81001-5-1 · FDA premarket "
         "cybersecurity</div></div><div class=\"meta\">";
    if (M.HasRevision)
      O += "Commit <code>" + esc(M.Commit.substr(0, 12)) + "</code>" +
           (M.Branch.empty() ? "" : " on " + esc(M.Branch)) + "<br>";
    if (!M.AsOf.empty())
      O += "Analysed as of " + esc(M.AsOf) + "<br>";
    O += "Warden " + esc(M.WardenVersion) + "</div></header>\n";
  }

  void tile(const std::string &N, llvm::StringRef Label, llvm::StringRef Tone) {
    O += "<div class=\"tile\"><div class=\"n " + Tone.str() + "\">" + N +
         "</div><div class=\"t\">" + esc(Label) + "</div></div>";
  }

  void summary() {
    auto Levels = M.openByLevel();
    std::string Why;
    if (M.Verdict == "incomplete")
      Why = std::to_string(M.TUsFailed) + " translation unit(s) failed, " +
            std::to_string(M.TUsIncomplete) + " had compile errors";
    else
      Why = gateCountText(M);
    O += "<section class=\"summary\"><div class=\"verdict v-" + esc(M.Verdict) +
         "\"><div class=\"k\">Release gate</div><div class=\"v\">" +
         esc(verdictText(M)) + "</div><div class=\"why\">" + esc(Why) +
         "</div></div><div class=\"tiles\">";
    unsigned Open = M.openCount();
    tile(std::to_string(Open), "open findings", Open ? "bad" : "ok");
    tile(std::to_string(Levels["error"]), "open errors",
         Levels["error"] ? "bad" : "ok");
    tile(std::to_string(Levels["warning"]), "open warnings",
         Levels["warning"] ? "warn" : "ok");
    tile(std::to_string(Levels["note"]), "open notes", "");
    tile(std::to_string(M.suppressedCount()), "suppressed (justified)", "");
    // An older log does not record its deviations: say so, not "0".
    unsigned Flagged = M.flaggedDeviations();
    tile(M.HasDeviationRecord ? std::to_string(M.Deviations.size()) : "—",
         "deviations on record", "");
    tile(M.HasDeviationRecord ? std::to_string(Flagged) : "—",
         "deviations flagged",
         !M.HasDeviationRecord ? "" : Flagged ? "warn" : "ok");
    unsigned Bad = M.TUsFailed + M.TUsIncomplete;
    tile(std::to_string(M.TUs - std::min(M.TUs, Bad)) + " / " +
             std::to_string(M.TUs),
         "translation units analysed cleanly", Bad ? "bad" : "ok");
    O += "</div></section>\n";
    O += "<nav class=\"toc\"><a href=\"#identity\">1 Identity</a><a "
         "href=\"#standard\">2 Coding standard</a><a href=\"#integrity\">3 "
         "Integrity</a><a href=\"#results\">4 Results</a><a "
         "href=\"#deviations\">5 Deviations</a><a href=\"#clauses\">6 Clause "
         "map</a></nav>\n";
    if (!M.CompleteRun)
      O += "<div class=\"callout\"><strong>Partial analysis.</strong> This run "
           "covered " +
           esc(M.ScopeNotes.empty() ? std::string("part of the project")
                                    : llvm::join(M.ScopeNotes, "; ")) +
           ". A release record needs a run over every translation unit.</div>\n";
    if (M.HasRevision && M.UncommittedChanges)
      O += "<div class=\"callout\"><strong>Uncommitted changes.</strong> The "
           "analysed files differ from commit <code>" +
           esc(M.Commit.substr(0, 12)) +
           "</code>; the file hashes below identify what was analysed.</div>\n";
  }

  void h2(const char *Id, const char *Num, const char *Title) {
    O += std::string("<h2 id=\"") + Id + "\"><span class=\"num\">" + Num +
         "</span>" + Title + "</h2>\n";
  }

  void kv(llvm::StringRef Key, const std::string &ValueHtml) {
    O += "<dt>" + esc(Key) + "</dt><dd>" + ValueHtml + "</dd>";
  }

  void identity() {
    h2("identity", "1", "Identity of the analysis");
    O += "<dl class=\"kv\">";
    kv("Product / component", esc(title(M)));
    if (M.HasRevision) {
      kv("Repository", esc(M.Repository));
      kv("Commit", code(M.Commit) +
                       (M.UncommittedChanges
                            ? " " + badge("uncommitted changes", "warn")
                            : ""));
      if (!M.Branch.empty())
        kv("Branch", esc(M.Branch));
      if (!M.CommitTime.empty())
        kv("Commit date (UTC)", esc(M.CommitTime));
    } else {
      kv("Commit", "<span class=\"note\">not recorded (not a git work "
                   "tree)</span>");
    }
    kv("Analysis date (as of)", M.AsOf.empty() ? "<span class=\"note\">not "
                                                 "recorded</span>"
                                               : esc(M.AsOf));
    kv("Tool", "Warden " + esc(M.WardenVersion) +
                   (M.InformationUri.empty()
                        ? ""
                        : " · <span class=\"note\">" + esc(M.InformationUri) +
                              "</span>"));
    if (!M.ConfigPath.empty())
      kv("Configuration", code(M.ConfigPath) + " " +
                              fileCheckBadge(M.ConfigCheck) +
                              "<br><span class=\"mono hash\">sha-256 " +
                              esc(M.ConfigSha256) + "</span>");
    else
      kv("Configuration", "<span class=\"note\">none (defaults)</span>");
    kv("Rule configuration", "<span class=\"mono hash\">sha-256 " +
                                 esc(M.RuleConfigurationSha256) + "</span>" +
                                 (M.RuleConfigurationsDiffer
                                      ? " " + badge("differs between logs", "bad")
                                      : ""));
    kv("Gate", "fail on " + code(M.FailOn) + ", counting " +
                   esc(gateScope(M)) + " in " + joinEscaped(M.GatedClasses) +
                   " code" +
                   (M.AllowIncomplete ? "; incomplete analysis allowed" : ""));
    O += "</dl>\n<h3>Plugins</h3>\n<table><thead><tr><th>Plugin</th><th>Version"
         "</th><th>Origin</th><th>SHA-256</th></tr></thead><tbody>";
    for (const PluginInfo &P : M.Plugins)
      O += "<tr><td>" + esc(P.Name) + "</td><td>" + esc(P.Version) + "</td><td>" +
           (P.Builtin ? badge("built-in", "muted") : badge("third-party", "info")) +
           "</td><td class=\"mono hash\">" + esc(P.Sha256) + "</td></tr>";
    if (M.Plugins.empty())
      O += "<tr><td colspan=\"4\" class=\"empty\">none recorded</td></tr>";
    O += "</tbody></table>\n<h3>Command line</h3>\n<table><thead><tr><th>"
         "Command</th><th>Working directory</th><th class=\"num\">Exit</th>"
         "</tr></thead><tbody>";
    for (const Invocation &I : M.Invocations)
      O += "<tr><td class=\"mono\">" + esc(I.CommandLine) +
           "</td><td class=\"mono\">" + esc(I.WorkingDirectory) +
           "</td><td class=\"num\">" + std::to_string(I.ExitCode) + "</td></tr>";
    O += "</tbody></table>\n";
  }

  void standard() {
    h2("standard", "2", "The secure coding standard");
    O += "<p>" + std::to_string(M.Rules.size()) +
         " rules were enabled. The packs and the project's configuration "
         "define the standard; its hash is in section 1.</p>\n";
    O += "<table><thead><tr><th>Pack</th><th>Title</th><th>Evidence it is "
         "meant for</th></tr></thead><tbody>";
    for (const PackInfo &P : M.Packs) {
      O += "<tr><td class=\"nw\">" + code(P.Id) + "</td><td>" + esc(P.Title) + "</td><td>";
      std::vector<std::string> E;
      for (const std::string &S : P.Evidence)
        E.push_back(esc(S));
      O += E.empty() ? std::string("<span class=\"note\">—</span>")
                     : llvm::join(E, "<br>");
      O += "</td></tr>";
    }
    if (M.Packs.empty())
      O += "<tr><td colspan=\"3\" class=\"empty\">no packs: rules selected "
           "individually</td></tr>";
    O += "</tbody></table>\n<table><thead><tr><th>Rule</th><th>Title</th><th>"
         "Level</th><th>CWE</th><th>SEI CERT</th><th>MISRA</th><th>Packs</th>"
         "</tr></thead><tbody>";
    for (const RuleInfo &R : M.Rules) {
      std::vector<std::string> Misra;
      for (const std::string &C : R.MisraC)
        Misra.push_back("C:2012 " + C);
      for (const std::string &C : R.MisraCpp)
        Misra.push_back("C++:2023 " + C);
      O += "<tr><td class=\"mono id\">" + esc(R.Id) + "</td><td>" + esc(R.Title) +
           "</td><td>" + levelBadge(R.Level) + "</td><td>" + joinEscaped(R.Cwe) +
           "</td><td>" + joinEscaped(R.Cert) + "</td><td>" + joinEscaped(Misra) +
           "</td><td>" + joinEscaped(R.Packs, "configuration") + "</td></tr>";
    }
    O += "</tbody></table>\n";
  }

  void integrity() {
    h2("integrity", "3", "Analysis integrity");
    unsigned Targets = llvm::count_if(M.Files, [](const FileInfo &F) {
      return F.Target;
    });
    O += "<dl class=\"kv\">";
    kv("Translation units", std::to_string(M.TUs) + " analysed" +
                                (M.TUsFailed ? ", " + badge(std::to_string(M.TUsFailed) + " failed", "bad")
                                             : ", " + badge("none failed", "ok")) +
                                (M.TUsIncomplete
                                     ? " " + badge(std::to_string(M.TUsIncomplete) +
                                                       " with compile errors",
                                                   "warn")
                                     : ""));
    kv("Files analysed", std::to_string(M.Files.size()) + " (" +
                             std::to_string(Targets) + " main files, " +
                             std::to_string(M.Files.size() - Targets) +
                             " included or holding a finding)");
    kv("Scope", M.CompleteRun
                    ? badge("complete", "ok") +
                          " every translation unit of the compile database" +
                          (M.ShardsMerged.empty() ? ""
                                                  : ", " + esc(M.ShardsMerged))
                    : badge("partial", "warn") + " " +
                          esc(llvm::join(M.ScopeNotes, "; ")));
    kv("Supported components", joinEscaped(M.SupportedGlobs, "none"));
    kv("Required components", joinEscaped(M.RequiredGlobs, "none"));
    kv("Classes the gate counts", joinEscaped(M.GatedClasses));
    O += "</dl>\n";
    O += "<h3>Translation units not analysed completely</h3>\n";
    if (M.Problems.empty()) {
      O += "<p class=\"empty\">None: every translation unit was parsed and "
           "analysed without errors.</p>\n";
    } else {
      O += "<table><thead><tr><th>State</th><th>File</th><th>Reason</th></tr>"
           "</thead><tbody>";
      for (const ToolProblem &P : M.Problems)
        O += "<tr><td>" +
             (P.Kind == "analysis-failed" ? badge("failed", "bad")
                                          : badge("compile errors", "warn")) +
             "</td><td class=\"mono\">" + esc(P.File) + "</td><td>" +
             esc(P.Message) + "</td></tr>";
      O += "</tbody></table>\n";
    }
    O += "<h3>Excluded: required components, listed but not analysed</h3>\n";
    if (M.NotAnalysed.empty())
      O += "<p class=\"empty\">Nothing was excluded.</p>\n";
    else {
      O += "<table><thead><tr><th>File</th><th>Class</th></tr></thead><tbody>";
      for (const std::string &F : M.NotAnalysed)
        O += "<tr><td class=\"mono\">" + esc(F) + "</td><td>" +
             badge("required", "muted") + "</td></tr>";
      O += "</tbody></table>\n";
    }
    O += "<h3>Files analysed</h3>\n<table><thead><tr><th>File</th><th>Role"
         "</th><th class=\"num\">Bytes</th><th>SHA-256</th></tr></thead><tbody>";
    for (const FileInfo &F : M.Files)
      O += "<tr><td class=\"mono\">" + esc(F.Path) + "</td><td>" +
           (F.Target ? badge("main file", "info") : badge("other", "muted")) +
           "</td><td class=\"num\">" + std::to_string(F.Length) +
           "</td><td class=\"mono hash\">" + esc(F.Sha256) + "</td></tr>";
    O += "</tbody></table>\n";
  }

  /// Key turns a tally key into HTML.
  template <typename KeyFn>
  void countTable(const char *Heading,
                  const std::map<std::string, ReportModel::Tally> &Counts,
                  KeyFn Key) {
    O += std::string("<table><thead><tr><th>") + Heading +
         "</th><th class=\"num\">Open</th><th class=\"num\">Suppressed</th>"
         "<th class=\"num\">Total</th></tr></thead><tbody>";
    for (const auto &[K, C] : Counts)
      O += "<tr><td>" + Key(K) + "</td><td class=\"num\">" +
           std::to_string(C.Open) + "</td><td class=\"num\">" +
           std::to_string(C.Suppressed) + "</td><td class=\"num\">" +
           std::to_string(C.Total) + "</td></tr>";
    if (Counts.empty())
      O += "<tr><td colspan=\"4\" class=\"empty\">no findings</td></tr>";
    O += "</tbody></table>\n";
  }

  void results() {
    h2("results", "4", "Results");
    std::map<std::string, std::pair<unsigned, std::string>> OpenByRule;
    for (const Finding *F : M.openFindings()) {
      auto &R = OpenByRule[F->RuleId];
      ++R.first;
      if (levelRank(F->Level) > levelRank(R.second))
        R.second = F->Level;
    }
    std::vector<std::tuple<std::string, unsigned, std::string>> RuleBars,
        LevelBars;
    for (const auto &[Id, C] : OpenByRule)
      RuleBars.emplace_back(Id, C.first, levelColor(C.second));
    llvm::sort(RuleBars, [](const auto &A, const auto &B) {
      return std::get<1>(A) != std::get<1>(B) ? std::get<1>(A) > std::get<1>(B)
                                              : std::get<0>(A) < std::get<0>(B);
    });
    auto Levels = M.openByLevel();
    for (const char *L : {"error", "warning", "note"})
      LevelBars.emplace_back(L, Levels[L], levelColor(L));
    std::string Legend = "<span class=\"legend\">";
    for (const char *L : {"error", "warning", "note"})
      Legend += std::string("<span class=\"sw\" style=\"background:") +
                levelColor(L) + "\"></span>" + L;
    Legend += "</span>";
    O += "<div class=\"charts\"><figure><figcaption>Open findings by rule" +
         Legend + "</figcaption>" +
         barChart(RuleBars, 250, 640) +
         "</figure><figure><figcaption>Open findings by level</figcaption>" +
         barChart(LevelBars, 80, 320) + "</figure></div>\n";
    O += "<div class=\"charts\" style=\"grid-template-columns:1fr 1fr\"><div>"
         "<h3>By level</h3>";
    auto Plain = [](const std::string &K) { return esc(K); };
    countTable("Level", M.tally("level"), levelBadge);
    O += "<h3>By component class</h3>";
    countTable("Class", M.tally("class"), Plain);
    if (M.HasBaseline) {
      O += "<h3>By baseline state</h3>";
      countTable("State", M.tally("baseline"), Plain);
    }
    O += "</div><div><h3>By rule</h3>";
    countTable("Rule", M.tally("rule"), [](const std::string &K) {
      return "<span class=\"mono\">" + esc(K) + "</span>";
    });
    O += "</div></div>\n";

    std::vector<const Finding *> Open = M.openFindings();
    O += "<h3>Open findings (" + std::to_string(Open.size()) + ")</h3>\n";
    if (Open.empty()) {
      O += "<p class=\"empty\">No open findings.</p>\n";
      return;
    }
    O += "<table><thead><tr><th>Level</th><th>Rule</th><th>Location</th><th>"
         "Message</th><th>Class</th>" +
         std::string(M.HasBaseline ? "<th>Baseline</th>" : "") +
         "<th>Gate</th></tr></thead><tbody>";
    for (const Finding *F : Open) {
      O += "<tr><td>" + levelBadge(F->Level) + "</td><td class=\"mono id\">" +
           esc(F->RuleId) + "</td><td class=\"mono loc\">" + esc(F->Where.str()) +
           (F->Symbol.empty() ? ""
                              : "<br><span class=\"note\">in " + esc(F->Symbol) +
                                    "</span>") +
           "</td><td>" + esc(F->Message) + "</td><td>" + esc(F->ComponentClass) +
           "</td>";
      if (M.HasBaseline)
        O += "<td>" + esc(F->BaselineState) + "</td>";
      O += "<td>" + (F->Gating ? badge("counts", "bad") : badge("no", "muted")) +
           "</td></tr>";
    }
    O += "</tbody></table>\n";
  }

  void deviations() {
    h2("deviations", "5", "Deviation register");
    O += "<p>Every suppression in the source and in the register, whether it "
         "applied or not. A suppression with a problem suppresses nothing; "
         "its problem is itself a finding (<code>warden-suppress-*</code>).</p>\n";
    O += "<dl class=\"kv\">";
    kv("Policy", "justification of at least " +
                     std::to_string(M.MinJustification) +
                     " characters; in-source suppressions allowed for " +
                     joinEscaped(M.InlineLevels, "no level") +
                     "; approver required for " +
                     joinEscaped(M.ApproverRequired, "no level") +
                     "; rule globs " + (M.AllowGlobs ? "allowed" : "not allowed") +
                     "; under-review entries " +
                     (M.UnderReviewSuppresses ? "suppress" : "do not suppress"));
    if (!M.RegisterPath.empty())
      kv("Register file", code(M.RegisterPath) + " " +
                              fileCheckBadge(M.RegisterCheck) +
                              (M.RegisterSha256.empty()
                                   ? ""
                                   : "<br><span class=\"mono hash\">sha-256 " +
                                         esc(M.RegisterSha256) + "</span>"));
    else
      kv("Register file", "<span class=\"note\">none configured</span>");
    O += "</dl>\n";
    if (!M.HasDeviationRecord) {
      O += "<div class=\"callout\">This log does not record its suppressions "
           "(it was written by an older Warden); only suppressed findings are "
           "counted in section 4.</div>\n";
      return;
    }
    if (M.Deviations.empty()) {
      O += "<p class=\"empty\">No suppressions: every finding is reported.</p>\n";
    } else {
      O += "<table class=\"devs\"><thead><tr><th>State</th><th>Deviation</th>"
           "<th>Justification</th><th>Status</th><th>Author / approver</th>"
           "<th>Ticket / risk</th><th>Expires</th><th class=\"num\">Findings"
           "</th></tr></thead><tbody>";
      for (const Deviation &D : M.Deviations) {
        std::string State;
        for (const std::string &P : D.Problems)
          State += badge(problemLabel(P), "bad") + " ";
        if (State.empty())
          State = badge("in force", "ok");
        std::string What = "<span class=\"mono\">" + joinEscaped(D.Rules) +
                           "</span><br><span class=\"note\">" +
                           (D.Kind == "external" ? "register" : "in source") +
                           " · <span class=\"mono\">" + esc(D.Where.str()) +
                           "</span>";
        if (!D.PathGlob.empty())
          What += "<br>matches <span class=\"mono\">" + esc(D.PathGlob) +
                  "</span>" +
                  (D.Symbol.empty()
                       ? ""
                       : " in <span class=\"mono\">" + esc(D.Symbol) + "</span>") +
                  (D.Fingerprint.empty() ? "" : ", one finding");
        What += "</span>";
        auto Or = [](const std::string &A) {
          return A.empty() ? std::string("<span class=\"note\">—</span>")
                           : esc(A);
        };
        std::string Status =
            D.Status == "accepted" ? badge("accepted", "ok")
            : D.Status == "underReview" ? badge("under review", "warn")
                                        : badge(D.Status, "bad");
        O += "<tr><td>" + State + "</td><td class=\"what\">" + What +
             "</td><td class=\"just\">" +
             (D.Justification.empty() ? badge("none", "bad")
                                      : esc(D.Justification)) +
             "</td><td>" + Status + "</td><td>" + Or(D.Author) + "<br>" +
             Or(D.Approver) + (D.Date.empty() ? "" : "<br><span class=\"note\">" +
                                                        esc(D.Date) + "</span>") +
             "</td><td class=\"nw\">" + Or(D.Ticket) + (D.Risk.empty() ? "" : "<br>" + esc(D.Risk)) +
             "</td><td class=\"nw\">" + Or(D.Expires) + "</td><td class=\"num\">" +
             std::to_string(D.Findings) + "</td></tr>";
      }
      O += "</tbody></table>\n";
    }
    std::vector<const Finding *> Suppressed = M.suppressedFindings();
    O += "<h3>Suppressed findings (" + std::to_string(Suppressed.size()) +
         ")</h3>\n";
    if (Suppressed.empty()) {
      O += "<p class=\"empty\">None.</p>\n";
    } else {
      O += "<table><thead><tr><th>Level</th><th>Rule</th><th>Location</th><th>"
           "Message</th><th>Suppressed by</th></tr></thead><tbody>";
      for (const Finding *F : Suppressed) {
        std::vector<std::string> By;
        for (const std::string &B : F->SuppressedBy)
          By.push_back(esc(B));
        O += "<tr><td>" + levelBadge(F->Level) + "</td><td class=\"mono id\">" +
             esc(F->RuleId) + "</td><td class=\"mono loc\">" +
             esc(F->Where.str()) +
             (F->Symbol.empty() ? ""
                                : "<br><span class=\"note\">in " +
                                      esc(F->Symbol) + "</span>") +
             "</td><td>" + esc(F->Message) + "</td><td>" +
             llvm::join(By, "<br>") + "</td></tr>";
      }
      O += "</tbody></table>\n";
    }
    std::vector<const Finding *> Meta = M.metaFindings();
    O += "<h3>Findings about suppressions (" + std::to_string(Meta.size()) +
         ")</h3>\n";
    if (Meta.empty()) {
      O += "<p class=\"empty\">None: every suppression is justified, current "
           "and in use.</p>\n";
      return;
    }
    O += "<table><thead><tr><th>Problem</th><th>Location</th><th>Message</th>"
         "</tr></thead><tbody>";
    for (const Finding *F : Meta)
      O += "<tr><td>" + badge(problemLabel(F->RuleId), "bad") +
           "</td><td class=\"mono loc\">" + esc(F->Where.str()) + "</td><td>" +
           esc(F->Message) + "</td></tr>";
    O += "</tbody></table>\n";
  }

  void clauses() {
    h2("clauses", "6", "Clause map");
    O += "<p>" + esc(ClauseMapIntro) + "</p>\n<div class=\"callout info\">" +
         esc(ClauseMapCaveat) + "</div>\n";
    O += "<table><thead><tr><th>Report section</th><th>IEC 81001-5-1</th><th>"
         "FDA premarket guidance</th><th>What it shows</th></tr></thead><tbody>";
    for (const ClauseRow &R : clauseMap())
      O += std::string("<tr><td>") + R.Section + "</td><td>" + R.Iec81001 +
           "</td><td>" + R.Fda + "</td><td>" + R.Evidence + "</td></tr>";
    O += "</tbody></table>\n";
  }

  const ReportModel &M;
  std::string O;
};

} // namespace

std::string renderHtmlReport(const ReportModel &M) {
  return HtmlWriter(M).render();
}

} // namespace warden::report
