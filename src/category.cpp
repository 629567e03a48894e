#include "category.h"

#include <algorithm>

namespace crmlint {

CategoryRegistry::CategoryRegistry() {
  using enum Counted;
  categories_ = {
      {"syntax", "YAML syntax", "Can the file be read?", true, false, false},
      {"schema", "Strategy format", "Does the file follow format 1?", true, false, false},
      {"smart", "SMART goals", "Are goals specific, measurable, owned, realistic and dated?", false, true, true,
       {Goals}},
      {"customer", "Customer focus", "Do goals serve customer outcomes rather than software?", false, true, true,
       {Goals, Segments}},
      {"strategy", "Need and vision", "Is there a business need, a vision and a link to business objectives?",
       false, true, true, {Goals, Objectives}},
      {"business-case", "Business case", "Are benefits and costs stated and do they add up?", false, true, true,
       {Goals}},
      {"ownership", "Ownership", "Is the programme business-led, IT-supported and sponsored?", false, true, true,
       {Goals}},
      {"wiifm", "WIIFM", "Does every stakeholder know what is in it for them?", false, true, true,
       {Stakeholders, Departments}},
      {"alignment", "Alignment", "Do sales, marketing, service and support work together?", false, true, true,
       {Goals, Departments}},
      {"pace", "Pace", "Does the plan pilot and train before it rolls out, without rushing?", false, true, true,
       {Milestones}},
      {"plan", "Plan", "Is the delivery plan consistent, prioritised and reviewed?", false, true, true,
       {Goals, Milestones}},
      {"suppression", "Suppression comments", "Does every crmlint-disable comment still apply?", false, true,
       false},
  };
}

CategoryRegistry& CategoryRegistry::instance() {
  static CategoryRegistry registry;
  return registry;
}

bool CategoryRegistry::add(Category category) {
  if (find(category.id)) return false;
  categories_.push_back(std::move(category));
  return true;
}

const Category* CategoryRegistry::find(std::string_view id) const {
  const auto it = std::find_if(categories_.begin(), categories_.end(), [&](const Category& c) { return c.id == id; });
  return it == categories_.end() ? nullptr : &*it;
}

const Category* CategoryRegistry::ofRule(std::string_view ruleId) const { return find(categoryOfRule(ruleId)); }

std::string_view categoryOfRule(std::string_view ruleId) { return ruleId.substr(0, ruleId.find('/')); }

}  // namespace crmlint
