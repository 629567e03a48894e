#include <fmt/format.h>

#include <cstdint>
#include <unordered_map>

#include "common/group.h"
#include "rule.h"

namespace crmlint {
namespace {

class NoPriority final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/no-priority",
        .severity = Severity::Info,
        .summary = "Every goal has a 'priority', and no two goals share one.",
        .rationale =
            "\"CRM Strategy Best Practices\" asks for a prioritized delivery plan, and for a business "
            "case that ranks the work by its benefits and return. Without a ranking, every goal competes "
            "for the same people and budget, and when time runs short nobody knows which one to protect. "
            "The rule reports the goals without a 'priority' (at the first one's id; several are one "
            "finding that names them, with the others as related locations), and each goal that reuses a "
            "priority already given to an earlier goal in the file (at its priority, naming that goal): "
            "1 is the highest, and each number should be used once.",
        .sources = {Source::BestPractices},
        .badExample = "goals:\n"
                      "  - id: reduce-churn\n"
                      "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                      "    priority: 1\n"
                      "  - id: cross-sell\n"
                      "    title: Raise the mid-market cross-sell win rate from 18% to 24% by March 2028\n"
                      "    priority: 1\n",
        .goodExample = "goals:\n"
                       "  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    priority: 1\n"
                       "  - id: cross-sell\n"
                       "    title: Raise the mid-market cross-sell win rate from 18% to 24% by March 2028\n"
                       "    priority: 2\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    std::unordered_map<std::int64_t, const Goal*> firstWith;  // priority -> the first goal given it
    std::vector<const Goal*> unranked;
    for (const Goal& g : s.goals) {
      if (!g.priority.has()) {
        unranked.push_back(&g);
        continue;
      }
      const auto [it, first] = firstWith.emplace(*g.priority, &g);
      if (first) continue;
      ctx.report({.at = g.priority.node,
                  .message = fmt::format("{} has priority {}, the same as {}", g.label("goal"), *g.priority,
                                         it->second->label("goal")),
                  .help = "give each goal its own priority (1 is the highest) so that the order of the work is "
                          "clear"});
    }
    if (unranked.empty()) return;
    const std::string help = "add 'priority: N' (1 is the highest, each number used once) so the plan shows which "
                             "goal to protect when time or budget runs short";
    // Goals without a rank are one gap in the plan's ordering, not one per goal.
    std::vector<group::Member> members;
    for (const Goal* g : unranked) {
      members.push_back({.at = g->anchor(), .name = g->label("goal"), .note = g->label("goal") + " has no priority"});
    }
    const Goal& g = *unranked.front();
    group::report(ctx, members,
                  {.message = fmt::format("{} has no priority", g.label("goal")),
                   .help = help,
                   .path = ctx.pathOf(g.node, "priority")},
                  {.message = fmt::format("{} of the {} goals have no priority, so the plan does not say which to "
                                          "protect first: {}",
                                          unranked.size(), s.goals.size(), group::names(members)),
                   .help = help,
                   .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(NoPriority);

}  // namespace
}  // namespace crmlint
