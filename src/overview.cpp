#include "overview.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include "category.h"
#include "model.h"
#include "vocabulary.h"

namespace crmlint {

namespace {

std::string_view groupName(MilestoneGroup group) {
  switch (group) {
    case MilestoneGroup::Strategy: return "strategy";
    case MilestoneGroup::Technology: return "technology";
    case MilestoneGroup::PeopleAndProcess: return "people-and-process";
    case MilestoneGroup::Delivery: return "delivery";
  }
  return "";
}

std::vector<std::string> ids(const Field<Refs>& refs) {
  std::vector<std::string> out;
  if (!refs.has()) return out;
  for (const Ref& r : *refs) out.emplace_back(r.id);
  return out;
}

bool isBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

std::size_t countOf(Counted counted, const Strategy& s) {
  switch (counted) {
    case Counted::Goals: return s.goals.size();
    case Counted::Segments: return s.segments.size();
    case Counted::Objectives: return s.strategy.objectives.size();
    case Counted::Stakeholders: return s.stakeholders.size();
    case Counted::Departments: return s.departments.size();
    case Counted::Milestones: return s.milestones.size();
    case Counted::Risks: return s.risks.size();
  }
  return 0;
}

// What a scored category checks: one for the strategy as a whole, which the
// category-wide rules check, plus one per entry of each kind it counts.
std::size_t checkedBy(const Category& category, const Strategy& s) {
  std::size_t n = 1;
  for (const Counted counted : category.counts) n += countOf(counted, s);
  return n;
}

// The milestones, departments and goals, as a report draws them.
void addPlan(StrategyOverview& o, const Strategy& s, const Document& doc) {
  o.milestones.reserve(s.milestones.size());
  for (const Milestone& m : s.milestones) {
    if (!m.id.has()) continue;
    MilestoneOverview mo;
    // The overview outlives the model and its Document: it keeps copies.
    mo.id = std::string(*m.id);
    mo.title = std::string(m.title.valueOr(""));
    if (m.type.has()) {
      mo.type = std::string(nameOf(*m.type));
      mo.group = std::string(groupName(groupOf(*m.type)));
    }
    if (m.scope.has()) mo.scope = std::string(nameOf(*m.scope));
    mo.start = m.start.optional();
    mo.due = m.due.optional();
    mo.departments = ids(m.departments);
    mo.after = ids(m.after);
    mo.status = std::string(vocabulary::kStatuses[static_cast<std::size_t>(m.effectiveStatus())]);
    if (m.node != kNoNode) mo.line = doc.node(m.node).span.begin.line;
    o.milestones.push_back(std::move(mo));
  }

  std::unordered_set<std::string_view> covered;
  for (const Stakeholder& p : s.stakeholders) {
    if (p.department.has() && p.wiifm.has() && !isBlank(*p.wiifm)) covered.insert(p.department->id);
  }
  for (const Department& d : s.departments) {
    if (!d.id.has()) continue;
    o.departments.push_back({.id = std::string(*d.id),
                             .name = std::string(d.name.valueOr(*d.id)),
                             .customerFacing = d.isCustomerFacing(),
                             .hasWiifm = covered.contains(*d.id)});
  }

  for (const Goal& g : s.goals) {
    if (!g.id.has()) continue;
    o.goals.push_back({.id = std::string(*g.id),
                       .title = std::string(g.title.valueOr("")),
                       .departments = ids(g.departments),
                       .priority = g.priority.optional()});
  }
}

}  // namespace

StrategyOverview summarizeStrategy(const Strategy& s, const Document& doc,
                                   const std::set<std::string, std::less<>>& categoriesRun, bool withPlan) {
  StrategyOverview o;
  o.name = std::string(s.strategy.name.valueOr(""));
  if (withPlan) addPlan(o, s, doc);
  for (const Category& category : CategoryRegistry::instance().all()) {
    if (category.scored && categoriesRun.contains(category.id)) o.checked.emplace(category.id, checkedBy(category, s));
  }
  return o;
}

}  // namespace crmlint
