#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class NoPilot final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "pace/no-pilot",
        .severity = Severity::Warning,
        .summary = "A rollout to a whole department or the enterprise needs a pilot that finishes before it "
                   "starts.",
        .rationale =
            "\"These 3 Reasons Will Surprise You\" singles out haste: presidents who make every branch "
            "CRM-ready as fast as they can, and \"Reasons Why CRM Strategies Fail\" warns against "
            "implementing before the organisation understands what the system is for. \"CRM Strategy "
            "Best Practices\" advises a delivery plan that starts small and iterates. This rule enforces "
            "that: a rollout with scope 'department' or 'enterprise' must come after a pilot whose due "
            "date is on or before the rollout's start, so the lessons of a small first rollout (a team "
            "or a region) reach the big one. Team and region rollouts are small enough to be their own "
            "pilot, and so is a department rollout in a plan that says it is one phase of a larger "
            "programme ('strategy.phase'). A rollout without a 'start' date is skipped (nothing to "
            "compare with); a pilot without a 'due' date does not count as finished, nor does a dropped "
            "one.",
        .sources = {Source::BestPractices, Source::ReasonsStrategiesFail, Source::ThreeReasons},
        .badExample = "milestones:\n"
                      "  - id: rollout-all\n"
                      "    title: Roll out shared account plans across the enterprise\n"
                      "    type: rollout\n"
                      "    scope: enterprise\n"
                      "    start: 2027-03-01\n"
                      "    due: 2027-06-30\n",
        .goodExample = "milestones:\n"
                       "  - id: pilot-west\n"
                       "    title: Pilot shared account plans with the West region\n"
                       "    type: pilot\n"
                       "    scope: region\n"
                       "    start: 2027-03-01\n"
                       "    due: 2027-04-30\n"
                       "  - id: rollout-all\n"
                       "    title: Roll out shared account plans across the enterprise\n"
                       "    type: rollout\n"
                       "    scope: enterprise\n"
                       "    start: 2027-05-03\n"
                       "    due: 2027-08-27\n"
                       "    after: [pilot-west]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    // Only the earliest finished pilot matters: a rollout is covered when it
    // starts on or after that day. Dropped pilots taught nobody anything.
    const Milestone* earliestPilot = nullptr;
    for (const Milestone& m : s.milestones) {
      if (m.is(MilestoneType::Pilot) && !m.dropped() && m.due.has() &&
          (!earliestPilot || *m.due < *earliestPilot->due)) {
        earliestPilot = &m;
      }
    }
    for (const Milestone& m : s.milestones) {
      if (!m.is(MilestoneType::Rollout) || m.dropped() || !m.scope.has() || !m.start.has()) continue;
      if (*m.scope != Scope::Department && *m.scope != Scope::Enterprise) continue;
      // A phase of a larger programme that reaches one department is itself
      // the small first step the rest of the programme learns from.
      if (s.phased() && *m.scope == Scope::Department) continue;
      if (earliestPilot && *earliestPilot->due <= *m.start) continue;
      const std::string reach = *m.scope == Scope::Enterprise ? "the whole enterprise" : "a whole department";
      const std::string found =
          earliestPilot
              ? fmt::format("the earliest pilot, {}, is not due until {}", earliestPilot->label("milestone"),
                            earliestPilot->due->described())
              : std::string("the plan has no pilot");
      ctx.report({.at = m.start.node,
                  .message = fmt::format("{} rolls out to {} on {}, but {}", m.label("milestone"), reach,
                                         m.start->described(), found),
                  .help = fmt::format("pilot with one team or region first: add a milestone with 'type: pilot' "
                                      "due on or before {} and list it in this rollout's 'after'",
                                      m.start->iso())});
    }
  }
};

CRMLINT_REGISTER_RULE(NoPilot);

}  // namespace
}  // namespace crmlint
