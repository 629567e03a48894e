#include "score.h"

#include <algorithm>
#include <cmath>

#include "category.h"

namespace crmlint {

namespace {

bool isScored(std::string_view category) {
  const Category* c = CategoryRegistry::instance().find(category);
  return c && c->scored;
}

int roundedMean(const std::vector<int>& values) {
  double sum = 0;
  for (int v : values) sum += v;
  return static_cast<int>(std::lround(sum / static_cast<double>(values.size())));
}

}  // namespace

std::vector<std::string> scoredCategories() {
  std::vector<std::string> ids;
  for (const Category& c : CategoryRegistry::instance().all()) {
    if (c.scored) ids.push_back(c.id);
  }
  return ids;
}

std::optional<int> HealthScore::category(std::string_view id) const {
  const auto it = categories.find(id);
  return it == categories.end() ? std::nullopt : std::optional<int>(it->second);
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
  std::map<std::string_view, int> penalties;
  bool schemaBroken = false;
  for (const Diagnostic& d : file.diagnostics) {
    const std::string_view category = categoryOfRule(d.rule);
    if (category == "schema") schemaBroken = true;
    penalties[category] += severityWeight(d.severity);
  }
  HealthScore score;
  std::vector<int> scored;
  for (const auto& [category, checked] : file.overview->checked) {
    if (!isScored(category)) continue;
    const auto penalty = penalties.find(category);
    const int value = categoryScore(penalty == penalties.end() ? 0 : penalty->second, checked);
    score.categories.emplace(category, value);
    scored.push_back(value);
  }
  if (scored.empty()) return std::nullopt;
  score.overall = roundedMean(scored);
  if (schemaBroken) score.overall = std::min(score.overall, kSchemaErrorCap);
  return score;
}

std::optional<HealthScore> scoreRun(const std::vector<FileReport>& files) {
  std::vector<int> overall;
  std::map<std::string, std::vector<int>, std::less<>> perCategory;
  for (const FileReport& f : files) {
    const auto score = scoreFile(f);
    if (!score) continue;
    overall.push_back(score->overall);
    for (const auto& [category, value] : score->categories) perCategory[category].push_back(value);
  }
  if (overall.empty()) return std::nullopt;
  HealthScore run;
  run.overall = roundedMean(overall);
  for (const auto& [category, values] : perCategory) run.categories.emplace(category, roundedMean(values));
  return run;
}

}  // namespace crmlint
