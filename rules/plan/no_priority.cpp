#include <fmt/format.h>

#include <cstdint>
#include <unordered_map>

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
            "The best-practice article on CRM strategy asks for a prioritized delivery plan, and for a "
            "business case that ranks the work by its benefits and return. Without a ranking, every goal "
            "competes for the same people and budget, and when time runs short nobody knows which one to "
            "protect. The rule reports each goal without a 'priority' (at its id), and each goal that reuses "
            "a priority already given to an earlier goal in the file (at its priority, naming that goal): "
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
    for (const Goal& g : s.goals) {
      if (!g.priority.has()) {
        ctx.report({.at = g.anchor(),
                    .message = fmt::format("{} has no priority", g.label("goal")),
                    .help = "add 'priority: N' (1 is the highest, each number used once) so the plan shows which "
                            "goal to protect when time or budget runs short",
                    .path = ctx.pathOf(g.node, "priority")});
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
  }
};

CRMLINT_REGISTER_RULE(NoPriority);

}  // namespace
}  // namespace crmlint
