// The HTML report: one self-contained page for people who would rather look
// than read. Inline CSS and SVG only (no script, font, stylesheet or image is
// fetched), so it opens offline and can be attached to a CI run. The page is
// written through html::Writer, which escapes every value it is given; the
// parts are in timeline.cpp, coverage.cpp and findings.cpp.
#include <algorithm>
#include <map>
#include <numbers>
#include <optional>
#include <string>
#include <vector>

#include "category.h"
#include "reporters/formats.h"
#include "reporters/html/parts.h"
#include "score.h"
#include "version.h"

namespace crmlint {

namespace html {
namespace {

struct Band {
  std::string_view cls;
  std::string_view label;
  std::string_view color;
};

Band bandOf(int score) {
  if (score >= 90) return {"good", "Healthy", "#15803d"};
  if (score >= 70) return {"fair", "Needs attention", "#b45309"};
  return {"poor", "At risk", "#b91c1c"};
}

Summary countsOf(const FileReport& file) {
  Summary s;
  s.files = 1;
  for (const Diagnostic& d : file.diagnostics) {
    switch (d.severity) {
      case Severity::Error: ++s.errors; break;
      case Severity::Warning: ++s.warnings; break;
      case Severity::Info: ++s.infos; break;
    }
  }
  return s;
}

constexpr std::string_view kStyle = R"css(
:root {
  --ink: #1f2937; --muted: #4b5563; --faint: #6b7280; --line: #e5e7eb; --panel: #f8fafc;
  --accent: #1d4ed8; --good: #15803d; --fair: #b45309; --poor: #b91c1c;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: #f1f5f9; color: var(--ink);
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
    "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: 15px; line-height: 1.5;
}
.page { max-width: 1240px; margin: 0 auto; padding: 32px 40px 48px; }
.page-header { border-bottom: 3px solid var(--ink); padding-bottom: 16px; margin-bottom: 28px; }
.eyebrow { text-transform: uppercase; letter-spacing: .12em; font-size: 12px; font-weight: 600; color: var(--accent); margin: 0 0 4px; }
h1 { font-size: 30px; line-height: 1.2; margin: 0 0 6px; }
h2 { font-size: 24px; margin: 0 0 4px; }
h3 { font-size: 18px; margin: 0 0 4px; }
h4 { font-size: 16px; margin: 0; }
.subtitle, .file-path { color: var(--muted); margin: 0; }
.file-path { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 13px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 22px 26px; margin-bottom: 22px; break-inside: avoid; }
.card > p.lead { color: var(--muted); margin: 0 0 14px; }
.file-report { margin-bottom: 44px; }
.file-report > header { margin-bottom: 16px; }
.score-panel { display: grid; grid-template-columns: 300px 1fr; gap: 32px; align-items: center; }
.overall-score, .file-score { display: flex; flex-direction: column; align-items: center; text-align: center; }
.score-ring text.value { font-size: 44px; font-weight: 700; fill: var(--ink); }
.score-ring text.out-of { font-size: 13px; fill: var(--faint); }
.band { font-weight: 700; font-size: 17px; margin-top: 6px; }
.band.good { color: var(--good); } .band.fair { color: var(--fair); } .band.poor { color: var(--poor); }
.score-note { color: var(--muted); font-size: 13px; max-width: 260px; margin: 6px 0 0; }
.counts { display: flex; gap: 8px; flex-wrap: wrap; justify-content: center; margin-top: 12px; }
.chip { border-radius: 999px; padding: 2px 10px; font-size: 13px; font-weight: 600; border: 1px solid; }
.chip.error { color: var(--poor); border-color: #fecaca; background: #fef2f2; }
.chip.warning { color: #92400e; border-color: #fde68a; background: #fffbeb; }
.chip.info { color: #1e40af; border-color: #bfdbfe; background: #eff6ff; }
.category-chart text { font-size: 13px; fill: var(--ink); }
.category-chart text.score { font-weight: 700; }
.category-chart text.not-run { fill: var(--faint); font-style: italic; }
.category-chart text.findings-count { fill: var(--muted); font-size: 12px; }
.facts { display: flex; gap: 28px; margin: 18px 0 0; padding: 14px 0 0; border-top: 1px solid var(--line); flex-wrap: wrap; }
.facts div { color: var(--muted); font-size: 13px; }
.facts strong { display: block; color: var(--ink); font-size: 22px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; list-style: none; padding: 0; margin: 0 0 12px; font-size: 13px; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 22px; height: 12px; border-radius: 3px; }
.swatch.line { height: 0; border-top: 2px dashed var(--poor); border-radius: 0; }
.swatch.arrow { height: 0; border-top: 1.5px solid #6b7280; border-radius: 0; }
.timeline svg { display: block; width: 100%; height: auto; }
.timeline text { font-size: 13px; fill: var(--ink); }
.timeline text.axis { fill: var(--muted); font-size: 11px; }
.timeline text.kind { fill: var(--muted); font-size: 11px; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.timeline .overdue { fill: var(--poor); font-weight: 700; }
.timeline text.undated { fill: var(--faint); font-style: italic; }
.timeline text.today { fill: var(--poor); font-size: 11px; font-weight: 700; }
.timeline .note { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
.matrix-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 14px; }
.coverage-matrix th, .coverage-matrix td { border: 1px solid var(--line); padding: 6px 10px; }
.coverage-matrix thead th { background: var(--panel); vertical-align: bottom; text-align: center; font-weight: 600; }
.coverage-matrix thead th .goal-title { display: block; font-weight: 400; color: var(--muted); font-size: 12px; max-width: 170px; white-space: normal; }
.coverage-matrix tbody th { text-align: left; font-weight: 600; white-space: nowrap; }
.coverage-matrix tbody th .dept-id { display: block; color: var(--faint); font-weight: 400; font-size: 12px; }
.coverage-matrix td { text-align: center; min-width: 64px; }
.coverage-matrix td.involved { background: #dbeafe; color: #1e3a8a; font-weight: 700; }
.coverage-matrix td.wiifm-yes { color: var(--good); font-weight: 600; }
.coverage-matrix td.wiifm-no { color: var(--poor); font-weight: 600; background: #fef2f2; }
.coverage-matrix td.wiifm-not-needed { color: var(--faint); }
.coverage-matrix tr.not-involved th { color: var(--poor); }
.tag { display: inline-block; font-size: 11px; font-weight: 600; border-radius: 4px; padding: 0 6px; margin-left: 6px; background: #e0e7ff; color: #3730a3; vertical-align: 1px; }
.tag.warn { background: #fee2e2; color: var(--poor); }
.findings-category { border-top: 1px solid var(--line); padding-top: 14px; margin-top: 14px; }
.findings-category:first-of-type { border-top: 0; margin-top: 0; padding-top: 0; }
.findings-category > header { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; }
.findings-category .question { color: var(--muted); font-size: 13px; }
.rule-group { margin: 10px 0 0 0; }
.rule-group h5 { font-size: 14px; margin: 0; font-weight: 600; }
.rule-group h5 code { font-weight: 400; color: var(--muted); margin-right: 6px; }
.findings { list-style: none; margin: 6px 0 0; padding: 0; }
.finding { border-left: 4px solid; padding: 6px 12px; margin: 6px 0; background: var(--panel); border-radius: 0 6px 6px 0; }
.finding.error { border-color: var(--poor); } .finding.warning { border-color: #d97706; } .finding.info { border-color: #2563eb; }
.finding .severity { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; margin-right: 8px; }
.finding.error .severity { color: var(--poor); } .finding.warning .severity { color: #92400e; } .finding.info .severity { color: #1e40af; }
.finding .location { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; color: var(--muted); margin-left: 8px; white-space: nowrap; }
.finding .help { margin: 2px 0 0; color: var(--muted); font-size: 14px; }
.accepted-list > header { display: flex; align-items: baseline; gap: 12px; }
.tag.accepted { background: #e5e7eb; color: var(--muted); }
.finding.accepted { background: #fff; border-style: dashed; opacity: .85; }
.clean { color: var(--good); font-weight: 600; margin: 0; }
.run-summary { width: 100%; margin-top: 22px; }
.run-summary td, .run-summary th { border-bottom: 1px solid var(--line); padding: 8px 14px 8px 0; text-align: left; }
.run-summary .num { text-align: right; font-variant-numeric: tabular-nums; }
a { color: var(--accent); }
.top-findings ol { margin: 0; padding-left: 20px; }
.top-findings li { margin-bottom: 8px; }
.top-findings .where { color: var(--faint); }
.late-training { fill: #b91c1c; font-weight: 600; }
footer { color: var(--faint); font-size: 12px; border-top: 1px solid var(--line); padding-top: 12px; }
@media (max-width: 800px) { .score-panel { grid-template-columns: 1fr; } .page { padding: 20px; } }
@media print {
  body { background: #fff; font-size: 12px; }
  .page { padding: 0; max-width: none; }
  .card { border-color: #d1d5db; }
  .file-report + .file-report { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 14mm; }
)css";

class Page {
 public:
  Page(const ReporterOptions& options, const RuleCatalogue& rules) : options_(options), rules_(rules) {}

  std::string render(const std::vector<FileReport>& all) {
    std::vector<const FileReport*> files;
    for (const FileReport& f : all) {
      if (!f.skipped) files.push_back(&f);
    }
    const bool several = files.size() > 1;
    std::string title = "CRM strategy health report";
    if (files.size() == 1 && files[0]->overview && !files[0]->overview->name.empty()) {
      title = files[0]->overview->name;
    }
    w.write(
                   "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"crmlint {}\">\n"
                   "<title>{} \xE2\x80\x94 crmlint health report</title>\n<style>{}</style>\n</head>\n<body>\n"
                   "<div class=\"page\">\n<header class=\"page-header\">\n"
                   "<p class=\"eyebrow\">CRM strategy health report</p>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n"
                   "</header>\n<main>\n",
                   kVersion, title, Markup{kStyle}, title, subtitle(files));
    if (several) runSummary(all, files);
    if (files.empty()) w.write("<p class=\"card\">No strategy files were linted.</p>\n");
    for (std::size_t i = 0; i < files.size(); ++i) fileSection(*files[i], i + 1, several);
    w.write(
                   "</main>\n<footer>Generated by crmlint {}. The health score rates each rule category from 0 to "
                   "100: findings cost points by severity (error 4, warning 2, info 1), spread over the number of "
                   "things the category checks; the overall score is the mean of the category scores. This page "
                   "is self-contained and works offline.</footer>\n</div>\n</body>\n</html>\n",
                   kVersion);
    return w.take();
  }

 private:
  std::string subtitle(const std::vector<const FileReport*>& files) const {
    std::string text = files.size() == 1 ? files[0]->path : fmt::format("{} strategy files", files.size());
    if (options_.today) text += fmt::format(" \xC2\xB7 timeline as of {}", options_.today->iso());
    return text;
  }

  // The big number on a ring that fills with the score, its band, a note and
  // the counts of findings; without a score, the note alone says why.
  // `attributes` is markup: the block's id and class.
  void scoreBlock(const std::optional<HealthScore>& score, std::string_view attributes, std::string_view note,
                  const Summary& summary) {
    w.write("<div {}", Markup{attributes});
    if (score) {
      const Band band = bandOf(score->overall);
      constexpr double kRadius = 62;
      const double circumference = 2 * std::numbers::pi * kRadius;
      w.write(
                     " data-score=\"{}\">\n"
                     "<svg class=\"score-ring\" width=\"160\" height=\"160\" viewBox=\"0 0 160 160\" role=\"img\" "
                     "aria-label=\"Health score {} out of 100\">"
                     "<circle cx=\"80\" cy=\"80\" r=\"{}\" fill=\"none\" stroke=\"#e5e7eb\" stroke-width=\"14\"/>"
                     "<circle cx=\"80\" cy=\"80\" r=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"14\" "
                     "stroke-linecap=\"round\" stroke-dasharray=\"{:.1f} {:.1f}\" transform=\"rotate(-90 80 80)\"/>"
                     "<text class=\"value\" x=\"80\" y=\"92\" text-anchor=\"middle\">{}</text>"
                     "<text class=\"out-of\" x=\"80\" y=\"114\" text-anchor=\"middle\">out of 100</text></svg>\n"
                     "<div class=\"band {}\">{}</div>\n",
                     score->overall, score->overall, kRadius, kRadius, band.color,
                     circumference * score->overall / 100.0, circumference, score->overall, band.cls, band.label);
    } else {
      w.write(">\n<div class=\"band\">No score</div>\n");
    }
    if (!note.empty()) w.write("<p class=\"score-note\">{}</p>\n", note);
    counts(summary);
    w.write("</div>\n");
  }

  void counts(const Summary& s) {
    w.write("<div class=\"counts\">");
    w.write("<span class=\"chip error\">{}</span>", plural(s.errors, "error", "errors"));
    w.write("<span class=\"chip warning\">{}</span>", plural(s.warnings, "warning", "warnings"));
    w.write("<span class=\"chip info\">{}</span>", plural(s.infos, "info", "infos"));
    w.write("</div>\n");
  }

  // One bar per scored category, with its number of findings in `files`.
  void categoryChart(const HealthScore& score, const std::vector<const FileReport*>& files) {
    std::map<std::string_view, std::size_t> findings;
    for (const FileReport* f : files) {
      for (const Diagnostic& d : f->diagnostics) ++findings[categoryOfRule(d.rule)];
    }
    const std::vector<std::string> scored = scoredCategories();
    constexpr int kLabel = 160, kBar = 340, kRow = 30, kTop = 6;
    const int height = kTop + static_cast<int>(scored.size()) * kRow;
    w.write(
                   "<svg class=\"category-chart\" viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" "
                   "aria-label=\"Score per category\">\n",
                   kLabel + kBar + 150, height);
    for (std::size_t i = 0; i < scored.size(); ++i) {
      const Category& category = *CategoryRegistry::instance().find(scored[i]);
      const int y = kTop + static_cast<int>(i) * kRow;
      const std::optional<int> value = score.category(category.id);
      w.write("<g class=\"category-bar\" data-category=\"{}\"", category.id);
      if (value) w.write(" data-score=\"{}\"", *value);
      w.write("><title>{}</title>", category.question);
      w.write("<text x=\"0\" y=\"{}\">{}</text>", y + 17, category.title);
      w.write("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" rx=\"3\" fill=\"#eef2f7\"/>", kLabel,
                     y + 5, kBar);
      if (value) {
        w.write("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"16\" rx=\"3\" fill=\"{}\"/>", kLabel,
                       y + 5, kBar * *value / 100.0, bandOf(*value).color);
        w.write("<text class=\"score\" x=\"{}\" y=\"{}\">{}</text>", kLabel + kBar + 10, y + 18, *value);
        if (const std::size_t n = findings[category.id]; n > 0) {
          w.write("<text class=\"findings-count\" x=\"{}\" y=\"{}\">{}</text>", kLabel + kBar + 48,
                         y + 18, plural(n, "finding", "findings"));
        }
      } else {
        w.write("<text class=\"not-run\" x=\"{}\" y=\"{}\">not checked</text>", kLabel + 10, y + 18);
      }
      w.write("</g>\n");
    }
    w.write("</svg>\n");
  }

  void runSummary(const std::vector<FileReport>& all, const std::vector<const FileReport*>& files) {
    w.write("<section class=\"card run\">\n<h2>All strategies</h2>\n<div class=\"score-panel\">\n");
    const auto score = scoreRun(all);
    scoreBlock(score, "id=\"overall-score\" class=\"overall-score\"",
               score ? "The mean of the files' overall scores; each category's bar is the mean of the files' scores."
                     : "No file could be scored.",
               summarize(all));
    w.write("<div>\n");
    if (score) categoryChart(*score, files);
    w.write("</div>\n</div>\n");
    w.write(
        "<table class=\"run-summary\">\n<thead><tr><th>Strategy</th><th>File</th><th class=\"num\">Score</th>"
        "<th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th "
        "class=\"num\">Infos</th></tr></thead>\n<tbody>\n");
    for (std::size_t i = 0; i < files.size(); ++i) {
      const FileReport& f = *files[i];
      const Summary s = countsOf(f);
      const auto fileScore = scoreFile(f);
      const std::string name = f.overview && !f.overview->name.empty() ? f.overview->name : f.path;
      w.write(
                     "<tr><td><a href=\"#file-{}\">{}</a></td><td class=\"file-path\">{}</td><td class=\"num\">{}"
                     "</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                     i + 1, name, f.path,
                     fileScore ? std::to_string(fileScore->overall) : "\xE2\x80\x94", s.errors, s.warnings, s.infos);
    }
    w.write("</tbody>\n</table>\n</section>\n");
  }

  void fileSection(const FileReport& file, std::size_t index, bool several) {
    const auto score = scoreFile(file);
    w.write("<section class=\"file-report\" id=\"file-{}\" data-file=\"{}\">\n", index,
                   file.path);
    if (several) {
      const std::string name = file.overview && !file.overview->name.empty() ? file.overview->name : file.path;
      w.write("<header><h2>{}</h2><p class=\"file-path\">{}</p></header>\n", name,
                     file.path);
    }
    scoreCard(file, score, several);
    writeMostImportant(w, file, rules_);
    if (file.overview) {
      writeTimeline(w, *file.overview, index, options_.today);
      writeCoverage(w, *file.overview, index);
    }
    writeFindings(w, file, score, rules_);
    writeAccepted(w, file, rules_);
    w.write("</section>\n");
  }

  void scoreCard(const FileReport& file, const std::optional<HealthScore>& score, bool several) {
    w.write("<section class=\"card\">\n<h3>Health score</h3>\n");
    w.write(
        "<p class=\"lead\">Each category is scored from 0 to 100: findings cost points by severity, relative "
        "to the size of what the category checks. The overall score is the mean of the categories.</p>\n"
        "<div class=\"score-panel\">\n");
    std::string note;
    if (!file.overview) {
      note = "The file could not be read as a strategy; the findings below say why.";
    } else if (!score) {
      note = "No scored rule category ran on this file.";
    } else if (std::any_of(file.diagnostics.begin(), file.diagnostics.end(),
                           [](const Diagnostic& d) { return categoryOfRule(d.rule) == "schema"; })) {
      note = fmt::format("At most {}: the file breaks the strategy format, so other checks may have missed problems.",
                         kSchemaErrorCap);
    }
    scoreBlock(score, several ? "class=\"file-score\"" : "id=\"overall-score\" class=\"overall-score\"", note,
               countsOf(file));
    if (score) {
      w.write("<div>\n");
      categoryChart(*score, {&file});
      const StrategyOverview& o = *file.overview;
      const auto involved = std::count_if(o.departments.begin(), o.departments.end(),
                                          [&](const DepartmentOverview& d) { return involvedAnywhere(o, d.id); });
      w.write(
                     "<div class=\"facts\"><div><strong>{}</strong>goals</div><div><strong>{}</strong>milestones</div>"
                     "<div><strong>{} of {}</strong>departments involved</div></div>\n</div>\n",
                     o.goals.size(), o.milestones.size(), involved, o.departments.size());
    }
    w.write("</div>\n</section>\n");
  }

  const ReporterOptions& options_;
  const RuleCatalogue& rules_;
  Writer w;
};

class HtmlReporter final : public Reporter {
 public:
  HtmlReporter(const ReporterOptions& options, const RuleCatalogue& rules) : options_(options), rules_(rules) {}

  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    out << Page(options_, rules_).render(files);
  }

 private:
  ReporterOptions options_;
  const RuleCatalogue& rules_;
};

}  // namespace
}  // namespace html

std::unique_ptr<Reporter> makeHtmlReporter(const ReporterOptions& options, const RuleCatalogue& rules) {
  return std::make_unique<html::HtmlReporter>(options, rules);
}

}  // namespace crmlint
