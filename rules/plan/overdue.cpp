#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

std::string_view statusName(Status status) {
  switch (status) {
    case Status::Planned: return "planned";
    case Status::InProgress: return "in progress";
    case Status::Done: return "done";
    case Status::Dropped: return "dropped";
  }
  return "planned";
}

class Overdue final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/overdue",
        .severity = Severity::Info,
        .summary = "With --today, a milestone not done or dropped is not past its due date.",
        .rationale =
            "A delivery plan that is never brought up to date stops being a plan: \"CRM Strategy Best "
            "Practices\" expects the plan to iterate and adjust as the organisation learns, and a plan "
            "that slips without being updated turns into pressure to rush. Given the day with '--today "
            "YYYY-MM-DD', the rule reports each milestone whose 'status' is not 'done' or 'dropped' (a "
            "missing status counts as 'planned') and whose 'due' is before that day. Without '--today' "
            "it never reports anything, so the output of crmlint does not depend on the clock; "
            "milestones without a due date are skipped.",
        .sources = {Source::BestPractices},
        .badExample = "# crmlint --today 2027-06-01\n"
                      "milestones:\n"
                      "  - id: train-west\n"
                      "    title: Train the West region's sales team\n"
                      "    type: training\n"
                      "    due: 2027-05-07\n"
                      "    status: in-progress\n",
        .goodExample = "# crmlint --today 2027-06-01\n"
                       "milestones:\n"
                       "  - id: train-west\n"
                       "    title: Train the West region's sales team\n"
                       "    type: training\n"
                       "    due: 2027-05-07\n"
                       "    status: done\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const auto today = ctx.today();
    if (!today) return;
    for (const Milestone& m : s.milestones) {
      const Status status = m.effectiveStatus();
      if (status == Status::Done || status == Status::Dropped || !m.due.has() || *m.due >= *today) continue;
      const int late = today->days - m.due->days;
      ctx.report({.at = m.due.node,
                  .message = fmt::format("{} was due on {} and is still {}: {} day{} overdue on {}",
                                         m.label("milestone"), m.due->described(), statusName(status), late,
                                         late == 1 ? "" : "s", today->iso()),
                  .help = "set 'status: done' if it is finished or 'status: dropped' if it was cancelled; "
                          "otherwise move 'due' to a date the team can meet and check what waits for it"});
    }
  }
};

CRMLINT_REGISTER_RULE(Overdue);

}  // namespace
}  // namespace crmlint
