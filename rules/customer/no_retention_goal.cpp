#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class NoRetentionGoal final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "customer/no-retention-goal",
        .severity = Severity::Warning,
        .summary = "At least one goal has the outcome retention or loyalty.",
        .rationale =
            "The article on why CRM projects fail finds the best return where customer retention improves, and "
            "the 'CRM is not software' article names growing customer loyalty as the end result CRM should "
            "deliver. A strategy whose goals are all about winning new customers or internal efficiency leaves "
            "out the customers who already pay, so at least one goal should aim to keep them.",
        .sources = {Source::NotSoftware, Source::ProjectsFail},
        .badExample = "goals:\n  - id: new-logos\n    title: Win 40 new mid-market accounts by end of 2027\n"
                      "    outcome: acquisition\n",
        .goodExample = "goals:\n  - id: new-logos\n    title: Win 40 new mid-market accounts by end of 2027\n"
                       "    outcome: acquisition\n  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n    outcome: retention\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    for (const Goal& g : s.goals) {
      if (g.outcome.has() && (*g.outcome == Outcome::Retention || *g.outcome == Outcome::Loyalty)) return;
    }
    ctx.report({.at = s.goals.key != kNoNode ? s.goals.key : s.anchor(),
                .message = "no goal aims to keep existing customers: none has the outcome retention or loyalty",
                .help = "add a goal with 'outcome: retention' or 'outcome: loyalty', such as cutting churn or "
                        "raising repeat purchases in your most profitable segment",
                .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(NoRetentionGoal);

}  // namespace
}  // namespace crmlint
