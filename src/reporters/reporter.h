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
#include "rule.h"
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
  // True when the report draws the plan itself (milestones, departments,
  // goals), so the linter keeps their overview; the others need only counts.
  virtual bool drawsPlan() const { return false; }
};

// nullptr for an unknown format.
std::unique_ptr<Reporter> makeReporter(std::string_view format, const ReporterOptions& options,
                                       const Registry& registry);
std::vector<std::string> reporterFormats();

// "3 errors, 5 warnings, 1 info in 2 files; health score 87/100", without
// the score when no file has one.
std::string summaryLine(const Summary& summary, const std::optional<HealthScore>& score);

}  // namespace crmlint
