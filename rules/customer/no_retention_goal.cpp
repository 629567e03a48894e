#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rule.h"
#include "suggest.h"

namespace crmlint {
namespace {

class NoRetentionGoal final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "customer/no-retention-goal",
        .severity = Severity::Warning,
        .summary = "At least one goal has the outcome retention or loyalty.",
        .rationale =
            "\"Why Many CRM Projects Fail\" finds the best return where customer retention improves, and "
            "\"CRM is not software\" names growing customer loyalty as the end result CRM should "
            "deliver. A strategy whose goals are all about winning new customers or internal efficiency "
            "leaves out the customers who already pay, so at least one goal should aim to keep them. A "
            "charity's supporters and donors lapse the same way ('sector: nonprofit'). Residents of a "
            "council and students of a university do not churn, so the rule does not apply to 'sector: "
            "public' or 'sector: education': their outcomes are access, inclusion, satisfaction and "
            "cost-to-serve.",
        .sources = {Source::NotSoftware, Source::ProjectsFail},
        .badExample = "goals:\n  - id: new-logos\n    title: Win 40 new mid-market accounts by end of 2027\n"
                      "    outcome: acquisition\n",
        .goodExample = "goals:\n  - id: new-logos\n    title: Win 40 new mid-market accounts by end of 2027\n"
                       "    outcome: acquisition\n  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n    outcome: retention\n",
        .options = {{.name = "keeping_outcomes",
                     .kind = OptionKind::Words,
                     .defaultValue = std::vector<std::string>{"retention", "loyalty"},
                     .description = "The goal outcomes that count as keeping customers (or supporters)."}},
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    // Residents and students do not churn: a council or a university keeps
    // nobody by a retention goal, and is judged on access and service.
    const Document& doc = ctx.doc();
    // A sector schema/type cannot read leaves the rule unable to tell whether it applies.
    if (!s.strategy.sector.has() && !doc.isNull(s.strategy.sector.node)) return;
    const Sector sector = s.sector();
    if (sector == Sector::Public || sector == Sector::Education) return;
    const std::vector<std::string>& keeping = ctx.words("keeping_outcomes");
    for (const Goal& g : s.goals) {
      if (!g.outcome.has()) {
        // 'outcome: retension' is one mistake, which schema/type reports with its correction.
        if (doc.isScalar(g.outcome.node) && closestMatch(doc.text(g.outcome.node), keeping)) return;
        continue;
      }
      if (std::find(keeping.begin(), keeping.end(), nameOf(*g.outcome)) != keeping.end()) return;
    }
    std::vector<std::string> quoted;
    for (const std::string& o : keeping) quoted.push_back(fmt::format("'outcome: {}'", o));
    const bool charity = sector == Sector::Nonprofit;
    ctx.report({.at = s.goals.key != kNoNode ? s.goals.key : s.anchor(),
                .message = fmt::format("no goal aims to keep existing {}: none has the outcome {}",
                                       charity ? "supporters and donors" : "customers", fmt::join(keeping, " or ")),
                .help = fmt::format("add a goal with {}, such as {}", fmt::join(quoted, " or "),
                                    charity ? "raising regular-donor retention or renewing more memberships"
                                            : "cutting churn or raising repeat purchases in your most profitable "
                                              "segment"),
                .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(NoRetentionGoal);

}  // namespace
}  // namespace crmlint
