#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class NoBenefit final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "business-case/no-benefit",
        .severity = Severity::Warning,
        .summary = "Every goal states the value it brings, as an amount of money.",
        .rationale =
            "A goal with no stated benefit cannot be weighed against its cost, so the plan cannot be "
            "prioritized and the investment cannot be justified when budgets are questioned. The best-practice "
            "article on CRM strategy asks for a business case whose benefits are put in measurable value and "
            "tied to costs, and the article on CRM as a customer-centric philosophy frames CRM as setting "
            "economic goals and justifying the investment behind them. This rule asks each goal for a "
            "`benefit`: a bare number in the strategy's currency, or {amount, currency, per: once|year}.",
        .sources = {Source::BestPractices},
        .badExample = "goals:\n"
                      "  - id: reduce-churn\n"
                      "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                      "    cost: 400000\n",
        .goodExample = "goals:\n"
                       "  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    benefit:\n"
                       "      amount: 1200000\n"
                       "      per: year\n"
                       "    cost: 400000\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    for (const Goal& g : s.goals) {
      if (!g.benefit.missing()) continue;
      // A benefit written with the wrong shape is schema/type's to report.
      ctx.reportMissing(g.benefit, g,
                 {.message = fmt::format("{} does not say what it is worth to the business", g.label("goal")),
                  .help = "add 'benefit:' with the money the goal brings, e.g. 'benefit: {amount: 250000, "
                          "per: year}', so it can be weighed against its cost",
                  .path = ctx.pathOf(g.node, "benefit")});
    }
  }
};

CRMLINT_REGISTER_RULE(NoBenefit);

}  // namespace
}  // namespace crmlint
