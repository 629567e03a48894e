#include <fmt/format.h>

#include "common/group.h"
#include "rule.h"

namespace crmlint {
namespace {

class TimeBound final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "smart/time-bound",
        .severity = Severity::Warning,
        .summary = "Every goal has a due date.",
        .rationale =
            "The 'T' of the SMART objectives \"CRM Strategy Best Practices\" asks for: a goal without a "
            "date has no point at which it is reached or missed, so it can slip quietly from quarter to "
            "quarter, and the delivery plan cannot order its milestones against it or review it. Several "
            "such goals are one finding, at the first, that names them, with the others as related "
            "locations: the gap is the plan's, not one goal's.",
        .sources = {Source::BestPractices},
        .badExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9%\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9%\n"
                       "    due: 2027-12-31\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    std::vector<const Goal*> undated;
    for (const Goal& g : s.goals) {
      // A due date written but not a date is schema/type's finding, once.
      if (g.due.missing()) undated.push_back(&g);
    }
    if (undated.empty()) return;
    // A `due:` left empty reads as no date; point at that key.
    auto at = [](const Goal& g) { return g.due.key != kNoNode ? g.due.key : g.anchor(); };
    const std::string help = "add 'due: YYYY-MM-DD' (or a month YYYY-MM, or a quarter YYYY-Qn): the date by which "
                             "the target must be reached";
    std::vector<group::Member> members;
    for (const Goal* g : undated) {
      members.push_back({.at = at(*g), .name = g->label("goal"), .note = g->label("goal") + " has no due date"});
    }
    const Goal& g = *undated.front();
    group::report(ctx, members,
                  {.message = fmt::format("{} has no due date, so it can never be reached or missed", g.label("goal")),
                   .help = help,
                   .path = ctx.pathOf(g.node, "due")},
                  {.message = fmt::format("{} of the {} goals have no due date, so they can never be reached or "
                                          "missed: {}",
                                          undated.size(), s.goals.size(), group::names(members)),
                   .help = help + ", for each of them",
                   .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(TimeBound);

}  // namespace
}  // namespace crmlint
