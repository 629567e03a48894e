#include <fmt/format.h>

#include <cmath>

#include "rule.h"

namespace crmlint {
namespace {

class TechnologyHeavy final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/technology-heavy",
        .severity = Severity::Warning,
        .summary = "The plan is not mostly technology work with too little process, training and communication.",
        .rationale =
            "Several of the articles on failed CRM projects name the same mistake: treating CRM as a software "
            "purchase, over-relying on technology and the vendor, and forgetting that the customer and the "
            "people who serve them are the point. The best-practice article asks for an integrated mix of "
            "culture, people, process and enabling technology. The rule counts the milestones that have a "
            "'type': when more than 'max_share' of them are technology work (vendor-selection, data, "
            "integration) and the people-and-process milestones (process, training, communication) are fewer "
            "than the technology ones, the plan is reported once, at the 'milestones' key.",
        .badExample = "milestones:\n"
                      "  - {id: select-vendor, title: Choose the CRM platform, type: vendor-selection}\n"
                      "  - {id: migrate, title: Migrate the account data, type: data}\n"
                      "  - {id: connect-erp, title: Connect billing to the CRM, type: integration}\n"
                      "  - {id: rollout-all, title: Go live everywhere, type: rollout}\n",
        .goodExample = "milestones:\n"
                       "  - {id: select-vendor, title: Choose the CRM platform, type: vendor-selection}\n"
                       "  - {id: migrate, title: Migrate the account data, type: data}\n"
                       "  - {id: redesign, title: Redesign the renewal process, type: process}\n"
                       "  - {id: train, title: Train every customer-facing team, type: training}\n"
                       "  - {id: rollout-all, title: Roll out shared account plans, type: rollout}\n",
        .options = {{.name = "max_share",
                     .kind = OptionKind::Number,
                     .defaultValue = 0.5,
                     .description = "The largest share (0 to 1) of the typed milestones that may be technology "
                                    "work before the plan counts as technology-heavy.",
                     .minimum = 0,
                     .maximum = 1}},
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    std::size_t typed = 0;
    std::size_t technology = 0;
    std::size_t peopleAndProcess = 0;
    for (const Milestone& m : s.milestones) {
      if (!m.type.has()) continue;
      ++typed;
      const MilestoneGroup group = groupOf(*m.type);
      if (group == MilestoneGroup::Technology) ++technology;
      if (group == MilestoneGroup::PeopleAndProcess) ++peopleAndProcess;
    }
    if (typed == 0) return;
    const double share = static_cast<double>(technology) / static_cast<double>(typed);
    const double maxShare = ctx.number("max_share");
    if (share <= maxShare || peopleAndProcess >= technology) return;
    ctx.report({.at = s.milestones.key,
                .message = fmt::format("{} of the plan's {} typed milestones ({}%) are technology work "
                                       "(vendor selection, data, integration), more than the {}% allowed, and "
                                       "only {} {} about people and process (process, training, communication)",
                                       technology, typed, std::lround(share * 100), std::lround(maxShare * 100),
                                       peopleAndProcess, peopleAndProcess == 1 ? "is" : "are"),
                .help = "plan the process redesign, training and communication the change needs, so the people "
                        "who serve customers are ready for it, not only the systems"});
  }
};

CRMLINT_REGISTER_RULE(TechnologyHeavy);

}  // namespace
}  // namespace crmlint
