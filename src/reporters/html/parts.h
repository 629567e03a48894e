#pragma once
// The parts of the HTML report (src/reporters/html/), each written through
// the one escaping Writer.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report.h"
#include "reporters/html/writer.h"
#include "reporters/reporter.h"
#include "rule_meta.h"
#include "scalar.h"
#include "score.h"

namespace crmlint::html {

// "1 finding", "3 findings".
std::string plural(std::size_t n, std::string_view one, std::string_view many);
// At most `limit` code points of `text`, with an ellipsis when cut.
std::string shortened(std::string_view text, std::size_t limit);

// Whether `ids` holds `id`.
bool names(const std::vector<std::string>& ids, std::string_view id);
// Whether a goal or milestone names the department.
bool involvedAnywhere(const StrategyOverview& o, std::string_view department);

// timeline.cpp: the milestones as a Gantt chart; `index` keeps its ids unique on the page.
void writeTimeline(Writer& w, const StrategyOverview& o, std::size_t index, std::optional<Date> today);
// coverage.cpp: departments by goals.
void writeCoverage(Writer& w, const StrategyOverview& o, std::size_t index);
// findings.cpp: the three findings to act on first.
void writeMostImportant(Writer& w, const FileReport& file, const RuleCatalogue& rules);
// findings.cpp: every finding, by category and rule.
void writeFindings(Writer& w, const FileReport& file, const std::optional<HealthScore>& score,
                   const RuleCatalogue& rules);
// findings.cpp: the findings a baseline accepted, apart and marked.
void writeAccepted(Writer& w, const FileReport& file, const RuleCatalogue& rules);

}  // namespace crmlint::html
