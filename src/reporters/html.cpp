// The HTML report: one self-contained page for people who would rather look
// than read. Inline CSS and SVG only (no script, font, stylesheet or image is
// fetched), so it opens offline and can be attached to a CI run. Every text
// taken from a strategy or a file name goes through escapeHtml.
#include "reporters/html.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <numbers>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "reporters/formats.h"
#include "score.h"
#include "utf8.h"
#include "version.h"

namespace crmlint {

std::string escapeHtml(std::string_view raw) {
  const std::string text = isValidUtf8(raw) ? std::string(raw) : toValidUtf8(raw);
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t':
      case '\n':
      case '\r': out += ' '; break;
      default:
        // Other control characters are not allowed in HTML text.
        if (c < 0x20 || c == 0x7F) {
          out += "\xEF\xBF\xBD";
        } else {
          out += ch;
        }
    }
  }
  return out;
}

namespace {

using Out = std::back_insert_iterator<std::string>;

// --- words and colours -------------------------------------------------------

struct CategoryInfo {
  std::string_view id;
  std::string_view title;
  std::string_view question;  // what the category asks of the strategy
};

constexpr std::array<CategoryInfo, 12> kCategories = {{
    {"syntax", "YAML syntax", "Can the file be read?"},
    {"schema", "Strategy format", "Does the file follow format 1?"},
    {"smart", "SMART goals", "Are goals specific, measurable, owned, realistic and dated?"},
    {"customer", "Customer focus", "Do goals serve customer outcomes rather than software?"},
    {"strategy", "Need and vision", "Is there a business need, a vision and a link to business objectives?"},
    {"business-case", "Business case", "Are benefits and costs stated and do they add up?"},
    {"ownership", "Ownership", "Is the programme business-led, IT-supported and sponsored?"},
    {"wiifm", "WIIFM", "Does every stakeholder know what is in it for them?"},
    {"alignment", "Alignment", "Do sales, marketing, service and support work together?"},
    {"pace", "Pace", "Does the plan pilot and train before it rolls out, without rushing?"},
    {"plan", "Plan", "Is the delivery plan consistent, prioritised and reviewed?"},
    {"suppression", "Suppression comments", "Does every crmlint-disable comment still apply?"},
}};

const CategoryInfo* categoryInfo(std::string_view id) {
  for (const CategoryInfo& c : kCategories) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

std::string_view categoryTitle(std::string_view id) {
  const CategoryInfo* info = categoryInfo(id);
  return info ? info->title : id;
}

std::string_view categoryOf(std::string_view rule) { return rule.substr(0, rule.find('/')); }

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

// Milestone kinds drawn in the timeline: pilots, training and rollouts each
// have their own colour; the other types are coloured by their group.
struct Kind {
  std::string_view id;
  std::string_view label;
  std::string_view color;
};

constexpr std::array<Kind, 8> kKinds = {{
    {"strategy", "Need, vision, requirements", "#64748b"},
    {"technology", "Vendor, data, integration", "#8e44ad"},
    {"people", "Process, communication", "#0e7490"},
    {"training", "Training", "#15803d"},
    {"pilot", "Pilot", "#d97706"},
    {"rollout", "Rollout", "#1d4ed8"},
    {"review", "Review", "#1f2937"},
    {"untyped", "No type given", "#cbd5e1"},
}};

const Kind& kindOf(const MilestoneOverview& m) {
  auto find = [](std::string_view id) -> const Kind& {
    return *std::find_if(kKinds.begin(), kKinds.end(), [&](const Kind& k) { return k.id == id; });
  };
  if (m.type == "training" || m.type == "pilot" || m.type == "rollout" || m.type == "review") return find(m.type);
  if (m.group == "strategy" || m.group == "technology") return find(m.group);
  if (m.group == "people-and-process") return find("people");
  return find("untyped");
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

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// At most `limit` code points of `text`, with an ellipsis when cut.
std::string shortened(std::string_view text, std::size_t limit) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points++ == limit) return std::string(text.substr(0, i)) + "\xE2\x80\xA6";
  }
  return std::string(text);
}

// --- dates ------------------------------------------------------------------

struct YearMonth {
  int year;
  int month;
  YearMonth next(int months) const {
    const int index = year * 12 + (month - 1) + months;
    return {index / 12, index % 12 + 1};
  }
  Date first() const { return Date::fromCivil(year, static_cast<unsigned>(month), 1); }
  friend auto operator<=>(const YearMonth&, const YearMonth&) = default;
};

