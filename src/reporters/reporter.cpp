#include "reporter.h"

#include <fmt/format.h>

#include <algorithm>

#include "reporters/formats.h"

namespace crmlint {

namespace {

// Named functions, not lambdas, keep the table one line a format.
std::unique_ptr<Reporter> text(const ReporterOptions& o, const RuleCatalogue&) { return makeTextReporter(o); }
std::unique_ptr<Reporter> compact(const ReporterOptions& o, const RuleCatalogue&) { return makeCompactReporter(o); }
std::unique_ptr<Reporter> json(const ReporterOptions&, const RuleCatalogue&) { return makeJsonReporter(); }
std::unique_ptr<Reporter> sarif(const ReporterOptions&, const RuleCatalogue& r) { return makeSarifReporter(r); }
std::unique_ptr<Reporter> junit(const ReporterOptions&, const RuleCatalogue&) { return makeJunitReporter(); }
std::unique_ptr<Reporter> github(const ReporterOptions&, const RuleCatalogue&) { return makeGithubReporter(); }
std::unique_ptr<Reporter> gitlab(const ReporterOptions&, const RuleCatalogue&) { return makeGitlabReporter(); }
std::unique_ptr<Reporter> html(const ReporterOptions& o, const RuleCatalogue& r) { return makeHtmlReporter(o, r); }

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

const std::vector<ReportFormat>& reportFormats() {
  static const std::vector<ReportFormat> table = {
      {"text", "each finding with its source line underlined and a help line (the default)", true, false, text},
      {"compact", "one line per finding", true, false, compact},
      {"json", "JSON: every finding, the summary and the health scores", false, false, json},
      {"sarif", "SARIF 2.1.0", false, false, sarif},
      {"junit", "JUnit XML", false, false, junit},
      {"github", "GitHub Actions workflow commands", false, false, github},
      {"gitlab", "GitLab Code Quality", false, false, gitlab},
      {"html", "a self-contained page with the health score, timeline, matrix and findings", false, true, html},
  };
  return table;
}

const ReportFormat* findReportFormat(std::string_view name) {
  for (const ReportFormat& format : reportFormats()) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

std::unique_ptr<Reporter> makeReporter(std::string_view name, const ReporterOptions& options,
                                       const RuleCatalogue& rules) {
  const ReportFormat* format = findReportFormat(name);
  return format ? format->make(options, rules) : nullptr;
}

std::vector<std::string> reporterFormats() {
  std::vector<std::string> names;
  for (const ReportFormat& format : reportFormats()) names.emplace_back(format.name);
  std::sort(names.begin(), names.end());
  return names;
}

std::string summaryLine(const Summary& s, const std::optional<HealthScore>& score) {
  std::string line =
      fmt::format("{}, {}, {} in {}", plural(s.errors, "error", "errors"), plural(s.warnings, "warning", "warnings"),
                  plural(s.infos, "info", "infos"), plural(s.files, "file", "files"));
  if (score) line += fmt::format("; health score {}/100", score->overall);
  return line;
}

}  // namespace crmlint
