#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class NoSponsor final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "ownership/no-sponsor",
        .severity = Severity::Warning,
        .summary = "The strategy names an executive sponsor.",
        .rationale =
            "Without a visible executive behind it, a CRM strategy loses the arguments over budget, "
            "people and priorities that every cross-department change meets, and staff read it as "
            "optional. \"CRM Strategy Best Practices\" ties success to active and visible executive "
            "sponsorship, earned by linking CRM to the organisation's top objectives; \"Why Many CRM "
            "Projects Fail\" gives executives the job of making sure IT accepts and understands the "
            "plan, which only an executive can do. The rule reports a missing `strategy.sponsor` (at the "
            "`strategy` key), and a sponsor whose stakeholder entry lacks `executive: true` (at the "
            "sponsor value). A sponsor that names no stakeholder is left to schema/unknown-ref.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "strategy:\n"
                      "  name: Acme CRM\n"
                      "  sponsor: sam\n"
                      "stakeholders:\n"
                      "  - id: sam\n"
                      "    name: Sam Patel\n"
                      "    role: Head of Enterprise Sales\n",
        .goodExample = "strategy:\n"
                       "  name: Acme CRM\n"
                       "  sponsor: lee\n"
                       "stakeholders:\n"
                       "  - id: lee\n"
                       "    name: Lee Okafor\n"
                       "    role: Chief Operating Officer\n"
                       "    executive: true\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const Field<Ref>& sponsor = s.strategy.sponsor;
    if (!sponsor.has()) {
      // A sponsor of the wrong shape is schema/type's to report.
      ctx.reportMissing(sponsor, s,
                 {.message = "the strategy names no executive sponsor",
                  .help = "add 'sponsor:' under 'strategy' with the id of an executive stakeholder "
                          "('executive: true') who will back the strategy in public",
                  .path = "strategy.sponsor"});
      return;
    }
    const Stakeholder* person = s.stakeholders.find(sponsor->id);
    if (!person) return;
    const Field<bool>& executive = person->executive;
    if (executive.valueOr(false)) return;
    // An `executive` of the wrong shape is schema/type's to report.
    if (executive.wrongType()) return;
    ctx.report({.at = sponsor.node,
                .message = fmt::format("the sponsor, stakeholder '{}', is not an executive: a sponsor without "
                                       "authority cannot settle budget and priority disputes",
                                       sponsor->id),
                .help = fmt::format("name an executive stakeholder as sponsor, or add 'executive: true' to "
                                    "stakeholder '{}' if they sit on the executive team",
                                    sponsor->id)});
  }
};

CRMLINT_REGISTER_RULE(NoSponsor);

}  // namespace
}  // namespace crmlint
