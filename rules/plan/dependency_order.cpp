#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

// "on 2027-05-07", or "in 2027-09" for a month or quarter, which this rule
// reads as a whole.
std::string when(const Date& date) {
  return fmt::format("{} {}", date.precision == DatePrecision::Day ? "on" : "in", date.asWritten());
}

class DependencyOrder final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/dependency-order",
        .severity = Severity::Warning,
        .summary = "A milestone starts on or after the due date of every milestone in its 'after' list.",
        .rationale =
            "A prioritized delivery plan, as \"CRM Strategy Best Practices\" describes it, is one whose "
            "order can be trusted. When a milestone says it comes after another but is scheduled to "
            "start before that one is due, either the dependency or the dates are wrong, and \"Why Many "
            "CRM Projects Fail\" shows where that leads: an impatient go-live with confused staff and "
            "systems that do not work together. The rule compares the milestone's 'start' with the 'due' "
            "of each milestone it waits for, and reports the milestone once, at its start, naming the "
            "dependency due last. Starting on the day a dependency is due is accepted, and a date "
            "written as a month or a quarter stands for any of its days: finishing one step in "
            "2026-09 and starting the next in 2026-09 is in order, starting it in 2026-08 is not. "
            "Milestones without those dates are skipped, and so are milestones already done (their "
            "dates are history) or dropped; a dropped dependency is plan/dropped-prerequisite's, and "
            "a milestone listing itself is plan/dependency-cycle's.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "milestones:\n"
                      "  - id: train-west\n"
                      "    title: Train the West region's sales team\n"
                      "    type: training\n"
                      "    start: 2027-04-19\n"
                      "    due: 2027-05-07\n"
                      "  - id: pilot-west\n"
                      "    title: Pilot shared account plans with the West region\n"
                      "    type: pilot\n"
                      "    start: 2027-05-03\n"
                      "    due: 2027-06-30\n"
                      "    after: [train-west]\n",
        .goodExample = "milestones:\n"
                       "  - id: train-west\n"
                       "    title: Train the West region's sales team\n"
                       "    type: training\n"
                       "    start: 2027-04-19\n"
                       "    due: 2027-05-07\n"
                       "  - id: pilot-west\n"
                       "    title: Pilot shared account plans with the West region\n"
                       "    type: pilot\n"
                       "    start: 2027-05-10\n"
                       "    due: 2027-06-30\n"
                       "    after: [train-west]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    for (const Milestone& m : s.milestones) {
      if (!m.start.has() || !m.after.has() || m.dropped() || m.effectiveStatus() == Status::Done) continue;
      const Milestone* latest = nullptr;  // the unfinished dependency due last
      std::size_t unfinished = 0;
      for (const Ref& ref : *m.after) {
        const Milestone* before = s.milestones.find(ref.id);
        if (!before || before == &m || before->dropped() || !before->due.has() ||
            !surelyBefore(*m.start, *before->due)) {
          continue;
        }
        ++unfinished;
        if (!latest || *before->due > *latest->due) latest = before;
      }
      if (!latest) continue;
      const std::string others =
          unfinished > 1 ? fmt::format(" (and {} other milestone{} it waits for)", unfinished - 1,
                                       unfinished == 2 ? "" : "s")
                         : std::string();
      ctx.report({.at = m.start.node,
                  .message = fmt::format("{} starts {}, before {} is due {}{}, although it comes after it",
                                         m.label("milestone"), when(*m.start), latest->label("milestone"),
                                         when(*latest->due), others),
                  .help = fmt::format("move 'start' to {} or later, or remove '{}' from 'after' if this milestone "
                                      "does not really wait for it",
                                      latest->due->asWritten(), *latest->id)});
    }
  }
};

CRMLINT_REGISTER_RULE(DependencyOrder);

}  // namespace
}  // namespace crmlint
