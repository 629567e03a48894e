#include <fmt/format.h>

#include "common/misspelt.h"
#include "common/text.h"
#include "rule.h"

namespace crmlint {
namespace {

class NoVision final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "strategy/no-vision",
        .severity = Severity::Warning,
        .summary = "The strategy states a vision: the destination staff are asked to buy into.",
        .rationale =
            "The best-practices article asks for a clear CRM vision that answers the business need and "
            "describes where the organisation is going, and for staff to understand and accept it; the "
            "'CRM is not software' article adds that a customer-focused vision must be communicated to the "
            "customer-facing units. Without a written vision there is nothing to share, and each department "
            "fills the gap with its own idea of what the system is for.",
        .sources = {Source::BestPractices, Source::NotSoftware},
        .badExample = "strategy:\n  name: Acme customer loyalty 2027\n",
        .goodExample = "strategy:\n  name: Acme customer loyalty 2027\n  vision: >-\n"
                       "    Every customer-facing team works from one customer record and one account plan.\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const Field<Text>& vision = s.strategy.vision;
    // Text of only spaces (an empty folded block) says nothing either.
    if (vision.has() && !text::words(*vision).empty()) return;
    // 'bussiness_need' is schema/unknown-key's finding, with its "did you mean".
    if (hasMisspeltKey(ctx.doc(), s.strategy.node, *documentSpec().field("strategy")->entity, "vision")) return;
    RuleContext::Finding finding{.message = "the strategy has no vision: staff are not told what the destination is",
                .help = "add 'vision:' under 'strategy': one or two sentences on how working with customers "
                        "will be different, e.g. 'Every customer-facing team works from one customer record'",
                .path = "strategy.vision"};
    // Blank text is written: point at its key.
    if (vision.has()) {
      finding.at = vision.key;
      ctx.report(std::move(finding));
    } else {
      ctx.reportMissing(vision, s, std::move(finding));
    }
  }
};

CRMLINT_REGISTER_RULE(NoVision);

}  // namespace
}  // namespace crmlint
