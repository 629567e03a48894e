#include "config.h"

#include "category.h"


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
    // A pack file's rules run only under a config that names the pack.
    if (!meta.pack.empty()) continue;
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
  static const RuleSetting kOff{false, Severity::Warning, {}};
  const auto it = rules.find(ruleId);
  return it == rules.end() ? kOff : it->second;
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
    // A selector is a rule id or a category.
    const std::string category(categoryOfRule(id));
    if (selection.only) setting.enabled = selection.only->contains(id) || selection.only->contains(category);
    if (selection.ignored.contains(id) || selection.ignored.contains(category)) setting.enabled = false;
  }
}

}  // namespace crmlint
