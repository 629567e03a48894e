#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class TimeBound final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "smart/time-bound",
        .severity = Severity::Warning,
        .summary = "Every goal has a due date.",
        .rationale =
            "The 'T' of the SMART objectives the best-practices article asks for: a goal without a date has no "
            "point at which it is reached or missed, so it can slip quietly from quarter to quarter, and the "
            "delivery plan cannot order its milestones against it or review it.",
        .sources = {Source::BestPractices},
        .badExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9%\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9%\n"
                       "    due: 2027-12-31\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    for (const Goal& g : s.goals) {
      if (!g.due.missing()) continue;
      // A due date written but not a date is schema/type's finding, once.
      ctx.reportMissing(g.due, g,
                 {.message = fmt::format("{} has no due date, so it can never be reached or missed", g.label("goal")),
                  .help = "add 'due: YYYY-MM-DD': the date by which the target must be reached",
                  .path = ctx.pathOf(g.node, "due")});
    }
  }
};

CRMLINT_REGISTER_RULE(TimeBound);

}  // namespace
}  // namespace crmlint
