#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class NoCost final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "business-case/no-cost",
        .severity = Severity::Warning,
        .summary = "A goal that states its benefit also states what it costs.",
        .rationale =
            "A benefit with no cost beside it makes every goal look worth doing: the plan cannot rank goals "
            "by return, and the business case cannot show the investment pays back. The best-practice article "
            "on CRM strategy asks that benefits be tied to costs in the business case, and the article on CRM "
            "as a customer-centric philosophy asks that the investment be justified. Goals with no benefit "
            "at all are reported by business-case/no-benefit instead. A strategy with a programme "
            "'strategy.budget' is not asked for a cost on every goal: the budget is the cost.",
        .sources = {Source::BestPractices},
        .badExample = "goals:\n"
                      "  - id: reduce-churn\n"
                      "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                      "    benefit:\n"
                      "      amount: 1200000\n"
                      "      per: year\n",
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
    // A programme budget is the cost the goals' benefits are weighed against.
    if (s.strategy.budget.has()) return;
    for (const Goal& g : s.goals) {
      // A cost written with the wrong shape is schema/type's to report.
      if (!g.benefit.has() || !g.cost.missing()) continue;
      ctx.reportMissing(g.cost, g,
                 {.message = fmt::format("{} states a benefit but not what it costs", g.label("goal")),
                  .help = "add 'cost:' with the money the goal needs (people, licences, services), e.g. "
                          "'cost: 150000', so the benefit can be weighed against it",
                  .path = ctx.pathOf(g.node, "cost")});
    }
  }
};

CRMLINT_REGISTER_RULE(NoCost);

}  // namespace
}  // namespace crmlint
