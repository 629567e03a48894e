#include <fmt/format.h>

#include "common/people.h"
#include "rule.h"

namespace crmlint {
namespace {

class NoOwner final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "ownership/no-owner",
        .severity = Severity::Warning,
        .summary = "The strategy names the business leader who owns it.",
        .rationale =
            "A sponsor backs a strategy; an owner answers for its results week by week. Without one, "
            "nobody in the business decides between competing requests, and the programme drifts to "
            "whoever runs the project, usually IT and the vendor. \"CRM Strategy Best Practices\" asks "
            "that the strategy be led by business leaders and supported by IT; \"Reasons Why CRM "
            "Strategies Fail\" and \"These 3 Reasons Will Surprise You\" name the vendor-led, "
            "technology-first programme as the common failure. The rule reports a strategy with no "
            "`strategy.owner`, at the `strategy` key. An owner of the wrong shape is schema/type's to "
            "report, and an owner from IT is ownership/it-led's.",
        .sources = {Source::BestPractices, Source::ReasonsStrategiesFail, Source::ThreeReasons},
        .badExample = "strategy:\n"
                      "  name: Acme CRM\n"
                      "  sponsor: lee\n",
        .goodExample = "strategy:\n"
                       "  name: Acme CRM\n"
                       "  owner: dana\n"
                       "  sponsor: lee\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const Field<Ref>& owner = s.strategy.owner;
    ctx.reportMissing(owner, s,
               {.message = "the strategy names no owner: nobody in the business answers for its results",
                .help = fmt::format("add 'owner:' under 'strategy' with the id of the stakeholder from {} who "
                                    "leads the change day to day",
                                    people::businessDepartments(s)),
                .path = "strategy.owner"});
  }
};

CRMLINT_REGISTER_RULE(NoOwner);

}  // namespace
}  // namespace crmlint
