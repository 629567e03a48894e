#pragma once
// The health score: how well a strategy meets each rule category, 0 to 100.
//
// Category score. Each diagnostic of a category's rules costs its severity's
// weight: error 4, warning 2, info 1. The penalty is spread over the number
// of things the category checks, n, so a big strategy is not punished for
// being big:
//
//     score = round(100 - 25 * penalty / n), clamped to 0..100
//
// One warning for every thing checked halves the score; one error (or two
// warnings) for every thing checked brings it to 0. n counts one for the
// strategy as a whole (which the category-wide rules check) plus:
//
//     smart, business-case, ownership   the goals
//     customer                          the goals and customer segments
//     strategy                          the goals and business objectives
//     wiifm                             the stakeholders and departments
//     alignment                         the goals and departments
//     pace                              the milestones
//     plan                              the goals and milestones
//
// A rule pack's category counts what its registration says (category.h):
// every registered category with `scored` set has a score.
//
// Overall score: the mean of the category scores, rounded. A category none of
// whose rules ran (switched off by --select, --ignore or a config) has no
// score and is left out of the mean. A file with a schema diagnostic breaks
// the format, so other rules may have missed things: its overall score is at
// most 50. A file with a syntax error, or that is not a strategy, has no
// score. syntax, schema and suppression diagnostics count in no category.
//
// Only the diagnostics in the report count: findings silenced by suppression
// comments or a baseline, or left out by --quiet, cost nothing.
//
// Several files: each file has its own scores; the run's score for a category
// is the mean over the files that have one, and the run's overall score the
// mean of the files' overall scores, both rounded.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "report.h"

namespace crmlint {

inline constexpr int kSchemaErrorCap = 50;

struct HealthScore {
  int overall = 0;
  // By category id, for the scored categories that ran; a category that did
  // not run is absent.
  std::map<std::string, int, std::less<>> categories;

  std::optional<int> category(std::string_view id) const;
};

// The ids of the registered categories that have a score, in registration
// order (the order reports show them).
std::vector<std::string> scoredCategories();

int severityWeight(Severity severity);

// The score of one category from its summed penalty and the number of things
// it checks (at least 1).
int categoryScore(int penalty, std::size_t checked);

// Empty for a file without an overview (skipped, a syntax error, not a
// strategy) or on which no scored category ran.
std::optional<HealthScore> scoreFile(const FileReport& file);

// The run's aggregate over the files that have a score; empty when none has.
std::optional<HealthScore> scoreRun(const std::vector<FileReport>& files);

}  // namespace crmlint
