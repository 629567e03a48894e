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
            "\"Why Many CRM Projects Fail\" asks for well-defined goals and a system kept simple, and "
            "\"CRM Strategy Best Practices\" for a prioritized plan that starts small. A strategy with a "
            "long list of goals spreads owners, budget and attention thin, and staff cannot remember "
            "what it is for; a handful of goals that matter most wins.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "goals:   # eight goals, each with its own owner and budget\n"
                      "  - {id: churn, title: Cut enterprise logo churn from 14% to 9% by end of 2027}\n"
                      "  - {id: nps, title: Raise NPS from 31 to 45 by end of 2027}\n"
                      "  - {id: win-rate, title: Raise the mid-market win rate from 18% to 24% by 2028}\n"
                      "  - {id: lead-time, title: Answer every web lead within 4 hours by mid-2027}\n"
                      "  - {id: upsell, title: Grow upsell revenue from $2M to $3M by 2028}\n"
                      "  - {id: resolution, title: Resolve 80% of cases within a day by end of 2027}\n"
                      "  - {id: data-quality, title: Cut duplicate accounts from 12% to 2% by 2027}\n"
                      "  - {id: adoption, title: Have 90% of reps log every call by 2027}\n",
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
             .description = "The most goals a strategy may have.",
             .minimum = 1,
             .maximum = 10'000},
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
