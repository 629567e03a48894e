#include <fmt/format.h>

#include "common/misspelt.h"
#include "common/text.h"
#include "rule.h"

namespace crmlint {
namespace {

class NoBusinessNeed final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "strategy/no-business-need",
        .severity = Severity::Warning,
        .summary = "The strategy states the business need that makes change necessary.",
        .rationale =
            "The best-practices article puts a compelling business need first, recognised across the "
            "organisation and expressed as a pain or an opportunity. Without one, nobody can say why the "
            "programme exists, the vision has nothing to answer, and the software ends up deciding what the "
            "project is for, which the failure articles warn against.",
        .sources = {Source::BestPractices},
        .badExample = "strategy:\n  name: Acme customer loyalty 2027\n",
        .goodExample = "strategy:\n  name: Acme customer loyalty 2027\n  business_need: >-\n"
                       "    Enterprise logo churn rose from 8% to 14% in FY2026, costing $3.1M of annual\n"
                       "    recurring revenue.\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const Field<Text>& need = s.strategy.businessNeed;
    // Text of only spaces (an empty folded block) says nothing either.
    if (need.has() && !text::words(*need).empty()) return;
    // 'bussiness_need' is schema/unknown-key's finding, with its "did you mean".
    if (hasMisspeltKey(ctx.doc(), s.strategy.node, *documentSpec().field("strategy")->entity, "business_need")) return;
    RuleContext::Finding finding{.message = "the strategy does not state the business need: the pain or opportunity that makes "
                           "change necessary",
                .help = "add 'business_need:' under 'strategy', with the problem in figures, e.g. 'Enterprise "
                        "churn rose from 8% to 14% in FY2026, costing $3.1M ARR'",
                .path = "strategy.business_need"};
    // Blank text is written: point at its key.
    if (need.has()) {
      finding.at = need.key;
      ctx.report(std::move(finding));
    } else {
      ctx.reportMissing(need, s, std::move(finding));
    }
  }
};

CRMLINT_REGISTER_RULE(NoBusinessNeed);

}  // namespace
}  // namespace crmlint
