#include "score.h"

#include <algorithm>
#include <cmath>

namespace crmlint {

namespace {

// The category of a rule id: "smart" for smart/specific; the id itself for `syntax`.
std::string_view categoryOf(std::string_view rule) { return rule.substr(0, rule.find('/')); }

std::optional<std::size_t> scoredIndex(std::string_view category) {
  const auto it = std::find(kScoredCategories.begin(), kScoredCategories.end(), category);
  if (it == kScoredCategories.end()) return std::nullopt;
  return static_cast<std::size_t>(it - kScoredCategories.begin());
}

int roundedMean(const std::vector<int>& values) {
  double sum = 0;
  for (int v : values) sum += v;
  return static_cast<int>(std::lround(sum / static_cast<double>(values.size())));
}

}  // namespace

std::optional<int> HealthScore::category(std::string_view name) const {
  const auto index = scoredIndex(name);
  return index ? categories[*index] : std::nullopt;
}

int severityWeight(Severity severity) {
  switch (severity) {
    case Severity::Error: return 4;
    case Severity::Warning: return 2;
    case Severity::Info: return 1;
  }
  return 0;
}

int categoryScore(int penalty, std::size_t checked) {
  const double raw = 100.0 - 25.0 * penalty / static_cast<double>(std::max<std::size_t>(checked, 1));
  return static_cast<int>(std::clamp<long>(std::lround(raw), 0, 100));
}

std::optional<HealthScore> scoreFile(const FileReport& file) {
  if (file.skipped || !file.overview) return std::nullopt;
  std::array<int, kScoredCategories.size()> penalties{};
  bool schemaBroken = false;
  for (const Diagnostic& d : file.diagnostics) {
    const std::string_view category = categoryOf(d.rule);
    if (category == "schema") schemaBroken = true;
    if (const auto index = scoredIndex(category)) penalties[*index] += severityWeight(d.severity);
  }
  HealthScore score;
  std::vector<int> scored;
  for (std::size_t i = 0; i < kScoredCategories.size(); ++i) {
    const auto checked = file.overview->checked.find(kScoredCategories[i]);
    if (checked == file.overview->checked.end()) continue;
    score.categories[i] = categoryScore(penalties[i], checked->second);
    scored.push_back(*score.categories[i]);
  }
  if (scored.empty()) return std::nullopt;
  score.overall = roundedMean(scored);
  if (schemaBroken) score.overall = std::min(score.overall, kSchemaErrorCap);
  return score;
}

std::optional<HealthScore> scoreRun(const std::vector<FileReport>& files) {
  std::vector<int> overall;
  std::array<std::vector<int>, kScoredCategories.size()> perCategory;
  for (const FileReport& f : files) {
    const auto score = scoreFile(f);
    if (!score) continue;
    overall.push_back(score->overall);
    for (std::size_t i = 0; i < kScoredCategories.size(); ++i) {
      if (score->categories[i]) perCategory[i].push_back(*score->categories[i]);
    }
  }
  if (overall.empty()) return std::nullopt;
  HealthScore run;
  run.overall = roundedMean(overall);
  for (std::size_t i = 0; i < kScoredCategories.size(); ++i) {
    if (!perCategory[i].empty()) run.categories[i] = roundedMean(perCategory[i]);
  }
  return run;
}

}  // namespace crmlint
