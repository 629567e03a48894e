#include <fmt/format.h>

#include <cstdint>

#include "rule.h"

namespace crmlint {
namespace {

class TooManyGoals final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "strategy/too-many-goals",
        .severity = Severity::Info,
        .summary = "The strategy keeps to a few goals (at most max_goals): a simple strategy wins.",
        .rationale =
            "The article on why CRM projects fail asks for a few well-defined goals and a system kept simple, "
            "and the best-practices article for a prioritized plan that starts small. A strategy with a long "
            "list of goals spreads owners, budget and attention thin, and staff cannot remember what it is for; "
            "a handful of goals that matter most wins.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "goals:   # eleven goals: churn, NPS, win rate, lead time, upsell, ...\n"
                      "  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                      "  # ... ten more\n",
        .goodExample = "goals:   # three goals that matter most\n  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "  - id: faster-resolution\n"
                       "    title: Resolve 80% of support cases within one business day by end of 2027\n"
                       "  - id: cross-sell\n"
                       "    title: Raise the mid-market cross-sell win rate from 18% to 24% by March 2028\n",
        .options = {
            {.name = "max_goals",
             .kind = OptionKind::Integer,
             .defaultValue = std::int64_t{7},
             .description = "The most goals a strategy may have."},
        },
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const std::int64_t maxGoals = ctx.integer("max_goals");
    const auto count = static_cast<std::int64_t>(s.goals.size());
    if (count <= maxGoals) return;
    ctx.report({.at = s.goals.key,  // written, since there are goals
                .message = fmt::format("the strategy has {} goals; more than {} spreads owners, budget and "
                                       "attention too thin",
                                       count, maxGoals),
                .help = fmt::format("keep the {} goals that matter most to customers and the business; merge the "
                                    "others into them or move them to a later strategy",
                                    maxGoals),
                .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(TooManyGoals);

}  // namespace
}  // namespace crmlint
