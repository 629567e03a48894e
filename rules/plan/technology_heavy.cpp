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
            "\"Why Many CRM Projects Fail\" names as its first mistake what the other failure stories "
            "also describe: treating CRM as a software purchase, over-relying on technology and the "
            "vendor, and forgetting that the customer and the people who serve them are the point. \"CRM "
            "Strategy Best Practices\" asks for an integrated mix of culture, people, business processes "
            "and enabling technology. The rule weighs the technology milestones (vendor-selection, data, "
            "integration) against the people-and-process ones (process, training, communication, "
            "consultation, organisation); strategy and delivery milestones, and dropped ones, are not "
            "counted. The plan is reported once, at the 'milestones' key, when it has technology work "
            "and no people-and-process work beside it, or when the technology share of the two is more "
            "than 'max_share'.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
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
                     .description = "The largest share (0 to 1) of the technology and people-and-process milestones "
                                    "that may be technology work before the plan counts as technology-heavy.",
                     .minimum = 0,
                     .maximum = 1}},
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    // Strategy and delivery milestones (need, vision, pilot, rollout, ...) say
    // nothing about the balance, so they are not counted; dropped ones are no
    // longer part of the plan.
    std::size_t technology = 0;
    std::size_t peopleAndProcess = 0;
    for (const Milestone& m : s.milestones) {
      if (!m.type.has() || m.dropped()) continue;
      const MilestoneGroup group = groupOf(*m.type);
      if (group == MilestoneGroup::Technology) ++technology;
      if (group == MilestoneGroup::PeopleAndProcess) ++peopleAndProcess;
    }
    if (technology == 0) return;
    const std::size_t weighed = technology + peopleAndProcess;
    const double share = static_cast<double>(technology) / static_cast<double>(weighed);
    const double maxShare = ctx.number("max_share");
    if (peopleAndProcess > 0 && share <= maxShare) return;
    const std::string found =
        peopleAndProcess == 0
            ? fmt::format("the plan has {} technology milestone{} (vendor selection, data, integration) and none "
                          "about people and process (process, training, communication, consultation, "
                          "organisation)",
                          technology, technology == 1 ? "" : "s")
            : fmt::format("{} of the plan's {} technology and people-and-process milestones ({}%) are technology "
                          "work, more than the {}% allowed: only {} {} about people and process",
                          technology, weighed, std::lround(share * 100), std::lround(maxShare * 100),
                          peopleAndProcess, peopleAndProcess == 1 ? "is" : "are");
    ctx.report({.at = s.milestones.key,
                .message = fmt::format("the plan is mostly technology work: {}", found),
                .help = "plan the process redesign, training and communication the change needs, so the people "
                        "who serve customers are ready for it, not only the systems"});
  }
};

CRMLINT_REGISTER_RULE(TechnologyHeavy);

}  // namespace
}  // namespace crmlint
