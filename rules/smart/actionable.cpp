#include <fmt/format.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rule.h"

namespace crmlint {
namespace {

class Actionable final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "smart/actionable",
        .severity = Severity::Warning,
        .summary = "Every goal has an owner and at least one milestone that advances it.",
        .rationale =
            "A SMART objective is actionable: \"CRM Strategy Best Practices\" pairs SMART objectives "
            "with a prioritized delivery plan led by business leaders. A goal that nobody owns has "
            "nobody to drive it, and a goal that no milestone lists in its 'goals' has no work planned "
            "towards it; either way it stays a wish. One finding per goal names what is missing (an "
            "owner, a milestone, or both): the two gaps are fixed differently, goal by goal, so they are "
            "not grouped.",
        .sources = {Source::BestPractices},
        .badExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                      "milestones:\n  - id: pilot-west\n    title: Pilot shared account plans with the West region\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    owner: dana\nmilestones:\n  - id: pilot-west\n"
                       "    title: Pilot shared account plans with the West region\n    goals: [reduce-churn]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    std::unordered_set<std::string_view> planned;
    for (const Milestone& m : s.milestones) {
      if (!m.goals.has()) continue;
      for (const Ref& ref : *m.goals) planned.insert(ref.id);
    }
    for (const Goal& g : s.goals) {
      const bool noOwner = !g.owner.has();
      // A goal without an id cannot be listed by a milestone; schema/required reports it.
      const bool noMilestone = g.id.has() && !planned.contains(*g.id);
      if (!noOwner && !noMilestone) continue;

      std::vector<std::string> lacks;
      std::vector<std::string> fixes;
      if (noOwner) {
        lacks.push_back("no owner");
        fixes.push_back("set 'owner' to the stakeholder accountable for it");
      }
      if (noMilestone) {
        lacks.push_back("no milestone that works towards it");
        fixes.push_back(fmt::format("add it to the 'goals' of the milestones that deliver it (goals: [{}])", *g.id));
      }
      ctx.report({.at = noOwner && g.owner.key != kNoNode ? g.owner.key : g.anchor(),
                  .message = fmt::format("{} is not actionable: it has {}", g.label("goal"), fmt::join(lacks, " and ")),
                  .help = fmt::format("{}", fmt::join(fixes, "; and ")),
                  .path = noOwner ? ctx.pathOf(g.node, "owner") : ctx.pathOf(g.node)});
    }
  }
};

CRMLINT_REGISTER_RULE(Actionable);

}  // namespace
}  // namespace crmlint
