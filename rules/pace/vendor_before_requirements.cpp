#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class VendorBeforeRequirements final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "pace/vendor-before-requirements",
        .severity = Severity::Warning,
        .summary = "Vendor selection starts only once every requirements milestone is due.",
        .rationale =
            "\"CRM is not software\" says requirements must come from the strategy, never from the "
            "features of a product; \"CRM Strategy Best Practices\" describes what happens otherwise: "
            "the software ends up deciding what CRM is for, and evaluators compare features in a vacuum. "
            "\"Why Many CRM Projects Fail\" adds that too much weight on the technology and the vendor "
            "is the first of the common mistakes. So when the plan has a 'vendor-selection' milestone, "
            "it must also have a 'requirements' milestone, and vendor selection may start only on or "
            "after the day the last requirements milestone is due. A plan with no vendor selection is "
            "not checked. Milestones without the dates the comparison needs (the selection's 'start', a "
            "requirements milestone's 'due') are left out of it.",
        .sources = {Source::BestPractices, Source::NotSoftware, Source::ProjectsFail},
        .badExample = "milestones:\n"
                      "  - id: select-vendor\n"
                      "    title: Choose the CRM platform\n"
                      "    type: vendor-selection\n"
                      "    start: 2027-01-11\n"
                      "    due: 2027-02-05\n"
                      "  - id: requirements\n"
                      "    title: Requirements derived from the goals with each department\n"
                      "    type: requirements\n"
                      "    start: 2027-01-18\n"
                      "    due: 2027-02-26\n",
        .goodExample = "milestones:\n"
                       "  - id: requirements\n"
                       "    title: Requirements derived from the goals with each department\n"
                       "    type: requirements\n"
                       "    start: 2027-01-18\n"
                       "    due: 2027-02-26\n"
                       "  - id: select-vendor\n"
                       "    title: Choose the platform that fits the requirements\n"
                       "    type: vendor-selection\n"
                       "    start: 2027-03-01\n"
                       "    due: 2027-03-26\n"
                       "    after: [requirements]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    bool anyRequirements = false;
    const Milestone* lastRequirements = nullptr;  // the requirements milestone due last
    for (const Milestone& m : s.milestones) {
      if (!m.type.has() || *m.type != MilestoneType::Requirements) continue;
      anyRequirements = true;
      if (m.due.has() && (!lastRequirements || *m.due > *lastRequirements->due)) lastRequirements = &m;
    }

    for (const Milestone& m : s.milestones) {
      if (!m.type.has() || *m.type != MilestoneType::VendorSelection) continue;
      if (!anyRequirements) {
        ctx.report({.at = m.type.node,
                    .message = fmt::format("{} chooses a vendor, but the plan has no requirements milestone to "
                                           "choose against",
                                           m.label("milestone")),
                    .help = "add a milestone with 'type: requirements' that derives the requirements from the "
                            "goals, due before vendor selection starts, and list it in this milestone's 'after'"});
        continue;
      }
      if (!lastRequirements || !m.start.has() || *m.start >= *lastRequirements->due) continue;
      ctx.report({.at = m.start.node,
                  .message = fmt::format("{} starts choosing a vendor on {}, before the requirements are "
                                         "finished ({} is due {})",
                                         m.label("milestone"), m.start->described(), lastRequirements->label("milestone"),
                                         lastRequirements->due->described()),
                  .help = fmt::format("start vendor selection on or after {}, once the requirements derived from "
                                      "the strategy are complete, and make it wait for {} in its 'after' list",
                                      lastRequirements->due->iso(), lastRequirements->label("milestone"))});
    }
  }
};

CRMLINT_REGISTER_RULE(VendorBeforeRequirements);

}  // namespace
}  // namespace crmlint
