#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rule.h"

namespace crmlint {
namespace {

std::optional<Date> earlier(std::optional<Date> a, std::optional<Date> b) {
  if (!a) return b;
  if (!b) return a;
  return std::min(*a, *b);
}

bool namesDepartments(const Milestone& m) { return m.departments.has() && !m.departments->empty(); }

class TrainingAfterRollout final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "pace/training-after-rollout",
        .severity = Severity::Warning,
        .summary = "Every department a rollout or pilot involves is trained on or before the day it starts.",
        .rationale =
            "The article on reasons CRM strategies fail warns that staff resent a new way of working when it "
            "is imposed before anyone understands what it is for, and that educating them first is what makes "
            "them eager for the change; the article on rushed CRM projects adds that confused employees soon "
            "mean confused customers. This rule checks the plan puts education first: for each department a "
            "'rollout' or 'pilot' lists, some 'training' milestone that names that department, or names no "
            "departments at all (training for everyone), must be due on or before the rollout's start. A "
            "rollout or pilot that lists no departments needs at least one training due by its start. "
            "Milestones without the dates the comparison needs (the rollout's 'start', the training's 'due') "
            "are skipped; unknown department ids are left to schema/unknown-ref.",
        .badExample = "milestones:\n"
                      "  - id: pilot-west\n"
                      "    title: Pilot shared account plans with the West region\n"
                      "    type: pilot\n"
                      "    scope: region\n"
                      "    departments: [sales, service]\n"
                      "    start: 2027-05-03\n"
                      "    due: 2027-06-30\n"
                      "  - id: train-west\n"
                      "    title: Train the West region's sales and service teams\n"
                      "    type: training\n"
                      "    departments: [sales, service]\n"
                      "    start: 2027-05-17\n"
                      "    due: 2027-05-28\n",
        .goodExample = "milestones:\n"
                       "  - id: train-west\n"
                       "    title: Train the West region's sales and service teams\n"
                       "    type: training\n"
                       "    departments: [sales, service]\n"
                       "    start: 2027-04-19\n"
                       "    due: 2027-04-30\n"
                       "  - id: pilot-west\n"
                       "    title: Pilot shared account plans with the West region\n"
                       "    type: pilot\n"
                       "    scope: region\n"
                       "    departments: [sales, service]\n"
                       "    start: 2027-05-03\n"
                       "    due: 2027-06-30\n"
                       "    after: [train-west]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    // The earliest training due for each department, for everyone, and at all:
    // one pass, so each rollout is checked in O(1) per department it lists.
    std::unordered_map<std::string_view, Date> earliestFor;
    std::optional<Date> earliestForAll;
    std::optional<Date> earliestAny;
    for (const Milestone& m : s.milestones) {
      if (!m.type.has() || *m.type != MilestoneType::Training || !m.due.has()) continue;
      earliestAny = earlier(earliestAny, *m.due);
      if (!namesDepartments(m)) {
        earliestForAll = earlier(earliestForAll, *m.due);
        continue;
      }
      for (const Ref& d : *m.departments) {
        const auto [it, inserted] = earliestFor.emplace(d.id, *m.due);
        if (!inserted) it->second = std::min(it->second, *m.due);
      }
    }

    for (const Milestone& m : s.milestones) {
      if (!m.type.has() || !m.start.has()) continue;
      if (*m.type != MilestoneType::Rollout && *m.type != MilestoneType::Pilot) continue;
      const std::string_view kind = *m.type == MilestoneType::Pilot ? "pilot" : "rollout";
      const Date start = *m.start;
      if (!namesDepartments(m)) {
        if (earliestAny && *earliestAny <= start) continue;
        ctx.report({.at = m.start.node,
                    .message = fmt::format("{} starts its {} on {}, but no training milestone is due by then",
                                           m.label("milestone"), kind, start.iso()),
                    .help = fmt::format("add a milestone with 'type: training' due on or before {}, so the "
                                        "staff learn the new way of working before they are asked to use it",
                                        start.iso())});
        continue;
      }
      // One finding per rollout, at the first untrained department, naming them all.
      std::unordered_set<std::string_view> seen;
      std::vector<const Ref*> untrained;
      for (const Ref& d : *m.departments) {
        if (!s.departments.find(d.id) || !seen.insert(d.id).second) continue;
        std::optional<Date> trained = earliestForAll;
        if (const auto it = earliestFor.find(d.id); it != earliestFor.end()) trained = earlier(trained, it->second);
        if (!trained || *trained > start) untrained.push_back(&d);
      }
      if (untrained.empty()) continue;
      std::vector<std::string> names;
      for (const Ref* d : untrained) names.push_back(fmt::format("'{}'", d->id));
      const bool one = names.size() == 1;
      // The finding is the rollout's, whichever of its departments comes first.
      ctx.report({.at = untrained.front()->node,
                  .message = fmt::format("{} starts its {} on {}, but no training for department{} {} is due by "
                                         "then",
                                         m.label("milestone"), kind, start.iso(), one ? "" : "s",
                                         fmt::join(names, ", ")),
                  .help = fmt::format("schedule a 'type: training' milestone for {} (or one that names no "
                                      "departments) due on or before {}, and list it in this {}'s 'after'",
                                      one ? "that department" : "those departments", start.iso(), kind),
                  .path = ctx.pathOf(m.node, "departments")});
    }
  }
};

CRMLINT_REGISTER_RULE(TrainingAfterRollout);

}  // namespace
}  // namespace crmlint