YearMonth yearMonthOf(Date d) {
  const std::string iso = d.iso();
  return {std::stoi(iso.substr(0, iso.size() - 6)), std::stoi(iso.substr(iso.size() - 5, 2))};
}

constexpr std::array<std::string_view, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// --- the page -----------------------------------------------------------------

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
  Page(const ReporterOptions& options, const Registry& registry) : options_(options), registry_(registry) {}

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
    fmt::format_to(out(),
                   "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"crmlint {}\">\n"
                   "<title>{} \xE2\x80\x94 crmlint health report</title>\n<style>{}</style>\n</head>\n<body>\n"
                   "<div class=\"page\">\n<header class=\"page-header\">\n"
                   "<p class=\"eyebrow\">CRM strategy health report</p>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n"
                   "</header>\n<main>\n",
                   kVersion, escapeHtml(title), kStyle, escapeHtml(title), subtitle(files));
    if (several) runSummary(all, files);
    if (files.empty()) html_ += "<p class=\"card\">No strategy files were linted.</p>\n";
    for (std::size_t i = 0; i < files.size(); ++i) fileSection(*files[i], i + 1, several);
    fmt::format_to(out(),
                   "</main>\n<footer>Generated by crmlint {}. The health score rates each rule category from 0 to "
                   "100: findings cost points by severity (error 4, warning 2, info 1), spread over the number of "
                   "things the category checks; the overall score is the mean of the category scores. This page "
                   "is self-contained and works offline.</footer>\n</div>\n</body>\n</html>\n",
                   kVersion);
    return std::move(html_);
  }

 private:
  Out out() { return std::back_inserter(html_); }

  std::string subtitle(const std::vector<const FileReport*>& files) const {
    std::string text = files.size() == 1 ? escapeHtml(files[0]->path) : fmt::format("{} strategy files", files.size());
    if (options_.today) text += fmt::format(" \xC2\xB7 timeline as of {}", options_.today->iso());
    return text;
  }

  // The big number on a ring that fills with the score, its band, a note and
  // the counts of findings; without a score, the note alone says why.
  void scoreBlock(const std::optional<HealthScore>& score, std::string_view attributes, std::string_view note,
                  const Summary& summary) {
    fmt::format_to(out(), "<div {}", attributes);
    if (score) {
      const Band band = bandOf(score->overall);
      constexpr double kRadius = 62;
      const double circumference = 2 * std::numbers::pi * kRadius;
      fmt::format_to(out(),
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
      html_ += ">\n<div class=\"band\">No score</div>\n";
    }
    if (!note.empty()) fmt::format_to(out(), "<p class=\"score-note\">{}</p>\n", note);
    counts(summary);
    html_ += "</div>\n";
  }

  void counts(const Summary& s) {
    html_ += "<div class=\"counts\">";
    fmt::format_to(out(), "<span class=\"chip error\">{}</span>", plural(s.errors, "error", "errors"));
    fmt::format_to(out(), "<span class=\"chip warning\">{}</span>", plural(s.warnings, "warning", "warnings"));
    fmt::format_to(out(), "<span class=\"chip info\">{}</span>", plural(s.infos, "info", "infos"));
    html_ += "</div>\n";
  }

  // One horizontal bar per scored category.
  // One bar per scored category, with its number of findings in `files`.
  void categoryChart(const HealthScore& score, const std::vector<const FileReport*>& files) {
    std::array<std::size_t, kScoredCategories.size()> findings{};
    for (const FileReport* f : files) {
      for (const Diagnostic& d : f->diagnostics) {
        const auto it = std::find(kScoredCategories.begin(), kScoredCategories.end(), categoryOf(d.rule));
        if (it != kScoredCategories.end()) ++findings[static_cast<std::size_t>(it - kScoredCategories.begin())];
      }
    }
    constexpr int kLabel = 160, kBar = 340, kRow = 30, kTop = 6;
    const int height = kTop + static_cast<int>(kScoredCategories.size()) * kRow;
    fmt::format_to(out(),
                   "<svg class=\"category-chart\" viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" "
                   "aria-label=\"Score per category\">\n",
                   kLabel + kBar + 150, height);
    for (std::size_t i = 0; i < kScoredCategories.size(); ++i) {
      const std::string_view id = kScoredCategories[i];
      const int y = kTop + static_cast<int>(i) * kRow;
      const CategoryInfo* info = categoryInfo(id);
      fmt::format_to(out(), "<g class=\"category-bar\" data-category=\"{}\"", id);
      if (score.categories[i]) fmt::format_to(out(), " data-score=\"{}\"", *score.categories[i]);
      fmt::format_to(out(), "><title>{}</title>", info->question);
      fmt::format_to(out(), "<text x=\"0\" y=\"{}\">{}</text>", y + 17, info->title);
      fmt::format_to(out(), "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" rx=\"3\" fill=\"#eef2f7\"/>", kLabel,
                     y + 5, kBar);
      if (const auto value = score.categories[i]) {
        fmt::format_to(out(), "<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"16\" rx=\"3\" fill=\"{}\"/>", kLabel,
                       y + 5, kBar * *value / 100.0, bandOf(*value).color);
        fmt::format_to(out(), "<text class=\"score\" x=\"{}\" y=\"{}\">{}</text>", kLabel + kBar + 10, y + 18, *value);
        if (findings[i] > 0) {
          fmt::format_to(out(), "<text class=\"findings-count\" x=\"{}\" y=\"{}\">{}</text>", kLabel + kBar + 48,
                         y + 18, plural(findings[i], "finding", "findings"));
        }
      } else {
        fmt::format_to(out(), "<text class=\"not-run\" x=\"{}\" y=\"{}\">not checked</text>", kLabel + 10, y + 18);
      }
      html_ += "</g>\n";
    }
    html_ += "</svg>\n";
  }

  void runSummary(const std::vector<FileReport>& all, const std::vector<const FileReport*>& files) {
    html_ += "<section class=\"card run\">\n<h2>All strategies</h2>\n<div class=\"score-panel\">\n";
    const auto score = scoreRun(all);
    scoreBlock(score, "id=\"overall-score\" class=\"overall-score\"",
               score ? "The mean of the files' overall scores; each category's bar is the mean of the files' scores."
                     : "No file could be scored.",
               summarize(all));
    html_ += "<div>\n";
    if (score) categoryChart(*score, files);
    html_ += "</div>\n</div>\n";
    html_ +=
        "<table class=\"run-summary\">\n<thead><tr><th>Strategy</th><th>File</th><th class=\"num\">Score</th>"
        "<th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th "
        "class=\"num\">Infos</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < files.size(); ++i) {
      const FileReport& f = *files[i];
      const Summary s = countsOf(f);
      const auto fileScore = scoreFile(f);
      const std::string name = f.overview && !f.overview->name.empty() ? f.overview->name : f.path;
      fmt::format_to(out(),
                     "<tr><td><a href=\"#file-{}\">{}</a></td><td class=\"file-path\">{}</td><td class=\"num\">{}"
                     "</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                     i + 1, escapeHtml(name), escapeHtml(f.path),
                     fileScore ? std::to_string(fileScore->overall) : "\xE2\x80\x94", s.errors, s.warnings, s.infos);
    }
    html_ += "</tbody>\n</table>\n</section>\n";
  }

  void fileSection(const FileReport& file, std::size_t index, bool several) {
    const auto score = scoreFile(file);
    fmt::format_to(out(), "<section class=\"file-report\" id=\"file-{}\" data-file=\"{}\">\n", index,
                   escapeHtml(file.path));
    if (several) {
      const std::string name = file.overview && !file.overview->name.empty() ? file.overview->name : file.path;
      fmt::format_to(out(), "<header><h2>{}</h2><p class=\"file-path\">{}</p></header>\n", escapeHtml(name),
                     escapeHtml(file.path));
    }
    scoreCard(file, score, several);
    mostImportant(file);
    if (file.overview) {
      timeline(*file.overview, index);
      coverage(*file.overview, index);
    }
    findings(file, score);
    html_ += "</section>\n";
  }

  void scoreCard(const FileReport& file, const std::optional<HealthScore>& score, bool several) {
    html_ += "<section class=\"card\">\n<h3>Health score</h3>\n";
    html_ +=
        "<p class=\"lead\">Each category is scored from 0 to 100: findings cost points by severity, relative "
        "to the size of what the category checks. The overall score is the mean of the categories.</p>\n"
        "<div class=\"score-panel\">\n";
    std::string note;
    if (!file.overview) {
      note = "The file could not be read as a strategy; the findings below say why.";
    } else if (!score) {
      note = "No scored rule category ran on this file.";
    } else if (std::any_of(file.diagnostics.begin(), file.diagnostics.end(),
                           [](const Diagnostic& d) { return categoryOf(d.rule) == "schema"; })) {
      note = fmt::format("At most {}: the file breaks the strategy format, so other checks may have missed problems.",
                         kSchemaErrorCap);
    }
    scoreBlock(score, several ? "class=\"file-score\"" : "id=\"overall-score\" class=\"overall-score\"", note,
               countsOf(file));
    if (score) {
      html_ += "<div>\n";
      categoryChart(*score, {&file});
      const StrategyOverview& o = *file.overview;
      const auto involved = std::count_if(o.departments.begin(), o.departments.end(),
                                          [&](const DepartmentOverview& d) { return involvedAnywhere(o, d.id); });
      fmt::format_to(out(),
                     "<div class=\"facts\"><div><strong>{}</strong>goals</div><div><strong>{}</strong>milestones</div>"
                     "<div><strong>{} of {}</strong>departments involved</div></div>\n</div>\n",
                     o.goals.size(), o.milestones.size(), involved, o.departments.size());
    }
    html_ += "</div>\n</section>\n";
  }

  static bool names(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  }

  static bool involvedAnywhere(const StrategyOverview& o, std::string_view department) {
    return std::any_of(o.goals.begin(), o.goals.end(),
                       [&](const GoalOverview& g) { return names(g.departments, department); }) ||
           std::any_of(o.milestones.begin(), o.milestones.end(),
                       [&](const MilestoneOverview& m) { return names(m.departments, department); });
  }

  // --- timeline: an SVG Gantt chart -----------------------------------------

  void legend(bool withToday) {
    html_ += "<ul class=\"legend\">";
    for (const Kind& k : kKinds) {
      fmt::format_to(out(), "<li><span class=\"swatch\" style=\"background:{}\"></span>{}</li>", k.color, k.label);
    }
    html_ += "<li><span class=\"swatch arrow\"></span>Depends on</li>";
    if (withToday) html_ += "<li><span class=\"swatch line\"></span>Today</li>";
    html_ += "</ul>\n";
  }

  void timeline(const StrategyOverview& o, std::size_t index) {
    html_ += "<section class=\"card timeline\">\n<h3>Delivery timeline</h3>\n";
    if (o.milestones.empty()) {
      html_ += "<p class=\"lead\">The strategy has no milestones yet.</p>\n</section>\n";
      return;
    }
    html_ +=
        "<p class=\"lead\">One bar per milestone, from its start to its due date; arrows lead from a "
        "milestone to the ones that wait for it.</p>\n";

    std::optional<Date> lo, hi;
    auto widen = [&](std::optional<Date> d) {
      if (!d) return;
      lo = lo ? std::min(*lo, *d) : *d;
      hi = hi ? std::max(*hi, *d) : *d;
    };
    for (const MilestoneOverview& m : o.milestones) {
      widen(m.start);
      widen(m.due);
    }
    if (!lo) {
      legend(false);
      html_ += "<p class=\"note\">No milestone has a start or due date, so there is nothing to draw.</p>\n</section>\n";
      return;
    }
    // Today widens the chart only when it is near the plan; a distant today
    // would squash every bar into a sliver.
    const std::optional<Date> today = options_.today;
    bool todayShown = false;
    if (today) {
      const int span = std::max(hi->days - lo->days, 30);
      if (today->days >= lo->days - span / 2 && today->days <= hi->days + span / 2) {
        widen(today);
        todayShown = true;
      }
    }
    legend(todayShown);

    const YearMonth first = yearMonthOf(*lo);
    const YearMonth last = yearMonthOf(*hi).next(1);
    const int from = first.first().days;
    const int to = last.first().days;

    constexpr int kLabel = 340, kPlot = 720, kRight = 140, kAxis = 34, kRow = 30, kBar = 16, kFoot = 22;
    const int width = kLabel + kPlot + kRight;
    const int bottom = kAxis + static_cast<int>(o.milestones.size()) * kRow;
    const int height = bottom + kFoot;
    auto xOf = [&](Date d) { return kLabel + kPlot * static_cast<double>(d.days - from) / (to - from); };
    auto rowY = [&](std::size_t row) { return kAxis + static_cast<double>(row) * kRow; };

    fmt::format_to(out(),
                   "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"Timeline of {}\">\n<defs>"
                   "<marker id=\"arrow-{}\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" "
                   "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#6b7280\"/></marker>"
                   "<marker id=\"arrow-late-{}\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" "
                   "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#b91c1c\"/></marker>"
                   "</defs>\n",
                   width, height, plural(o.milestones.size(), "milestone", "milestones"), index, index);

    // Zebra rows, then the month grid and its labels.
    for (std::size_t row = 0; row < o.milestones.size(); row += 2) {
      fmt::format_to(out(), "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f8fafc\"/>", rowY(row),
                     kLabel + kPlot, kRow);
    }
    const int months = (last.year * 12 + last.month) - (first.year * 12 + first.month);
    // At most 14 or so labels: every 1, 2, 3 or 6 months, or every few years.
    int step = 1;
    for (int candidate : {1, 2, 3, 6, 12}) {
      step = candidate;
      if (months / candidate <= 14) break;
    }
    if (months / step > 14) step = 12 * ((months / 12 + 13) / 14);
    html_ += "\n";
    for (YearMonth m = first; m <= last; m = m.next(step)) {
      const double x = xOf(m.first());
      fmt::format_to(out(), "<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#e5e7eb\"/>", x, kAxis - 6,
                     x, bottom);
      if (m < last) {
        const std::string label =
            step >= 12 ? std::to_string(m.year) : fmt::format("{} {}", kMonthNames[m.month - 1], m.year);
        fmt::format_to(out(), "<text class=\"axis\" x=\"{:.1f}\" y=\"{}\">{}</text>", x + 4, kAxis - 12, label);
      }
    }
    fmt::format_to(out(), "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#9ca3af\"/>\n", kLabel, kAxis - 6,
                   kLabel + kPlot, kAxis - 6);

    // Where each bar is, for the arrows.
    struct Placed {
      double x1, x2, y;
    };
    std::unordered_map<std::string_view, std::size_t> rowOf;
    std::vector<std::optional<Placed>> placed(o.milestones.size());
    for (std::size_t row = 0; row < o.milestones.size(); ++row) {
      const MilestoneOverview& m = o.milestones[row];
      rowOf.try_emplace(m.id, row);
      const std::optional<Date> start = m.start ? m.start : m.due;
      const std::optional<Date> due = m.due ? m.due : m.start;
      if (!start) continue;
      // A bar covers whole days: from the start of its first to the end of its last.
      const double x1 = xOf(std::min(*start, *due));
      const double x2 = std::max(xOf(Date{std::max(start->days, due->days) + 1}), x1 + 4);
      placed[row] = Placed{x1, x2, rowY(row) + kRow / 2.0};
    }

    // Arrows first, so that bars cover the elbows.
    for (std::size_t row = 0; row < o.milestones.size(); ++row) {
      const MilestoneOverview& m = o.milestones[row];
      if (!placed[row]) continue;
      for (const std::string& before : m.after) {
        const auto it = rowOf.find(before);
        if (it == rowOf.end() || !placed[it->second]) continue;
        const Placed& from = *placed[it->second];
        const Placed& to = *placed[row];
        const bool late = to.x1 < from.x2 - 0.5;  // starts before the milestone it waits for is due
        const double elbow = std::min(from.x2 + 6, to.x1 - 8);
        fmt::format_to(
            out(),
            "<path class=\"dependency{}\" data-from=\"{}\" data-to=\"{}\" d=\"M{:.1f},{:.1f} H{:.1f} "
            "V{:.1f} H{:.1f}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.4\" marker-end=\"url(#{}-{})\"/>\n",
            late ? " late" : "", escapeHtml(before), escapeHtml(m.id), from.x2, from.y, elbow, to.y, to.x1,
            late ? "#b91c1c" : "#6b7280", late ? "arrow-late" : "arrow", index);
      }
    }

    // A training is late when a rollout or pilot of its departments starts
    // before it is due and no other training has prepared them by then:
    // the staff meet the new way of working before they learn it.
    std::unordered_map<std::string_view, Date> trainedBy;  // department ("" for all) -> earliest training due
    std::vector<const MilestoneOverview*> goLives;
    for (const MilestoneOverview& m : o.milestones) {
      if (m.status == "dropped") continue;
      if ((m.type == "rollout" || m.type == "pilot") && m.start) goLives.push_back(&m);
      if (m.type != "training" || !m.due) continue;
      auto note = [&](std::string_view key) {
        const auto [it, added] = trainedBy.emplace(key, *m.due);
        if (!added) it->second = std::min(it->second, *m.due);
      };
      if (m.departments.empty()) note("");
      for (const std::string& d : m.departments) note(d);
    }
    auto preparedBy = [&](std::string_view department, Date start) {
      for (const std::string_view key : {department, std::string_view()}) {
        const auto it = trainedBy.find(key);
        if (it != trainedBy.end() && it->second <= start) return true;
      }
      return false;
    };
    auto trainsLate = [&](const MilestoneOverview& m) {
      if (m.type != "training" || m.status == "dropped" || !m.due) return false;
      for (const MilestoneOverview* g : goLives) {
        if (*g->start >= *m.due) continue;
        for (const std::string& d : g->departments) {
          const bool shared = m.departments.empty() ||
                              std::find(m.departments.begin(), m.departments.end(), d) != m.departments.end();
          if (shared && !preparedBy(d, *g->start)) return true;
        }
      }
      return false;
    };

    for (std::size_t row = 0; row < o.milestones.size(); ++row) {
      const MilestoneOverview& m = o.milestones[row];
      const Kind& kind = kindOf(m);
      const double y = rowY(row);
      const std::string title = m.title.empty() ? m.id : m.title;
      fmt::format_to(out(), "<g class=\"milestone\" data-milestone=\"{}\">", escapeHtml(m.id));
      fmt::format_to(out(), "<text x=\"8\" y=\"{:.1f}\"><title>{}</title>{}</text>", y + kRow / 2.0 + 4,
                     escapeHtml(title), escapeHtml(shortened(title, 48)));
      if (!placed[row]) {
        fmt::format_to(out(), "<text class=\"undated\" x=\"{}\" y=\"{:.1f}\">no start or due date</text></g>\n",
                       kLabel + 8, y + kRow / 2.0 + 4);
        continue;
      }
      const Placed& p = *placed[row];
      const double opacity = m.status == "dropped" ? 0.3 : m.status == "done" ? 0.6 : 1.0;
      const std::string when = m.start && m.due ? fmt::format("{} to {}", m.start->iso(), m.due->iso())
                               : m.due          ? fmt::format("due {}", m.due->iso())
                                                : fmt::format("starts {}", m.start->iso());
      fmt::format_to(out(),
                     "<rect class=\"milestone-bar\" data-milestone=\"{}\" data-type=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" "
                     "width=\"{:.1f}\" height=\"{}\" rx=\"3\" fill=\"{}\" fill-opacity=\"{}\"{}>"
                     "<title>{}: {} ({}, line {})</title></rect>",
                     escapeHtml(m.id), escapeHtml(m.type), p.x1, p.y - kBar / 2.0, p.x2 - p.x1, kBar, kind.color,
                     opacity, kind.id == "untyped" ? " stroke=\"#64748b\" stroke-dasharray=\"3 2\"" : "",
                     escapeHtml(m.id), escapeHtml(title), when, m.line);
      std::string label = m.type.empty() ? "no type" : m.type;
      if (!m.scope.empty()) label += " \xC2\xB7 " + m.scope;
      if (m.status == "done" || m.status == "dropped" || m.status == "in-progress") label += " \xC2\xB7 " + m.status;
      const bool overdue = today && m.due && *m.due < *today && m.status != "done" && m.status != "dropped";
      const bool late = trainsLate(m);
      // About 6.5 units per character at this size: a label that would run off
      // the chart goes before the bar instead.
      const double labelWidth = 6.5 * static_cast<double>(label.size() + (overdue ? 10 : 0) + (late ? 19 : 0));
      const bool labelLeft = p.x2 + 6 + labelWidth > width;
      fmt::format_to(out(), "<text class=\"kind\" x=\"{:.1f}\" y=\"{:.1f}\"{}>{}", labelLeft ? p.x1 - 6 : p.x2 + 6,
                     p.y + 4, labelLeft ? " text-anchor=\"end\"" : "", escapeHtml(label));
      if (overdue) html_ += "<tspan class=\"overdue\"> \xC2\xB7 overdue</tspan>";
      if (late) html_ += "<tspan class=\"late-training\"> \xC2\xB7 after its rollout</tspan>";
      html_ += "</text></g>\n";
    }

    if (todayShown) {
      const double x = xOf(*today);
      fmt::format_to(
          out(),
          "<line class=\"today-line\" x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#b91c1c\" "
          "stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/><text class=\"today\" x=\"{0:.1f}\" y=\"{3}\" "
          "text-anchor=\"middle\">today {4}</text>\n",
          x, kAxis - 6, bottom + 4, height - 6, today->iso());
    }
    html_ += "</svg>\n";
    if (today && !todayShown) {
      fmt::format_to(out(), "<p class=\"note\">Today ({}) is far outside the plan's dates, so it is not drawn.</p>\n",
                     today->iso());
    }
    html_ += "</section>\n";
  }

  // --- coverage: departments by goals ---------------------------------------

  void coverage(const StrategyOverview& o, std::size_t index) {
    html_ += "<section class=\"card coverage\">\n<h3>Who is involved</h3>\n";
    html_ +=
        "<p class=\"lead\">Departments (rows) by goals (columns): a mark means the goal names the department. "
        "The last columns count the milestones that involve it and say whether one of its stakeholders knows "
        "what is in it for them (WIIFM); a dash marks a department the plan does not involve.</p>\n";
    if (o.departments.empty()) {
      html_ += "<p>The strategy names no departments.</p>\n</section>\n";
      return;
    }
    fmt::format_to(out(), "<div class=\"matrix-wrap\"><table class=\"coverage-matrix\" id=\"coverage-matrix-{}\">\n",
                   index);
    html_ += "<thead><tr><th scope=\"col\">Department</th>";
    for (const GoalOverview& g : o.goals) {
      fmt::format_to(out(), "<th scope=\"col\" data-goal=\"{}\">{}<span class=\"goal-title\">{}</span></th>",
                     escapeHtml(g.id), escapeHtml(g.id), escapeHtml(shortened(g.title, 60)));
    }
    html_ += "<th scope=\"col\">Milestones</th><th scope=\"col\">WIIFM</th></tr></thead>\n<tbody>\n";
    for (const DepartmentOverview& d : o.departments) {
      const bool involved = involvedAnywhere(o, d.id);
      const auto milestones = std::count_if(o.milestones.begin(), o.milestones.end(),
                                            [&](const MilestoneOverview& m) { return names(m.departments, d.id); });
      fmt::format_to(out(), "<tr class=\"coverage-row{}\" data-department=\"{}\"><th scope=\"row\">{}",
                     d.customerFacing && !involved ? " not-involved" : "", escapeHtml(d.id), escapeHtml(d.name));
      if (d.customerFacing) html_ += "<span class=\"tag\">customer-facing</span>";
      if (d.customerFacing && !involved) html_ += "<span class=\"tag warn\">not involved</span>";
      fmt::format_to(out(), "<span class=\"dept-id\">{}</span></th>", escapeHtml(d.id));
      for (const GoalOverview& g : o.goals) {
        const bool in = names(g.departments, d.id);
        fmt::format_to(out(), "<td class=\"coverage-cell{}\" data-goal=\"{}\"{}>{}</td>", in ? " involved" : "",
                       escapeHtml(g.id), in ? " title=\"involved\"" : "", in ? "\xE2\x97\x8F" : "");
      }
      fmt::format_to(out(), "<td class=\"milestone-count\">{}</td>", milestones);
      // A WIIFM matters where the plan asks people to change.
      const std::string_view wiifm = d.hasWiifm ? "wiifm-yes" : involved ? "wiifm-no" : "wiifm-not-needed";
      const std::string_view mark = d.hasWiifm ? "\xE2\x9C\x93 yes"
                                    : involved ? "\xE2\x9C\x97 missing"
                                               : "\xE2\x80\x94";
      fmt::format_to(out(), "<td class=\"wiifm {}\">{}</td></tr>\n", wiifm, mark);
    }
    html_ += "</tbody>\n</table></div>\n</section>\n";
  }

  // --- findings, grouped by category, then by rule --------------------------

  // The three findings to act on first: errors before warnings before infos,
  // and judgement about the strategy before format details; named by what
  // the rule checks, not by its id.
  void mostImportant(const FileReport& file) {
    if (file.diagnostics.empty()) return;
    auto categoryRank = [](std::string_view rule) {
      static constexpr std::string_view kOrder[] = {"ownership", "pace", "customer", "plan", "business-case",
                                                    "strategy", "alignment", "smart", "wiifm"};
      const std::string_view c = categoryOf(rule);
      for (std::size_t i = 0; i < std::size(kOrder); ++i) {
        if (kOrder[i] == c) return i;
      }
      return std::size(kOrder);
    };
    std::vector<const Diagnostic*> ranked;
    for (const Diagnostic& d : file.diagnostics) ranked.push_back(&d);
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Diagnostic* a, const Diagnostic* b) {
      return std::pair(-static_cast<int>(a->severity), categoryRank(a->rule)) <
             std::pair(-static_cast<int>(b->severity), categoryRank(b->rule));
    });
    // One per rule, so that three of the same kind do not crowd out the rest.
    std::vector<const Diagnostic*> top;
    for (const Diagnostic* d : ranked) {
      if (top.size() == 3) break;
      if (std::none_of(top.begin(), top.end(), [&](const Diagnostic* t) { return t->rule == d->rule; })) {
        top.push_back(d);
      }
    }
    html_ += "<section class=\"card top-findings\">\n<h3>What matters most</h3>\n<ol>\n";
    for (const Diagnostic* d : top) {
      const Rule* rule = registry_.find(d->rule);
      const std::string title = rule ? rule->meta().summary : d->rule;
      fmt::format_to(out(),
                     "<li class=\"top-finding\" data-rule=\"{}\"><strong>{}</strong><br>{} <span "
                     "class=\"where\">(line {})</span>{}</li>\n",
                     escapeHtml(d->rule), escapeHtml(title), escapeHtml(d->message), d->span.begin.line,
                     d->help.empty() ? "" : fmt::format("<br><em>{}</em>", escapeHtml(d->help)));
    }
    html_ += "</ol>\n</section>\n";
  }

  void findings(const FileReport& file, const std::optional<HealthScore>& score) {
    html_ += "<section class=\"card findings-list\">\n<h3>Findings</h3>\n";
    if (file.diagnostics.empty()) {
      html_ += "<p class=\"clean\">No findings: the strategy passes every check that ran.</p>\n</section>\n";
      return;
    }
    // category -> rule -> diagnostics, categories in the order of kCategories.
    std::map<std::string_view, std::vector<const Diagnostic*>> byRule;
    std::vector<std::string_view> categories;
    for (const Diagnostic& d : file.diagnostics) {
      byRule[d.rule].push_back(&d);
      const std::string_view c = categoryOf(d.rule);
      if (std::find(categories.begin(), categories.end(), c) == categories.end()) categories.push_back(c);
    }
    auto rank = [](std::string_view c) {
      for (std::size_t i = 0; i < kCategories.size(); ++i) {
        if (kCategories[i].id == c) return i;
      }
      return kCategories.size();
    };
    std::stable_sort(categories.begin(), categories.end(), [&](std::string_view a, std::string_view b) {
      return std::pair(rank(a), a) < std::pair(rank(b), b);
    });

    for (const std::string_view category : categories) {
      std::size_t total = 0;
      for (const auto& [rule, list] : byRule) {
        if (categoryOf(rule) == category) total += list.size();
      }
      fmt::format_to(out(), "<section class=\"findings-category\" data-category=\"{}\">\n<header><h4>{}</h4>",
                     escapeHtml(category), escapeHtml(categoryTitle(category)));
      fmt::format_to(out(), "<span class=\"tag\">{}</span>", plural(total, "finding", "findings"));
      if (score) {
        if (const auto value = score->category(category)) {
          fmt::format_to(out(), "<span class=\"tag\">score {}</span>", *value);
        }
      }
      if (const CategoryInfo* info = categoryInfo(category)) {
        fmt::format_to(out(), "<span class=\"question\">{}</span>", info->question);
      }
      html_ += "</header>\n";
      for (const auto& [rule, list] : byRule) {
        if (categoryOf(rule) != category) continue;
        const Rule* r = registry_.find(rule);
        fmt::format_to(
            out(), "<div class=\"rule-group\" data-rule=\"{}\"><h5><code>{}</code>{}</h5>\n<ul class=\"findings\">\n",
            escapeHtml(rule), escapeHtml(rule), r ? escapeHtml(r->meta().summary) : "");
        for (const Diagnostic* d : list) {
          const std::string_view severity = nameOf(d->severity);
          fmt::format_to(out(),
                         "<li class=\"finding {}\"><span class=\"severity\">{}</span><span class=\"message\">{}"
                         "</span><span class=\"location\">{}:{}:{}</span>",
                         severity, severity, escapeHtml(d->message), escapeHtml(d->file), d->span.begin.line,
                         d->span.begin.column);
          if (!d->help.empty()) fmt::format_to(out(), "<p class=\"help\">How to fix: {}</p>", escapeHtml(d->help));
          html_ += "</li>\n";
        }
        html_ += "</ul></div>\n";
      }
      html_ += "</section>\n";
    }
    html_ += "</section>\n";
  }

  const ReporterOptions& options_;
  const Registry& registry_;
  std::string html_;
};

class HtmlReporter final : public Reporter {
 public:
  bool drawsPlan() const override { return true; }
  HtmlReporter(const ReporterOptions& options, const Registry& registry) : options_(options), registry_(registry) {}

  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    out << Page(options_, registry_).render(files);
  }

 private:
  ReporterOptions options_;
  const Registry& registry_;
};

}  // namespace

std::unique_ptr<Reporter> makeHtmlReporter(const ReporterOptions& options, const Registry& registry) {
  return std::make_unique<HtmlReporter>(options, registry);
}

}  // namespace crmlint
