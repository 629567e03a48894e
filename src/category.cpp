#include "category.h"

#include <algorithm>

namespace crmlint {

CategoryRegistry::CategoryRegistry() {
  using enum Counted;
  categories_ = {
      {"syntax", "YAML syntax", "Can the file be read?", true, false, false, {},
       "The file is readable YAML."},
      {"schema", "Strategy format", "Does the file follow format 1?", true, false, false, {},
       "The file follows format 1: required keys, known keys, values of the right type, ids that "
       "exist and are unique."},
      {"smart", "SMART goals", "Are goals specific, measurable, owned, realistic and dated?", false, true, true,
       {Goals},
       "Every goal is SMART: specific, measurable, actionable, realistic and time-bound."},
      {"customer", "Customer focus", "Do goals serve customer outcomes rather than software?", false, true, true,
       {Goals, Segments},
       "The strategy is about customers: named segments, customer outcomes, keeping the customers "
       "it has, and goals that are not software purchases."},
      {"strategy", "Need and vision", "Is there a business need, a vision and a link to business objectives?",
       false, true, true, {Goals, Objectives},
       "The strategy states its business need and vision, links goals to business objectives and "
       "keeps to a few goals."},
      {"business-case", "Business case", "Are benefits and costs stated and do they add up?", false, true, true,
       {Goals},
       "Each goal says what it costs and what it brings, and the benefits cover the costs."},
      {"ownership", "Ownership", "Is the programme business-led, IT-supported and sponsored?", false, true, true,
       {Goals},
       "The business leads and owns the strategy, an executive sponsors it, and IT supports it."},
      {"wiifm", "WIIFM", "Does every stakeholder know what is in it for them?", false, true, true,
       {Stakeholders, Departments},
       "Every stakeholder and department is told what is in it for them."},
      {"alignment", "Alignment", "Do sales, marketing, service and support work together?", false, true, true,
       {Goals, Departments},
       "Every customer-facing department takes part, goals are shared across departments, and the "
       "plan reaches the whole organisation."},
      {"pace", "Pace", "Does the plan pilot and train before it rolls out, without rushing?", false, true, true,
       {Milestones},
       "The plan starts small and goes at a pace people can follow: requirements before vendors, pilots "
       "before big rollouts, training before go-live."},
      {"plan", "Plan", "Is the delivery plan consistent, prioritised and reviewed?", false, true, true,
       {Goals, Milestones},
       "The delivery plan is coherent: dates in order, no loops, reviews, priorities, data readied and "
       "a balance of technology and people-and-process work."},
      {"suppression", "Suppression comments", "Does every crmlint-disable comment still apply?", false, false,
       false, {},
       "Suppression comments name real rules and still suppress something."},
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

void CategoryRegistry::remove(std::string_view id) {
  std::erase_if(categories_, [&](const Category& c) { return c.id == id; });
}

const Category* CategoryRegistry::find(std::string_view id) const {
  const auto it = std::find_if(categories_.begin(), categories_.end(), [&](const Category& c) { return c.id == id; });
  return it == categories_.end() ? nullptr : &*it;
}

const Category* CategoryRegistry::ofRule(std::string_view ruleId) const { return find(categoryOfRule(ruleId)); }

std::string_view categoryOfRule(std::string_view ruleId) { return ruleId.substr(0, ruleId.find('/')); }

}  // namespace crmlint
