#include <fmt/format.h>

#include <string>
#include <vector>

#include "common/duty.h"
#include "common/group.h"
#include "common/sector.h"
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
            "prioritized and the investment cannot be justified when budgets are questioned. \"CRM "
            "Strategy Best Practices\" asks for a business case whose benefits are expressed in "
            "measurable value and tied to costs, and \"CRM is not software\" defines CRM as setting "
            "measurable economic goals and justifying the investment behind them. This rule asks each "
            "goal for a `benefit`: a bare number in the strategy's currency, or {amount, currency, per: "
            "once|year, cashable}. A benefit that is real but is not cash, such as staff time released or "
            "complaints avoided, counts when it is valued in money and marked 'cashable: false': a "
            "public-sector business case (the UK Treasury's Green Book) states cashable and non-cashable "
            "benefits, and for a council, a university or a charity (strategy.sector) the finding speaks of "
            "the organisation rather than the business and says so in its help. A goal that its title or "
            "description marks as a duty the law imposes (one of 'duty_words', such as 'statutory duty') is "
            "done because the law requires it, not for a return, and needs no benefit. Several such goals "
            "are one finding, at the first, that names them, with the others as related locations: the gap "
            "is the business case's, not one goal's.",
        .sources = {Source::BestPractices, Source::NotSoftware},
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
        .options = {{.name = "duty_words",
                     .kind = OptionKind::Words,
                     .defaultValue = duty::defaultWords(),
                     .description = "Phrases that mark a goal, in its title or description, as a duty the law "
                                    "imposes, which needs no benefit (whole words, case-insensitive); "
                                    "business-case/negative-roi and smart/realistic have the same option."}},
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const std::vector<std::string>& dutyWords = ctx.words("duty_words");
    std::vector<const Goal*> unvalued;
    for (const Goal& g : s.goals) {
      if (!g.benefit.missing()) continue;
      // Done because the law requires it, not for what it returns.
      if (!duty::phrase(g, dutyWords).empty()) continue;
      // A benefit written with the wrong shape is schema/type's to report.
      unvalued.push_back(&g);
    }
    if (unvalued.empty()) return;
    auto at = [](const Goal& g) { return g.benefit.written() ? g.benefit.key : g.anchor(); };
    const Sector sector = s.sector();
    // A public body's business case values non-cashable benefits in money too.
    auto help = [&](bool many) -> std::string {
      if (!sector::valuesNonCashable(sector)) {
        return std::string("add 'benefit:' with the money the goal brings, e.g. 'benefit: {amount: 250000, per: "
                           "year}', so it can be weighed against its cost") +
               (many ? ", for each of them" : "");
      }
      return fmt::format("add 'benefit:' {} in money, so it can be weighed against its cost; a non-cashable "
                         "benefit counts too, such as staff time released or complaints avoided: value it in "
                         "money and mark it 'cashable: false', e.g. 'benefit: {{amount: 56000, per: year, "
                         "cashable: false}}'",
                         many ? "to each goal with what it is worth" : "with what the goal is worth");
    };
    std::vector<group::Member> members;
    for (const Goal* g : unvalued) {
      members.push_back({.at = at(*g),
                         .name = g->label("goal"),
                         .note = fmt::format("{} states no benefit", g->label("goal"))});
    }
    const Goal& g = *unvalued.front();
    group::report(ctx, members,
                  {.message = fmt::format("{} does not say what it is worth to {}", g.label("goal"),
                                          sector::organisation(sector)),
                   .help = help(false),
                   .path = ctx.pathOf(g.node, "benefit")},
                  {.message = fmt::format("{} of the {} goals do not say what they are worth to {}: {}",
                                          unvalued.size(), s.goals.size(), sector::organisation(sector),
                                          group::names(members)),
                   .help = help(true),
                   .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(NoBenefit);

}  // namespace
}  // namespace crmlint
