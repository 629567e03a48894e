#include <algorithm>

#include "rule.h"
#include "suggest.h"

namespace crmlint {
namespace {

class NoReview final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/no-review",
        .severity = Severity::Warning,
        .summary = "The plan measures its results: a 'review' milestone or a 'strategy.review_cadence'.",
        .rationale =
            "CRM is about setting measurable goals and then measuring them, as \"CRM is not software\" "
            "puts it, and \"CRM Strategy Best Practices\" wants a plan that starts small, iterates and "
            "adjusts as the organisation learns. A plan with no point at which results are compared with "
            "the baselines cannot learn anything: the strategy is launched and never checked. The rule "
            "asks for at least one milestone with 'type: review', or a 'review_cadence' under "
            "'strategy'. It points at the 'milestones' key, or at the 'strategy' key when there are no "
            "milestones.",
        .sources = {Source::BestPractices, Source::NotSoftware},
        .badExample = "strategy:\n"
                      "  name: Acme customer loyalty 2027\n"
                      "milestones:\n"
                      "  - id: rollout-all\n"
                      "    title: Roll out shared account plans across the enterprise\n"
                      "    type: rollout\n",
        .goodExample = "strategy:\n"
                       "  name: Acme customer loyalty 2027\n"
                       "  review_cadence: quarterly\n"
                       "milestones:\n"
                       "  - id: rollout-all\n"
                       "    title: Roll out shared account plans across the enterprise\n"
                       "    type: rollout\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    if (s.strategy.reviewCadence.has()) return;
    const Document& doc = ctx.doc();
    // A cadence written but not one of the allowed words is schema/type's finding, once.
    if (!doc.isNull(s.strategy.reviewCadence.node)) return;
    const bool reviewed = std::any_of(s.milestones.begin(), s.milestones.end(), [&](const Milestone& m) {
      if (m.type.has()) return *m.type == MilestoneType::Review;
      // 'type: reveiw' is one mistake, which schema/type reports with its correction.
      return doc.isScalar(m.type.node) && editDistance(doc.text(m.type.node), "review") <= 2;
    });
    if (reviewed) return;
    const std::string help =
        "add a milestone with 'type: review' that compares the results with the goals' baselines, or set "
        "'review_cadence' under 'strategy' (weekly, monthly, quarterly, half-yearly or yearly)";
    if (s.milestones.key != kNoNode) {
      ctx.report({.at = s.milestones.key,
                  .message = "the plan never reviews its results: no milestone has 'type: review' and the "
                             "strategy has no 'review_cadence'",
                  .help = help});
      return;
    }
    ctx.report({.at = s.anchor(),
                .message = "the strategy never reviews its results: it has no 'review_cadence' and no review "
                           "milestone",
                .help = help,
                .path = ctx.pathOf(s.strategy.node, "review_cadence")});
  }
};

CRMLINT_REGISTER_RULE(NoReview);

}  // namespace
}  // namespace crmlint
