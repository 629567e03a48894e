#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "common/people.h"
#include "common/text.h"
#include "rule.h"

namespace crmlint {
namespace {

class ItLed final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "ownership/it-led",
        .severity = Severity::Warning,
        .summary = "The strategy and its goals are owned by business leaders, not by IT.",
        .rationale =
            "When IT leads a CRM programme, the users who must champion it are spectators, and the work "
            "drifts toward installing software instead of changing how customers are served. \"CRM "
            "Strategy Best Practices\" asks that the strategy and its plan be led by business leaders "
            "and supported by IT staff, and reads an IT-led project as a sign that there is no strategy; "
            "\"Reasons Why CRM Strategies Fail\" and \"These 3 Reasons Will Surprise You\" warn against "
            "putting the technology and the vendor first. The rule reports `strategy.owner`, and each "
            "goal's `owner`, when that stakeholder's department has `function: it` (without a "
            "`departments` section, the default department `it` is the IT one). It points at the owner "
            "value. A strategy with no owner is IT-led when every person it names as leading the "
            "programme (the sponsor, and stakeholders whose role is in 'lead_roles') is from IT, by "
            "department or by a role such as 'IT Lead' or 'CIO'; that finding points at the first of "
            "them.",
        .sources = {Source::BestPractices, Source::ReasonsStrategiesFail, Source::ThreeReasons},
        .badExample = "strategy:\n"
                      "  name: Acme CRM\n"
                      "  owner: ivan\n"
                      "stakeholders:\n"
                      "  - id: ivan\n"
                      "    name: Ivan Petrov\n"
                      "    department: it\n",
        .goodExample = "strategy:\n"
                       "  name: Acme CRM\n"
                       "  owner: dana\n"
                       "stakeholders:\n"
                       "  - id: dana\n"
                       "    name: Dana Ruiz\n"
                       "    department: service\n"
                       "  - id: ivan\n"
                       "    name: Ivan Petrov\n"
                       "    department: it\n",
        .options = {{.name = "lead_roles",
                     .kind = OptionKind::Words,
                     .defaultValue = std::vector<std::string>{
                         "sponsor", "owner", "programme lead", "program lead", "project lead", "crm lead", "it lead",
                         "programme manager", "program manager", "project manager", "programme director",
                         "program director", "project director"},
                     .description = "Role words that name a person as leading the programme (whole words, "
                                    "case-insensitive)."}},
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const std::string business = people::businessDepartments(s);
    if (s.strategy.owner.has()) {
      if (const auto why = itReasonOf(s, s.strategy.owner)) {
        ctx.report({.at = s.strategy.owner.node,
                    .message = fmt::format("the strategy is led by stakeholder '{}', who {}: CRM led from IT tends "
                                           "to become a software project",
                                           s.strategy.owner->id, *why),
                    .help = fmt::format("make a leader from {} the strategy owner, and keep '{}' involved as the "
                                        "IT lead who supports it",
                                        business, s.strategy.owner->id)});
      }
    } else {
      checkNamedLeads(s, ctx, business);
    }
    for (const Goal& g : s.goals) {
      if (const auto why = itReasonOf(s, g.owner)) {
        ctx.report({.at = g.owner.node,
                    .message = fmt::format("{} is owned by stakeholder '{}', who {}: the business people who must "
                                           "deliver it do not lead it",
                                           g.label("goal"), g.owner->id, *why),
                    .help = fmt::format("give the goal to the leader from {} whose team must reach the target, "
                                        "and have '{}' support it from IT",
                                        business, g.owner->id)});
      }
    }
  }

 private:
  // Why the owner counts as IT, if they do.
  static std::optional<std::string> itReasonOf(const Strategy& s, const Field<Ref>& owner) {
    if (!owner.has()) return std::nullopt;
    const Stakeholder* person = s.stakeholders.find(owner->id);
    return person ? people::itReason(s, *person) : std::nullopt;
  }

  // Without an owner, the people the file names as leading the programme
  // (the sponsor, and anyone whose role says sponsor, owner or programme
  // lead) decide who leads it: when every one of them is IT, IT leads.
  static void checkNamedLeads(const Strategy& s, RuleContext& ctx, const std::string& business) {
    const std::vector<std::string>& leadWords = ctx.words("lead_roles");
    struct Lead {
      const Stakeholder* person;
      NodeId at;
    };
    std::vector<Lead> leads;
    if (s.strategy.sponsor.has()) {
      if (const Stakeholder* p = s.stakeholders.find(s.strategy.sponsor->id)) leads.push_back({p, s.strategy.sponsor.node});
    }
    for (const Stakeholder& p : s.stakeholders) {
      if (!p.role.has() || text::findAnyPhrase(*p.role, leadWords).empty()) continue;
      if (!leads.empty() && leads.front().person == &p) continue;
      leads.push_back({&p, p.role.node});
    }
    if (leads.empty()) return;
    std::vector<std::string> named;
    for (const Lead& lead : leads) {
      const auto why = people::itReason(s, *lead.person);
      if (!why) return;
      named.push_back(fmt::format("'{}' ({})", lead.person->id.valueOr("?"),
                                  lead.person->role.valueOr(*why)));
    }
    ctx.report({.at = leads.front().at,
                .message = fmt::format("the strategy names no owner, and the only people it names as leading it "
                                       "are from IT: {}; CRM led from IT tends to become a software project",
                                       fmt::join(named, ", ")),
                .help = fmt::format("add 'owner:' under 'strategy' with a leader from {} who answers for the "
                                    "results, and keep the IT leads as the people who support it",
                                    business)});
  }
};

CRMLINT_REGISTER_RULE(ItLed);

}  // namespace
}  // namespace crmlint
