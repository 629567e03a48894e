#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/group.h"
#include "rule.h"

namespace crmlint {
namespace {

class UncoveredDepartment final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "wiifm/uncovered-department",
        .severity = Severity::Warning,
        .summary = "Every department a goal or milestone relies on has someone who knows what is in it for them.",
        .rationale =
            "A department that is asked to change for a goal, but in which nobody has been shown the "
            "gain, is where adoption stalls: its people comply on paper and keep their old habits. \"CRM "
            "Strategy Best Practices\" asks the business case to name the WIIFM for all CRM "
            "stakeholders, and \"CRM is not software\" asks that a customer-focused vision be "
            "communicated to the customer-facing business units. The rule takes every department named "
            "in a goal's or milestone's `departments` and reports it when no stakeholder with that "
            "`department` has a non-blank `wiifm`. Each department is reported once, at its entry under "
            "`departments` (a built-in default department has none: there, at the first place in the "
            "file that names it), so the finding stays the same finding when goals and milestones are "
            "reordered. Several uncovered departments are one finding, at the first, that names them, "
            "with the others as related locations.",
        .sources = {Source::BestPractices, Source::NotSoftware},
        .badExample = "stakeholders:\n"
                      "  - id: dana\n"
                      "    name: Dana Ruiz\n"
                      "    department: service\n"
                      "    wiifm: Fewer escalations reach her desk.\n"
                      "goals:\n"
                      "  - id: reduce-churn\n"
                      "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                      "    departments: [service, sales]\n",
        .goodExample = "stakeholders:\n"
                       "  - id: dana\n"
                       "    name: Dana Ruiz\n"
                       "    department: service\n"
                       "    wiifm: Fewer escalations reach her desk.\n"
                       "  - id: sam\n"
                       "    name: Sam Patel\n"
                       "    department: sales\n"
                       "    wiifm: Reps see open cases before a renewal call.\n"
                       "goals:\n"
                       "  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    departments: [service, sales]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    std::unordered_set<std::string_view> staffed;  // departments with any stakeholder
    std::unordered_set<std::string_view> covered;  // departments with a stakeholder who has a wiifm
    for (const Stakeholder& p : s.stakeholders) {
      if (!p.department.has()) continue;
      staffed.insert(p.department->id);
      if (p.wiifm.has() && !std::all_of(p.wiifm->begin(), p.wiifm->end(),
                                        [](unsigned char c) { return std::isspace(c); })) {
        covered.insert(p.department->id);
      }
    }

    struct FirstMention {
      const Ref* ref;
      std::string entity;  // "goal 'reduce-churn'"
    };
    std::vector<FirstMention> uncovered;  // one per department, in the order first met
    std::unordered_map<std::string_view, std::size_t> indexOf;
    auto collect = [&](const Entity& e, const Field<Refs>& departments, std::string_view kind) {
      if (!departments.has()) return;
      for (const Ref& ref : *departments) {
        // Unknown departments are schema/unknown-ref's to report.
        if (covered.contains(ref.id) || !s.departments.find(ref.id)) continue;
        const auto [it, added] = indexOf.try_emplace(ref.id, uncovered.size());
        if (added) {
          uncovered.push_back({&ref, e.label(kind)});
          continue;
        }
        // Goals and milestones may come in either order in the file: keep the earliest mention.
        FirstMention& first = uncovered[it->second];
        if (ref.node < first.ref->node) first = {&ref, e.label(kind)};
      }
    };
    for (const Goal& g : s.goals) collect(g, g.departments, "goal");
    for (const Milestone& m : s.milestones) collect(m, m.departments, "milestone");

    if (uncovered.empty()) return;
    // A department's own finding; its message is also its related location's.
    auto alone = [&](const FirstMention& mention) -> group::Wording {
      const std::string_view id = mention.ref->id;
      const Department* d = s.departments.find(id);
      const std::string dept = d->node == kNoNode ? fmt::format("department '{}' (a default department)", id)
                                                  : fmt::format("department '{}'", id);
      const bool hasPeople = staffed.contains(id);
      const std::string why = hasPeople ? "none of its stakeholders has been told what is in it for them"
                                        : "no stakeholder from that department is listed, so nobody there has "
                                          "been told what is in it for them";
      const std::string help =
          hasPeople ? fmt::format("add a 'wiifm' to a stakeholder of department '{}' (ideally its head) saying "
                                  "what the department gains from the change",
                                  id)
                    : fmt::format("add a stakeholder with 'department: {}' (ideally its head) and a 'wiifm' "
                                  "saying what the department gains from the change",
                                  id);
      return {.message = fmt::format("{} is asked to take part in {}, but {}", dept, mention.entity, why),
              .help = help,
              .path = fmt::format("departments[{}]", id)};
    };
    std::vector<group::Member> members;
    for (const FirstMention& mention : uncovered) {
      const Department* d = s.departments.find(mention.ref->id);
      // Anchored to the department, not to the goal that happens to name it first.
      const NodeId at = d->node == kNoNode ? mention.ref->node : d->anchor();
      members.push_back({.at = at, .name = fmt::format("'{}'", mention.ref->id), .note = alone(mention).message});
    }
    // Departments nobody has won over are one gap in how the change is sold.
    group::sortByPlace(ctx.doc(), members);
    group::report(ctx, members, alone(uncovered.front()),
                  {.message = fmt::format("{} departments are asked to take part in goals or milestones, but nobody "
                                          "in them has been told what is in it for them: {}",
                                          members.size(), group::names(members)),
                   .help = "for each of them, add a 'wiifm' to a stakeholder of the department (ideally its head), "
                           "or add such a stakeholder, saying what the department gains from the change",
                   .path = "departments"});
  }
};

CRMLINT_REGISTER_RULE(UncoveredDepartment);

}  // namespace
}  // namespace crmlint
