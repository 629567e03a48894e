#include <fmt/format.h>

#include <string_view>
#include <unordered_set>

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
            "Customers meet several teams on the way to any outcome (buying, onboarding, asking for help, "
            "renewing); a goal that one department pursues alone improves its own numbers while the "
            "customer still meets silos. The article on CRM as a customer-centric philosophy asks sales, "
            "marketing, service and support to work together toward one message, and the best-practice "
            "article on CRM strategy warns against CRM shaped by individual or departmental goals instead of "
            "the company's. Every `outcome` in format 1 is a customer outcome, so the rule reports each goal "
            "with an `outcome` whose `departments` name fewer than two distinct departments. It points at the "
            "`departments` value, or at the goal's id when the key is missing.",
        .sources = {Source::BestPractices},
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
                  .help = "list in 'departments' every team the customer meets on the way to this outcome, e.g. "
                          "[sales, service, support]",
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
