#pragma once
// Reporters turn diagnostics into one output format. They see the report and
// rule metadata, never the strategy model.
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report.h"
#include "rule_meta.h"
#include "scalar.h"
#include "score.h"
#include "utf8.h"  // escapeControl

namespace crmlint {

struct ReporterOptions {
  bool color = false;
  // The day given with --today, for the HTML timeline's "today" line.
  std::optional<Date> today = std::nullopt;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void write(std::ostream& out, const std::vector<FileReport>& files) const = 0;
};

// One output format. The table of them (reportFormats) is the one list the
// command line's --format, its help, completions and docs are checked against.
struct ReportFormat {
  std::string_view name;         // "sarif", the --format value
  std::string_view description;  // "SARIF 2.1.0", for help and docs
  // Written for people to read (the --statistics table then joins the report);
  // otherwise for machines, and extra output goes to standard error.
  bool human = false;
  // Draws the plan itself (milestones, departments, goals), so the linter
  // keeps their overview; the others need only counts.
  bool drawsPlan = false;
  std::unique_ptr<Reporter> (*make)(const ReporterOptions&, const RuleCatalogue&) = nullptr;
};

// In the order help and docs list them.
const std::vector<ReportFormat>& reportFormats();
// nullptr for an unknown name.
const ReportFormat* findReportFormat(std::string_view name);
// A reporter of the named format; nullptr for an unknown name.
std::unique_ptr<Reporter> makeReporter(std::string_view format, const ReporterOptions& options,
                                       const RuleCatalogue& rules);
// The format names, sorted (for messages and suggestions).
std::vector<std::string> reporterFormats();

// "3 errors, 5 warnings, 1 info in 2 files; health score 87/100", without
// the score when no file has one.
std::string summaryLine(const Summary& summary, const std::optional<HealthScore>& score);

}  // namespace crmlint
