#include <fmt/format.h>

#include <string>
#include <vector>

#include "common/group.h"
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
            "A benefit with no cost beside it makes every goal look worth doing: the plan cannot rank "
            "goals by return, and the business case cannot show the investment pays back. \"CRM Strategy "
            "Best Practices\" asks that each benefit be tied to its cost in the business case, and \"CRM "
            "is not software\" that the investment be justified. Goals with no benefit at all are "
            "reported by business-case/no-benefit instead. A strategy with a programme 'strategy.budget' "
            "is not asked for a cost on every goal: the budget is the cost. Several such goals are one "
            "finding, at the first, that names them, with the others as related locations: the gap is "
            "the business case's, not one goal's.",
        .sources = {Source::BestPractices, Source::NotSoftware},
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
    std::vector<const Goal*> uncosted;
    for (const Goal& g : s.goals) {
      // A cost written with the wrong shape is schema/type's to report.
      if (g.benefit.has() && g.cost.missing()) uncosted.push_back(&g);
    }
    if (uncosted.empty()) return;
    auto at = [](const Goal& g) { return g.cost.written() ? g.cost.key : g.anchor(); };
    const std::string help = "add 'cost:' with the money the goal needs (people, licences, services), e.g. "
                             "'cost: 150000', so the benefit can be weighed against it; or give the whole "
                             "programme's cost once as 'budget:' under 'strategy'";
    std::vector<group::Member> members;
    for (const Goal* g : uncosted) {
      members.push_back({.at = at(*g),
                         .name = g->label("goal"),
                         .note = fmt::format("{} states a benefit but no cost", g->label("goal"))});
    }
    const Goal& g = *uncosted.front();
    group::report(ctx, members,
                  {.message = fmt::format("{} states a benefit but not what it costs", g.label("goal")),
                   .help = help,
                   .path = ctx.pathOf(g.node, "cost")},
                  {.message = fmt::format("{} goals state a benefit but not what they cost: {}", uncosted.size(),
                                          group::names(members)),
                   .help = help,
                   .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(NoCost);

}  // namespace
}  // namespace crmlint
