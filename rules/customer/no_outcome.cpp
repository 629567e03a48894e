#include <fmt/format.h>

#include <string>
#include <vector>

#include "common/group.h"
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
            "\"Reasons Why CRM Strategies Fail\", \"These 3 Reasons Will Surprise You\" and \"Why Many "
            "CRM Projects Fail\" make the same point: CRM fails when the customer stops being the focus, "
            "and the return comes from customers kept, satisfied and loyal, not from the system. Naming "
            "the outcome (retention, loyalty, satisfaction, acquisition, profitability, experience, "
            "advocacy, or for public services access, inclusion and cost-to-serve) forces each goal to "
            "say what it changes for customers, and lets the other customer checks see whether the "
            "strategy keeps the customers it has. An outcome written but not one of the allowed words is "
            "schema/type's finding, with its correction, not this rule's. Several such goals are one "
            "finding, at the first, that names them, with the others as related locations: the gap is "
            "the strategy's, not one goal's.",
        .sources = {Source::ReasonsStrategiesFail, Source::ThreeReasons, Source::ProjectsFail},
        .badExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    outcome: retention\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const Document& doc = ctx.doc();
    std::vector<const Goal*> without;
    for (const Goal& g : s.goals) {
      if (g.outcome.has()) continue;
      // An outcome written but not one of the allowed words is schema/type's finding, once.
      if (doc.isScalar(g.outcome.node) && !doc.text(g.outcome.node).empty()) continue;
      if (!doc.isNull(g.outcome.node) && !doc.isScalar(g.outcome.node)) continue;
      without.push_back(&g);
    }
    if (without.empty()) return;
    // An `outcome:` left empty reads as none; point at that key.
    auto at = [](const Goal& g) { return g.outcome.key != kNoNode ? g.outcome.key : g.anchor(); };
    const std::string help = s.sector() == Sector::Public || s.sector() == Sector::Education
                                 ? "add 'outcome:' with the result it delivers for the people served: access, "
                                   "inclusion, satisfaction, experience or cost-to-serve"
                                 : "add 'outcome:' with the customer result it delivers: retention, loyalty, "
                                   "satisfaction, acquisition, profitability, experience or advocacy";
    std::vector<group::Member> members;
    for (const Goal* g : without) {
      members.push_back({.at = at(*g),
                         .name = g->label("goal"),
                         .note = fmt::format("{} names no outcome", g->label("goal"))});
    }
    const Goal& g = *without.front();
    group::report(ctx, members,
                  {.message = fmt::format("{} does not say which customer outcome it serves", g.label("goal")),
                   .help = help,
                   .path = ctx.pathOf(g.node, "outcome")},
                  {.message = fmt::format("{} of the {} goals do not say which customer outcome they serve: {}",
                                          without.size(), s.goals.size(), group::names(members)),
                   .help = help + ", for each of them",
                   .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(NoOutcome);

}  // namespace
}  // namespace crmlint
