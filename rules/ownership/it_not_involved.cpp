#include <fmt/format.h>

#include "common/people.h"
#include "rule.h"

namespace crmlint {
namespace {

class ItNotInvolved final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "ownership/it-not-involved",
        .severity = Severity::Info,
        .summary = "IT takes part in the strategy: as a stakeholder, or in a milestone.",
        .rationale =
            "Business-led does not mean IT-free: a plan that IT has never seen meets its data, "
            "integration and support limits at rollout, when they are most expensive to fix. \"Why Many "
            "CRM Projects Fail\" asks executives to make sure the IT department accepts and understands "
            "the plan before implementing it, and \"CRM Strategy Best Practices\" has IT staff "
            "supporting a business-led plan. A small organisation has no IT department: someone in "
            "another role holds the IT contract, or an outsourced provider runs the systems, and that "
            "person speaks for IT. The rule reports a strategy where no stakeholder belongs to a "
            "department with `function: it` or has a role that names IT work ('IT', 'CIO', "
            "'information systems', 'managed service provider' and the like), and no milestone lists an "
            "IT department in its `departments` (without a `departments` section, the default department "
            "`it` is the IT one). "
            "It points at the `stakeholders` key, or at the `strategy` key when there is no stakeholders "
            "section.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "stakeholders:\n"
                      "  - id: dana\n"
                      "    name: Dana Ruiz\n"
                      "    department: service\n"
                      "milestones:\n"
                      "  - id: select-vendor\n"
                      "    title: Choose the platform that fits the requirements\n"
                      "    type: vendor-selection\n"
                      "    departments: [service]\n",
        .goodExample = "stakeholders:\n"
                       "  - id: dana\n"
                       "    name: Dana Ruiz\n"
                       "    department: service\n"
                       "  - id: ivan\n"
                       "    name: Ivan Petrov\n"
                       "    role: IT Applications Lead\n"
                       "    department: it\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    // A stakeholder from an IT department, or one whose role names IT work:
    // a small organisation has no IT department, and whoever holds the IT
    // contract, or the contact at an outsourced IT provider, speaks for IT.
    for (const Stakeholder& p : s.stakeholders) {
      if (people::itReason(s, p)) return;
    }
    bool hasItDepartment = false;
    for (const Department& d : s.departments) hasItDepartment |= d.isIt();
    if (hasItDepartment) {
      for (const Milestone& m : s.milestones) {
        if (!m.departments.has()) continue;
        for (const Ref& ref : *m.departments) {
          const Department* d = s.departments.find(ref.id);
          if (d && d->isIt()) return;
        }
      }
    }
    const NodeId at = s.stakeholders.declared ? s.stakeholders.key : s.anchor();
    if (!hasItDepartment) {
      ctx.report({.at = at,
                  .message = "no stakeholder looks after IT and no department has 'function: it', so IT has no "
                             "part in the strategy: the people who must run the systems have not accepted the plan",
                  .help = "name whoever looks after IT as a stakeholder, with a role that says so (the IT manager, "
                          "the person who holds the IT contract, or the contact at an outsourced IT provider), "
                          "or add the IT department to 'departments' with 'function: it'; then involve them in "
                          "the requirements, data or integration milestones"});
      return;
    }
    ctx.report({.at = at,
                .message = "no stakeholder is from IT and no milestone involves IT: the people who must run the "
                           "systems have not accepted the plan",
                .help = "add an IT stakeholder (e.g. the applications lead, or the contact at an outsourced IT "
                        "provider) with their 'wiifm', or list the IT department in the requirements, data or "
                        "integration milestones"});
  }
};

CRMLINT_REGISTER_RULE(ItNotInvolved);

}  // namespace
}  // namespace crmlint
