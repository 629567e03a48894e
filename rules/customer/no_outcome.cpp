#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class NoOutcome final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "customer/no-outcome",
        .severity = Severity::Warning,
        .summary = "Every goal names the customer outcome it serves.",
        .rationale =
            "Every article on why CRM fails makes the same point: CRM fails when the customer stops being "
            "the focus, and the return comes from customers kept, satisfied and loyal, not from the system. "
            "Naming the outcome (retention, loyalty, satisfaction, acquisition, profitability, experience, "
            "advocacy, or for public services access, inclusion and cost-to-serve) forces each goal to say what it changes for customers, and lets the other customer "
            "checks see whether the strategy keeps the customers it has.",
        .sources = {Source::ReasonsStrategiesFail, Source::ThreeReasons, Source::ProjectsFail},
        .badExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    outcome: retention\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    for (const Goal& g : s.goals) {
      if (g.outcome.has()) continue;
      // An `outcome:` left empty (or outside the list) reads as none; point at that key.
      ctx.report({.at = g.outcome.key != kNoNode ? g.outcome.key : g.anchor(),
                  .message = fmt::format("{} does not say which customer outcome it serves", g.label("goal")),
                  .help = s.sector() == Sector::Public || s.sector() == Sector::Education
                              ? "add 'outcome:' with the result it delivers for the people served: access, "
                                "inclusion, satisfaction, experience or cost-to-serve"
                              : "add 'outcome:' with the customer result it delivers: retention, loyalty, "
                                "satisfaction, acquisition, profitability, experience or advocacy",
                  .path = ctx.pathOf(g.node, "outcome")});
    }
  }
};

CRMLINT_REGISTER_RULE(NoOutcome);

}  // namespace
}  // namespace crmlint
