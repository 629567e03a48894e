#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class DroppedPrerequisite final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/dropped-prerequisite",
        .severity = Severity::Warning,
        .summary = "A milestone still in the plan does not wait for a dropped one.",
        .rationale =
            "When a step is dropped, the work that was to come after it goes ahead without it: a rollout "
            "whose training or data clean-up was dropped starts with untrained staff or dirty data, the "
            "rushed, unprepared go-live that \"Reasons Why CRM Strategies Fail\" and \"These 3 Reasons "
            "Will Surprise You\" warn of. Listing the dropped step in 'after' hides that it never "
            "happened. The rule reports each entry of a milestone's 'after' that names a milestone with "
            "'status: dropped', unless the waiting milestone is dropped too; it points at that entry.",
        .sources = {Source::ReasonsStrategiesFail, Source::ThreeReasons},
        .badExample = "milestones:\n"
                      "  - {id: train-all, title: Train every team, type: training, status: dropped}\n"
                      "  - {id: go-live, title: Go live everywhere, type: rollout, after: [train-all]}\n",
        .goodExample = "milestones:\n"
                       "  - {id: train-all, title: Train every team, type: training, status: dropped}\n"
                       "  - {id: train-online, title: Train every team online, type: training}\n"
                       "  - {id: go-live, title: Go live everywhere, type: rollout, after: [train-online]}\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    for (const Milestone& m : s.milestones) {
      if (m.dropped() || !m.after.has()) continue;
      for (const Ref& ref : *m.after) {
        const Milestone* before = s.milestones.find(ref.id);
        if (!before || !before->dropped()) continue;
        const std::string what = before->type.has() ? fmt::format(" ({})", nameOf(*before->type)) : "";
        ctx.report({.at = ref.node,
                    .message = fmt::format("{} waits for {}{}, which is dropped: the plan goes ahead without it",
                                           m.label("milestone"), before->label("milestone"), what),
                    .help = fmt::format("plan what replaces '{}' and list that in 'after', or drop this "
                                        "milestone too if it cannot go ahead without it",
                                        ref.id)});
      }
    }
  }
};

CRMLINT_REGISTER_RULE(DroppedPrerequisite);

}  // namespace
}  // namespace crmlint
