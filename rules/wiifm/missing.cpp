#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "common/group.h"
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
            "People who cannot see their own gain from a CRM change keep their spreadsheets and resent "
            "the new way of working, and a strategy that nobody adopts delivers nothing. \"CRM Strategy "
            "Best Practices\" asks the business case to name the WIIFM, what's in it for me, for every "
            "CRM stakeholder, and asks that staff buy in to the vision; \"Reasons Why CRM Strategies "
            "Fail\" warns that sales staff resent a change they were never helped to understand and get "
            "excited about. The rule reports the stakeholders whose `wiifm` is missing, empty or blank. "
            "Several such stakeholders are one finding, at the first, that names them, with the others "
            "as related locations: the change has not been sold to them, which is one gap in how it is "
            "communicated, not one per person.",
        .sources = {Source::BestPractices, Source::ReasonsStrategiesFail},
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
    struct Untold {
      const Stakeholder* person;
      NodeId at;
      std::string who;
    };
    std::vector<Untold> untold;
    for (const Stakeholder& p : s.stakeholders) {
      const Field<Text>& wiifm = p.wiifm;
      if (wiifm.has()) {
        const bool blank = std::all_of(wiifm->begin(), wiifm->end(), [](unsigned char c) { return std::isspace(c); });
        if (!blank) continue;
      } else if (!wiifm.missing()) {
        continue;  // a wiifm of the wrong shape is schema/type's to report
      }
      NodeId at = p.anchor();
      // Blank text is written: point at it; else at the empty key, else the entry.
      if (wiifm.has()) at = wiifm.node;
      else if (wiifm.written()) at = wiifm.key;
      untold.push_back({&p, at, p.name.has() ? fmt::format("{} ({})", p.label("stakeholder"), *p.name)
                                             : p.label("stakeholder")});
    }
    if (untold.empty()) return;
    const std::string help = "add 'wiifm:' with the concrete gain for this person in their own terms, e.g. fewer "
                             "manual reports, cases visible before a call, less time chasing history";
    std::vector<group::Member> members;
    for (const Untold& u : untold) {
      members.push_back({.at = u.at, .name = u.who, .note = u.who + " has no wiifm"});
    }
    const Untold& u = untold.front();
    group::report(ctx, members,
                  {.message = fmt::format("{} has not been told what is in it for them: nothing says how the "
                                          "change makes their work better",
                                          u.who),
                   .help = help,
                   .path = ctx.pathOf(u.person->node, "wiifm")},
                  {.message = fmt::format("{} of the {} stakeholders have not been told what is in it for them: {}",
                                          untold.size(), s.stakeholders.size(), group::names(members)),
                   .help = help + ", for each of them",
                   .path = "stakeholders"});
  }
};

CRMLINT_REGISTER_RULE(Missing);

}  // namespace
}  // namespace crmlint
