#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "rule.h"

namespace crmlint {
namespace {

class Missing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "wiifm/missing",
        .severity = Severity::Warning,
        .summary = "Every stakeholder knows what is in it for them (WIIFM).",
        .rationale =
            "People who cannot see their own gain from a CRM change keep their spreadsheets and resent the new "
            "way of working, and a strategy that nobody adopts delivers nothing. The best-practice article on "
            "CRM strategy asks the business case to name the WIIFM, what's in it for me, for every CRM "
            "stakeholder and asks that staff buy in to the vision; the article on why CRM strategies fail "
            "warns that sales staff resent a change they were never helped to understand and get excited "
            "about. The rule reports each stakeholder whose `wiifm` is missing, empty or blank.",
        .sources = {Source::BestPractices, Source::ThreeReasons},
        .badExample = "stakeholders:\n"
                      "  - id: sam\n"
                      "    name: Sam Patel\n"
                      "    role: Head of Enterprise Sales\n"
                      "    department: sales\n",
        .goodExample = "stakeholders:\n"
                       "  - id: sam\n"
                       "    name: Sam Patel\n"
                       "    role: Head of Enterprise Sales\n"
                       "    department: sales\n"
                       "    wiifm: >-\n"
                       "      Reps see open service cases before a renewal call and spend less time\n"
                       "      updating spreadsheets.\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    for (const Stakeholder& p : s.stakeholders) {
      const Field<Text>& wiifm = p.wiifm;
      if (wiifm.has()) {
        const bool blank = std::all_of(wiifm->begin(), wiifm->end(), [](unsigned char c) { return std::isspace(c); });
        if (!blank) continue;
      } else if (!wiifm.missing()) {
        continue;  // a wiifm of the wrong shape is schema/type's to report
      }
      const std::string who =
          p.name.has() ? fmt::format("{} ({})", p.label("stakeholder"), *p.name) : p.label("stakeholder");
      RuleContext::Finding finding{
                  .message = fmt::format("{} has not been told what is in it for them: nothing says how the "
                                         "change makes their work better",
                                         who),
                  .help = "add 'wiifm:' with the concrete gain for this person in their own terms, e.g. fewer "
                          "manual reports, renewals visible earlier, less time chasing case history",
                  .path = ctx.pathOf(p.node, "wiifm")};
      // Blank text is written: point at it.
      if (wiifm.has()) {
        finding.at = wiifm.node;
        ctx.report(std::move(finding));
      } else {
        ctx.reportMissing(wiifm, p, std::move(finding));
      }
    }
  }
};

CRMLINT_REGISTER_RULE(Missing);

}  // namespace
}  // namespace crmlint
