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
            "tools, so customer data splits again and customers meet two ways of working. The article on why "
            "CRM projects fail asks that CRM be put in place across the entire enterprise, and the "
            "best-practice article on CRM strategy asks for a plan that starts small and grows from there. "
            "The rule reports a strategy that has milestones but no milestone with `type: rollout` and "
            "`scope: enterprise`; it points at the `milestones` key.",
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
    bool anyRollout = false;
    std::optional<Scope> widest;  // the widest scope any rollout gives
    for (const Milestone& m : s.milestones) {
      if (!m.type.has() || *m.type != MilestoneType::Rollout) continue;
      anyRollout = true;
      if (m.scope.has() && (!widest || *widest < *m.scope)) widest = *m.scope;
    }
    if (widest == Scope::Enterprise) return;
    std::string found = "there is no rollout milestone at all";
    if (anyRollout) {
      found = widest ? fmt::format("the widest rollout reaches only scope '{}'", nameOf(*widest))
                     : "no rollout milestone says its scope";
    }
    ctx.report({.at = s.milestones.key,
                .message = fmt::format("the plan never rolls CRM out to the whole enterprise: {}", found),
                .help = "add a milestone with 'type: rollout' and 'scope: enterprise' after the pilots, so every "
                        "team ends up working the same way"});
  }
};

CRMLINT_REGISTER_RULE(NoEnterpriseRollout);

}  // namespace
}  // namespace crmlint
