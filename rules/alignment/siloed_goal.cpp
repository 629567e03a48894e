#include <fmt/format.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rule.h"

namespace crmlint {
namespace {

class SiloedGoal final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "alignment/siloed-goal",
        .severity = Severity::Info,
        .summary = "A goal aimed at a customer outcome involves at least two departments.",
        .rationale =
            "Customers meet several teams on the way to any outcome (buying, onboarding, asking for "
            "help, renewing); a goal that one department pursues alone improves its own numbers while "
            "the customer still meets silos. \"CRM is not software\" wants sales, marketing, customer "
            "service and support working together on one message, and \"CRM Strategy Best Practices\" "
            "warns of CRM bent to individual or departmental goals instead of the organisation's. Every "
            "`outcome` in format 1 is a customer outcome, so the rule reports each goal with an "
            "`outcome` whose `departments` name fewer than two distinct departments. It points at the "
            "`departments` value, or at the goal's id when the key is missing. Each goal is its own "
            "finding: which teams belong in it is a decision about that goal.",
        .sources = {Source::BestPractices, Source::NotSoftware},
        .badExample = "goals:\n"
                      "  - id: reduce-churn\n"
                      "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                      "    outcome: retention\n"
                      "    departments: [service]\n",
        .goodExample = "goals:\n"
                       "  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    outcome: retention\n"
                       "    departments: [service, sales, support]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    // The example names the file's own customer-facing teams, not a software company's.
    std::vector<std::string_view> facing;
    for (const Department& d : s.departments) {
      if (d.isCustomerFacing() && d.id.has() && facing.size() < 3) facing.push_back(*d.id);
    }
    const std::string help = fmt::format("list in 'departments' every team the customer meets on the way to this "
                                         "outcome{}",
                                         facing.size() < 2 ? std::string()
                                                           : fmt::format(", e.g. [{}]", fmt::join(facing, ", ")));
    for (const Goal& g : s.goals) {
      if (!g.outcome.has()) continue;
      std::unordered_set<std::string_view> distinct;
      if (g.departments.has()) {
        for (const Ref& ref : *g.departments) distinct.insert(ref.id);
      } else if (g.departments.wrongType()) {
        continue;  // departments of the wrong shape are schema/type's to report
      }
      if (distinct.size() >= 2) continue;
      const std::string involved =
          distinct.empty() ? "names no department" : fmt::format("involves only department '{}'", *distinct.begin());
      RuleContext::Finding finding{
                  .message = fmt::format("{} aims at customer {} but {}: one team alone cannot give the customer "
                                         "a joined-up experience",
                                         g.label("goal"), nameOf(*g.outcome), involved),
                  .help = help,
                  .path = ctx.pathOf(g.node, "departments")};
      // A list too short is written: point at it.
      if (g.departments.has()) {
        finding.at = g.departments.node;
        ctx.report(std::move(finding));
      } else {
        ctx.reportMissing(g.departments, g, std::move(finding));
      }
    }
  }
};

CRMLINT_REGISTER_RULE(SiloedGoal);

}  // namespace
}  // namespace crmlint
