#include "config.h"

#include <stdexcept>

#include "category.h"

namespace crmlint {

bool isAlwaysOn(std::string_view id) {
  const Category* category = CategoryRegistry::instance().ofRule(id);
  return category && category->alwaysOn;
}

bool isSuppressible(std::string_view id) {
  const Category* category = CategoryRegistry::instance().ofRule(id);
  return !category || category->suppressible;
}

Config Config::recommended(const Registry& registry) {
  Config config;
  for (const auto& rule : registry.rules()) {
    const RuleMeta& meta = rule->meta();
    config.rules[meta.id] = RuleSetting{meta.enabledByDefault || isAlwaysOn(meta.id), meta.severity, {}};
  }
  return config;
}

Config Config::strict(const Registry& registry) {
  Config config = recommended(registry);
  for (auto& [id, setting] : config.rules) {
    setting.enabled = true;
    if (setting.severity == Severity::Info) setting.severity = Severity::Warning;
  }
  return config;
}

const RuleSetting& Config::setting(std::string_view ruleId) const {
  const auto it = rules.find(ruleId);
  if (it == rules.end()) throw std::logic_error("no setting for rule " + std::string(ruleId));
  return it->second;
}

std::vector<std::string> expandRuleSelector(const Registry& registry, std::string_view selector) {
  std::vector<std::string> ids;
  for (const auto& rule : registry.rules()) {
    const RuleMeta& meta = rule->meta();
    if (meta.id == selector || meta.category() == selector) ids.push_back(meta.id);
  }
  return ids;
}

void applySelection(Config& config, const RuleSelection& selection) {
  for (auto& [id, setting] : config.rules) {
    if (isAlwaysOn(id)) continue;
    if (selection.only) setting.enabled = selection.only->contains(id);
    if (selection.ignored.contains(id)) setting.enabled = false;
  }
}

}  // namespace crmlint
