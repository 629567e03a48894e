#include <fmt/format.h>

#include "common/group.h"
#include "rule.h"

namespace crmlint {
namespace {

class UnlinkedGoal final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "strategy/unlinked-goal",
        .severity = Severity::Warning,
        .summary = "Every goal supports at least one of the strategy's business objectives.",
        .rationale =
            "\"CRM Strategy Best Practices\" ties CRM success to goals that are directly linked to the "
            "company's most pressing business objectives: that link is what earns visible executive "
            "sponsorship and keeps the programme funded. A goal that supports no business objective is a "
            "departmental wish that competes with the strategy for attention. When the strategy defines "
            "no 'business_objectives' at all, one finding says so instead of one per goal; otherwise "
            "several unlinked goals are one finding, at the first, that names them, with the others as "
            "related locations.",
        .sources = {Source::BestPractices},
        .badExample = "strategy:\n  name: Acme customer loyalty 2027\n  business_objectives:\n    - id: nrr\n"
                      "      title: Grow net revenue retention to 115% by FY2028\ngoals:\n  - id: reduce-churn\n"
                      "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n",
        .goodExample = "strategy:\n  name: Acme customer loyalty 2027\n  business_objectives:\n    - id: nrr\n"
                       "      title: Grow net revenue retention to 115% by FY2028\ngoals:\n  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n    supports: [nrr]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    if (s.goals.empty()) return;
    const Section<Objective>& objectives = s.strategy.objectives;
    if (objectives.empty()) {
      ctx.report({.at = objectives.key != kNoNode ? objectives.key : s.anchor(),
                  .message = fmt::format("the strategy defines no business objectives, so none of its {} goal{} "
                                         "is linked to what the organisation is trying to achieve",
                                         s.goals.size(), s.goals.size() == 1 ? "" : "s"),
                  .help = "add 'business_objectives:' under 'strategy' with the organisation's goals this strategy "
                          "serves (id and title), and list them in each goal's 'supports'",
                  .path = "strategy.business_objectives"});
      return;
    }
    std::vector<group::Member> unlinked;
    const Goal* first = nullptr;
    for (const Goal& g : s.goals) {
      if (g.supports.has() && !g.supports->empty()) continue;
      if (first == nullptr) first = &g;
      unlinked.push_back({.at = g.supports.key != kNoNode ? g.supports.key : g.anchor(),
                          .name = g.label("goal"),
                          .note = fmt::format("{} supports no business objective", g.label("goal"))});
    }
    if (unlinked.empty()) return;
    const std::string help = fmt::format("add 'supports:' with the ids of the business objectives it serves, e.g. "
                                         "supports: [{}]",
                                         objectives.items.front().id.valueOr("objective-id"));
    group::report(ctx, unlinked,
                  {.message = fmt::format("{} supports no business objective, so nothing ties it to what the "
                                          "organisation is trying to achieve",
                                          unlinked.front().name),
                   .help = help,
                   .path = ctx.pathOf(first->node, "supports")},
                  {.message = fmt::format("{} of the {} goals support no business objective, so nothing ties them "
                                          "to what the organisation is trying to achieve: {}",
                                          unlinked.size(), s.goals.size(), group::names(unlinked)),
                   .help = help + ", for each of them",
                   .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(UnlinkedGoal);

}  // namespace
}  // namespace crmlint
