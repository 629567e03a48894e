#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class DateOrder final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/date-order",
        .severity = Severity::Warning,
        .summary = "A milestone starts before it is due, and is due no later than the goals it serves.",
        .rationale =
            "Goals must be time-bound, as \"CRM Strategy Best Practices\" asks of SMART objectives, and "
            "the delivery plan must be able to meet those dates. A milestone that starts after its own "
            "due date, or that is due after a goal it advances (listed in its 'goals'), makes the plan "
            "impossible as written: the goal's date will be missed or the milestone's is a typo. The "
            "first case is reported at the milestone's 'start', the second once per milestone at its "
            "'due', naming the goal due first. Dates that are missing are skipped: other rules ask for "
            "them.",
        .sources = {Source::BestPractices},
        .badExample = "goals:\n"
                      "  - id: reduce-churn\n"
                      "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                      "    due: 2027-12-31\n"
                      "milestones:\n"
                      "  - id: rollout-all\n"
                      "    title: Roll out shared account plans across the enterprise\n"
                      "    goals: [reduce-churn]\n"
                      "    type: rollout\n"
                      "    start: 2027-09-01\n"
                      "    due: 2028-02-28\n",
        .goodExample = "goals:\n"
                       "  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    due: 2027-12-31\n"
                       "milestones:\n"
                       "  - id: rollout-all\n"
                       "    title: Roll out shared account plans across the enterprise\n"
                       "    goals: [reduce-churn]\n"
                       "    type: rollout\n"
                       "    start: 2027-06-01\n"
                       "    due: 2027-10-29\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    for (const Milestone& m : s.milestones) {
      if (m.start.has() && m.due.has() && *m.start > *m.due) {
        ctx.report({.at = m.start.node,
                    .message = fmt::format("{} starts on {}, after its due date {}", m.label("milestone"),
                                           m.start->described(), m.due->described()),
                    .help = "correct 'start' or 'due' so that the milestone starts on or before the day it is due"});
      }
      checkGoals(s, m, ctx);
    }
  }

 private:
  static void checkGoals(const Strategy& s, const Milestone& m, RuleContext& ctx) {
    if (!m.due.has() || !m.goals.has()) return;
    const Goal* earliest = nullptr;  // the goal due first among those due before the milestone
    std::size_t missed = 0;
    for (const Ref& ref : *m.goals) {
      const Goal* g = s.goals.find(ref.id);
      if (!g || !g->due.has() || *g->due >= *m.due) continue;
      ++missed;
      if (!earliest || *g->due < *earliest->due) earliest = g;
    }
    if (!earliest) return;
    const std::string others =
        missed > 1 ? fmt::format(" (and {} other goal{} it serves)", missed - 1, missed == 2 ? "" : "s") : std::string();
    ctx.report({.at = m.due.node,
                .message = fmt::format("{} is due on {}, after {} it serves is due on {}{}", m.label("milestone"),
                                       m.due->described(), earliest->label("goal"), earliest->due->described(), others),
                .help = fmt::format("bring 'due' forward to {} or earlier, or move the goal's due date if the "
                                    "goal really needs more time",
                                    earliest->due->iso())});
  }
};

CRMLINT_REGISTER_RULE(DateOrder);

}  // namespace
}  // namespace crmlint
