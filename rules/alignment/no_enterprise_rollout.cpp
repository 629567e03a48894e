#include <fmt/format.h>

#include <optional>

#include "rule.h"

namespace crmlint {
namespace {

class NoEnterpriseRollout final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "alignment/no-enterprise-rollout",
        .severity = Severity::Info,
        .summary = "The plan ends with a rollout that reaches the whole enterprise.",
        .rationale =
            "A plan that stops at a pilot or at one department leaves the rest of the company on the old "
            "tools, so customer data splits again and customers meet two ways of working. \"Why Many CRM "
            "Projects Fail\" insists that CRM be implemented across the entire enterprise, and \"CRM "
            "Strategy Best Practices\" wants a plan that starts small and grows from there. The rule "
            "reports a strategy that has milestones but no milestone with `type: rollout` and `scope: "
            "enterprise` (dropped ones do not count); it points at the `milestones` key. A plan that "
            "says it is one phase of a larger programme (`strategy.phase`) and what the later phases "
            "roll out (`strategy.later_phases`) is not reported.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "milestones:\n"
                      "  - id: pilot-west\n"
                      "    title: Pilot shared account plans with the West region\n"
                      "    type: pilot\n"
                      "    scope: region\n",
        .goodExample = "milestones:\n"
                       "  - id: pilot-west\n"
                       "    title: Pilot shared account plans with the West region\n"
                       "    type: pilot\n"
                       "    scope: region\n"
                       "  - id: rollout-enterprise\n"
                       "    title: Roll out shared account plans across the enterprise\n"
                       "    type: rollout\n"
                       "    scope: enterprise\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    if (s.milestones.empty()) return;
    // A phase that says what the later phases roll out is judged as a part
    // of the whole programme, which is where the enterprise rollout sits.
    if (s.phased() && s.strategy.laterPhases.has()) return;
    bool anyRollout = false;
    bool anyDropped = false;
    std::optional<Scope> widest;  // the widest scope any rollout still in the plan gives
    for (const Milestone& m : s.milestones) {
      if (!m.is(MilestoneType::Rollout)) continue;
      if (m.dropped()) {
        anyDropped = true;
        continue;
      }
      anyRollout = true;
      if (m.scope.has() && (!widest || *widest < *m.scope)) widest = *m.scope;
    }
    if (widest == Scope::Enterprise) return;
    std::string found = anyDropped ? "its only rollout milestones are dropped" : "there is no rollout milestone at all";
    if (anyRollout) {
      found = widest ? fmt::format("the widest rollout reaches only scope '{}'", nameOf(*widest))
                     : "no rollout milestone says its scope";
    }
    const bool phase = s.phased();
    ctx.report({.at = s.milestones.key,
                .message = fmt::format("the plan never rolls CRM out to the whole enterprise: {}{}", found,
                                       phase ? ", and the strategy is a phase but does not say what the later "
                                               "phases roll out"
                                             : ""),
                .help = phase ? "add 'later_phases:' under 'strategy' saying what the later phases roll out and to "
                                "whom, or add the enterprise rollout to this plan"
                              : "add a milestone with 'type: rollout' and 'scope: enterprise' after the pilots, so "
                                "every team ends up working the same way; if this plan is the first phase of a "
                                "larger programme, say so with 'phase: 1' and 'later_phases:' under 'strategy'"});
  }
};

CRMLINT_REGISTER_RULE(NoEnterpriseRollout);

}  // namespace
}  // namespace crmlint
