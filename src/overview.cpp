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

std::vector<std::string> ids(const Field<std::vector<Ref>>& refs) {
  std::vector<std::string> out;
  if (!refs.has()) return out;
  for (const Ref& r : *refs) out.push_back(r.id);
  return out;
}

bool isBlank(const std::string& text) {
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
    mo.id = *m.id;
    mo.title = m.title.value.value_or("");
    if (m.type.has()) {
      mo.type = std::string(nameOf(*m.type));
      mo.group = std::string(groupName(groupOf(*m.type)));
    }
    if (m.scope.has()) mo.scope = std::string(nameOf(*m.scope));
    mo.start = m.start.value;
    mo.due = m.due.value;
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
    o.departments.push_back({.id = *d.id,
                             .name = d.name.value.value_or(*d.id),
                             .customerFacing = d.isCustomerFacing(),
                             .hasWiifm = covered.contains(*d.id)});
  }

  for (const Goal& g : s.goals) {
    if (!g.id.has()) continue;
    o.goals.push_back({.id = *g.id,
                       .title = g.title.value.value_or(""),
                       .departments = ids(g.departments),
                       .priority = g.priority.value});
  }
}

}  // namespace

StrategyOverview summarizeStrategy(const Strategy& s, const Document& doc,
                                   const std::set<std::string, std::less<>>& categoriesRun, bool withPlan) {
  StrategyOverview o;
  o.name = s.strategy.name.value.value_or("");
  if (withPlan) addPlan(o, s, doc);
  for (const Category& category : CategoryRegistry::instance().all()) {
    if (category.scored && categoriesRun.contains(category.id)) o.checked.emplace(category.id, checkedBy(category, s));
  }
  return o;
}

}  // namespace crmlint
